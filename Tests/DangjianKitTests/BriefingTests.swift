import Foundation
import Testing

@testable import DangjianKit

/// The briefing pack's sentences and model: correct Chinese for rises, falls and no change, and the
/// same numbers as the dashboard.
@Suite("Briefing pack")
struct BriefingTests {
    let writer = BriefingSentences(
        format: FigureFormatter(decimals: 1), catalogue: IndicatorCatalogue(thresholds: Thresholds()))

    @Test func aRiseIsWrittenAsTiYuan() {
        let sentence = writer.rateSentence(
            .organisationCoverage, scope: "全县", current: Ratio(230, 348), previous: Ratio(200, 331))
        #expect(sentence == "全县 348 家两新组织中，已建立党组织（单独或联合组建） 230 家，组织覆盖率 66.1%，较上年提高 5.7 个百分点。")
    }

    @Test func aFallIsWrittenAsXiaJiangNeverAsANegativeRise() {
        let sentence = writer.rateSentence(
            .organisationPresence100, scope: "全县", current: Ratio(40, 42), previous: Ratio(39, 40))
        #expect(sentence.contains("较上年下降 2.3 个百分点"))
        #expect(!sentence.contains("-"))
        #expect(!sentence.contains("增长"))
    }

    @Test func noChangeAtTheDisplayedPrecisionIsChiPing() {
        // 50.00% and 50.04% both show as 50.0%.
        let sentence = writer.rateSentence(
            .ownOrganisationRate, scope: "溪口镇", current: Ratio(1251, 2500), previous: Ratio(1, 2))
        #expect(sentence.hasSuffix("单独组建率 50.0%，与上年持平。"))
        #expect(writer.change(Ratio(1251, 2500), from: Ratio(1, 2)) == .unchanged)
    }

    @Test func withoutAPreviousYearNothingIsCompared() {
        let sentence = writer.rateSentence(
            .organisationCoverage, scope: "全县", current: Ratio(3, 4), previous: nil)
        #expect(sentence == "全县 4 家两新组织中，已建立党组织（单独或联合组建） 3 家，组织覆盖率 75.0%。")
        #expect(BriefingSentences.pointsPhrase(.notComparable) == nil)
    }

    @Test func aZeroDenominatorSaysTheRateCannotBeComputed() {
        let now = writer.rateSentence(
            .aboveSizeOwnOrganisationRate, scope: "石门乡", current: Ratio(0, 0), previous: Ratio(1, 2))
        #expect(now == "石门乡没有规上企业，规上企业单独组建率无法计算。")
        // A zero denominator the year before: the rate is given, the change is not.
        let before = writer.rateSentence(
            .aboveSizeOwnOrganisationRate, scope: "石门乡", current: Ratio(1, 2), previous: Ratio(0, 0))
        #expect(before == "石门乡 2 家规上企业中，单独组建党组织 1 家，规上企业单独组建率 50.0%。")
    }

    @Test func excludedEnterprisesAreNamedAndPeopleCountInMing() {
        let sentence = writer.rateSentence(
            .memberShareOfStaff, scope: "全县", current: Ratio(1440, 20158, excluded: 3), previous: Ratio(1300, 19000))
        #expect(sentence.hasPrefix("全县 20,158 名从业人员中，正式党员 1,440 名，党员占从业人员比例 7.1%，较上年提高 0.3 个百分点"))
        #expect(sentence.hasSuffix("（另有 3 家因数据缺失未计入）。"))
    }

    @Test func countsRiseFallAndStayInWords() {
        var now = RegionCounts()
        (now.population, now.firms, now.socialOrganisations, now.organisations) = (348, 298, 50, 199)
        (now.fullMembers, now.probationaryMembers, now.recruited) = (1440, 77, 77)
        var before = now
        (before.population, before.organisations, before.fullMembers) = (331, 201, 1440)
        let sentence = writer.countsSentence(scope: "全县", current: now, previous: before)
        #expect(sentence.contains("较上年增加 17 家"))
        #expect(sentence.contains("建立党组织 199 个，较上年减少 2 个"))
        #expect(sentence.contains("党员 1,517 名（正式党员 1,440 名、预备党员 77 名），与上年持平"))
        #expect(!writer.countsSentence(scope: "全县", current: now, previous: nil).contains("上年"))
    }

    /// The sample county's pack: chapters in order, every headline figure as the dashboard shows it.
    @Test func theSamplePackSaysWhatTheDashboardSays() throws {
        let (renderer, pages) = try TemplateModelTests.models(
            of: TestSupport.templates.deletingLastPathComponent().appendingPathComponent("content"))
        let page = try #require(pages.first { $0.path == "briefing/index.html" })
        let dashboard = try #require(pages.first { $0.path == "index.html" })
        let pack = try renderer.briefingPage(page, code: renderer.rollup.tree.root.code).model
        let cards = renderer.dashboardPage(dashboard).model.cards
        #expect(pack.year == renderer.rollup.latestYear)
        #expect(pack.toc.prefix(6).map(\.title) == ["一、基本情况", "二、分乡镇（街道、园区）情况", "三、存在问题", "四、示范点建设", "五、光荣榜", "附表"])
        #expect(pack.toc.last?.title == "指标说明")
        #expect(pack.headlineRows.map(\.value) == cards.map(\.value))
        #expect(pack.headlineRows.map(\.pair) == cards.map(\.pair))
        for (row, card) in zip(pack.headlineRows, cards) {
            // "+6.0 个百分点" on the card is "提高 6.0 个百分点" in the pack.
            let change = card.change ?? "—"
            let words = change.replacingOccurrences(of: "+", with: "提高 ").replacingOccurrences(of: "-", with: "下降 ")
            #expect(row.change == (change.hasPrefix("0") ? "持平" : words), "\(row.title)")
        }
        let text = pack.overview.map(\.text).joined()
        for card in cards { #expect(text.contains("\(card.title) \(card.value)"), "\(card.title)") }
        #expect(text.contains("全县 348 家两新组织中，已建立党组织（单独或联合组建） 230 家，组织覆盖率 66.1%，较上年提高 6.0 个百分点"))
        #expect(pack.children.count == 10)
        #expect(pack.notes.count == IndicatorCatalogue.rates.count)
        #expect(pack.marking == "内部资料 注意保存")
        #expect(pack.dataDate == "数据截至 2025年12月31日")
        #expect(pack.pdfHref == "2025/汇报材料-青溪县-2025.pdf")
        #expect(!pack.showcases.isEmpty && !pack.honorGroups.isEmpty && pack.hasDueUnbuilt)
    }

    @Test func aTownshipPackHasItsOwnTablesAndPlace() throws {
        let (renderer, pages) = try TemplateModelTests.models(
            of: TestSupport.templates.deletingLastPathComponent().appendingPathComponent("content"))
        let page = try #require(pages.first { $0.path == "regions/331190100/briefing/index.html" })
        let pack = try renderer.briefingPage(page, code: "331190100").model
        #expect(pack.chapterTwoTitle == "二、组织建设情况")
        #expect(!pack.hasChildren)
        #expect(pack.tables.map(\.title) == ["附表1 全部指标（2025年）", "附表2 基本数据（2025年）"])
        #expect(pack.standing.contains { $0.text.contains("在青溪县 10 个下辖区划中排第 1 位") })
        #expect(pack.overview.first?.text.hasPrefix("2025年，溪口镇共有两新组织 47 家") == true)
        #expect(pack.pdfHref == "汇报材料-溪口镇-2025.pdf")
    }

    @Test func aPublicPackHasNoMarkingAndOnlyPublishedShowcases() throws {
        let site = TestSupport.templates.deletingLastPathComponent().appendingPathComponent("content")
        let content = try ContentLoader(contentDirectory: site).load()
        let rollup = try RollupBuilder(content: content).build()
        let plan = SitePlanner(content: content, rollup: rollup, publication: Publication(audience: .public)).plan()
        let renderer = PageRenderer(
            content: content, rollup: rollup, plan: plan, templates: try TemplateSet(directory: TestSupport.templates),
            buildDate: TestSupport.buildDate)
        let page = try #require(plan.briefingPages.first)
        let pack = try renderer.briefingPage(page, code: rollup.tree.root.code)
        #expect(pack.model.marking == nil)
        #expect(pack.layout.internalMarking == nil)
        #expect(!pack.layout.pageMargins.contains("内部资料"))
        let published = Set(plan.showcases.map { rollup.enterprises[$0.enterprise]?.latest.name ?? $0.enterprise.name })
        #expect(pack.model.showcases.allSatisfy { published.contains($0.name) })
    }

    @Test func runningHeadsAreCSSStringsThatCannotEndTheStyleElement() {
        let margins = PrintMargins(head: "A\"B\\</style><script>", marking: nil, foot: "中共某县委组织部", title: "x")
        #expect(margins.css.contains(#"content: "A\"B\\\3C /style>\3C script>""#))
        #expect(!margins.css.contains("</style"))
        #expect(!margins.css.contains("top-right"))
    }

    @Test func tocPageNumbersAreReadFromThePagesAfterTheToc() {
        let pages = ["封面\n青溪县", "目 录\n一、基本情况\n二、情况", "一、基本情况\n正文", "正文", "二、 情况\n正文"]
        #expect(BriefingPrinter.startPages(of: ["一、基本情况", "二、情况", "三、问题"], in: pages) == [3, 5, nil])
        let html = ##"<li><a href="#c1">一、基本情况</a><span class="toc-page" data-chapter="一、基本情况"></span></li>"##
        let filled = BriefingPrinter.fillingToc(html, numbers: ["一、基本情况": "3"])
        #expect(filled.contains(#"data-chapter="一、基本情况">3</span>"#))
        #expect(BriefingPrinter.tocNumbers(in: filled) == ["一、基本情况": "3"])
        let link = BriefingPrinter.linkingPDF(#"<p class="pdf-download" hidden><a data-pdf="a.pdf">PDF</a></p>"#)
        #expect(link == #"<p class="pdf-download"><a href="a.pdf" data-pdf="a.pdf">PDF</a></p>"#)
        #expect(BriefingPrinter.linkingPDF(link) == link)
    }
}
