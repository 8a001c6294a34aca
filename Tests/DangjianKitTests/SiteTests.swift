import Foundation
import Testing

@testable import DangjianKit

/// SitePlan links and SitePlanner's pages and enterprise ids.
@Suite("Site plan")
struct SiteTests {
    // MARK: - Relative links

    struct LinkCase: CustomTestStringConvertible, Sendable {
        let from: String
        let to: String
        let expected: String
        var testDescription: String { "\(from) → \(to)" }
    }

    @Test(arguments: [
        LinkCase(from: "index.html", to: "regions/1/index.html", expected: "regions/1/index.html"),
        LinkCase(from: "regions/1/index.html", to: "index.html", expected: "../../index.html"),
        LinkCase(from: "regions/1/index.html", to: "regions/2/index.html", expected: "../2/index.html"),
        LinkCase(from: "regions/1/index.html", to: "regions/1/index.html", expected: "index.html"),
        LinkCase(
            from: "enterprises/e0123456789ab/index.html", to: "regions/101/index.html",
            expected: "../../regions/101/index.html"),
        LinkCase(
            from: "reports/index.html", to: "reports/2025-summary/index.html", expected: "2025-summary/index.html"),
        LinkCase(from: "reports/2025-summary/index.html", to: "reports/index.html", expected: "../index.html"),
        LinkCase(from: "showcase/demo/index.html", to: "assets/style.css", expected: "../../assets/style.css"),
        LinkCase(from: "index.html", to: "data/indicators.json", expected: "data/indicators.json"),
        LinkCase(from: "honors/index.html", to: "index.html", expected: "../index.html"),
        // A folder that shares a prefix with the target's folder is not a common folder.
        LinkCase(from: "reports/index.html", to: "reports-old/x/index.html", expected: "../reports-old/x/index.html"),
        // A folder named like the target file is not mistaken for it.
        LinkCase(from: "index.html/index.html", to: "index.html", expected: "../index.html"),
    ])
    func linkIsRelativeAndNamesItsFile(_ example: LinkCase) {
        #expect(SitePlan.link(from: example.from, to: example.to) == example.expected)
    }

    @Test func linksResolveBackToTheirTargets() {
        var generator = SeededGenerator(seed: 7)
        let folders = ["regions", "1", "2", "enterprises", "a", "reports", "x"]
        func randomPath() -> String {
            let depth = Int.random(in: 0...3, using: &generator)
            return ((0..<depth).map { _ in folders.randomElement(using: &generator)! } + ["index.html"]).joined(
                separator: "/")
        }
        for _ in 0..<300 {
            let from = randomPath()
            let to = randomPath()
            let link = SitePlan.link(from: from, to: to)
            #expect(!link.hasPrefix("/"))
            // Resolve the link against the folder of `from`, as a browser does.
            var parts = from.split(separator: "/").dropLast().map(String.init)
            for part in link.split(separator: "/") {
                if part == ".." {
                    if parts.isEmpty {
                        Issue.record("\(link) climbs above the root from \(from)")
                    } else {
                        parts.removeLast()
                    }
                } else {
                    parts.append(String(part))
                }
            }
            #expect(parts.joined(separator: "/") == to, "\(from) → \(to) gave \(link)")
        }
    }

    // MARK: - Enterprise ids

    private static let township = Region(
        code: "101", name: "甲镇", level: .town, parentCode: "100", aliases: [], order: 1,
        location: DangjianKit.SourceLocation(file: "regions.csv", line: 3))
    private static let county = Region(
        code: "100", name: "测试县", level: .county, parentCode: nil, aliases: [], order: 1,
        location: DangjianKit.SourceLocation(file: "regions.csv", line: 2))

    private static func record(_ name: String, creditCode: String?) -> EnterpriseRecord {
        EnterpriseRecord(
            year: 2025, name: name, creditCode: creditCode, regionCode: "101", category: .enterprise, industry: nil,
            isActive: true, isAboveSize: false, staff: 10, fullMembers: 1, probationaryMembers: 0, activists: 0,
            recruited: 0, mode: .unbuilt, organisationName: nil, organisationType: nil, jointOrganisationID: nil,
            instructor: nil, stars: nil, meetsSixHaves: nil, note: nil, extraColumns: [],
            location: DangjianKit.SourceLocation(file: "e.csv", line: 2))
    }

    private static let records = [
        record("甲一机械有限公司", creditCode: "91100000MA0000001A"),  // clean 18 characters → itself
        record("甲三商贸有限公司", creditCode: nil),  // no code → hash
        record("短码公司", creditCode: "91100000MA000001"),  // 16 characters → hash
        record("小写公司", creditCode: "91100000ma0000002b"),  // lower case → hash
        record("越界公司", creditCode: "../../../../etc/pw"),  // 18 characters, unsafe → hash
        record("<script>alert(1)</script>", creditCode: nil),
    ]

    private static func plan() throws -> SitePlan {
        var config = SiteConfig(title: "测试", rootRegion: "100")
        config.years = []
        let content = SiteContent(
            config: config, regions: [county, township], records: records, honors: [], reports: [], showcases: [],
            staticFiles: [], diagnostics: [])
        let rollup = try RollupBuilder(content: content).build()
        return SitePlanner(content: content, rollup: rollup).plan()
    }

    private func id(_ plan: SitePlan, _ name: String) -> String? {
        plan.enterpriseIDs.first { $0.key.name == name }?.value
    }

    @Test func cleanCreditCodeIsTheID() throws {
        #expect(id(try Self.plan(), "甲一机械有限公司") == "91100000MA0000001A")
    }

    @Test func otherwiseTheIDIsAStableHash() throws {
        let plan = try Self.plan()
        // FNV-1a 64 of "name:101/甲三商贸有限公司", computed outside Swift: 2017b4f17714…
        #expect(id(plan, "甲三商贸有限公司") == "e2017b4f17714")
        for name in ["甲三商贸有限公司", "短码公司", "小写公司", "越界公司", "<script>alert(1)</script>"] {
            let value = id(plan, name) ?? ""
            #expect(value.wholeMatch(of: /e[0-9a-f]{12}/) != nil, "\(name) → \(value)")
        }
    }

    @Test func stableHashMatchesPublishedFNV1aVectors() {
        // FNV-1a 64-bit test vectors: "" → cbf29ce484222325, "a" → af63dc4c8601ec8c, "foobar" → 85944171f73967e8.
        #expect(SitePlanner.stableHash("") == "cbf29ce48422")
        #expect(SitePlanner.stableHash("a") == "af63dc4c8601")
        #expect(SitePlanner.stableHash("foobar") == "85944171f739")
    }

    @Test func idsAreUniqueSafeAndIdenticalAcrossRuns() throws {
        let first = try Self.plan()
        let second = try Self.plan()
        #expect(first.enterpriseIDs.count == Self.records.count)
        #expect(Set(first.enterpriseIDs.values).count == Self.records.count)
        #expect(first.enterpriseIDs == second.enterpriseIDs)
        for id in first.enterpriseIDs.values {
            #expect(id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }, "\(id)")
        }
        for page in first.pages {
            #expect(!page.path.split(separator: "/").contains { $0 == ".." || $0 == "." }, "\(page.path)")
            #expect(page.path.hasSuffix("index.html"))
        }
    }

    // MARK: - Pages of the fixture

    @Test func tinySitePlanListsEveryPageOnce() throws {
        let content = try ContentLoader(contentDirectory: TestSupport.tinySite).load()
        let rollup = try RollupBuilder(content: content).build()
        let plan = SitePlanner(content: content, rollup: rollup).plan()
        let paths = plan.pages.map(\.path)
        #expect(paths.first == "index.html")
        #expect(Set(paths).count == paths.count)
        // Enterprises across both years: 甲一 甲二 甲三 <script> 乙二 乙三 丙一 = 7.
        #expect(paths.filter { $0.hasPrefix("enterprises/") }.count == 7)
        #expect(
            plan.enterprisePath(rollup.enterprises.keys.first { $0.name == "甲一机械有限公司" }!)
                == "enterprises/91100000MA0000001A/index.html")
        let expected: Set<String> = [
            "index.html", "regions/100/index.html", "regions/101/index.html", "regions/102/index.html",
            "regions/103/index.html", "reports/index.html", "reports/2025-summary/index.html", "showcase/index.html",
            "showcase/demo/index.html", "honors/index.html", "regions/100/due-unbuilt/index.html",
            "regions/101/due-unbuilt/index.html", "regions/102/due-unbuilt/index.html",
            "regions/103/due-unbuilt/index.html", "honors/2024/index.html", "honors/2025/index.html",
            // The earlier year, 2024, has its own dashboard, region and 应建未建 pages.
            "years/2024/index.html", "regions/100/2024/index.html", "regions/103/2024/index.html",
            "regions/102/2024/due-unbuilt/index.html", "screen/index.html", "indicators/index.html",
            "briefing/index.html", "briefing/2024/index.html", "regions/index.html",
        ]
        #expect(expected.isSubset(of: Set(paths)))
        // 7 enterprise pages, 2024's other 2 region pages and 3 应建未建 pages, an enterprise list
        // for each of the 4 regions in each of the 2 years, and 4 more briefing packs (6 in all: the
        // county's of each year and again at briefing/, and each township's of the latest year).
        #expect(paths.count == expected.count + 7 + 5 + 8 + 4)
        #expect(
            plan.briefingPages.map(\.path) == [
                "briefing/index.html", "briefing/2025/index.html", "briefing/2024/index.html",
                "regions/101/briefing/index.html", "regions/102/briefing/index.html", "regions/103/briefing/index.html",
            ])
        #expect(plan.showcaseSlugs.values.sorted() == ["demo"])
    }
}

/// The 区划 tab: a list of every region in the order of regions.csv, not a copy of the dashboard.
@Suite("Regions list")
struct RegionIndexTests {
    @Test func everyRegionIsListedOnceInTreeOrderWithItsPageAndFigures() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public")
            try TestSupport.build(content: TestSupport.tinySite, output: output)
            let html = try String(contentsOf: output.appendingPathComponent("regions/index.html"), encoding: .utf8)
            let links = html.matches(
                of: /<tr class="depth-(\d)">\s*<th scope="row" class="nowrap"><a href="([^"]+)">([^<]+)<\/a>/
            )
            .map { "\($0.1) \($0.2) \($0.3)" }
            #expect(
                links == [
                    "0 100/index.html 测试县", "1 101/index.html 甲镇", "1 102/index.html 乙街道",
                    "1 103/index.html 丙园区",
                ])
            // The navigation's 区划 tab leads here, and marks it as the current page.
            #expect(html.contains("<a href=\"index.html\" aria-current=\"page\">区划</a>"))
            let dashboard = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(dashboard.contains("<a href=\"regions/index.html\">区划</a>"))
            // The county's row carries the briefing pack and the enterprise list.
            #expect(html.contains("<a href=\"../briefing/index.html\">汇报材料</a>"))
            #expect(html.contains("href=\"100/enterprises/index.html#population=1\""))
        }
    }
}
