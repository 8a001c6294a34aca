import Foundation
import Testing

@testable import DangjianKit

/// Rebuilds write only what changed: nothing when the inputs are those of the last build, and
/// otherwise only the files whose bytes differ; every other file keeps its inode and time.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    /// Every file of a site with its inode and modification time.
    func identities(_ root: URL) throws -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for path in TestSupport.files(under: root) {
            let attributes = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path)
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? -1
            let time = Int(((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0) * 1_000_000)
            result[path] = [inode, time]
        }
        return result
    }

    @Test func aRebuildWithNothingChangedWritesNothing() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let output = folder.appendingPathComponent("public")
            let first = try TestSupport.build(content: content, output: output)
            #expect(!first.upToDate)
            let before = try identities(output)
            let second = try TestSupport.build(content: content, output: output)
            #expect(second.upToDate)
            #expect(second.pages == first.pages && second.files == first.files)
            #expect(second.warnings == first.warnings, "the warnings are printed again")
            #expect(second.line.contains("网站已是最新"))
            #expect(try identities(output) == before)
        }
    }

    @Test func oneChangedReportRewritesOnlyThePagesThatShowIt() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let output = folder.appendingPathComponent("public")
            try TestSupport.build(content: content, output: output)
            let before = try identities(output)
            let reports = try FileManager.default.contentsOfDirectory(
                at: content.appendingPathComponent("reports"), includingPropertiesForKeys: nil
            ).filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
            let report = try #require(reports.first)
            try TestSupport.appendLine("\n正文新增的一句。", to: report)
            let summary = try TestSupport.build(content: content, output: output)
            #expect(!summary.upToDate)
            let after = try identities(output)
            let rewritten = after.filter { before[$0.key] != $0.value }.keys.sorted()
            let slug = report.deletingPathExtension().lastPathComponent
            #expect(rewritten.count == summary.files - summary.unchanged)
            #expect(rewritten.contains { $0.hasPrefix("reports/") && $0.contains(slug) }, "\(rewritten)")
            #expect(!rewritten.contains("index.html"), "the dashboard does not show report bodies")
            #expect(rewritten.allSatisfy { $0.hasPrefix("reports/") }, "\(rewritten)")
            let page = try String(contentsOf: output.appendingPathComponent(rewritten[0]), encoding: .utf8)
            #expect(rewritten.count > 1 || page.contains("正文新增的一句"))
        }
    }

    @Test func anEditedRemovedOrAddedOutputFileIsPutRightByTheNextBuild() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let output = folder.appendingPathComponent("public")
            try TestSupport.build(content: content, output: output)
            let built = TestSupport.snapshot(output)
            let screen = output.appendingPathComponent("screen/index.html")
            try TestSupport.appendLine("edited by hand", to: screen)
            try FileManager.default.removeItem(at: output.appendingPathComponent("assets/site.js"))
            try Data("stray".utf8).write(to: output.appendingPathComponent("stray.html"))
            let summary = try TestSupport.build(content: content, output: output)
            #expect(!summary.upToDate)
            #expect(summary.files - summary.unchanged == 2, "the edited page and the removed script")
            #expect(TestSupport.snapshot(output) == built)
        }
    }

    @Test func aChangedTemplateOrOptionRebuilds() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let templates = folder.appendingPathComponent("templates")
            try FileManager.default.copyItem(at: TestSupport.templates, to: templates)
            let output = folder.appendingPathComponent("public")
            var options = BuildOptions(
                contentDirectory: content, templatesDirectory: templates, outputDirectory: output,
                buildDate: TestSupport.buildDate)
            _ = try BuildPipeline(options: options).build()
            #expect(try BuildPipeline(options: options).build().upToDate)
            try TestSupport.replace(
                "</footer>", with: "<p>新页脚</p></footer>", in: templates.appendingPathComponent("layout.mustache"))
            let changed = try BuildPipeline(options: options).build()
            #expect(!changed.upToDate && changed.unchanged < changed.files)
            #expect(
                try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8).contains("新页脚"))
            options.audience = .public
            #expect(try !BuildPipeline(options: options).build().upToDate)
            options.buildDate = TestSupport.buildDate.addingTimeInterval(86_400)
            #expect(try !BuildPipeline(options: options).build().upToDate)
        }
    }

    @Test func anUnreadableStateMeansEveryFileIsWritten() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public")
            try TestSupport.build(content: TestSupport.tinySite, output: output)
            try Data("not a state".utf8).write(to: OutputState.location(of: output))
            let summary = try TestSupport.build(content: TestSupport.tinySite, output: output)
            #expect(!summary.upToDate && summary.unchanged == 0)
            #expect(OutputState.read(for: output)?.files.count == summary.files)
        }
    }

    @Test func theReplacedSiteIsDeletedInTheBackgroundAndNeverRestored() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let output = folder.appendingPathComponent("public")
            var options = BuildOptions(
                contentDirectory: content, templatesDirectory: TestSupport.templates, outputDirectory: output,
                buildDate: TestSupport.buildDate)
            options.deletesPreviousInBackground = true
            _ = try BuildPipeline(options: options).build()
            try TestSupport.appendLine("# 新增的注释", to: content.appendingPathComponent("site.yaml"))
            _ = try BuildPipeline(options: options).build()
            let deadline = Date().addingTimeInterval(10)
            var leftovers: [String] = []
            repeat {
                leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
                    $0.hasPrefix(".public.") && !$0.hasSuffix(".dangjian-lock") && !$0.hasSuffix(".dangjian-state")
                }
                if leftovers.isEmpty { break }
                Thread.sleep(forTimeInterval: 0.05)
            } while Date() < deadline
            #expect(leftovers.isEmpty, "\(leftovers)")
            // A discarded site left by a deletion that did not finish is removed, never published.
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(".public.discarded-x/regions"), withIntermediateDirectories: true)
            try FileManager.default.removeItem(at: output)
            _ = SiteWriter(outputDirectory: output).recoverInterruptedPublish()
            #expect(!FileManager.default.fileExists(atPath: output.path))
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".public.discarded-x").path))
        }
    }

    @Test func contentHashesTellBytesApart() {
        let texts = [
            "", "a", "b", "ab", "ba", String(repeating: "党", count: 1000), String(repeating: "党", count: 1001),
        ]
        let hashes = texts.map { ContentHash($0) }
        #expect(Set(hashes).count == texts.count)
        for hash in hashes { #expect(ContentHash(hex: hash.description) == hash) }
        var bytes = [UInt8](repeating: 7, count: 4096)
        let original = bytes.withUnsafeBytes { ContentHash($0) }
        bytes[2049] = 8
        #expect(bytes.withUnsafeBytes { ContentHash($0) } != original)
    }

    @Test func aFilePlacedAgainNeverWritesThroughALinkToTheCurrentSite() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let output = folder.appendingPathComponent("public")
            try TestSupport.build(content: content, output: output)
            let state = try #require(OutputState.read(for: output))
            let page = "index.html"
            let current = try Data(contentsOf: output.appendingPathComponent(page))
            let staging = try SiteWriter(outputDirectory: output).begin(previous: state.files)
            defer { staging.discard() }
            // The same bytes are linked from the current site; placing others replaces the link.
            try staging.place(current, at: page)
            let before = try identities(output)[page]
            try staging.place(Data("<p>新的内容</p>".utf8), at: page)
            #expect(try Data(contentsOf: output.appendingPathComponent(page)) == current)
            #expect(try identities(output)[page] == before)
            #expect(try Data(contentsOf: staging.folder.appendingPathComponent(page)) == Data("<p>新的内容</p>".utf8))
        }
    }

}
