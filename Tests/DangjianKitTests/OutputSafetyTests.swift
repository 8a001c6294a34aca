import Foundation
import Testing

@testable import DangjianKit

/// A build never deletes its own input, never publishes half a site, and copies only what the
/// content folder holds.
@Suite("Output safety")
struct OutputSafetyTests {
    private static let lockName = ".out.dangjian-lock"
    private static let stateName = ".out.dangjian-state"

    private func options(_ content: URL, _ output: URL, wait: Bool = true) -> BuildOptions {
        BuildOptions(
            contentDirectory: content, templatesDirectory: TestSupport.templates, outputDirectory: output,
            buildDate: TestSupport.buildDate, waitForOtherBuilds: wait)
    }

    /// The failure a build throws; nil (and a recorded issue) when it succeeds.
    private func failure(
        _ options: BuildOptions, log: @escaping @Sendable (String) -> Void = { _ in },
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> BuildFailure? {
        do {
            _ = try BuildPipeline(options: options, log: log).build()
            Issue.record("expected the build to fail", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    @Test func contentMovedInsideTheOutputIsNotDeleted() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let site = folder.appendingPathComponent("site")
            _ = try BuildPipeline(options: options(TestSupport.tinySite, site)).build()
            let content = site.appendingPathComponent("content")
            try FileManager.default.copyItem(at: TestSupport.tinySite, to: content)
            let before = TestSupport.snapshot(content)

            let refused = failure(options(content, site))
            #expect(refused?.diagnostics.first?.message.contains("内容目录") == true)
            #expect(refused?.diagnostics.first?.message.contains("在输出目录之中") == true)
            #expect(TestSupport.snapshot(content) == before)
        }
    }

    @Test func outputEqualToOrInsideTheInputsIsRefused() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let templates = folder.appendingPathComponent("templates")
            try FileManager.default.copyItem(at: TestSupport.templates, to: templates)
            let cases: [(output: URL, words: String)] = [
                (content, "就是内容目录"),
                (content.appendingPathComponent("static/site"), "在内容目录"),
                (templates.appendingPathComponent("public"), "在模板目录"),
                (folder, "在输出目录之中"),
            ]
            for (output, words) in cases {
                let refused = failure(
                    BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output))
                #expect(refused?.diagnostics.contains { $0.message.contains(words) } == true, "\(output.path)")
            }
            #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("static/site").path))
            #expect(!FileManager.default.fileExists(atPath: templates.appendingPathComponent("public").path))
        }
    }

    @Test func aSymbolicLinkCannotHideTheOverlap() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let alias = folder.appendingPathComponent("alias")
            try FileManager.default.createSymbolicLink(at: alias, withDestinationURL: content)
            let before = TestSupport.snapshot(content)
            let refused = failure(options(content, alias.appendingPathComponent("static/out")))
            #expect(refused?.diagnostics.first?.message.contains("在内容目录") == true)
            let throughLink = failure(options(alias, content))
            #expect(throughLink?.diagnostics.first?.message.contains("就是内容目录") == true)
            #expect(TestSupport.snapshot(content) == before)
        }
    }

    @Test func outputInsideStaticIsRefusedAndNeverGrows() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let output = content.appendingPathComponent("static/public")
            for _ in 0..<2 {
                let refused = failure(options(content, output))
                #expect(refused?.diagnostics.first?.message.contains("在内容目录") == true)
            }
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }

    @Test func aSecondBuildFailsAtOnceWithNoWait() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("out")
            _ = try BuildPipeline(options: options(TestSupport.tinySite, output)).build()
            let before = TestSupport.snapshot(output)
            var held: OutputLock? = try OutputLock.acquire(for: output, wait: false)
            let refused = failure(options(TestSupport.tinySite, output, wait: false))
            #expect(refused?.diagnostics.first?.message.contains("另一个 dangjian 构建正在写入") == true)
            #expect(refused?.diagnostics.first?.message.contains("--no-wait") == true)
            #expect(TestSupport.snapshot(output) == before)
            held = nil
            #expect(held == nil)
            _ = try BuildPipeline(options: options(TestSupport.tinySite, output, wait: false)).build()
        }
    }

    @Test func aSecondBuildWaitsForTheFirst() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dangjian-lock-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        var held: OutputLock? = try OutputLock.acquire(for: output, wait: false)
        let messages = Messages()
        let build = Task.detached { [options = options(TestSupport.tinySite, output)] in
            try BuildPipeline(options: options) { messages.append($0) }.build()
        }
        var waited = false
        for _ in 0..<200 where !waited {
            try await Task.sleep(for: .milliseconds(20))
            waited = messages.all.contains { $0.contains("等待它结束") }
        }
        #expect(waited, "the second build did not say it waits")
        #expect(!FileManager.default.fileExists(atPath: output.path), "wrote while the lock was held")
        held = nil
        #expect(held == nil)
        let summary = try await build.value
        #expect(summary.pages > 0)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    @Test func twoBuildsAtOncePublishOneCompleteSite() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dangjian-race-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let reference = folder.appendingPathComponent("reference")
        _ = try BuildPipeline(options: options(TestSupport.tinySite, reference)).build()
        let expected = TestSupport.snapshot(reference)
        let output = folder.appendingPathComponent("out")
        let options = options(TestSupport.tinySite, output)
        async let first = Task.detached { try BuildPipeline(options: options).build() }.value
        async let second = Task.detached { try BuildPipeline(options: options).build() }.value
        let summaries = try await [first, second]
        #expect(summaries.allSatisfy { $0.pages > 0 })
        #expect(TestSupport.snapshot(output) == expected)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(
            siblings == [
                Self.lockName, Self.stateName, ".reference.dangjian-lock", ".reference.dangjian-state", "out",
                "reference",
            ])
    }

    @Test func aKillBetweenTheRenamesIsRepairedEvenByAFailingBuild() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let output = folder.appendingPathComponent("out")
            _ = try BuildPipeline(options: options(content, output)).build()
            let before = TestSupport.snapshot(output)
            // The state a kill between the two renames leaves: the old site moved aside, the new one
            // complete in its staging folder, no output.
            try FileManager.default.moveItem(at: output, to: folder.appendingPathComponent(".out.previous-77"))
            try FileManager.default.copyItem(
                at: folder.appendingPathComponent(".out.previous-77"),
                to: folder.appendingPathComponent(".out.staging-77"))

            try TestSupport.replace(
                "130,6,1,", with: "130,十二,1,", in: content.appendingPathComponent("data/enterprises-2025.csv"))
            let messages = Messages()
            let refused = failure(options(content, output)) { messages.append($0) }
            #expect(refused?.diagnostics.contains { $0.message.contains("十二") } == true)
            #expect(messages.all.contains { $0.contains("已把原来的网站恢复到") }, "\(messages.all)")
            #expect(messages.all.contains { $0.contains("已删除中断的构建留下的 1 个临时目录") }, "\(messages.all)")
            #expect(TestSupport.snapshot(output) == before)
            let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(siblings == [Self.lockName, Self.stateName, "content", "out"])
        }
    }

    @Test func aCompleteSiteKilledBeforeItsFirstPublishIsPublished() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("out")
            _ = try BuildPipeline(options: options(TestSupport.tinySite, output)).build()
            let built = TestSupport.snapshot(output)
            try FileManager.default.moveItem(at: output, to: folder.appendingPathComponent(".out.staging-5"))
            // A staging folder without the marker is incomplete and only removed.
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(".out.staging-6/regions"), withIntermediateDirectories: true)
            let notes = SiteWriter(outputDirectory: output).recoverInterruptedPublish()
            #expect(notes.contains { $0.contains("已把它发布到") }, "\(notes)")
            #expect(TestSupport.snapshot(output) == built)
            let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(siblings == [Self.lockName, Self.stateName, "out"])
        }
    }

    @Test func staticLinksLeavingTheContentAreRefused() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let staticFolder = content.appendingPathComponent("static")
            try FileManager.default.createDirectory(at: staticFolder, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                atPath: staticFolder.appendingPathComponent("passwd.txt").path, withDestinationPath: "/etc/passwd")
            try FileManager.default.createSymbolicLink(
                atPath: staticFolder.appendingPathComponent("gone.txt").path, withDestinationPath: "nowhere.txt")
            let refused = TestSupport.loadFailure(content)
            let messages = refused?.diagnostics.map(\.description) ?? []
            #expect(messages.contains { $0.contains("static/passwd.txt") && $0.contains("内容目录之外（/etc/passwd）") })
            #expect(messages.contains { $0.contains("static/gone.txt") && $0.contains("不存在") })
        }
    }

    @Test func linksInsideTheContentAreCopiedAsFiles() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let staticFolder = content.appendingPathComponent("static")
            try FileManager.default.createDirectory(at: staticFolder, withIntermediateDirectories: true)
            try Data("hello\n".utf8).write(to: staticFolder.appendingPathComponent("real.txt"))
            try FileManager.default.createSymbolicLink(
                atPath: staticFolder.appendingPathComponent("linked.txt").path, withDestinationPath: "real.txt")
            let output = folder.appendingPathComponent("out")
            _ = try BuildPipeline(options: options(content, output)).build()
            let copied = output.appendingPathComponent("linked.txt")
            #expect(FilePaths.kind(of: copied) == .file)
            #expect(try Data(contentsOf: copied) == Data("hello\n".utf8))
        }
    }

    @Test func aShowcasePhotoLinkLeavingTheContentIsRefused() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let showcases = try FileManager.default.contentsOfDirectory(
                atPath: content.appendingPathComponent("showcase").path)
            let markdown = try #require(showcases.first { $0.hasSuffix(".md") })
            let slug = String(markdown.dropLast(3))
            let photos = content.appendingPathComponent("showcase/\(slug)")
            try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
            let outside = folder.appendingPathComponent("outside.png")
            try Data([
                0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 4, 0, 0,
                0, 3,
            ])
            .write(to: outside)
            try FileManager.default.createSymbolicLink(
                at: photos.appendingPathComponent("leak.png"), withDestinationURL: outside)
            let file = content.appendingPathComponent("showcase/\(markdown)")
            try TestSupport.replace("photos: []\n", with: "photos:\n  - file: leak.png\n    caption: 外部\n", in: file)
            let refused = TestSupport.loadFailure(content)
            #expect(refused?.diagnostics.contains { $0.message.contains("照片“leak.png”是指向内容目录之外") } == true)
        }
    }

    @Test func aFullDiskIsNamedAsSuch() {
        do {
            try Data("x".utf8).write(to: URL(fileURLWithPath: "/dev/full"))
            Issue.record("writing to /dev/full succeeded")
        } catch {
            #expect(FileSystemProblem.describe(error).contains("磁盘已满"))
        }
        #expect(FileSystemProblem.describe(errno: EROFS).contains("只读"))
    }
}

/// Log lines collected from another task.
final class Messages: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) {
        lock.withLock { lines.append(line) }
    }

    var all: [String] { lock.withLock { lines } }
}
