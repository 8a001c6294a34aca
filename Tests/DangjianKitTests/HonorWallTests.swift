import Foundation
import Testing

@testable import DangjianKit

/// The honor wall: cards in the leaders' order, photos sized from their files, a drawn emblem
/// where there is none, names kept whole, and one A4 landscape poster per category on paper.
@Suite struct HonorWallTests {
    static let enterprises = [
        ShowcaseHonorTests.header,
        "2025,红星机械有限公司,91000000MA00000001,甲镇,非公企业,制造业,是,是,131,11,2,3,2,单独组建,中共红星机械有限公司支部委员会,党支部,,,5,是,",
    ].joined(separator: "\n")

    static let honors = """
        年度,类别,层级,对象,对象类型,所在企业,乡镇,授予机关,文号,事迹,照片
        2025,五好党组织,乡镇,中共红星机械有限公司支部委员会,组织,红星机械有限公司,甲镇,甲镇党委,甲委〔2025〕3号,五好。,
        2025,先进基层党组织,县,中共红星机械有限公司支部委员会,组织,红星机械有限公司,甲镇,县委,县委〔2025〕26号,先进。,photos/hongxing.png
        2025,优秀共产党员,县,张三,个人,红星机械有限公司,甲镇,县委,县委〔2025〕26号,技术骨干。,
        2025,优秀共产党员,省,李四,个人,红星机械有限公司,甲镇,省委组织部,省组通〔2025〕17号,带头攻关。,

        """

    /// Builds the site and returns the 2025 honor roll's HTML.
    func honorRoll() throws -> String {
        let files: [String: Data] = [
            "data/enterprises.csv": Data(Self.enterprises.utf8), "data/honors.csv": Data(Self.honors.utf8),
            "static/photos/hongxing.png": ShowcaseHonorTests.png,
        ]
        return try TestSupport.withContentSite(files, regions: ShowcaseHonorTests.regions) { site in
            let output = TestSupport.output(beside: site)
            _ = try TestSupport.build(content: site, output: output)
            return try String(contentsOf: output.appendingPathComponent("honors/2025/index.html"), encoding: .utf8)
        }
    }

    @Test func cardsComeTwoExcellencesAndOneAdvancedFirstThenByLevel() throws {
        let html = try honorRoll()
        let wall = String(html[html.range(of: "class=\"honor-wall\"")!.lowerBound...])
        let positions = ["李四", "张三", "ribbon-advanced\"", "ribbon-fivegood\""].map { wall.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(
            positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(),
            "两优一先 first, a province's honoree before a county's")
    }

    @Test func aPhotoIsSizedFromItsFileAndAnHonoreeWithoutOneGetsTheEmblem() throws {
        let html = try honorRoll()
        #expect(html.contains("src=\"../../photos/hongxing.png\" alt=\"中共红星机械有限公司支部委员会\" width=\"3\" height=\"2\""))
        #expect(html.components(separatedBy: "<use href=\"#emblem-person\"/>").count - 1 == 2)
        #expect(html.components(separatedBy: "<use href=\"#emblem-collective\"/>").count - 1 == 1)
        #expect(
            html.contains("<symbol id=\"emblem-person\""), "the emblems are drawn in the page, never a broken image")
        #expect(html.contains("honor-card honor-card-collective ribbon-advanced"))
        #expect(html.contains("honor-card honor-card-person ribbon-member"))
    }

    @Test func namesUnitsAndDocumentNumbersNeverBreakInsideAWord() throws {
        let html = try honorRoll()
        #expect(html.contains("<span class=\"keep\">中共红星机械有限公司</span><wbr><span class=\"keep\">支部委员会</span>"))
        #expect(html.contains("<span class=\"keep\">县委〔2025〕26号</span>"))
        #expect(
            PageRenderer.unbrokenParts("青溪县女企业家协会联合党支部").map(\.text) == ["青溪县女企业家协会", "联合党支部"])
        #expect(PageRenderer.unbrokenParts("青溪经济开发区").map(\.text) == ["青溪经济开发区"])
    }

    @Test func theTablesStayOneLinkAway() throws {
        let html = try honorRoll()
        #expect(html.contains("<a href=\"#honor-tables\">按表格查看</a>"))
        #expect(html.contains("<section class=\"honor-tables\" id=\"honor-tables\">"))
        #expect(html.contains("<table class=\"data honors-table\">"))
    }

    @Test func eachCategoryPrintsAsALandscapePoster() throws {
        let css = try String(
            contentsOf: TestSupport.templates.appendingPathComponent("assets/style.css"), encoding: .utf8)
        #expect(css.contains("@page honors { size: A4 landscape; }"))
        #expect(css.contains("main:has(.honor-wall) { page: honors; }"))
        #expect(css.contains("@top-left"), "the running header of every page stays")
    }
}
