import Foundation
import Testing

@testable import DangjianKit

/// Every message in Chinese, at its cause, once: YAML syntax, unknown keys, site.yaml locations,
/// CSV quotes and repeated errors, damaged UTF-8, region loops and depth.
@Suite("Messages")
struct MessageTests {
    static let header =
        "年度,企业名称,统一社会信用代码,乡镇,组织类别,行业,是否三有,是否规上,从业人员,正式党员,预备党员,入党积极分子,当年发展党员,组建方式,党组织名称,党组织类型,联合党组织编号,指导员,星级,六有达标,备注"
    static let regions = "代码,名称,层级,上级代码,别名,排序\n1,某县,县,,,1\n11,甲镇,乡镇,1,,1\n12,乙镇,乡镇,1,,2\n"

    static func row(_ name: String, town: String = "甲镇", note: String = "") -> String {
        "2025,\(name),,\(town),非公企业,制造业,是,否,10,0,0,0,0,未建,,,,,,,\(note)"
    }

    static let enterprises = [header, row("甲公司"), row("乙公司", town: "乙镇")].joined(separator: "\n") + "\n"

    static let report = "---\ntitle: 报告\ndate: 2025-01-02\nregion: \"1\"\ntype: 工作总结\n---\n正文\n"

    /// Loads a site written from `files` (with a county, two towns and two firms unless given).
    func diagnostics(_ files: [String: String]) throws -> [Diagnostic] {
        var all = files
        all["data/enterprises.csv"] = all["data/enterprises.csv"] ?? Self.enterprises
        return try TestSupport.withContentSite(all, regions: Self.regions) { site in
            ContentLoader(contentDirectory: site).inspect().diagnostics
        }
    }

    /// The diagnostics of one file (matched by the end of its path).
    func diagnostics(_ files: [String: String], in file: String) throws -> [Diagnostic] {
        try diagnostics(files).filter { $0.location.file.hasSuffix("/" + file) }
    }

    /// Checks a diagnostic's place, and that its message holds every word of `words` and no
    /// line of the input (libyaml's description repeats the whole file).
    func expect(
        _ diagnostic: Diagnostic?, _ severity: Diagnostic.Severity, file: String, line: Int, column: Int,
        _ words: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        guard let diagnostic else {
            Issue.record("no diagnostic", sourceLocation: sourceLocation)
            return
        }
        #expect(diagnostic.severity == severity, "\(diagnostic)", sourceLocation: sourceLocation)
        #expect(
            diagnostic.location.file == file || diagnostic.location.file.hasSuffix("/" + file), "\(diagnostic)",
            sourceLocation: sourceLocation)
        #expect(diagnostic.location.line == line, "\(diagnostic)", sourceLocation: sourceLocation)
        #expect(diagnostic.location.column == column, "\(diagnostic)", sourceLocation: sourceLocation)
        for word in words {
            #expect(
                diagnostic.message.contains(word), "“\(word)” missing: \(diagnostic)", sourceLocation: sourceLocation)
        }
        #expect(!diagnostic.message.contains("\n"), "\(diagnostic)", sourceLocation: sourceLocation)
    }

    // MARK: - 1. YAML syntax errors

    @Test func aMissingSpaceAfterAColonIsNamedAtItsLineAndNothingIsReportedMissing() throws {
        let found = try diagnostics(["site.yaml": "title: 测试\ndecimals:1\nroot_region: \"1\"\n"], in: "site.yaml")
        #expect(found.count == 1, "\(found)")
        expect(found.first, .error, file: "site.yaml", line: 2, column: 9, ["YAML 语法错误", "冒号后缺少空格", "“decimals: 1”"])
        #expect(!found.contains { $0.message.contains("缺少必填项") || $0.message.contains("could not find") })
    }

    @Test func aFullWidthColonInAFrontMatterIsNamedAtTheFileLine() throws {
        let report = "---\ntitle：报告\nregion: \"1\"\ntype: 工作总结\n---\n正文\n"
        let found = try diagnostics(["reports/a.md": report], in: "reports/a.md")
        #expect(found.count == 1, "\(found)")
        expect(found.first, .error, file: "reports/a.md", line: 2, column: 6, ["全角冒号“：”", "“title: 报告”"])
        #expect(!found.contains { $0.message.contains("mapping values") })
    }

    @Test func aFullWidthColonOnEveryLineIsNamedToo() throws {
        let found = try diagnostics(["reports/a.md": "---\ntitle：报告\n---\n正文\n"], in: "reports/a.md")
        #expect(found.count == 1, "\(found)")
        expect(found.first, .error, file: "reports/a.md", line: 2, column: 6, ["全角冒号"])
    }

    @Test func aTabUsedForIndentationIsNamed() throws {
        let yaml = "title: 测试\nroot_region: \"1\"\nthresholds:\n\tstaff_for_member: 50\n"
        let found = try diagnostics(["site.yaml": yaml], in: "site.yaml")
        #expect(found.count == 1, "\(found)")
        expect(found.first, .error, file: "site.yaml", line: 4, column: 1, ["制表符（Tab）", "空格"])
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() throws {
        let report = "---\ntitle: \"报告\nregion: \"1\"\ntype: 工作总结\n---\n正文\n"
        let found = try diagnostics(["reports/a.md": report], in: "reports/a.md")
        #expect(found.count == 1, "\(found)")
        expect(found.first, .error, file: "reports/a.md", line: 2, column: 8, ["引号未闭合", "第 3 行"])
    }

    @Test func aQuoteOpenUntilTheEndIsReportedWhereItOpens() throws {
        let report = "---\ntitle: 报告\nsummary: '很好\n---\n正文\n"
        let found = try diagnostics(["reports/a.md": report], in: "reports/a.md")
        #expect(found.count == 1, "\(found)")
        expect(found.first, .error, file: "reports/a.md", line: 3, column: 10, ["引号未闭合", "头信息"])
    }

    @Test func aDuplicateKeyIsReportedAtItsSecondOccurrence() throws {
        let yaml = "title: 测试\nroot_region: \"1\"\nthresholds:\n  staff_for_member: 50\n  staff_for_member: 60\n"
        let found = try diagnostics(["site.yaml": yaml], in: "site.yaml")
        #expect(found.count == 1, "\(found)")
        expect(found.first, .error, file: "site.yaml", line: 5, column: 3, ["“staff_for_member”重复", "第 4 行"])
        let report = "---\ntitle: 报告\nregion: \"1\"\ntype: 工作总结\ntitle: 又一个\n---\n正文\n"
        let inReport = try diagnostics(["reports/a.md": report], in: "reports/a.md")
        expect(inReport.first, .error, file: "reports/a.md", line: 5, column: 1, ["“title”重复", "第 2 行"])
    }

    @Test func aFrontMatterSavedWithCRLFIsReadAndItsErrorsPlaced() throws {
        let good = Self.report.replacingOccurrences(of: "\n", with: "\r\n")
        let bad = "---\r\ntitle: 报告\r\nregion: \"1\"\r\ntype：工作总结\r\n---\r\n正文\r\n"
        let found = try diagnostics(["reports/good.md": good, "reports/bad.md": bad])
            .filter { $0.location.file.contains("/reports/") }
        #expect(found.count == 1, "\(found)")
        expect(found.first, .error, file: "reports/bad.md", line: 4, column: 5, ["全角冒号", "“type: 工作总结”"])
    }

    @Test func commonLibyamlProblemsAreInChineseAtTheirMark() throws {
        let cases: [(yaml: String, line: Int, column: Int, words: [String])] = [
            ("title: @测试\nroot_region: \"1\"\n", 1, 8, ["不能以“@”开头", "引号"]),
            ("title: 测试\n  root_region: \"1\"\n", 2, 14, ["冒号的位置不对", "缩进"]),
            // Columns count characters, not bytes: 测试 is two.
            ("title: 测试: 值\nroot_region: \"1\"\n", 1, 10, ["冒号的位置不对", "值里含有“: ”"]),
            ("title: 测试\nroot_region: \"1\"\nyears: [2024, 2025\n", 4, 1, ["方括号", "没有闭合"]),
        ]
        for (yaml, line, column, words) in cases {
            let found = try diagnostics(["site.yaml": yaml], in: "site.yaml")
            #expect(found.count == 1, "\(found)")
            expect(found.first, .error, file: "site.yaml", line: line, column: column, words)
            let message = found.first?.message ?? ""
            #expect(!["allowed", "found", "expected"].contains { message.contains($0) }, "\(message)")
        }
    }

    @Test func anUnknownProblemKeepsLibyamlsWordsInBrackets() throws {
        let found = try diagnostics(["site.yaml": "%YAML 1.1\n%YAML 1.1\n---\ntitle: 测试\n"], in: "site.yaml")
        #expect(found.count == 1, "\(found)")
        expect(
            found.first, .error, file: "site.yaml", line: 2, column: 1, ["YAML 语法错误（found duplicate %YAML directive）"])
    }

    // MARK: - 2. Unknown keys

    @Test func anUnknownKeyOfSiteYAMLIsAWarningWithTheClosestKey() throws {
        let yaml = "title: 测试\nroot_region: \"1\"\ndecimal: 2\nthresholds:\n  staff_for_membr: 40\nlogo: a.png\n"
        let found = try diagnostics(["site.yaml": yaml], in: "site.yaml")
        #expect(found.count == 3, "\(found)")
        expect(found[0], .warning, file: "site.yaml", line: 3, column: 1, ["“decimal”", "是否是“decimals”"])
        expect(found[1], .warning, file: "site.yaml", line: 5, column: 3, ["“thresholds”下", "是否是“staff_for_member”"])
        expect(found[2], .warning, file: "site.yaml", line: 6, column: 1, ["“logo”", "可用的键"])
    }

    @Test func anUnknownFrontMatterKeyIsAWarningAtItsFileLine() throws {
        let report = "---\ntitel: 报告\ntitle: 报告\nregion: \"1\"\ntype: 工作总结\n---\n正文\n"
        let showcase =
            "---\nenterprise: 甲公司\nlevel: 县级\nstauts: 命名\nphotos:\n  - file: a.png\n    captoin: 说明\n---\n正文\n"
        let found = try diagnostics(["reports/a.md": report, "showcase/s.md": showcase])
        let inReport = found.filter { $0.location.file.hasSuffix("reports/a.md") }
        #expect(inReport.count == 1, "\(inReport)")
        expect(inReport.first, .warning, file: "reports/a.md", line: 2, column: 1, ["“titel”", "是否是“title”"])
        let inShowcase = found.filter { $0.location.file.hasSuffix("showcase/s.md") && $0.severity == .warning }
        expect(inShowcase.first, .warning, file: "showcase/s.md", line: 4, column: 1, ["“stauts”", "是否是“status”"])
        expect(
            inShowcase.dropFirst().first, .warning, file: "showcase/s.md", line: 7, column: 5,
            ["“captoin”", "是否是“caption”"])
    }

    @Test func theSampleAndTheTinySiteUseNoUnknownKey() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        for site in [repository.appendingPathComponent("content"), TestSupport.tinySite] {
            let outcome = ContentLoader(contentDirectory: site).inspect()
            #expect(!outcome.diagnostics.contains { $0.message.contains("无法识别的键") }, "\(outcome.diagnostics)")
            #expect(!outcome.diagnostics.contains { $0.severity == .error }, "\(outcome.diagnostics)")
        }
    }

    // MARK: - 3. root_region and years at their line in site.yaml

    @Test func anUnknownRootRegionIsReportedAtItsLineInSiteYAML() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            try TestSupport.replace(
                "root_region: \"100\"", with: "root_region: 测试县", in: content.appendingPathComponent("site.yaml"))
            let errors = ContentLoader(contentDirectory: content).inspect().diagnostics.filter { $0.severity == .error }
            #expect(errors.count == 1, "\(errors)")
            expect(
                errors.first, .error, file: "content/site.yaml", line: 3, column: 14, ["root_region“测试县”", "代码“100”"])
        }
    }

    @Test func aYearMissingFromTheDataIsReportedAtItsPlaceInSiteYAML() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            try TestSupport.appendLine("years: [2024, 2030]", to: content.appendingPathComponent("site.yaml"))
            let errors = ContentLoader(contentDirectory: content).inspect().diagnostics.filter { $0.severity == .error }
            #expect(errors.count == 1, "\(errors)")
            expect(errors.first, .error, file: "content/site.yaml", line: 5, column: 15, ["2030", "没有记录"])
        }
    }

    @Test func aYearIsNotReportedMissingWhenItsFileCouldNotBeRead() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            try TestSupport.appendLine("years: [2024, 2025]", to: content.appendingPathComponent("site.yaml"))
            try TestSupport.appendLine("2024,\"未闭合", to: content.appendingPathComponent("data/enterprises-2024.csv"))
            let errors = ContentLoader(contentDirectory: content).inspect().diagnostics.filter { $0.severity == .error }
            #expect(errors.count == 1, "\(errors)")
            expect(errors.first, .error, file: "data/enterprises-2024.csv", line: 8, column: 6, ["引号未闭合"])
        }
    }

    // MARK: - 4. CSV quotes and repeated errors

    @Test func anUnclosedQuoteIsReportedWhereTheFieldStartsNotAtTheNextQuote() throws {
        let csv = [
            Self.header, Self.row("甲公司"), Self.row("乙公司", note: "\"扩产"), Self.row("丙公司"),
            Self.row("丁公司", note: "\"新增,产线\""),
        ].joined(separator: "\n")
        let found = try diagnostics(["data/enterprises.csv": csv], in: "data/enterprises.csv")
        #expect(found.count == 1, "\(found)")
        let column = Self.row("乙公司").count + 1
        expect(
            found.first, .error, file: "data/enterprises.csv", line: 3, column: column, ["引号未闭合", "没有结束引号", "第 5 行"])
    }

    @Test func aQuoteRunningOverLinesIsNamedInARaggedRow() throws {
        let text = "a,b,c\n1,\"two\n3,4\",5,6\n"
        do {
            _ = try CSVReader(file: "t.csv").read(text)
            Issue.record("read a ragged row")
        } catch {
            expect(
                error.diagnostics.first, .error, file: "t.csv", line: 2, column: 1, ["列数不一致", "第 2 行第 3 列", "引号是否成对"])
        }
    }

    @Test func thousandsOfRaggedRowsStopAfterTwentyWithACount() throws {
        let rows = (1...5_000).map { "2025,企业\($0),甲镇" }
        let csv = ([Self.header] + rows).joined(separator: "\n")
        let found = try diagnostics(["data/enterprises.csv": csv], in: "data/enterprises.csv")
        #expect(found.count == 21)
        #expect(found.prefix(20).allSatisfy { $0.message.contains("列数不一致") })
        expect(found.last, .error, file: "data/enterprises.csv", line: 22, column: 1, ["另有 4980 处", "前 20 处"])
    }

    @Test func anyRepeatedErrorOfAFileIsCapped() throws {
        let csv = ([Self.header] + (1...30).map { Self.row("企业\($0)", town: "丙镇") }).joined(separator: "\n")
        let found = try diagnostics(["data/enterprises.csv": csv], in: "data/enterprises.csv")
        #expect(found.count == 21, "\(found)")
        #expect(found.prefix(20).allSatisfy { $0.message.contains("“丙镇”在区划表中找不到") })
        let column = "2025,企业21,,".count + 1
        expect(found.last, .error, file: "data/enterprises.csv", line: 22, column: column, ["另有 10 处"])
    }

    // MARK: - 5. Damaged UTF-8

    func decodingFailure(_ bytes: [UInt8]) -> Diagnostic? {
        do {
            let decoded = try TextDecoder().decode(Data(bytes), file: "e.csv")
            Issue.record("decoded as \(decoded.encoding): \(decoded.text.prefix(80))")
            return nil
        } catch {
            #expect(error.diagnostics.count == 1)
            return error.diagnostics.first
        }
    }

    @Test func aUTF8FileCutInTheMiddleOfACharacterIsReportedAtThatCharacter() {
        let text = Self.header + "\n" + Self.row("甲公司") + "\n2025,乙公司"
        let cut = Array(Array(text.utf8).dropLast(2))  // 司 is three bytes: keep one
        expect(decodingFailure(cut), .error, file: "e.csv", line: 3, column: 8, ["UTF-8", "不完整", "E5"])
    }

    @Test func oneBadByteInAUTF8FileIsReportedAtItsLineAndColumn() {
        var bytes = Array((Self.header + "\n2025,甲公司").utf8)
        bytes += [0xFF]
        bytes += Array(",甲镇\n".utf8) + Array(Self.row("乙公司").utf8)
        let diagnostic = decodingFailure(bytes)
        expect(diagnostic, .error, file: "e.csv", line: 2, column: 9, ["UTF-8", "损坏的字符", "FF"])
        #expect(diagnostic?.message.contains("GB18030") == false)
    }

    @Test func gb18030FilesStillDecode() throws {
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        let text = Self.header + "\r\n" + Self.row("甲公司") + "\r\n"
        let decoded = try TextDecoder().decode(try #require(text.data(using: gb18030)), file: "g.csv")
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == text)
    }

    @Test func theSampleDataSavedAsGB18030StillDecodesAsGB18030() throws {
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("content/data")
        let names = try FileManager.default.contentsOfDirectory(atPath: data.path).filter { $0.hasSuffix(".csv") }
        #expect(names.count >= 4)
        for name in names {
            let text = try String(contentsOf: data.appendingPathComponent(name), encoding: .utf8)
            let decoded = try TextDecoder().decode(try #require(text.data(using: gb18030)), file: name)
            #expect(decoded.encoding == .gb18030, "\(name)")
            #expect(decoded.text == text, "\(name)")
        }
    }

    @Test func aDamagedMarkdownFileIsReportedAtTheCharacter() throws {
        var bytes = Array("---\ntitle: 报告\nregion: \"1\"\ntype: 工作总结\n---\n党建工作".utf8)
        bytes.removeLast()
        let found = try TestSupport.withContentSite(
            ["reports/a.md": Data(bytes), "data/enterprises.csv": Data(Self.enterprises.utf8)], regions: Self.regions
        ) { site in
            ContentLoader(contentDirectory: site).inspect().diagnostics.filter { $0.location.file.hasSuffix("a.md") }
        }
        #expect(found.count == 1, "\(found)")
        expect(found.first, .error, file: "reports/a.md", line: 6, column: 4, ["UTF-8", "截断"])
    }

    // MARK: - 6. A region loop is one error

    @Test func aLoopAmongTownshipsIsOneErrorNotOnePerRow() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let regions = content.appendingPathComponent("data/regions.csv")
            try TestSupport.replace("101,甲镇,乡镇,100,", with: "101,甲镇,乡镇,102,", in: regions)
            try TestSupport.replace("102,乙街道,街道,100,", with: "102,乙街道,街道,101,", in: regions)
            let errors = ContentLoader(contentDirectory: content).inspect().diagnostics.filter { $0.severity == .error }
            #expect(errors.count == 1, "\(errors)")
            expect(errors.first, .error, file: "data/regions.csv", line: 3, column: 1, ["形成循环：甲镇 → 乙街道 → 甲镇"])
        }
    }

    @Test func aTownshipUnderAnUnknownParentIsOneErrorNotOnePerRow() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let regions = content.appendingPathComponent("data/regions.csv")
            try TestSupport.replace("101,甲镇,乡镇,100,", with: "101,甲镇,乡镇,1000,", in: regions)
            let errors = ContentLoader(contentDirectory: content).inspect().diagnostics.filter { $0.severity == .error }
            #expect(errors.count == 1, "\(errors)")
            expect(errors.first, .error, file: "data/regions.csv", line: 3, column: 1, ["“上级代码”“1000”", "甲镇"])
        }
    }

    // MARK: - 7. Region depth

    @Test func aChainThousandsOfLevelsDeepIsOneErrorAndQuick() throws {
        var regions = "代码,名称,层级,上级代码,别名,排序\n1,某县,县,,,1\n"
        for level in 2...1_000 {
            regions += "c\(level),第\(level)级,乡镇,\(level == 2 ? "1" : "c\(level - 1)"),,1\n"
        }
        let clock = ContinuousClock()
        let start = clock.now
        let errors = try TestSupport.withContentSite(["data/enterprises.csv": Self.header + "\n"], regions: regions) {
            site in
            ContentLoader(contentDirectory: site).inspect().diagnostics.filter { $0.severity == .error }
        }
        #expect(clock.now - start < .seconds(5))
        #expect(errors.count == 1, "\(errors)")
        // Line 1 is the header, line 2 the county (level 1): level 9 is on line 10.
        expect(
            errors.first, .error, file: "data/regions.csv", line: 10, column: 1,
            ["第9级", "第 9 层", "最多允许 8 层", "共 1000 层"])
    }

    @Test func eightLevelsAreAllowed() throws {
        var regions = "代码,名称,层级,上级代码,别名,排序\n1,某县,县,,,1\n"
        for level in 2...8 {
            regions += "c\(level),第\(level)级,乡镇,\(level == 2 ? "1" : "c\(level - 1)"),,1\n"
        }
        let csv = Self.header + "\n2025,甲公司,,第8级,非公企业,制造业,是,否,10,0,0,0,0,未建,,,,,,,\n"
        let errors = try TestSupport.withContentSite(["data/enterprises.csv": csv], regions: regions) { site in
            ContentLoader(contentDirectory: site).inspect().diagnostics.filter { $0.severity == .error }
        }
        #expect(errors.isEmpty, "\(errors)")
    }
}
