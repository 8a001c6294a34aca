import Foundation
import Testing

@testable import DangjianKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// ChartRenderer: golden SVGs of every chart type, and small checks of accessibility, escaping,
/// abbreviation, proportions, patterns and well-formed XML.
@Suite("Charts")
struct ChartTests {
    // MARK: Sample charts

    static let ranking = RankingChart(
        title: "各乡镇（街道）组织覆盖率",
        summary: "2025年各乡镇（街道）非公企业党的组织覆盖率，从高到低排列；目标 80%。",
        bars: [
            RankedBar(
                label: "城关镇", value: 9620, valueText: "96.2%", detail: "51/53", link: "../330101/index.html"),
            RankedBar(
                label: "东湖街道", value: 8810, valueText: "88.1%", detail: "37/42", link: "../330102/index.html"),
            RankedBar(label: "高新技术产业园区", value: 7390, valueText: "73.9%", detail: "34/46", link: nil),
            RankedBar(label: "西山乡", value: 5000, valueText: "50.0%", detail: "12/24", link: nil),
            RankedBar(label: "南塘镇", value: 1250, valueText: "12.5%", detail: "2/16", link: nil),
            RankedBar(label: "北岭乡", value: nil, valueText: "—", detail: "0/0", link: nil),
        ],
        target: 8000, targetText: "目标 80%")

    static let longLabels = RankingChart(
        title: "重点企业 \"三有\" 覆盖 & 党员发展 <对比>",
        summary: "名称较长的企业按全称缩写显示，悬停可见全称。",
        bars: [
            RankedBar(label: "浙江某某智能装备制造股份有限公司联合党支部", value: 10_000, valueText: "100.0%", detail: "8/8"),
            RankedBar(label: "某某市新材料科技有限公司", value: 8330, valueText: "83.3%", detail: "5/6"),
            RankedBar(label: "R&D 'Lab' \"Alpha\" 研发中心有限公司", value: 4000, valueText: "40.0%", detail: "2/5"),
            RankedBar(label: "<script>alert(1)</script>", value: 300, valueText: "3.0%", detail: "1/33"),
            RankedBar(label: "小微企业", value: 0, valueText: "0.0%", detail: "0/7"),
        ])

    static let trend = TrendChart(
        title: "全县覆盖率历年变化",
        summary: "2021—2025年全县组织覆盖率由55.2%升至66.1%，党员覆盖率由58.0%升至65.8%，单独组建率由41.0%升至52.4%。",
        years: [2021, 2022, 2023, 2024, 2025],
        series: [
            TrendSeries(name: "组织覆盖率", points: [5520, 5840, 6130, 6390, 6610]),
            TrendSeries(name: "党员覆盖率", points: [5800, 6020, 6210, 6400, 6580]),
            TrendSeries(name: "单独组建率", points: [4100, 4460, 4790, 5010, 5240]),
        ])

    static let trendWithGaps = TrendChart(
        title: "示范点指标（含缺报年度）",
        summary: "2019—2025年五项指标；缺报的年度不连线。",
        years: [2019, 2020, 2021, 2022, 2023, 2024, 2025],
        series: [
            TrendSeries(name: "组织覆盖率", points: [3000, 4200, nil, 6100, 7000, 8200, 9100]),
            TrendSeries(name: "党员覆盖率", points: [2500, 3100, 3900, 4800, nil, nil, 6900]),
            TrendSeries(name: "六有达标率", points: [nil, 1200, 2600, 3300, 4100, 5200, nil]),
            TrendSeries(name: "双达标率", points: [800, 1500, 2400, nil, 4600, 5800, 6800]),
            TrendSeries(name: "指导员选派率", points: [nil, nil, nil, 2000, 2800, 3900, 9000]),
        ])

    static let stacked = StackedBarChart(
        title: "各乡镇（街道）组建方式",
        summary: "2025年各乡镇（街道）非公企业按组建方式分：单独组建、联合组建、挂靠、未建。",
        categories: ["单独组建", "联合组建", "挂靠", "未建"],
        bars: [
            StackedBar(label: "城关镇", segments: [31, 15, 5, 2], link: "../330101/index.html"),
            StackedBar(label: "东湖街道", segments: [22, 11, 4, 5], link: "../330102/index.html"),
            StackedBar(label: "高新技术产业园区", segments: [18, 12, 4, 12]),
            StackedBar(label: "西山乡", segments: [4, 6, 2, 12]),
            StackedBar(label: "南塘镇", segments: [1, 1, 0, 14]),
        ])

    static let distribution = DistributionChart(
        title: "党组织星级分布",
        summary: "2025年全县非公企业党组织星级评定：未评星12个，一星8个，二星15个，三星22个，四星9个，五星3个，2个未填报。",
        labels: ["未评星", "1星", "2星", "3星", "4星", "5星", "未填报"],
        counts: [12, 8, 15, 22, 9, 3, 2])

    static let countTrend = CountTrendChart(
        title: "青溪恒达机械有限公司2023—2025年从业人员和党员",
        summary: "2023年至2025年，从业人员由186人到240人，正式党员由12名到15名，预备党员由1名到2名。",
        years: [2023, 2024, 2025],
        series: [
            CountSeries(name: "从业人员", unit: "人", values: [186, 210, 240]),
            CountSeries(name: "正式党员", unit: "名", values: [12, nil, 15]),
            CountSeries(name: "预备党员", unit: "名", values: [1, 0, 2]),
        ])

    /// Every sample chart rendered, by golden-file name.
    static var allCharts: [(name: String, svg: String)] {
        [
            ("ranking", ChartRenderer.ranking(ranking)),
            ("ranking-long-labels", ChartRenderer.ranking(longLabels)),
            ("trend", ChartRenderer.trend(trend)),
            ("trend-missing-points", ChartRenderer.trend(trendWithGaps)),
            ("stacked", ChartRenderer.stacked(stacked)),
            ("distribution", ChartRenderer.distribution(distribution)),
            ("count-trend", ChartRenderer.countTrend(countTrend)),
            ("count-trend-narrow", ChartRenderer.countTrend(countTrend, width: 380)),
        ]
    }

    // MARK: Golden files

    @Test(arguments: allCharts.map(\.name))
    func matchesGoldenFile(_ name: String) throws {
        let svg = try #require(Self.allCharts.first { $0.name == name }).svg
        try Self.assertGolden(svg, named: name)
    }

    // MARK: Accessibility and markup

    @Test func rootNamesTheChartByItsTitleAndDescription() throws {
        for (name, svg) in Self.allCharts {
            let document = try #require(SVGDocument(svg), "\(name) is not well-formed XML")
            let root = try #require(document.elements.first)
            #expect(root.name == "svg")
            #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
            #expect(root.attributes["role"] == "img")
            #expect(root.attributes["width"] == "100%")
            #expect(root.attributes["viewBox"]?.hasPrefix("0 0 ") == true)
            #expect(document.elements[1].name == "title" && document.elements[1].depth == 1)
            #expect(document.elements[2].name == "desc" && document.elements[2].depth == 1)
            let ids = try #require(root.attributes["aria-labelledby"]).split(separator: " ").map(String.init)
            #expect(ids.count == 2)
            #expect(document.element(id: ids[0])?.name == "title")
            #expect(document.element(id: ids[1])?.name == "desc")
        }
        let ranking = try #require(SVGDocument(ChartRenderer.ranking(Self.ranking)))
        #expect(ranking.elements[1].text == Self.ranking.title)
        #expect(ranking.elements[2].text == Self.ranking.summary)
    }

    @Test func everyChartIsWellFormedWithUniqueIDsAndNoExternalReference() throws {
        for (name, svg) in Self.allCharts {
            let document = try #require(SVGDocument(svg), "\(name) is not well-formed XML")
            let ids = document.elements.compactMap { $0.attributes["id"] }
            #expect(Set(ids).count == ids.count, "\(name) repeats an id")
            for reference in svg.matches(of: /url\(#([^)]+)\)/) {
                #expect(ids.contains(String(reference.1)), "\(name) refers to a missing \(reference.1)")
            }
            #expect(svg.components(separatedBy: "http").count == 2, "\(name) has a URL besides the namespace")
            #expect(!svg.contains("xlink") && !svg.contains("@import") && !svg.contains("<script"))
            #expect(!svg.contains("font-family") || svg.contains("font-family=\"inherit\""))
            #expect(document.elements.filter { $0.name == "text" }.allSatisfy { $0.attributes["font-family"] == nil })
        }
    }

    @Test func coordinatesHaveAtMostOneDecimal() {
        for (name, svg) in Self.allCharts {
            #expect(svg.firstMatch(of: /[0-9]\.[0-9]{2}/) == nil, "\(name) has a coordinate with two decimals")
        }
        #expect((12.25).svg == "12.3")
        #expect((-0.04).svg == "0")
        #expect((-3.06).svg == "-3.1")
        #expect((200.0).svg == "200")
        #expect(Double.nan.svg == "0")
    }

    @Test func aCountTrendHasAPanelPerCountEachFromZeroWithEveryValueWritten() throws {
        let wide = try #require(SVGDocument(ChartRenderer.countTrend(Self.countTrend)))
        let texts = wide.elements.filter { $0.name == "text" }.compactMap(\.text)
        #expect(["从业人员", "正式党员", "预备党员"].allSatisfy(texts.contains))
        #expect(["186", "210", "240", "12", "15", "1", "0", "2"].allSatisfy(texts.contains))
        #expect(texts.contains("（人，纵轴 0–250）") && texts.contains("（名，纵轴 0–15）"))
        #expect(texts.contains("未填报"), "a missing year says so instead of drawing 0")
        // The missing 2024 breaks the members' line: two single points, no path; the others have one each.
        #expect(wide.elements.filter { $0.name == "path" && $0.attributes["fill"] == "none" }.count == 2)
        // Wide: three panels side by side; narrow: stacked, three times as tall.
        let narrow = try #require(SVGDocument(ChartRenderer.countTrend(Self.countTrend, width: 380)))
        #expect(wide.elements[0].attributes["viewBox"] == "0 0 720 176")
        #expect(narrow.elements[0].attributes["viewBox"] == "0 0 380 496")
    }

    @Test func renderingIsDeterministic() {
        #expect(Self.allCharts.map(\.svg) == Self.allCharts.map(\.svg))
    }

    // MARK: Text

    @Test func labelsAreEscaped() throws {
        let svg = ChartRenderer.ranking(Self.longLabels)
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(svg.contains("R&amp;D &#39;Lab&#39; &quot;Alpha&quot;"))
        #expect(svg.contains("重点企业 &quot;三有&quot; 覆盖 &amp; 党员发展 &lt;对比&gt;"))
        let document = try #require(SVGDocument(svg))
        #expect(document.elements.contains { $0.name == "text" && $0.text.contains("<script>alert(1)</script>") })
        #expect(ChartText.escaped("a\u{0}b\u{1F}c\td") == "abc d")
    }

    @Test func widthIsEstimatedPerCharacterClass() {
        #expect(ChartText.width("城关镇", fontSize: 10) == 30)
        #expect(abs(ChartText.width("AB12", fontSize: 10) - 22.4) < 1e-9)
        #expect(ChartText.width("（全）", fontSize: 10) == 30)
    }

    @Test func longLabelIsAbbreviatedWithItsFullNameAsTooltip() throws {
        let full = "浙江某某智能装备制造股份有限公司联合党支部"
        let svg = ChartRenderer.ranking(Self.longLabels)
        let document = try #require(SVGDocument(svg))
        let label = try #require(document.elements.first { $0.name == "text" && $0.text.hasPrefix("浙江") })
        #expect(label.text.hasSuffix("…") && label.text.count < full.count)
        let tooltip = try #require(document.elements.first { $0.name == "title" && $0.text == full })
        #expect(tooltip.depth == label.depth + 1)
        #expect(ChartText.width(label.text, fontSize: 13) <= 720 * 0.3)
        #expect(!svg.contains("<title>小微企业</title>"))
        #expect(ChartText.fitted("城关镇", maxWidth: 100, fontSize: 13) == FittedText(shown: "城关镇", full: "城关镇"))
        #expect(ChartText.fitted("高新技术产业园区", maxWidth: 52, fontSize: 13).shown == "高新技…")
    }

    @Test func percentagesRoundHalfUp() {
        #expect(ChartText.percent(basisPoints: 7395) == "74.0%")
        #expect(ChartText.percent(basisPoints: 7394) == "73.9%")
        #expect(ChartText.percent(basisPoints: 10_000) == "100.0%")
        #expect(ChartText.percent(basisPoints: 0) == "0.0%")
    }

    // MARK: Ranking

    @Test func barLengthsAreProportional() throws {
        let chart = RankingChart(
            title: "比例", summary: "",
            bars: [
                RankedBar(label: "甲", value: 10_000, valueText: "100.0%", detail: "4/4"),
                RankedBar(label: "乙", value: 5000, valueText: "50.0%", detail: "2/4"),
                RankedBar(label: "丙", value: 2500, valueText: "25.0%", detail: "1/4"),
            ])
        let widths = try Self.barWidths(ChartRenderer.ranking(chart))
        #expect(widths.count == 3)
        #expect(abs(widths[0] - 2 * widths[1]) <= 0.2)
        #expect(abs(widths[0] - 4 * widths[2]) <= 0.3)
    }

    @Test func barWithoutDataShowsADashAndNoBar() throws {
        let chart = RankingChart(
            title: "无数据", summary: "",
            bars: [RankedBar(label: "北岭乡", value: nil, valueText: "—", detail: "0/0")])
        let svg = ChartRenderer.ranking(chart)
        #expect(try Self.barWidths(svg).isEmpty)
        #expect(svg.contains(">—</tspan>"))
        #expect(svg.contains(">0/0</tspan>"))
    }

    @Test func longBarCarriesItsValueInsideInWhite() throws {
        let svg = ChartRenderer.ranking(Self.ranking)
        let document = try #require(SVGDocument(svg))
        let texts = document.elements.filter { $0.name == "tspan" }
        let full = try #require(texts.first { $0.text == "96.2%" })
        #expect(full.attributes["fill"] == "#ffffff")
        // Below the 80% target: flagged with ▼ in the warning colour, on a hatched bar.
        let short = try #require(texts.first { $0.text == "12.5% ▼" })
        #expect(short.attributes["fill"] == ChartPalette.warningText)
        #expect(try Self.barWidths(svg).count == 5)
        #expect(
            document.elements.filter { $0.name == "rect" && $0.attributes["fill"]?.hasPrefix("url(#") == true }.count
                == 3 + 1, "three bars below 80% and the legend")
        #expect(svg.contains(">低于目标</text>"))
    }

    @Test func targetLineOnlyWhenATargetIsSet() {
        let withTarget = ChartRenderer.ranking(Self.ranking)
        #expect(withTarget.contains(">目标 80%</text>"))
        #expect(withTarget.components(separatedBy: "stroke-dasharray").count == 2)
        let without = ChartRenderer.ranking(Self.longLabels)
        #expect(!without.contains("目标"))
        #expect(!without.contains("stroke-dasharray"))
        let derived = RankingChart(title: "t", summary: "", bars: Self.ranking.bars, target: 9050)
        #expect(ChartRenderer.ranking(derived).contains(">目标 90.5%</text>"))
    }

    @Test func linkedBarsAreWrappedInAnchors() throws {
        let svg = ChartRenderer.ranking(Self.ranking)
        let document = try #require(SVGDocument(svg))
        let anchors = document.elements.filter { $0.name == "a" }
        #expect(anchors.map { $0.attributes["href"] } == ["../330101/index.html", "../330102/index.html"])
        #expect(!svg.contains("xlink:href"))
    }

    @Test func heightGrowsWithTheBars() throws {
        let one = RankingChart(title: "a", summary: "", bars: Array(Self.ranking.bars.prefix(1)))
        let six = RankingChart(title: "a", summary: "", bars: Self.ranking.bars)
        #expect(
            try Self.viewBoxHeight(ChartRenderer.ranking(six)) - Self.viewBoxHeight(ChartRenderer.ranking(one)) == 140)
    }

    // MARK: Trend

    @Test func eachSeriesGetsItsOwnPanelWithItsOwnAxis() throws {
        let svg = ChartRenderer.trend(Self.trend)
        let document = try #require(SVGDocument(svg))
        let titles = document.elements.filter { $0.name == "text" && $0.attributes["font-weight"] == "600" }
        #expect(titles.map(\.text) == Self.trend.series.map(\.name))
        // Each axis zooms to its own series in 10% steps, both ends labelled.
        for label in [">40%<", ">60%<", ">70%<"] { #expect(svg.contains(label)) }
        let wide = ChartRenderer.trend(Self.trendWithGaps)
        for label in [">0%<", ">100%<"] { #expect(wide.contains(label)) }
    }

    @Test func panelsWrapToTwoColumnsOnNarrowDrawings() throws {
        let wide = try #require(SVGDocument(ChartRenderer.trend(Self.trendWithGaps, width: 1200)))
        let narrow = try #require(SVGDocument(ChartRenderer.trend(Self.trendWithGaps, width: 380)))
        func columns(_ document: SVGDocument) -> Int {
            Set(
                document.elements.filter { $0.name == "text" && $0.attributes["font-weight"] == "600" }
                    .compactMap { $0.attributes["x"] }
            ).count
        }
        #expect(columns(wide) == 3)
        #expect(columns(narrow) == 2)
    }

    @Test func missingPointsBreakTheLine() throws {
        let chart = TrendChart(
            title: "断线", summary: "", years: [2021, 2022, 2023, 2024],
            series: [TrendSeries(name: "甲", points: [5000, nil, 6000, 6500])])
        let document = try #require(SVGDocument(ChartRenderer.trend(chart)))
        let lines = document.elements.filter { $0.name == "path" && $0.attributes["fill"] == "none" }
        #expect(lines.count == 1)
        #expect(lines.first?.attributes["d"]?.filter { $0 == "L" }.count == 1)
        #expect(document.elements.filter { $0.name == "circle" }.count == 3)
    }

    @Test func pointsBelowTheTargetAreFlaggedByShapeAndColour() throws {
        let chart = TrendChart(
            title: "目标", summary: "", years: [2023, 2024, 2025],
            series: [TrendSeries(name: "组织覆盖率", points: [5450, 6010, 6610], target: 6000)])
        let svg = ChartRenderer.trend(chart)
        let document = try #require(SVGDocument(svg))
        // One point below 60%: a triangle in the warning colour; the others dots.
        let triangles = document.elements.filter { $0.name == "path" && $0.attributes["fill"] == ChartPalette.warning }
        #expect(triangles.count == 1)
        #expect(document.elements.filter { $0.name == "circle" }.count == 2)
        #expect(document.elements.contains { $0.name == "line" && $0.attributes["stroke-dasharray"] == "4 3" })
        #expect(svg.contains("目标 60%"))
        let exact = TrendChart(
            title: "目标", summary: "", years: [2024, 2025],
            series: [TrendSeries(name: "组织覆盖率", points: [6010, 6610], target: 6250)])
        #expect(ChartRenderer.trend(exact).contains("目标 62.5%（虚线）"), "a target is written as configured")
    }

    // MARK: Stacked and distribution

    @Test func patternIDsDifferBetweenCharts() throws {
        let other = StackedBarChart(
            title: "各园区组建方式", summary: Self.stacked.summary, categories: Self.stacked.categories,
            bars: Self.stacked.bars)
        let first = try #require(SVGDocument(ChartRenderer.stacked(Self.stacked)))
        let second = try #require(SVGDocument(ChartRenderer.stacked(other)))
        let firstIDs = Set(first.elements.compactMap { $0.attributes["id"] })
        let secondIDs = Set(second.elements.compactMap { $0.attributes["id"] })
        #expect(first.elements.filter { $0.name == "pattern" }.count == 4)
        #expect(firstIDs.isDisjoint(with: secondIDs))
        #expect(ChartRenderer.stacked(Self.stacked) == ChartRenderer.stacked(Self.stacked))
    }

    @Test func stackedBarsShowCountsThatFitAndTotals() throws {
        let document = try #require(SVGDocument(ChartRenderer.stacked(Self.stacked)))
        let texts = document.elements.filter { $0.name == "text" }.map(\.text)
        #expect(texts.contains("31") && texts.contains("53") && texts.contains("16"))
        let southRow = document.elements.filter { $0.name == "rect" && $0.attributes["height"] == "16" }.suffix(3)
        #expect(southRow.count == 3)  // 南塘镇: 1, 1 and 14; no segment for the empty 挂靠
        let legend = document.elements.filter { $0.name == "rect" && $0.attributes["width"] == "14" }
        #expect(legend.count == 4)
        #expect(Set(legend.compactMap { $0.attributes["fill"] }).count == 4)
    }

    @Test func countScaleUsesRoundSteps() {
        #expect(ChartRenderer.countScale(maximum: 53) == (step: 20, end: 60))
        #expect(ChartRenderer.countScale(maximum: 7) == (step: 2, end: 8))
        #expect(ChartRenderer.countScale(maximum: 0) == (step: 1, end: 1))
        #expect(ChartRenderer.countScale(maximum: 1200) == (step: 500, end: 1500))
    }

    @Test func distributionColumnsScaleToTheLargestCount() throws {
        let document = try #require(SVGDocument(ChartRenderer.distribution(Self.distribution)))
        let heights = document.elements.filter { $0.name == "rect" }.compactMap {
            Double($0.attributes["height"] ?? "")
        }
        #expect(heights.count == 7)
        let tallest = try #require(heights.max())
        #expect(abs(heights[0] / tallest - 12.0 / 22) < 0.01)
        let texts = document.elements.filter { $0.name == "text" }.map(\.text)
        #expect(texts.contains("22") && texts.contains("未填报"))
    }

    @Test func emptyChartsStillRender() throws {
        let charts = [
            ChartRenderer.ranking(RankingChart(title: "空", summary: "", bars: [])),
            ChartRenderer.trend(TrendChart(title: "空", summary: "", years: [], series: [])),
            ChartRenderer.stacked(StackedBarChart(title: "空", summary: "", categories: [], bars: [])),
            ChartRenderer.distribution(DistributionChart(title: "空", summary: "", labels: [], counts: [])),
        ]
        for svg in charts {
            #expect(SVGDocument(svg) != nil)
            #expect(svg.contains("暂无数据"))
        }
    }
}

// MARK: - Helpers

extension ChartTests {
    /// Compares `svg` with `Fixtures/charts/<name>.svg`; with DANGJIAN_RECORD_GOLDEN=1, rewrites the
    /// golden file in the source tree instead.
    static func assertGolden(
        _ svg: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        if ProcessInfo.processInfo.environment["DANGJIAN_RECORD_GOLDEN"] == "1" {
            let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures/charts", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try svg.write(to: folder.appendingPathComponent("\(name).svg"), atomically: true, encoding: .utf8)
            return
        }
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let url = fixtures.appendingPathComponent("charts/\(name).svg")
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "Golden file charts/\(name).svg is missing; record it with DANGJIAN_RECORD_GOLDEN=1",
                sourceLocation: sourceLocation)
            return
        }
        guard expected != svg else { return }
        let (old, new) = (expected.components(separatedBy: "\n"), svg.components(separatedBy: "\n"))
        let line = old.indices.first { $0 >= new.count || old[$0] != new[$0] } ?? old.count
        Issue.record(
            """
            charts/\(name).svg differs at line \(line + 1) (re-record with DANGJIAN_RECORD_GOLDEN=1 and review the diff):
              golden:   \(line < old.count ? old[line] : "<end>")
              rendered: \(line < new.count ? new[line] : "<end>")
            """, sourceLocation: sourceLocation)
    }

    /// The widths of the red bars of a ranking chart, top to bottom.
    static func barWidths(_ svg: String) throws -> [Double] {
        let document = try #require(SVGDocument(svg))
        return document.elements.filter {
            $0.name == "rect" && $0.attributes["height"] == "16"
                && ($0.attributes["fill"] == ChartPalette.series || $0.attributes["fill"]?.hasPrefix("url(#") == true)
        }
        .compactMap { Double($0.attributes["width"] ?? "") }
    }

    /// The height given by the root's viewBox.
    static func viewBoxHeight(_ svg: String) throws -> Double {
        let document = try #require(SVGDocument(svg))
        let viewBox = try #require(document.elements.first?.attributes["viewBox"])
        return try #require(Double(viewBox.split(separator: " ")[3]))
    }
}

/// An SVG parsed with Foundation's XMLParser: every element in document order, with its depth,
/// attributes and direct text. Nil when the markup is not well-formed XML.
struct SVGDocument {
    struct Element {
        let name: String
        let depth: Int
        let attributes: [String: String]
        var text: String
    }

    let elements: [Element]

    init?(_ markup: String) {
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = collector
        guard parser.parse(), collector.elements.first?.name == "svg" else { return nil }
        elements = collector.elements
    }

    /// The element with `id`.
    func element(id: String) -> Element? {
        elements.first { $0.attributes["id"] == id }
    }
}

/// Conforms to XMLParserDelegate directly: on Linux the delegate methods are protocol-extension
/// defaults, so only a class that declares them itself is called.
private final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: [SVGDocument.Element] = []
    private var open: [Int] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(SVGDocument.Element(name: elementName, depth: open.count, attributes: attributes, text: ""))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = open.last { elements[current].text += string }
    }
}
