import Foundation
import Testing

@testable import DangjianKit

/// SiteWriter's atomic publish, through the pipeline and directly.
@Suite("Atomic publish")
struct PublishTests {
    /// The names in `folder` other than `keep`, e.g. staging or retired folders left behind.
    private func strays(in folder: URL, besides keep: Set<String>) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { !keep.contains($0) && !$0.hasSuffix(".dangjian-lock") && !$0.hasSuffix(".dangjian-state") }
            .sorted()
    }

    /// Runs `body` and returns the BuildFailure it throws, recording an issue when it does not throw.
    private func failure(
        sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws(BuildFailure) -> Void
    ) -> BuildFailure? {
        do {
            try body()
            Issue.record("expected the build to fail", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    @Test func failedBuildLeavesThePreviousOutputByteForByte() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let output = folder.appendingPathComponent("public", isDirectory: true)
            try TestSupport.build(content: content, output: output)
            let before = TestSupport.snapshot(output)
            #expect(before.keys.contains("index.html"))
            #expect(before.keys.contains(SiteWriter.markerName))

            try TestSupport.replace(
                "130,6,1,", with: "130,十二,1,", in: content.appendingPathComponent("data/enterprises-2025.csv"))
            let failure = failure { () throws(BuildFailure) in try TestSupport.build(content: content, output: output) }
            #expect(failure?.diagnostics.contains { $0.message.contains("十二") } == true)

            let after = TestSupport.snapshot(output)
            #expect(after.keys.sorted() == before.keys.sorted())
            let changed = before.keys.filter { before[$0] != after[$0] }.sorted()
            #expect(changed.isEmpty, "changed by a failed build: \(changed)")
            let leftovers = try strays(in: folder, besides: ["content", "public"])
            #expect(leftovers.isEmpty, "left beside the output: \(leftovers)")
        }
    }

    @Test func foreignNonEmptyOutputIsRefusedAndUntouched() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public", isDirectory: true)
            try FileManager.default.createDirectory(
                at: output.appendingPathComponent("notes"), withIntermediateDirectories: true)
            try Data("我的文件\n".utf8).write(to: output.appendingPathComponent("notes/重要.txt"))
            try Data("<p>hand-written</p>".utf8).write(to: output.appendingPathComponent("index.html"))
            let before = TestSupport.snapshot(output)

            let failure = failure { () throws(BuildFailure) in
                try TestSupport.build(content: TestSupport.tinySite, output: output)
            }
            let diagnostic = failure?.diagnostics.first
            #expect(diagnostic?.severity == .error)
            #expect(diagnostic?.message.contains(SiteWriter.markerName) == true)
            #expect(diagnostic?.location.file == output.standardizedFileURL.path)

            let after = TestSupport.snapshot(output)
            #expect(after.keys.sorted() == before.keys.sorted())
            #expect(before.keys.allSatisfy { before[$0] == after[$0] })
            let leftovers = try strays(in: folder, besides: ["public"])
            #expect(leftovers.isEmpty, "left beside the output: \(leftovers)")
        }
    }

    @Test func outputWithOnlyGitkeepIsAcceptedAndGitkeepKept() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public", isDirectory: true)
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            try Data().write(to: output.appendingPathComponent(".gitkeep"))

            try TestSupport.build(content: TestSupport.tinySite, output: output)
            let files = TestSupport.files(under: output)
            #expect(files.contains(".gitkeep"))
            #expect(files.contains("index.html"))
            #expect(files.contains(SiteWriter.markerName))
            let leftovers = try strays(in: folder, besides: ["public"])
            #expect(leftovers.isEmpty, "left beside the output: \(leftovers)")

            // And again, now that the folder holds a generated site with .gitkeep.
            try TestSupport.build(content: TestSupport.tinySite, output: output)
            #expect(TestSupport.files(under: output) == files)
        }
    }

    @Test func missingOutputFolderIsCreated() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("deep/public", isDirectory: true)
            try TestSupport.build(content: TestSupport.tinySite, output: output)
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
            #expect(!TestSupport.files(under: output).contains(".gitkeep"))
            let leftovers = try strays(in: folder.appendingPathComponent("deep"), besides: ["public"])
            #expect(leftovers.isEmpty, "left beside the output: \(leftovers)")
        }
    }

    @Test func rebuildRemovesFilesTheNewSiteNoLongerHas() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public", isDirectory: true)
            try TestSupport.build(content: TestSupport.tinySite, output: output)
            let stale = output.appendingPathComponent("reports/old-report/index.html")
            try FileManager.default.createDirectory(
                at: stale.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("old".utf8).write(to: stale)

            try TestSupport.build(content: TestSupport.tinySite, output: output)
            #expect(!FileManager.default.fileExists(atPath: stale.path))
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
            let leftovers = try strays(in: folder, besides: ["public"])
            #expect(leftovers.isEmpty, "left beside the output: \(leftovers)")
        }
    }

    @Test func writeFailureMidwayLeavesOutputAndNoStaging() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public", isDirectory: true)
            try TestSupport.build(content: TestSupport.tinySite, output: output)
            let before = TestSupport.snapshot(output)

            // The first file is written into the staging folder, then a path that would leave it fails.
            let writer = SiteWriter(outputDirectory: output)
            let files = [
                RenderedFile(path: "index.html", data: Data("new".utf8)),
                RenderedFile(path: "../escaped.html", data: Data("bad".utf8)),
            ]
            let failure = failure { () throws(BuildFailure) in try writer.publish(files: files, copies: []) }
            #expect(failure?.diagnostics.first?.message.contains("../escaped.html") == true)

            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("escaped.html").path))
            let after = TestSupport.snapshot(output)
            #expect(after.keys.sorted() == before.keys.sorted())
            #expect(before.keys.allSatisfy { before[$0] == after[$0] })
            let leftovers = try strays(in: folder, besides: ["public"])
            #expect(leftovers.isEmpty, "left beside the output: \(leftovers)")
        }
    }

    @Test(arguments: ["/etc/passwd", "a/../../x.html", "./index.html", ""])
    func unsafeOutputPathsAreRejected(path: String) throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public", isDirectory: true)
            let writer = SiteWriter(outputDirectory: output)
            let failure = failure { () throws(BuildFailure) in
                try writer.publish(files: [RenderedFile(path: path, data: Data("x".utf8))], copies: [])
            }
            #expect(failure != nil)
            #expect(!FileManager.default.fileExists(atPath: output.path))
            let leftovers = try strays(in: folder, besides: [])
            #expect(leftovers.isEmpty, "left beside the output: \(leftovers)")
        }
    }
    /// An existing regular file is neither empty nor marked: the build must not replace it.
    @Test func outputPathThatIsAFileIsRefusedAndKept() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("汇报材料.docx")
            let bytes = Data("not a site".utf8)
            try bytes.write(to: output)

            let failure = failure { () throws(BuildFailure) in
                try TestSupport.build(content: TestSupport.tinySite, output: output)
            }
            #expect(failure?.diagnostics.first?.severity == .error)
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory)
            #expect(exists && !isDirectory.boolValue, "the user's file was replaced by a folder")
            #expect((try? Data(contentsOf: output)) == bytes)
            let leftovers = try strays(in: folder, besides: ["汇报材料.docx"])
            #expect(leftovers.isEmpty, "left beside the output: \(leftovers)")
        }
    }
}
