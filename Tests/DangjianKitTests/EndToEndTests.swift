import Foundation
import Testing

@testable import DangjianKit

/// The real pipeline on the tiny fixture site, into a temp output folder.
@Suite("End to end")
struct EndToEndTests {
    /// 甲一's clean credit code is its id.
    static let jia1Page = "enterprises/91100000MA0000001A/index.html"
    /// FNV-1a 64 of "name:102/<script>alert(1)</script>", computed outside Swift: 6c84ad360980…
    static let hostilePage = "enterprises/e6c84ad360980/index.html"
    static let hostileRaw = "<script>alert(1)</script>"
    static let hostileEscapedPrefix = "&lt;script&gt;alert(1)"

    /// Builds the tiny site into a fresh folder and runs `body` with the output folder.
    private func withBuiltSite(_ body: (URL) throws -> Void) throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public", isDirectory: true)
            let summary = try TestSupport.build(content: TestSupport.tinySite, output: output)
            #expect(summary.pages == htmlFiles(output).count)
            try body(output)
        }
    }

    private func text(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    private func htmlFiles(_ output: URL) -> [String] {
        TestSupport.files(under: output).filter { $0.hasSuffix(".html") }
    }

    @Test func everyPageKindExists() throws {
        try withBuiltSite { output in
            let files = Set(TestSupport.files(under: output))
            let expected = [
                "index.html", "regions/100/index.html", "regions/101/index.html", "regions/102/index.html",
                "regions/103/index.html", "regions/100/due-unbuilt/index.html", "regions/101/due-unbuilt/index.html",
                "regions/102/due-unbuilt/index.html", "regions/103/due-unbuilt/index.html",
                Self.jia1Page, Self.hostilePage, "reports/index.html",
                "reports/2025-summary/index.html", "showcase/index.html", "showcase/demo/index.html",
                "honors/index.html", "data/indicators.json", "assets/style.css", "notice.txt",
                SiteWriter.markerName,
            ]
            for path in expected {
                #expect(files.contains(path), "\(path) is missing")
            }
            // 7 enterprises over both years: 甲一 甲二 甲三 <script> 乙二 乙三 (2024 only) 丙一 (2025 only).
            #expect(files.filter { $0.hasPrefix("enterprises/") && $0.hasSuffix("/index.html") }.count == 7)
            // The draft report has no page.
            #expect(!files.contains("reports/draft-note/index.html"))
            #expect(files.filter { $0.hasPrefix("reports/") }.count == 2)
            // Assets are copied unchanged.
            let copiedStyle = try Data(contentsOf: output.appendingPathComponent("assets/style.css"))
            let templateStyle = try Data(contentsOf: TestSupport.templates.appendingPathComponent("assets/style.css"))
            #expect(copiedStyle == templateStyle)
            let notice = try text(output, "notice.txt")
            #expect(notice == "static\n")
        }
    }

    /// Every `href="…"` and `src="…"` value of an HTML text, entities decoded.
    private func references(in html: String) -> [String] {
        html.matches(of: /(?:href|src)="([^"]*)"/).map { match in
            String(match.1)
                .replacingOccurrences(of: "&#x2F;", with: "/")
                .replacingOccurrences(of: "&#x3D;", with: "=")
                .replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    @Test func everyRelativeLinkResolvesAndNothingIsExternal() throws {
        try withBuiltSite { output in
            let pages = htmlFiles(output)
            // 1 dashboard, 4 regions + 4 应建未建 lists, 7 enterprises, 2 report pages, 2 showcase pages,
            // the honor roll and its 2 year pages; for 2024 again a dashboard, 4 regions and 4 lists;
            // an enterprise list per region and year (8); the meeting-room screen; the indicator notes;
            // the briefing packs of the county (2025 twice, 2024) and of the 3 townships; the list of regions.
            #expect(pages.count == 49)
            var checked = 0
            for page in pages {
                let html = try text(output, page)
                let refs = references(in: html)
                #expect(refs.count >= 8, "\(page) has only \(refs.count) links")
                // cmark-gfm keeps a dropped `javascript:` link as href="" (a link to the page itself):
                // the report has exactly one; templates never write an empty link.
                let emptyLinks = refs.filter(\.isEmpty).count
                #expect(emptyLinks == (page == "reports/2025-summary/index.html" ? 1 : 0), "\(page): empty links")
                for ref in refs {
                    let lowered = ref.lowercased()
                    let external =
                        lowered.hasPrefix("http:") || lowered.hasPrefix("https:") || ref.hasPrefix("//")
                        || ref.hasPrefix("/") || lowered.contains(":")
                    #expect(!external, "\(page): \(ref) is not a relative link")
                    guard !external, !ref.isEmpty else { continue }
                    let target = String(ref.split(separator: "#", omittingEmptySubsequences: false)[0])
                    if target.isEmpty { continue }  // "#section" on the same page
                    let url = output.appendingPathComponent(page).deletingLastPathComponent()
                        .appendingPathComponent(target).standardizedFileURL
                    var isDirectory: ObjCBool = false
                    let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
                    #expect(exists && !isDirectory.boolValue, "\(page): \(ref) does not name a file")
                    #expect(
                        url.path.hasPrefix(output.standardizedFileURL.path + "/"), "\(page): \(ref) leaves the site")
                    checked += 1
                }
            }
            #expect(checked > 200)
            // Nothing anywhere in the output points at another host.
            for file in TestSupport.files(under: output) where !file.hasSuffix(".txt") {
                let content = try text(output, file)
                #expect(!content.contains("http:"), "\(file) mentions http:")
                #expect(!content.contains("https:"), "\(file) mentions https:")
                #expect(!content.contains("url(/"), "\(file) loads an absolute URL")
                #expect(!content.contains("@import"), "\(file) imports a stylesheet")
            }
        }
    }

    /// The pages that list the hostile firm in the tiny site: its own page, its township's list, the
    /// honor rolls of all years and of 2024 (李四's 所在企业), the 2024 pages of its township and the
    /// county (which list that year's honors), the county's 2024 briefing pack (its 光荣榜), and the
    /// enterprise lists of both in both years.
    static let pagesListingHostileFirm: Set<String> = [
        "briefing/2024/index.html",
        hostilePage, "regions/102/index.html", "honors/index.html", "honors/2024/index.html",
        "regions/102/2024/index.html", "regions/100/2024/index.html", "regions/102/enterprises/index.html",
        "regions/100/enterprises/index.html", "regions/102/2024/enterprises/index.html",
        "regions/100/2024/enterprises/index.html",
    ]

    /// The pages that show the hostile name escaped; records an issue for any page holding it raw.
    func pagesShowingHostileName(_ output: URL) throws -> Set<String> {
        var pages: Set<String> = []
        for page in htmlFiles(output) {
            let html = try text(output, page)
            #expect(!html.contains(Self.hostileRaw), "\(page) contains the raw name")
            #expect(!html.contains("<script>alert"), "\(page) contains a raw script")
            if html.contains(Self.hostileEscapedPrefix) { pages.insert(page) }
        }
        return pages
    }

    @Test func hostileEnterpriseNameIsAlwaysEscaped() throws {
        try withBuiltSite { output in
            // The firm (乙街道, 未建, 0 members, 58 staff) is not 应建未建, so only the base pages show it.
            #expect(try pagesShowingHostileName(output) == Self.pagesListingHostileFirm)
            // The township and the honor roll link the escaped name to the enterprise's page.
            let township = try text(output, "regions/102/index.html")
            #expect(township.contains("href=\"../../\(Self.hostilePage)\">\(Self.hostileEscapedPrefix)"))
            let honors = try text(output, "honors/index.html")
            #expect(honors.contains("href=\"../\(Self.hostilePage)\">\(Self.hostileEscapedPrefix)"))
            let own = try text(output, Self.hostilePage)
            #expect(own.contains("<title>\(Self.hostileEscapedPrefix)"))
        }
    }

    @Test func hostileNameIsEscapedOnTheDueUnbuiltListsToo() throws {
        try TestSupport.withTemporaryDirectory { folder in
            // A copy where the hostile firm has 3 正式党员 in 2025 and, being 未建, becomes 应建未建.
            let content = try TestSupport.copyTinySite(into: folder)
            try TestSupport.replace(
                "<script>alert(1)</script>,,乙街道,非公企业,信息技术,是,否,58,0,1,",
                with: "<script>alert(1)</script>,,乙街道,非公企业,信息技术,是,否,58,3,1,",
                in: content.appendingPathComponent("data/enterprises-2025.csv"))
            let output = folder.appendingPathComponent("public", isDirectory: true)
            try TestSupport.build(content: content, output: output)
            // Now also on the 应建未建 lists of its township and of the county.
            #expect(
                try pagesShowingHostileName(output)
                    == Self.pagesListingHostileFirm.union([
                        "regions/102/due-unbuilt/index.html", "regions/100/due-unbuilt/index.html",
                        // and in 三、存在问题 of the 2025 briefing packs of the county and the township.
                        "briefing/index.html", "briefing/2025/index.html", "regions/102/briefing/index.html",
                    ]))
            let countyList = try text(output, "regions/100/due-unbuilt/index.html")
            #expect(countyList.contains("href=\"../../../\(Self.hostilePage)\">\(Self.hostileEscapedPrefix)"))
        }
    }

    @Test func reportMarkdownIsRenderedSafely() throws {
        try withBuiltSite { output in
            let report = try text(output, "reports/2025-summary/index.html")
            #expect(report.contains("<h2>一、基本情况</h2>"))
            #expect(report.contains("<table>"))
            #expect(report.contains("<del>抓空壳</del>"))
            #expect(!report.contains("<script"))
            #expect(!report.lowercased().contains("javascript:"))
            #expect(report.contains("危险链接"))
        }
    }

    /// The entry of a region, year and indicator in indicators.json.
    private func indicator(_ json: [String: Any], region: String, year: Int, id: String) -> [String: Any]? {
        let regions = json["regions"] as? [[String: Any]] ?? []
        let entry = regions.first { ($0["region"] as? String) == region && ($0["year"] as? Int) == year }
        let indicators = entry?["indicators"] as? [[String: Any]] ?? []
        return indicators.first { ($0["id"] as? String) == id }
    }

    @Test func indicatorsJSONMatchesAHandCount() throws {
        try withBuiltSite { output in
            let data = try Data(contentsOf: output.appendingPathComponent("data/indicators.json"))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(json["years"] as? [Int] == [2024, 2025])
            #expect((json["regions"] as? [Any])?.count == 8)  // 4 regions × 2 years

            // 2025 (enterprises-2025.csv): six rows, all 三有. 单独组建 甲一 + 联合组建 甲二 甲三 = 3 of 6.
            let county2025 = try #require(indicator(json, region: "100", year: 2025, id: "I1"))
            #expect(county2025["numerator"] as? Int == 3)
            #expect(county2025["denominator"] as? Int == 6)
            #expect(county2025["value"] as? String == "50.0")
            // 2024: 乙三空壳公司 is 是否三有=否, so P = 5; covered 甲一 甲二 甲三 = 3 → 60.0.
            let county2024 = try #require(indicator(json, region: "100", year: 2024, id: "I1"))
            #expect(county2024["numerator"] as? Int == 3)
            #expect(county2024["denominator"] as? Int == 5)
            #expect(county2024["value"] as? String == "60.0")
            // 甲镇 2025: all three covered.
            let jia = try #require(indicator(json, region: "101", year: 2025, id: "I1"))
            #expect([jia["numerator"] as? Int, jia["denominator"] as? Int] == [3, 3])
            #expect(jia["value"] as? String == "100.0")
            // I3 in 2025: ≥3 正式党员 are 甲一 (6, own) and 乙二 (3, 挂靠) → 1/2; 丙一's is missing → excluded.
            let eligible = try #require(indicator(json, region: "100", year: 2025, id: "I3"))
            #expect(eligible["numerator"] as? Int == 1)
            #expect(eligible["denominator"] as? Int == 2)
            #expect(eligible["excluded"] as? Int == 1)
            // I4: only 乙二 (3 members, 挂靠).
            #expect(indicator(json, region: "100", year: 2025, id: "I4")?["count"] as? Int == 1)
            // 丙园区 in 2024 has no enterprises: a rate without a value, never 0.
            let empty = try #require(indicator(json, region: "103", year: 2024, id: "I1"))
            #expect(empty["denominator"] as? Int == 0)
            #expect(empty["value"] == nil || empty["value"] is NSNull)
        }
    }

    @Test func pagesShowTheFiguresAndTheBuildDate() throws {
        try withBuiltSite { output in
            let dashboard = try text(output, "index.html")
            #expect(dashboard.contains("50.0%"))
            #expect(dashboard.contains("3/6"))
            #expect(dashboard.contains("生成日期：2025年6月1日"))
            let jia1 = try text(output, Self.jia1Page)
            #expect(jia1.contains("<dt>联系人</dt><dd>张三</dd>"))
            #expect(jia1.contains("县级示范点"))
            // 丙园区 in 2025: 丙一 is 未建 → I1 0/1 shown as 0.0%, with its pair.
            let bing = try text(output, "regions/103/index.html")
            #expect(bing.contains("0/1"))
        }
    }

    @Test func markerIsWrittenAndASecondBuildGivesTheSameSite() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public", isDirectory: true)
            try TestSupport.build(content: TestSupport.tinySite, output: output)
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(SiteWriter.markerName).path))
            let first = TestSupport.snapshot(output)
            try TestSupport.build(content: TestSupport.tinySite, output: output)
            let second = TestSupport.snapshot(output)
            #expect(first.count > 20)
            #expect(first.keys.sorted() == second.keys.sorted())
            let changed = first.keys.filter { first[$0] != second[$0] }.sorted()
            #expect(changed.isEmpty, "changed between identical builds: \(changed)")
            let beside = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(beside == [".public.dangjian-lock", ".public.dangjian-state", "public"])
        }
    }
}
