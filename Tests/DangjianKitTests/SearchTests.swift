import Foundation
import Testing

@testable import DangjianKit

/// The search index: the text taken from a page, folding, grams, postings, and queries that must
/// find every page holding them and no other.
@Suite("Search")
struct SearchTests {
    /// An index of plain texts, as pages of one kind.
    static func index(_ texts: [String]) -> SearchIndex {
        SearchIndex(
            documents: texts.indices.map {
                SearchDocument(path: "p\($0)/index.html", name: "页面\($0)", kind: .enterprise, region: nil, year: nil)
            }, texts: texts)
    }

    static func html(_ main: String) -> Data {
        Data("<html><body><nav>导航</nav><main class=\"wrap\" id=\"main\">\(main)</main><footer>页脚</footer>".utf8)
    }

    @Test func theTextOfMainLeavesOutNavigationScriptsChartsAndMarkedElements() {
        let text = SearchText.mainText(
            of: Self.html(
                """
                <p class="print-marking" data-nosearch>内部资料 注意保存</p>
                <nav class="breadcrumbs"><ol><li><a href="../index.html">总览</a></li></ol></nav>
                <h1>青溪县<strong>党</strong>组织</h1>
                <script>var x = "<p>不是文字</p>";</script><svg><text>图表</text></svg>
                <table><tr><td>2025年</td><td>A&amp;B &lt;c&gt; &#20826;&#x7ec4;</td></tr></table>
                <!-- 注释 --><p>甲　乙&nbsp;丙
                丁</p>
                """))
        #expect(text == "青溪县党组织 2025年 A&B <c> 党组 甲 乙 丙 丁")
    }

    @Test func aPageWithoutMainHasNoText() {
        #expect(SearchText.mainText(of: Data("<html><body><p>正文</p></body></html>".utf8)).isEmpty)
    }

    @Test func foldingIsNFKCAndLowerCase() {
        #expect(SearchText.fold("ＡＢＣ１２３（党组织）Ｘｙ") == "abc123(党组织)xy")
        #expect(SearchText.foldQuery("  青溪　ＤＡＮＧ  ") == "青溪 dang")
        #expect(SearchText.fold("plain ascii") == "plain ascii")
    }

    @Test func theQuickFoldIsFoundationsFold() {
        let text = "青溪县ＡＢＣ有限公司（ＱＱ）１２３ Abc-9·×—‘’“”→■▲▼、。〈〉《》「」『』【】～！＠＃"
        #expect(SearchText.quickFold(text) == text.precomposedStringWithCompatibilityMapping.lowercased())
        #expect(SearchText.quickFold("① ⓘ ㎡ ｶ") == nil)
        #expect(SearchText.fold("① ⓘ ㎡ …") == "1 i m2 ...")
    }

    @Test func gramsAreEveryCharacterAndEveryPairWithoutSpaces() {
        let grams = SearchIndex.grams(of: "党组织 a1党".unicodeScalars.map(\.value))
        let texts = Dictionary(uniqueKeysWithValues: grams.map { (SearchIndex.text(of: $0.0), $0.1) })
        #expect(texts == ["党": 2, "组": 1, "织": 1, "党组": 1, "组织": 1, "a": 1, "1": 1, "a1": 1, "1党": 1])
    }

    @Test func oneAndTwoCharacterQueriesFindEveryPageHoldingThem() {
        let index = Self.index(["青溪县党组织", "党建工作", "没有"])
        #expect(index.search("党") == [0, 1])
        #expect(index.search("党组") == [0])
        #expect(index.search("有") == [2])
        #expect(index.search("织党") == [])
    }

    @Test func longerQueriesMustOccurWholeNotAsScatteredPairs() {
        // Page 1 holds 党组 and 组织 but never 党组织.
        let index = Self.index(["基层党组织建设", "党组会议，组织生活"])
        #expect(index.search("党组织") == [0])
        #expect(index.search("组织") == [0, 1])
    }

    @Test func aQueryAcrossTwoPagesIsNotFound() {
        let index = Self.index(["两新组织党组", "织建设情况"])
        #expect(index.search("党组织").isEmpty)
        #expect(index.search("党组") == [0])
    }

    @Test func fullWidthAndCaseFoldedQueriesFindHalfWidthText() {
        let index = Self.index(["统一社会信用代码 91331190R6GLP0FM9Q", "ABC科技（集团）有限公司"])
        #expect(index.search("ａｂｃ科技") == [1])
        #expect(index.search("abc") == [1])
        #expect(index.search("(集团)") == [1])
        #expect(index.search("科技(集") == [1])
    }

    @Test func creditCodesAreFoundWholeAndByPrefix() {
        let index = Self.index([
            "统一社会信用代码 91331190R6GLP0FM9Q 所属乡镇 城关街道",
            "统一社会信用代码 91331190MA2B3C4D5E",
            "从业人员 913311",
        ])
        #expect(index.search("91331190R6GLP0FM9Q") == [0])
        #expect(index.search("91331190r6glp0fm9q") == [0])
        #expect(index.search("９１３３１１９０") == [0, 1])
        #expect(index.search("913311") == [0, 1, 2])
        #expect(index.search("91331190MA") == [1])
        #expect(index.search("R6GLP0FM9Q 所属") == [0])
    }

    @Test func mixedChineseLatinAndDigitsAndMarkupLookingQueries() {
        let index = Self.index(["LH-331190001-01 联合党支部", "<img src=x onerror=alert(1)>"])
        #expect(index.search("lh-3311") == [0])
        #expect(index.search("01 联合") == [0])
        #expect(index.search("<img src=x onerror=alert(1)>") == [1])
        #expect(index.search("   ").isEmpty)
    }

    @Test func postingsSurviveTheirTextForm() {
        let postings: [SearchIndex.Posting] = [0 << 8 | 1, 1 << 8 | 3, 2 << 8 | 255, 5_000 << 8 | 1, 250_000 << 8 | 2]
        let text = SearchIndex.encode(postings)
        #expect(!text.contains("\"") && !text.contains("\\"))
        let decoded = SearchIndex.decode(text)
        #expect(decoded.map(\.page) == [0, 1, 2, 5_000, 250_000])
        #expect(decoded.map(\.count) == [1, 3, 255, 1, 2])
    }

    @Test func textsAreWrittenAsJavaScriptStringLiterals() {
        #expect(SearchIndex.literal("党\"b\\c\u{2028}\u{1}") == #""党\"b\\c\u2028\u0001""#)
    }

    @Test func everyGramIsInThePartItsHashNames() throws {
        let index = Self.index((0..<400).map { "企业\($0)号 党组织\($0 % 7) \"引号\" \\ 反斜杠" })
        let files = Dictionary(
            uniqueKeysWithValues: index.files().map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
        let meta = try #require(files[SearchIndex.metaPath])
        #expect(meta.hasPrefix("(window.dangjianSearchData=window.dangjianSearchData||{})[\"meta\"]={"))
        let parts = files.keys.filter { $0.hasPrefix("search/index-") }.count
        #expect(meta.contains("\"gramParts\":\(parts),"))
        for gram in index.postings.keys {
            let key = SearchIndex.text(of: gram)
            let part = try #require(files["search/index-\(SearchIndex.hash(key) % UInt32(parts)).js"])
            #expect(part.contains(SearchIndex.literal(key) + ":\"" + SearchIndex.encode(index.postings[gram]!) + "\""))
        }
        #expect(files.keys.contains("search/text-0.js"))
    }

    @Test func aPublicBuildDoesNotSearchWhatItLeavesOut() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            try """
            ---
            title: 内部情况通报
            date: 2025-12-02
            region: "100"
            type: 情况汇报
            visibility: 内部
            ---
            只在内部版本中出现的句子。
            """.write(to: content.appendingPathComponent("reports/internal.md"), atomically: true, encoding: .utf8)
            for audience in [Audience.internal, .public] {
                let output = folder.appendingPathComponent("\(audience.rawValue)")
                var options = BuildOptions(
                    contentDirectory: content, templatesDirectory: TestSupport.templates, outputDirectory: output,
                    buildDate: TestSupport.buildDate)
                options.audience = audience
                _ = try BuildPipeline(options: options).build()
                let index = try TestSupport.files(under: output).filter { $0.hasPrefix("search/") }.map {
                    try String(contentsOf: output.appendingPathComponent($0), encoding: .utf8)
                }.joined()
                #expect(index.contains("只在内部版本中出现的句子") == (audience == .internal))
                #expect(index.contains("内部情况通报") == (audience == .internal))
            }
        }
    }

    @Test func aStaticFileInTheSearchFolderIsRefused() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let search = content.appendingPathComponent("static/search")
            try FileManager.default.createDirectory(at: search, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: search.appendingPathComponent("index-0.js"))
            #expect {
                try TestSupport.build(content: content, output: folder.appendingPathComponent("public"))
            } throws: { error in
                (error as? BuildFailure)?.diagnostics.contains { $0.location.file.hasSuffix("search/index-0.js") }
                    == true
            }
        }
    }

    @Test func aBuildIndexesItsPublishedPagesOnly() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let output = folder.appendingPathComponent("public")
            try TestSupport.build(content: content, output: output)
            let meta = try String(contentsOf: output.appendingPathComponent(SearchIndex.metaPath), encoding: .utf8)
            let texts = try TestSupport.files(under: output).filter { $0.hasPrefix("search/text-") }.map {
                try String(contentsOf: output.appendingPathComponent($0), encoding: .utf8)
            }.joined()
            #expect(meta.contains("\"reports/2025-summary/\""))
            #expect(meta.contains("\"enterprises/"))
            #expect(!meta.contains("草稿"), "a draft is not published, so not searched")
            #expect(!texts.contains("草稿正文"))
            #expect(!texts.contains("内部资料"), "the print marking is not text of the page")
            let searchPage = try String(
                contentsOf: output.appendingPathComponent(SitePlan.searchPath), encoding: .utf8)
            #expect(searchPage.contains("data-search-meta=\"meta.js\""))
            let dashboard = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(dashboard.contains("action=\"search/index.html\""))
        }
    }
}
