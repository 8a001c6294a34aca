import Foundation
import Testing

@testable import DangjianKit

/// Careless and hostile input: absurd numbers, control characters, aliases that rename the wrong
/// firm, repeated township names, remote images. Each is refused at its cell or line, never a
/// crash or silently wrong data, and `check` finds everything `build` would refuse.
@Suite("Hostile input")
struct HostileInputTests {
    static let header = "年度,企业名称,统一社会信用代码,乡镇,组建方式,从业人员,正式党员,预备党员"
    static let regions = "代码,名称,层级,上级代码,别名,排序\n1,某县,县,,,1\n11,甲镇,乡镇,1,,1\n12,乙镇,乡镇,1,,2\n"

    func withSite<T>(_ files: [String: String], regions: String = Self.regions, _ body: (URL) throws -> T) throws -> T {
        try TestSupport.withContentSite(files, regions: regions, body)
    }

    func enterprises(_ rows: String...) -> String {
        ([Self.header] + rows).joined(separator: "\n") + "\n"
    }

    /// Every diagnostic of loading a content folder (empty when it loads).
    func diagnostics(_ site: URL) -> [Diagnostic] {
        ContentLoader(contentDirectory: site).inspect().diagnostics
    }

    /// The one error whose description contains `text`, recorded as an issue when absent.
    func error(
        _ text: String, in diagnostics: [Diagnostic], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Diagnostic? {
        let found = diagnostics.first { $0.severity == .error && $0.description.contains(text) }
        if found == nil {
            Issue.record(
                "no error containing “\(text)” in \(diagnostics.map(\.description))", sourceLocation: sourceLocation)
        }
        return found
    }

    // MARK: Numbers

    @Test(arguments: [
        ("从业人员", "9223372036854775807", 6), ("从业人员", "10000000000000000", 6),
        ("正式党员", "1000000000000000000", 7), ("从业人员", "1000001", 6),
        ("预备党员", "99999999999999999999999999", 8),
    ])
    func absurdCountsAreErrorsAtTheirCell(column: String, value: String, position: Int) throws {
        var cells = ["2025", "甲厂", "", "甲镇", "单独组建", "120", "5", "0"]
        cells[position - 1] = value
        try withSite(["data/enterprises.csv": enterprises(cells.joined(separator: ","))]) { site in
            let found = error("“\(column)”的值“\(value)”超过 1000000", in: diagnostics(site))
            #expect(found?.location.line == 2)
            #expect(found?.location.column == cells[0..<(position - 1)].reduce(1) { $0 + $1.count + 1 })
            #expect(BuildPipeline(options: options(site)).check().errorCount == 1)
        }
    }

    @Test func aMillionIsStillACount() throws {
        try withSite(["data/enterprises.csv": enterprises("2025,甲厂,,甲镇,单独组建,1000000,999999,1")]) { site in
            #expect(diagnostics(site).filter { $0.severity == .error }.isEmpty)
        }
    }

    @Test func ratiosAndScalesNeverTrap() {
        #expect(Ratio(Int.max / 2, Int.max / 3).percentage(decimals: 2) != nil)
        #expect(Ratio(Int.max, 1).basisPoints == Int.max)
        let scale = ChartRenderer.countScale(maximum: Int.max)
        #expect(scale.end >= Int.max / 2)
        #expect(ChartRenderer.countScale(maximum: 7) == (step: 2, end: 8))
    }

    // MARK: Placeholders

    @Test func aCreditCodeWithXXIsKept() throws {
        let csv = enterprises(
            "2025,甲厂,91330327MA2XX1234K,甲镇,未建,10,0,0", "2025,乙厂,20XX,甲镇,未建,10,0,0",
            "2025,丙厂,XX有限公司,甲镇,未建,10,0,0")
        try withSite(["data/enterprises.csv": csv]) { site in
            let content = try ContentLoader(contentDirectory: site).load()
            #expect(content.records.map(\.creditCode) == ["91330327MA2XX1234K", nil, nil])
        }
        for placeholder in ["20XX", "20XX年", "XX镇", "×", "＊＊", "___", "XX科技有限公司"] {
            #expect(CellParser.isPlaceholder(placeholder), "\(placeholder)")
        }
        for value in ["91330327MA2XX1234K", "新XX", "XX2", "X"] {
            #expect(!CellParser.isPlaceholder(value) || value == "X", "\(value)")
        }
    }

    // MARK: Control characters, empty tables, honor photos

    @Test(arguments: [("\u{0}", "U+0000"), ("\u{1B}[31m", "U+001B"), ("\u{7}", "U+0007")])
    func controlCharactersAreRejectedAtTheirCell(control: String, name: String) throws {
        try withSite(["data/enterprises.csv": enterprises("2025,甲\(control)厂,,甲镇,未建,10,0,0")]) { site in
            let found = error("“企业名称”的值含有控制字符 \(name)", in: diagnostics(site))
            #expect(found?.location.line == 2)
            #expect(found?.location.column == 6)
        }
    }

    @Test func controlCharactersInAReportAreRejectedAtTheirLine() throws {
        let report = "---\ntitle: 报告\nregion: \"1\"\ntype: 工作总结\n---\n\n正文\u{1B}第二句\n"
        let files = ["data/enterprises.csv": enterprises("2025,甲厂,,甲镇,未建,10,0,0"), "reports/a.md": report]
        try withSite(files) { site in
            let found = error("控制字符 U+001B", in: diagnostics(site))
            #expect(found?.location.line == 7)
            #expect(found?.location.column == 3)
        }
    }

    @Test func aHeaderOnlyFileIsAWarning() throws {
        let files = [
            "data/enterprises-2024.csv": "说明行\n" + Self.header + "\n",
            "data/enterprises-2025.csv": enterprises("2025,甲厂,,甲镇,未建,10,0,0"),
        ]
        try withSite(files) { site in
            let warning = diagnostics(site).first { $0.message.contains("只有表头") }
            #expect(warning?.severity == .warning)
            #expect(warning?.location.file.hasSuffix("enterprises-2024.csv") == true)
            #expect(warning?.location.line == 2)
        }
    }

    @Test func honorPhotosThatAreMissingOrUnsafeAreWarnedAtTheirCell() throws {
        let honors = """
            年度,类别,层级,对象,对象类型,所在企业,乡镇,授予机关,文号,事迹,照片
            2025,优秀共产党员,县,王五,个人,甲厂,甲镇,县委,县〔2025〕1号,事迹,photos/wang.jpg
            2025,优秀共产党员,县,赵六,个人,甲厂,甲镇,县委,县〔2025〕1号,事迹,../../etc/passwd
            2025,优秀共产党员,县,钱七,个人,甲厂,甲镇,县委,县〔2025〕1号,事迹,http://host/q.jpg
            2025,优秀共产党员,县,孙八,个人,甲厂,甲镇,县委,县〔2025〕1号,事迹,static/photos/sun.jpg
            2025,优秀共产党员,县,李九,个人,甲厂,甲镇,县委,县〔2025〕1号,事迹,static/photos/li.png

            """
        let files = [
            "data/enterprises.csv": enterprises("2025,甲厂,,甲镇,未建,10,0,0"), "data/honors.csv": honors,
            "static/photos/sun.jpg": "jpeg bytes", "static/photos/wong.jpg": "jpeg bytes",
            "static/photos/li.png": "",
        ]
        try withSite(files) { site in
            try Self.png.write(to: site.appendingPathComponent("static/photos/li.png"))
            let content = try ContentLoader(contentDirectory: site).load()
            #expect(content.honors.map(\.photo) == [nil, nil, nil, nil, "photos/li.png"])
            #expect(content.honors.last?.photoSize == ImageSize(data: Self.png), "sized from its header")
            let warnings = content.diagnostics.filter { $0.message.contains("“照片”") }
            #expect(warnings.map(\.location.line) == [2, 3, 4, 5])
            #expect(warnings.last?.message.contains("不是可识别的 PNG 或 JPEG 图片") == true)
            #expect(warnings.allSatisfy { $0.severity == .warning && $0.location.column == 43 })
            #expect(warnings.first?.message.contains("“photos/wong.jpg”") == true, "a did-you-mean is offered")
        }
    }

    // MARK: Aliases

    @Test func anAliasThatIsAnotherFirmsNameIsAnError() throws {
        let files = [
            "data/enterprises.csv": enterprises("2025,新雅集团,,甲镇,未建,10,0,0", "2025,新雅,,甲镇,未建,20,0,0"),
            "data/aliases.csv": "企业名称,别名,乡镇\n新雅集团,新雅,甲镇\n",
        ]
        try withSite(files) { site in
            let found = error("别名“新雅”在 2025 年的数据中与“新雅集团”同时出现", in: diagnostics(site))
            #expect(found?.location.file.hasSuffix("aliases.csv") == true)
            #expect(found?.location.line == 2)
        }
    }

    @Test func anAliasOfAFirmWithAnotherCreditCodeIsAnError() throws {
        let files = [
            "data/enterprises.csv": enterprises(
                "2024,新雅,91330000AAAAAAAA1X,甲镇,未建,10,0,0", "2025,新雅集团,91330000BBBBBBBB2X,甲镇,未建,20,0,0"),
            "data/aliases.csv": "企业名称,别名\n新雅集团,新雅\n",
        ]
        try withSite(files) { site in
            let found = error("统一社会信用代码为 91330000AAAAAAAA1X", in: diagnostics(site))
            #expect(found?.location.line == 2)
        }
    }

    @Test func anAliasNamingNoFirmIsAnErrorWithASuggestion() throws {
        let files = [
            "data/enterprises.csv": enterprises("2025,新雅集团,,甲镇,未建,10,0,0"),
            "data/aliases.csv": "企业名称,别名\n新亚集团,新亚\n",
        ]
        try withSite(files) { site in
            let found = error("别名表中的企业“新亚集团”在企业数据中找不到", in: diagnostics(site))
            #expect(found?.message.contains("是否是：“新雅集团”") == true)
            #expect(found?.location.line == 2)
        }
    }

    @Test func aRenamedFirmIsOneFirm() throws {
        let files = [
            "data/enterprises.csv": enterprises("2024,新雅,,甲镇,未建,10,0,0", "2025,新雅集团,,甲镇,未建,20,0,0"),
            "data/aliases.csv": "企业名称,别名\n新雅集团,新雅\n",
        ]
        try withSite(files) { site in
            let content = try ContentLoader(contentDirectory: site).load()
            #expect(Set(content.records.map(\.name)) == ["新雅集团"])
            #expect(content.diagnostics.filter { $0.severity == .error }.isEmpty)
        }
    }

    // MARK: Repeated township names

    static let city = """
        代码,名称,层级,上级代码,别名,排序
        9,某市,市,,,1
        91,东县,县,9,,1
        92,西县,县,9,,2
        911,城关镇,乡镇,91,,1
        921,城关镇,乡镇,92,,1
        922,西山乡,乡镇,92,,2

        """

    @Test func anAmbiguousTownshipListsItsCandidates() throws {
        let files = [
            "site.yaml": "title: 某市\nroot_region: \"9\"\n",
            "data/enterprises.csv": enterprises("2025,甲厂,,城关镇,未建,10,0,0"),
        ]
        try withSite(files, regions: Self.city) { site in
            let found = error("对应区划表中的 2 个区划", in: diagnostics(site))
            #expect(found?.message.contains("城关镇（代码 911，属东县）") == true)
            #expect(found?.message.contains("城关镇（代码 921，属西县）") == true)
            #expect(found?.location.line == 2)
            #expect(found?.location.column == 10)
        }
    }

    @Test func aCountyColumnOrACodeSaysWhichTownship() throws {
        let csv = """
            年度,企业名称,区县,乡镇,组建方式,从业人员,正式党员,预备党员
            2025,甲厂,西县,城关镇,未建,10,0,0
            2025,乙厂,,911,未建,10,0,0
            2025,丙厂,92,城关镇,未建,10,0,0
            2025,丁厂,,西山乡,未建,10,0,0
            2025,戊厂,南县,城关镇,未建,10,0,0

            """
        let files = ["site.yaml": "title: 某市\nroot_region: \"9\"\n", "data/enterprises.csv": csv]
        try withSite(files, regions: Self.city) { site in
            let outcome = ContentLoader(contentDirectory: site).inspect()
            let errors = outcome.diagnostics.filter { $0.severity == .error }
            #expect(errors.count == 1)
            #expect(errors.first?.message.contains("“区县”的值“南县”在区划表中找不到") == true)
            #expect(errors.first?.location.line == 6)
        }
        let valid = csv.split(separator: "\n").dropLast().joined(separator: "\n") + "\n"
        try withSite(
            ["site.yaml": "title: 某市\nroot_region: \"9\"\n", "data/enterprises.csv": valid], regions: Self.city
        ) {
            site in
            let content = try ContentLoader(contentDirectory: site).load()
            #expect(content.records.map(\.regionCode) == ["921", "911", "921", "922"])
        }
    }

    // MARK: Images in Markdown

    static let png = Data(
        [
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x02, 0x80, 0, 0,
            0x01, 0xE0,
        ])

    func report(_ body: String) -> String {
        "---\ntitle: 报告\ndate: 2025-06-01\nregion: \"1\"\ntype: 工作总结\n---\n\n" + body + "\n"
    }

    @Test func aRemoteImageIsAnErrorAtItsLine() throws {
        let files = [
            "data/enterprises.csv": enterprises("2025,甲厂,,甲镇,未建,10,0,0"),
            "reports/a.md": report("第一段。\n\n![现场](http://host/p.gif)\n\n![](//cdn.example/x.png)"),
        ]
        try withSite(files) { site in
            let all = diagnostics(site)
            let remote = error("图片“http://host/p.gif”不是本地文件", in: all)
            #expect(remote?.location.line == 10)
            #expect(remote?.location.column == 1)
            #expect(error("图片“//cdn.example/x.png”不是本地文件", in: all)?.location.line == 12)
        }
    }

    @Test func aLocalImageIsCopiedAndSizedAndRemoteLinksAreMarked() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let site = folder.appendingPathComponent("content")
            let files: [String: Data] = [
                "site.yaml": Data("title: 测试\nroot_region: \"1\"\n".utf8), "data/regions.csv": Data(Self.regions.utf8),
                "data/enterprises.csv": Data(enterprises("2025,甲厂,,甲镇,未建,10,0,0").utf8),
                "reports/images/现场 照片.png": Self.png,
                "reports/a.md": Data(
                    report(
                        "![现场](images/现场%20照片.png)\n\n再看 ![同一张](<images/现场 照片.png>)，详见[通知](https://example.gov.cn/n)。"
                    ).utf8),
            ]
            for (path, data) in files {
                let url = site.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            let output = folder.appendingPathComponent("out")
            _ = try TestSupport.build(content: site, output: output)
            let page = try String(contentsOf: output.appendingPathComponent("reports/a/index.html"), encoding: .utf8)
            #expect(page.contains(#"<img src="images/1.png" width="640" height="480" loading="lazy" alt="现场""#))
            #expect(page.contains(#"<img src="images/2.png" width="640" height="480" loading="lazy" alt="同一张""#))
            #expect(
                page.contains(#"alt="现场" /><figcaption>现场</figcaption></figure>"#),
                "an image alone is a captioned figure")
            #expect(
                page.contains(
                    #"<a class="external" rel="external noopener noreferrer" href="https://example.gov.cn/n">"#))
            #expect(try Data(contentsOf: output.appendingPathComponent("reports/a/images/1.png")) == Self.png)
            #expect(!page.contains("http://"), "no request leaves the site")
        }
    }

    @Test func aLocalImageOutsideTheContentOrMissingIsAnError() throws {
        let files = [
            "data/enterprises.csv": enterprises("2025,甲厂,,甲镇,未建,10,0,0"),
            "reports/a.md": report("![](../../secret.png)\n\n![](images/none.png)\n\n![](/etc/passwd)\n\n![](a.md)"),
        ]
        try withSite(files) { site in
            let all = diagnostics(site)
            #expect(error("在内容目录之外", in: all)?.location.line == 8)
            #expect(error("图片“images/none.png”不存在", in: all)?.location.line == 10)
            #expect(error("用了绝对路径", in: all)?.location.line == 12)
            #expect(error("不是可识别的 PNG 或 JPEG 图片", in: all)?.location.line == 14)
        }
    }

    // MARK: check finds what build refuses

    func options(_ site: URL) -> BuildOptions {
        BuildOptions(
            contentDirectory: site, templatesDirectory: TestSupport.templates,
            outputDirectory: TestSupport.output(beside: site), buildDate: TestSupport.buildDate)
    }

    /// Content folders that a build refuses, one per kind of failure.
    static let failingSites: [(name: String, files: [String: String])] = [
        ("page collision", ["static/index.html": "<p>mine</p>"]),
        ("asset collision", ["static/assets/style.css": "body{}"]),
        ("overflow", ["data/enterprises.csv": "年度,企业名称,乡镇,从业人员\n2025,乙厂,甲镇,9223372036854775807\n"]),
        ("control character", ["data/enterprises.csv": "年度,企业名称,乡镇,从业人员\n2025,乙\u{7}厂,甲镇,1\n"]),
        ("remote image", ["reports/a.md": "---\ntitle: t\nregion: \"1\"\ntype: 工作总结\n---\n![](https://x.cn/a.png)\n"]),
        ("alias", ["data/aliases.csv": "企业名称,别名\n不存在的厂,别名厂\n"]),
        ("photo link", ["static/.keep": ""]),
    ]

    @Test(arguments: failingSites.indices)
    func checkFailsWhereBuildFails(index: Int) throws {
        var files = Self.failingSites[index].files
        files["data/enterprises.csv"] = files["data/enterprises.csv"] ?? enterprises("2025,甲厂,,甲镇,未建,10,0,0")
        try withSite(files) { site in
            if Self.failingSites[index].name == "photo link" {
                try FileManager.default.createSymbolicLink(
                    atPath: site.appendingPathComponent("static/gone.png").path, withDestinationPath: "none.png")
            }
            var buildFailed = false
            do {
                _ = try BuildPipeline(options: options(site)).build()
            } catch {
                buildFailed = true
            }
            #expect(buildFailed, "\(Self.failingSites[index].name): the build should fail")
            let report = BuildPipeline(options: options(site)).check()
            #expect(report.errorCount > 0, "\(Self.failingSites[index].name): check found no error")
        }
    }
}
