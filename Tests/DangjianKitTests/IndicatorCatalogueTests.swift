import Foundation
import Testing

@testable import DangjianKit

/// One catalogue of indicators, and every rule computed once: titles follow the thresholds
/// everywhere, a region's honor count is its honor list, tables and charts rank alike.
@Suite("Indicator catalogue and rules")
struct IndicatorCatalogueTests {
    static var sample: URL {
        TestSupport.templates.deletingLastPathComponent().appendingPathComponent("content")
    }

    @Test func memberShareOfStaffI14() {
        // From the hand-counted rows of IndicatorTests: members and staff of firms with both present.
        #expect(IndicatorTests.figures("901").memberShareOfStaff == Ratio(126, 380, excluded: 1))
        #expect(IndicatorTests.figures("902").memberShareOfStaff == Ratio(61, 325, excluded: 1))
        #expect(IndicatorTests.figures("900").memberShareOfStaff == Ratio(187, 705, excluded: 2))
        #expect(IndicatorTests.figures("900").ratio(.memberShareOfStaff).percentage(decimals: 1) == "26.5")
        let catalogue = IndicatorCatalogue(thresholds: Thresholds())
        #expect(catalogue.definition(.memberShareOfStaff).unit == "名")
        #expect(catalogue.definition(.memberShareOfStaff).denominator == nil)
    }

    @Test func thresholdTitlesReachIndicatorsJSONAndPublishedWarnings() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            try TestSupport.replace(
                "title:", with: "thresholds:\n  staff_for_member: 30\ntitle:",
                in: content.appendingPathComponent("site.yaml"))
            try Data("区划,年度,指标,数值\n100,2025,I5,12.5%\n".utf8)
                .write(to: content.appendingPathComponent("data/published.csv"))
            let output = folder.appendingPathComponent("out")
            let summary = try TestSupport.build(content: content, output: output)
            let json =
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: output.appendingPathComponent("data/indicators.json"))) as? [String: Any]
            let regions = json?["regions"] as? [[String: Any]] ?? []
            let names = regions.flatMap { ($0["indicators"] as? [[String: Any]]) ?? [] }
                .filter { $0["id"] as? String == "I5" }.compactMap { $0["name"] as? String }
            #expect(!names.isEmpty)
            #expect(names.allSatisfy { $0 == "30人以上企业有党员率" }, "\(Set(names))")
            let warning = summary.warnings.first { $0.message.contains("公布值") }
            #expect(warning?.message.contains("“30人以上企业有党员率”公布值") == true, "\(summary.warnings)")
            let dashboard = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(!dashboard.contains("50人以上企业有党员率"))
            // The indicator notes say the same, and every card links to its row there.
            let notes = try String(contentsOf: output.appendingPathComponent("indicators/index.html"), encoding: .utf8)
            #expect(notes.contains(#"<tr id="I5"><th scope="row">I5</th><td>30人以上企业有党员率"#))
            #expect(notes.contains("有党员的企业 ÷ 从业人员 30 人以上的企业"))
            #expect(notes.contains("从业人员 30 人以上应有党员"))
            #expect(dashboard.contains(#"href="indicators/index.html#I5""#))
        }
    }

    @Test func theNotesListEveryIndicatorOfTheCatalogueAndAlertsBelongToTheirYear() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public")
            try TestSupport.build(content: Self.sample, output: output)
            let notes = try String(contentsOf: output.appendingPathComponent("indicators/index.html"), encoding: .utf8)
            let listed = notes.matches(of: /<tr id="(I\d+b?)">/).map { String($0.1) }
            #expect(listed == IndicatorCatalogue.rates.map(\.rawValue))
            // The sample's one published-figure mismatch is of 2025: only 2025's dashboard shows it.
            let content = try ContentLoader(contentDirectory: Self.sample).load()
            let rollup = try RollupBuilder(content: content).build()
            let mismatchYears = Set(rollup.publishedMismatches.map(\.figure.year))
            #expect(mismatchYears == [2025])
            for year in rollup.years {
                let path = year == rollup.latestYear ? "index.html" : "years/\(year)/index.html"
                let dashboard = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
                #expect(dashboard.contains("公布数与计算数不一致") == mismatchYears.contains(year), "\(path)")
            }
        }
    }

    @Test func aRegionsHonorCountIsItsHonorListEverywhereInTheSample() throws {
        let content = try ContentLoader(contentDirectory: Self.sample).load()
        let rollup = try RollupBuilder(content: content).build()
        var compared = 0
        for region in rollup.tree.allRegions {
            for year in rollup.years {
                let counted = rollup.figures(region.code, year).honorsByCategory.values.reduce(0, +)
                let listed = rollup.honors(in: region.code, year: year)
                #expect(counted == listed.count, "\(region.name) \(year)")
                compared += listed.count
            }
        }
        #expect(compared > content.honors.count, "the sample's honors are counted in their townships and above")
    }

    @Test func tableAndChartRankTheSameWay() throws {
        // Two townships tie on 组织覆盖率 (1/2 each): display order breaks the tie in both.
        let regions = "代码,名称,层级,上级代码,别名,排序\n1,某县,县,,,1\n11,乙镇,乡镇,1,,2\n12,甲镇,乡镇,1,,1\n13,丙镇,乡镇,1,,3\n"
        let csv = """
            年度,企业名称,乡镇,组建方式,从业人员,正式党员
            2025,一,乙镇,单独组建,10,3
            2025,二,乙镇,未建,10,0
            2025,三,甲镇,单独组建,10,3
            2025,四,甲镇,未建,10,0
            2025,五,丙镇,单独组建,10,3

            """
        try TestSupport.withContentSite(["data/enterprises.csv": csv], regions: regions) { site in
            let output = TestSupport.output(beside: site)
            _ = try BuildPipeline(
                options: BuildOptions(
                    contentDirectory: site, templatesDirectory: TestSupport.templates, outputDirectory: output,
                    buildDate: TestSupport.buildDate)
            ).build()
            let page = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
            let table = page.ranges(of: /<th scope="row" class="nowrap"><a href="[^"]*">(.)镇<\/a>/).map {
                String(page[$0]).firstMatch(of: /(.)镇<\/a>/).map { String($0.1) } ?? ""
            }
            let chartStart = try #require(page.range(of: "chart-wide"))
            let chart = String(page[chartStart.lowerBound...]).matches(of: />(.)镇<\/text>/).map { String($0.1) }
            #expect(table == ["丙", "甲", "乙"])
            #expect(Array(chart.prefix(3)) == table)
        }
    }

    @Test func aFileWhereAFolderBelongsIsAnError() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            try FileManager.default.removeItem(at: content.appendingPathComponent("reports"))
            try Data("not a folder".utf8).write(to: content.appendingPathComponent("reports"))
            let failure = TestSupport.loadFailure(content)
            #expect(failure?.diagnostics.contains { $0.message.contains("“reports”应是一个目录") } == true)
        }
    }

    @Test func aTreeWithoutItsRootIsAnErrorNotACrash() {
        #expect(throws: BuildFailure.self) {
            _ = try RegionTree(regions: IndicatorTests.regions, rootCode: "nowhere")
        }
    }
}
