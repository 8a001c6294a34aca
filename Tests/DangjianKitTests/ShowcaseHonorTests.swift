import Foundation
import Testing

@testable import DangjianKit

/// Demonstration sites (front matter, figures from the data, photos) and honor matching.
@Suite struct ShowcaseHonorTests {
    static let header =
        "年度,企业名称,统一社会信用代码,乡镇,组织类别,行业,是否三有,是否规上,从业人员,正式党员,预备党员,入党积极分子,当年发展党员,组建方式,党组织名称,党组织类型,联合党组织编号,指导员,星级,六有达标,备注"
    static let enterprises = [
        header,
        "2024,红星机械有限公司,91000000MA00000001,甲镇,非公企业,制造业,是,是,120,8,1,2,1,单独组建,红星支部,党支部,,,4,是,",
        "2025,红星机械有限公司,91000000MA00000001,甲镇,非公企业,制造业,是,是,131,11,2,3,2,单独组建,红星支部,党支部,,,5,是,",
        "2025,蓝天物流有限公司,,乙镇,非公企业,物流运输,是,否,40,3,0,0,0,单独组建,蓝天支部,党支部,,,3,是,",
        "2025,蓝天物流有限公司,,甲镇,非公企业,物流运输,是,否,12,0,0,0,0,未建,,,,,,,",
    ].joined(separator: "\n")
    static let regions = "代码,名称,层级,上级代码,别名,排序\n1,某县,县,,,1\n11,甲镇,乡镇,1,,1\n12,乙镇,乡镇,1,,2\n"

    func withSite<T>(_ files: [String: Data], _ body: (URL) throws -> T) throws -> T {
        var all = files
        all["data/enterprises.csv"] = all["data/enterprises.csv"] ?? Data(Self.enterprises.utf8)
        return try TestSupport.withContentSite(all, regions: Self.regions, body)
    }

    func showcase(_ lines: [String]) -> Data {
        Data((["---"] + lines + ["---", "", "## 特色做法", "", "车间设党员先锋岗。"]).joined(separator: "\n").utf8)
    }

    /// A 3×2 PNG: signature and IHDR are enough for the size reader; the rest is a valid tiny image.
    static let png = Data(
        base64Encoded:
            "iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEklEQVR4nGP4z8DAwMDAwMDAAAAO/wH/2JN7gQAAAABJRU5ErkJggg=="
    )!

    @Test func unknownEnterpriseLevelOrStatusIsAnErrorAtItsLine() throws {
        let files: [String: Data] = [
            "showcase/bad-enterprise.md": showcase(["enterprise: 不存在公司", "township: 甲镇", "level: 县级"]),
            "showcase/bad-level.md": showcase(["enterprise: 红星机械有限公司", "level: 国家级", "status: 命名"]),
            "showcase/bad-status.md": showcase(["enterprise: 红星机械有限公司", "level: 县级", "summary: 好", "status: 待定"]),
            "showcase/ambiguous.md": showcase(["enterprise: 蓝天物流有限公司", "level: 乡镇级"]),
            "showcase/missing-photo.md": showcase([
                "enterprise: 91000000MA00000001", "level: 县级", "photos:", "  - file: nope.jpg", "    caption: 车间",
            ]),
        ]
        try withSite(files) { site in
            let outcome = ContentLoader(contentDirectory: site).inspect()
            #expect(outcome.content == nil)
            let errors = outcome.diagnostics.filter { $0.severity == .error }.map {
                "\($0.location.file.split(separator: "/").last!):\($0.location.line) \($0.message)"
            }
            #expect(errors.contains("bad-enterprise.md:2 “enterprise”的值“不存在公司”在企业数据中找不到（乡镇：甲镇）"))
            #expect(errors.contains("bad-level.md:3 “level”的值“国家级”无法识别，应为：省级、市级、县级、乡镇级"))
            #expect(errors.contains("bad-status.md:5 “status”的值“待定”无法识别，应为：培育、命名、复查、撤销"))
            #expect(errors.contains { $0.hasPrefix("ambiguous.md:2 “enterprise”的值“蓝天物流有限公司”在多个乡镇都有同名企业") })
            #expect(errors.contains("missing-photo.md:5 照片“nope.jpg”不存在：应放在 showcase/missing-photo/ 目录中"))
            #expect(errors.count == 5, "\(errors)")
        }
    }

    @Test func showcasePageFiguresComeFromTheStatistics() throws {
        let files: [String: Data] = [
            "showcase/hongxing.md": showcase([
                "enterprise: 红星机械有限公司", "township: 甲镇", "level: 县级", "named_year: 2024", "status: 命名",
                "features: [党员先锋岗, 红色车间]", "photos:", "  - file: shop.png", "    caption: 党员先锋岗",
            ]),
            "showcase/hongxing/shop.png": Self.png,
            "showcase/lantian.md": showcase(["enterprise: 蓝天物流有限公司", "township: 乙镇", "level: 县级"]),
            "data/honors.csv": Data("年度,类别,层级,对象,对象类型,所在企业,乡镇\n2025,先进基层党组织,县,红星支部,组织,红星机械有限公司,甲镇\n".utf8),
        ]
        try withSite(files) { site in
            let output = TestSupport.output(beside: site)
            let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Templates")
            _ = try BuildPipeline(
                options: BuildOptions(
                    contentDirectory: site, templatesDirectory: templates, outputDirectory: output,
                    buildDate: Date(timeIntervalSince1970: 0))
            ).build()
            let html = try String(
                contentsOf: output.appendingPathComponent("showcase/hongxing/index.html"), encoding: .utf8)
            // 2025: 131 staff (+11 on 120), 11 full members (+3 on 8), 5 stars — all from the CSV.
            #expect(html.contains("131<small class=\"muted\">（+11）</small>"))
            #expect(html.contains("11<small class=\"muted\">（+3）</small>"))
            #expect(html.contains("<td>5星</td>"))
            #expect(html.contains("红星支部"))
            #expect(html.contains("src=\"shop.png\" alt=\"党员先锋岗\" width=\"3\" height=\"2\" loading=\"lazy\""))
            #expect(
                FileManager.default.fileExists(atPath: output.appendingPathComponent("showcase/hongxing/shop.png").path)
            )
            #expect(html.contains("<span class=\"feature\">红色车间</span>"))
            #expect(html.contains("先进基层党组织"))
            #expect(html.contains("href=\"../lantian/index.html\">下一个：蓝天物流有限公司（县级示范点） →"))
            let enterprise = try String(
                contentsOf: output.appendingPathComponent("enterprises/91000000MA00000001/index.html"), encoding: .utf8)
            #expect(enterprise.contains("href=\"../../showcase/hongxing/index.html\">县级示范点</a>"))
        }
    }

    @Test func honorsMatchByNameAliasOrCreditCodeAndWarnWhenUnmatched() throws {
        let honors = """
            年度,类别,层级,对象,对象类型,所在企业,乡镇,统一社会信用代码
            2025,先进基层党组织,县,红星支部,组织,红星机械有限公司,甲镇,
            2025,优秀共产党员,县,张三,个人,红星机械,甲镇,
            2025,优秀党务工作者,县,李四,个人,,,91000000MA00000001
            2025,优秀共产党员,乡镇,王五,个人,红心机械有限公司,甲镇,
            2025,优秀共产党员,乡镇,赵六,个人,蓝天物流有限公司,乙镇,

            """
        let files: [String: Data] = [
            "data/honors.csv": Data(honors.utf8),
            "data/aliases.csv": Data("企业名称,别名,乡镇\n红星机械有限公司,红星机械,甲镇\n".utf8),
        ]
        try withSite(files) { site in
            let content = try ContentLoader(contentDirectory: site).load()
            let rollup = try RollupBuilder(content: content).build()
            let hongxing = try #require(rollup.enterprises.keys.first { $0.name == "红星机械有限公司" })
            let lantianYi = try #require(
                rollup.enterprises.keys.first { $0.name == "蓝天物流有限公司" && $0.regionCode == "12" })
            #expect(rollup.honorEnterprises[content.honors[0].key] == hongxing)  // exact name and township
            #expect(rollup.honorEnterprises[content.honors[1].key] == hongxing)  // alias
            #expect(rollup.honorEnterprises[content.honors[2].key] == hongxing)  // credit code only
            #expect(rollup.honorEnterprises[content.honors[3].key] == nil)  // misspelt: unmatched
            #expect(rollup.honorEnterprises[content.honors[4].key] == lantianYi)  // same name in two townships: 乙镇's
            let warnings = rollup.diagnostics.map(\.description)
            #expect(warnings.count == 1)
            #expect(warnings.first?.contains("honors.csv:5:1: warning: 光荣榜“所在企业”的“红心机械有限公司”在甲镇找不到对应企业") == true)
            #expect(warnings.first?.contains("最接近的是：“红星机械有限公司”") == true)
        }
    }

    @Test func imageSizesFromHeaders() {
        #expect(ImageSize(data: Self.png)?.width == 3)
        #expect(ImageSize(data: Self.png)?.height == 2)
        // A minimal JPEG: SOI, an APP0 segment, then SOF0 with height 480 and width 640.
        let jpeg = Data([
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03,
            0x01, 0x22, 0x00,
        ])
        #expect(ImageSize(data: jpeg)?.width == 640)
        #expect(ImageSize(data: jpeg)?.height == 480)
        #expect(ImageSize(data: Data("GIF89a".utf8)) == nil)
    }
}
