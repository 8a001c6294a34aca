import Foundation
import Testing

@testable import DangjianKit

/// Cross-checks that flag, never fix: published figures, totals, contradictory rows; and I11–I13.
@Suite struct CrossCheckTests {
    static let header =
        "年度,企业名称,统一社会信用代码,乡镇,组织类别,行业,是否三有,是否规上,从业人员,正式党员,预备党员,入党积极分子,当年发展党员,组建方式,党组织名称,党组织类型,联合党组织编号,指导员,星级,六有达标,备注"
    static let regions = """
        代码,名称,层级,上级代码,别名,排序
        1,某县,县,,,1
        11,甲镇,乡镇,1,甲,1
        12,乙镇,乡镇,1,,2

        """

    /// Writes a content folder from file texts and runs `body` on it; the folder is removed afterwards.
    func withSite<T>(_ files: [String: String], _ body: (URL) throws -> T) throws -> T {
        try TestSupport.withContentSite(files, regions: Self.regions, body)
    }

    /// One enterprises CSV line with the columns that matter here.
    func row(
        _ year: Int, _ name: String, town: String = "甲镇", staff: String = "10", members: String = "0",
        probationary: String = "0", mode: String = "未建", joint: String = "", stars: String = "", sixHaves: String = ""
    ) -> String {
        "\(year),\(name),,\(town),非公企业,制造业,是,否,\(staff),\(members),\(probationary),0,0,\(mode),,,\(joint),,\(stars),\(sixHaves),"
    }

    func warnings(_ site: URL) throws -> [String] {
        let content = try ContentLoader(contentDirectory: site).load()
        let rollup = try RollupBuilder(content: content).build()
        return (content.diagnostics + rollup.diagnostics).filter { $0.severity == .warning }.map(\.description)
    }

    @Test func shanghai2008PublishedFigureMismatchIsAWarningWithBothValues() throws {
        // 10445 firms with 50+ staff, 10275 of them with members: 98.37% → 98.4 half-up; printed "98.3".
        var lines = [Self.header]
        for index in 0..<10445 {
            lines.append(row(2008, "企业\(index)", staff: "60", members: index < 10275 ? "1" : "0"))
        }
        let published = "区划,年度,指标,数值\n某县,2008,I5,98.3\n某县,2008,50人以上企业有党员率,98.4%\n"
        try withSite(["data/enterprises.csv": lines.joined(separator: "\n") + "\n", "data/published.csv": published]) {
            site in
            let content = try ContentLoader(contentDirectory: site).load()
            let rollup = try RollupBuilder(content: content).build()
            let ratio = rollup.figures("1", 2008).memberPresence50
            #expect(ratio == Ratio(10275, 10445))
            #expect(ratio.percentage(decimals: 1) == "98.4")
            let messages = rollup.diagnostics.map(\.description)
            #expect(messages.count == 1)
            let message = try #require(messages.first)
            #expect(message.contains("published.csv:2:"))
            #expect(message.contains("“98.3”") && message.contains("98.4%") && message.contains("10275/10445"))
        }
    }

    @Test func subtotalAndTotalRowsAreComparedNotCounted() throws {
        let csv = [
            Self.header, row(2024, "一厂", staff: "10", members: "3", mode: "单独组建"),
            row(2024, "二厂", staff: "20", members: "1", mode: "挂靠"),
            "2024,小计,,甲镇,,,,,30,4,0,0,0,,,,,,,,", row(2024, "三厂", town: "乙镇", staff: "5"),
            "2024,合计,,,,,,,36,4,0,0,0,,,,,,,,",
        ].joined(separator: "\n")
        try withSite(["data/enterprises.csv": csv]) { site in
            let content = try ContentLoader(contentDirectory: site).load()
            #expect(content.records.map(\.name) == ["一厂", "二厂", "三厂"])
            let found = try warnings(site)
            // The 小计 matches its rows (30, 4); the 合计 says 36 staff where the rows give 35.
            #expect(found.count == 1, "\(found)")
            #expect(found.first?.contains("enterprises.csv:6:") == true)
            #expect(found.first?.contains("合计行的“从业人员”为 36，按明细行计算为 35") == true)
        }
    }

    @Test func contradictoryRowsAreFlagged() throws {
        let csv = [
            Self.header,
            row(2023, "多党员厂", staff: "3", members: "3", probationary: "1", mode: "单独组建"),
            row(2023, "少党员厂", staff: "40", members: "2", mode: "单独组建"),
            row(2023, "星级厂", staff: "40", members: "5", mode: "单独组建", stars: "7"),
            row(2023, "断档厂"), row(2025, "断档厂"), row(2024, "其他厂"),
        ].joined(separator: "\n")
        try withSite(["data/enterprises.csv": csv]) { site in
            let found = try warnings(site)
            #expect(found.count == 4, "\(found)")
            #expect(found.contains { $0.contains(":2:") && $0.contains("“正式党员”+“预备党员”（4）大于“从业人员”（3）") })
            #expect(found.contains { $0.contains(":2:") && $0.contains("只有 3 名") } == false)
            #expect(found.contains { $0.contains(":3:") && $0.contains("“正式党员”只有 2 名") })
            #expect(found.contains { $0.contains(":4:") && $0.contains("“星级”应在 0 到 5 之间，实际为“7”") })
            #expect(found.contains { $0.contains(":6:") && $0.contains("在 2024 年的数据中没有出现，2025 年又出现") })
            // 多党员厂 has 4 members and 3 staff: the single 单独组建 rule is met (3 full members).
            let content = try ContentLoader(contentDirectory: site).load()
            #expect(content.records.first { $0.name == "星级厂" }?.stars == nil)
        }
    }

    @Test func aJointBranchIsOneOrganisationAndWarnsAboveFiveFirms() throws {
        var lines = [Self.header]
        for index in 1...6 { lines.append(row(2024, "联\(index)", members: "1", mode: "联合组建", joint: "LH-9")) }
        lines.append(row(2024, "独厂", members: "4", mode: "单独组建"))
        try withSite(["data/enterprises.csv": lines.joined(separator: "\n")]) { site in
            let content = try ContentLoader(contentDirectory: site).load()
            let figures = try RollupBuilder(content: content).build().figures("1", 2024)
            #expect(figures.counts.organisations == 2)
            #expect(figures.counts.jointBranches == 1)
            #expect(figures.counts.firmsInJointBranches == 6)
            let found = try warnings(site)
            #expect(found == [found.first { $0.contains("联合党组织“LH-9”在 2024 年覆盖 6 家企业") }].compactMap { $0 })
        }
    }

    @Test func friendOfPartyBuildingGivenToAMemberIsAWarning() throws {
        let honors = """
            年度,类别,层级,对象,对象类型,所在企业,乡镇,政治面貌
            2024,优秀党建之友,县,王五,个人,一厂,甲镇,中共党员
            2024,优秀党建之友,县,赵六,个人,一厂,甲镇,群众
            2024,优秀共产党员,县,孙七,个人,一厂,甲镇,
            2024,优秀党建之友,县,孙七,个人,一厂,甲镇,

            """
        let csv = [Self.header, row(2024, "一厂", members: "3", mode: "单独组建")].joined(separator: "\n")
        try withSite(["data/enterprises.csv": csv, "data/honors.csv": honors]) { site in
            let found = try warnings(site)
            #expect(found.count == 2, "\(found)")
            #expect(found.contains { $0.contains("honors.csv:2:") && $0.contains("“王五”的“政治面貌”为“中共党员”") })
            #expect(found.contains { $0.contains("honors.csv:5:") && $0.contains("“孙七”在光荣榜中另以党员身份受表彰") })
        }
    }

    @Test func sameNameInTwoTownshipsIsTwoEnterprisesAndAliasesResolve() throws {
        let csv = [
            Self.header, row(2024, "同名商行", town: "甲镇"), row(2024, "同名商行", town: "乙镇"),
            row(2024, "别名厂", town: "甲"),
        ].joined(separator: "\n")
        try withSite(["data/enterprises.csv": csv]) { site in
            let content = try ContentLoader(contentDirectory: site).load()
            #expect(Set(content.records.map(\.key)).count == 3)
            #expect(content.records.last?.regionCode == "11")
        }
    }

    @Test func blankRowsAndMissingCellsAreNotZero() throws {
        let csv = [Self.header, row(2024, "一厂", staff: "", members: "3", mode: "单独组建"), ",,,,,,,,,,,,,,,,,,,,", ""]
            .joined(separator: "\n")
        try withSite(["data/enterprises.csv": csv]) { site in
            let content = try ContentLoader(contentDirectory: site).load()
            #expect(content.records.count == 1)
            #expect(content.records[0].staff == nil)
            #expect(
                content.diagnostics.map(\.description) == [
                    "\(content.records[0].location.file):2:26: warning: “从业人员”为空，按缺失处理（不计为 0）：需要该项的指标不计入该企业"
                ])
            let figures = try RollupBuilder(content: content).build().figures("1", 2024)
            #expect(figures.memberPresence50 == Ratio(0, 0, excluded: 1))
        }
    }

    @Test func starsSixHavesRecognitionAndYearOnYear() throws {
        let csv = [
            Self.header,
            row(2024, "一厂", members: "3", mode: "单独组建", stars: "5", sixHaves: "是"),
            row(2024, "二厂", members: "1", mode: "联合组建", joint: "J", stars: "3", sixHaves: "否"),
            row(2024, "三厂"),
            row(2025, "一厂", members: "4", mode: "单独组建", stars: "5", sixHaves: "是"),
            row(2025, "二厂", members: "3", mode: "单独组建", stars: "", sixHaves: "是"),
            row(2025, "三厂", members: "1", mode: "联合组建", joint: "J2", stars: "2", sixHaves: "否"),
            row(2025, "四厂"),
        ].joined(separator: "\n")
        let showcase = "---\nenterprise: 一厂\ntownship: 甲镇\nlevel: 县级\nnamed_year: 2025\nstatus: 命名\n---\n正文\n"
        let honors = "年度,类别,层级,对象,对象类型,所在企业,乡镇\n2025,先进基层党组织,县,一厂支部,组织,一厂,甲镇\n"
        try withSite(["data/enterprises.csv": csv, "showcase/yi.md": showcase, "data/honors.csv": honors]) { site in
            let content = try ContentLoader(contentDirectory: site).load()
            let rollup = try RollupBuilder(content: content).build()
            let (before, now) = (rollup.figures("1", 2024), rollup.figures("1", 2025))
            #expect(now.starDistribution == [0, 0, 1, 0, 0, 1])
            #expect(now.starsMissing == 1)
            #expect(now.sixHavesRate == Ratio(2, 3))
            #expect(before.showcasesByLevel.isEmpty)
            #expect(now.showcasesByLevel == [.county: 1])
            #expect(now.honorsByCategory == [.advancedOrganisation: 1])
            #expect(rollup.figures("11", 2025).honorsByLevel == [.county: 1])
            // I1: 2/3 → 3/4 is 66.67% → 75% = +8.3 points; counts 3 → 4 firms = +1, +33.3%.
            #expect(YearOnYear.points(now.organisationCoverage, before.organisationCoverage, decimals: 1) == "+8.3")
            #expect(YearOnYear.points(Ratio(1, 2), Ratio(3, 4), decimals: 1) == "-25.0")
            #expect(YearOnYear.points(Ratio(1, 2), Ratio(0, 0), decimals: 1) == nil)
            #expect(YearOnYear.difference(now.counts.population, before.counts.population) == "+1")
            #expect(YearOnYear.percent(now.counts.population, before.counts.population, decimals: 1) == "+33.3%")
        }
    }

    @Test func checkReportSummarisesAndEncodesJSON() throws {
        let csv = [Self.header, row(2024, "一厂", members: "十二")].joined(separator: "\n")
        try withSite(["data/enterprises.csv": csv]) { site in
            let options = BuildOptions(
                contentDirectory: site, templatesDirectory: site, outputDirectory: TestSupport.output(beside: site))
            let report = BuildPipeline(options: options).check()
            #expect(report.errorCount == 1)
            #expect(report.files == 3)
            #expect(report.years == [2024])
            let json = try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any]
            let diagnostics = json?["diagnostics"] as? [[String: Any]]
            #expect(diagnostics?.first?["line"] as? Int == 2)
            #expect(diagnostics?.first?["column"] as? Int == 29)
            #expect((diagnostics?.first?["message"] as? String)?.contains("十二") == true)
            #expect(json?["errors"] as? Int == 1)
        }
    }
}
