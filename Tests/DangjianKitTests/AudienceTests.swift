import Foundation
import Testing

@testable import DangjianKit

/// Internal and public builds: a public build publishes no 内部 document, draft or personal detail,
/// anywhere in its output; counts are computed on all data in both.
@Suite("Audiences")
struct AudienceTests {
    static let phone = "13912345678"
    static let idNumber = "330327199001011234"
    static let internalTitle = "关于测试县某企业问题线索的内部通报"
    static let internalSentence = "此件仅供内部掌握，不得外传。"

    /// The test site with a phone and an ID column in the 2025 data, an internal report and an
    /// internal showcase.
    func withSite<T>(siteYAML extra: String = "", _ body: (_ content: URL, _ folder: URL) throws -> T) throws -> T {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let table = content.appendingPathComponent("data/enterprises-2025.csv")
            let lines = try String(contentsOf: table, encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false)
            let widened = lines.enumerated().map { index, line -> String in
                if line.isEmpty { return "" }
                return index == 0 ? line + ",电话,身份证号" : line + ",\(Self.phone),\(Self.idNumber)"
            }
            try widened.joined(separator: "\n").write(to: table, atomically: true, encoding: .utf8)
            let report = """
                ---
                title: \(Self.internalTitle)
                date: 2025-10-01
                region: "100"
                type: 情况汇报
                visibility: 内部
                ---

                \(Self.internalSentence)

                """
            try report.write(
                to: content.appendingPathComponent("reports/internal-note.md"), atomically: true, encoding: .utf8)
            if !extra.isEmpty { try TestSupport.appendLine(extra, to: content.appendingPathComponent("site.yaml")) }
            return try body(content, folder)
        }
    }

    func build(_ content: URL, _ output: URL, audience: Audience?, drafts: Bool = false) throws -> BuildSummary {
        var options = BuildOptions(
            contentDirectory: content, templatesDirectory: TestSupport.templates, outputDirectory: output,
            buildDate: TestSupport.buildDate)
        options.audience = audience
        options.includesDrafts = drafts
        return try BuildPipeline(options: options).build()
    }

    /// Every file of the output (hidden ones too) that contains `text`.
    func files(in output: URL, containing text: String) -> [String] {
        TestSupport.snapshot(output).compactMap { path, data in
            guard let data, let content = String(data: data, encoding: .utf8), content.contains(text) else {
                return nil
            }
            return path
        }.sorted()
    }

    @Test func aPublicBuildLeavesNothingInternalOrPersonalInAnyByte() throws {
        try withSite { content, folder in
            let output = folder.appendingPathComponent("public-site")
            let summary = try build(content, output, audience: .public)
            for secret in [Self.internalTitle, Self.internalSentence, Self.phone, Self.idNumber, "张三", "草稿正文", "内部资料"] {
                #expect(
                    files(in: output, containing: secret).isEmpty,
                    "“\(secret)” in \(files(in: output, containing: secret))")
            }
            #expect(summary.leftOut.summary == "未发布：1 篇内部报告，1 个草稿，2 个个人信息列（电话、联系人）")
            let manifest =
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: output.appendingPathComponent(".dangjian-manifest.json"))) as? [String: Any]
            #expect(manifest?["audience"] as? String == "public")
            #expect((manifest?["leftOut"] as? [String: Any])?["internalReports"] as? Int == 1)
            // The counts are the same as an internal build's: only what is shown changes.
            let internalSite = folder.appendingPathComponent("internal-site")
            _ = try build(content, internalSite, audience: .internal)
            #expect(
                try Data(contentsOf: output.appendingPathComponent("data/indicators.json"))
                    == Data(contentsOf: internalSite.appendingPathComponent("data/indicators.json")))
        }
    }

    @Test func anInternalBuildShowsInternalDocumentsAndIsMarked() throws {
        try withSite { content, folder in
            let output = folder.appendingPathComponent("site")
            _ = try build(content, output, audience: nil)
            #expect(!files(in: output, containing: Self.internalTitle).isEmpty)
            #expect(!files(in: output, containing: Self.phone).isEmpty)
            #expect(files(in: output, containing: Self.idNumber).isEmpty, "ID numbers are never read")
            #expect(files(in: output, containing: "草稿正文").isEmpty, "drafts need --drafts")
            let dashboard = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(dashboard.contains("内部资料 注意保存"))
            _ = try build(content, output, audience: .internal, drafts: true)
            #expect(!files(in: output, containing: "草稿正文").isEmpty)
            // A public build never publishes drafts, even when asked.
            _ = try build(content, output, audience: .public, drafts: true)
            #expect(files(in: output, containing: "草稿正文").isEmpty)
        }
    }

    @Test func siteYAMLSetsTheAudienceAndThePublicRules() throws {
        let yaml = "audience: public\npublic:\n  min_staff: 100\n  honor_details: false"
        try withSite(siteYAML: yaml) { content, folder in
            let output = folder.appendingPathComponent("site")
            let summary = try build(content, output, audience: nil)
            #expect(summary.leftOut.smallEnterprises > 0)
            #expect(summary.leftOut.honorDetails == 1)
            #expect(files(in: output, containing: "带头攻坚").isEmpty, "an individual's 事迹")
            #expect(!files(in: output, containing: "以党建促生产").isEmpty, "an organisation's 事迹 stays")
            // No page links to an enterprise page that was left out.
            let pages = TestSupport.files(under: output).filter { $0.hasSuffix(".html") }
            for page in pages {
                let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
                let folder = output.appendingPathComponent(page).deletingLastPathComponent()
                for match in html.matches(of: /href="([^"#]*enterprises\/[^"#\/]+\/index\.html)"/) {
                    let target = folder.appendingPathComponent(String(match.1)).standardizedFileURL
                    #expect(FileManager.default.fileExists(atPath: target.path), "\(page) → \(match.1)")
                }
            }
        }
    }
}
