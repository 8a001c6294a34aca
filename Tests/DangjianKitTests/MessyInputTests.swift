import Foundation
import Testing

@testable import DangjianKit

/// The messy fixture: a GB18030 CSV with a title row, a two-row header, full-width digits, units,
/// a thousands separator, placeholders, a blank row, a duplicate, an unknown township and a 合计
/// row; an .xlsx saved with shared strings, a date and a cached formula; aliases and published figures.
@Suite struct MessyInputTests {
    static var messySite: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("messy-site")
    }

    /// A copy of the messy site in a temp folder, removed afterwards.
    func withCopy<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dangjian-messy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("messy-site")
        try FileManager.default.copyItem(at: Self.messySite, to: copy)
        return try body(copy)
    }

    /// Drops the lines holding the duplicate and the unknown township from the GB18030 CSV.
    func removeErrorRows(in site: URL) throws {
        let url = site.appendingPathComponent("data/enterprises-2024.csv")
        let text = try TextDecoder().decode(Data(contentsOf: url), file: "x").text
        let kept = text.components(separatedBy: "\r\n").filter { !$0.contains("重复填报") && !$0.contains("南镇") }
        try kept.joined(separator: "\r\n").data(using: TextDecoder.gb18030)!.write(to: url)
    }

    func messages(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { d in
            let file = d.location.file.split(separator: "/").last.map(String.init) ?? d.location.file
            let at =
                d.location.sheet.map {
                    "\(file):\($0)!\(SourceLocation.columnLetters(d.location.column))\(d.location.line)"
                }
                ?? "\(file):\(d.location.line):\(d.location.column)"
            return "\(at) \(d.severity.rawValue) \(d.message)"
        }
    }

    @Test func reportsExactlyTheExpectedDiagnosticsAtTheirPositions() throws {
        let outcome = ContentLoader(contentDirectory: Self.messySite).inspect()
        #expect(outcome.content == nil)
        let found = messages(outcome.diagnostics)
        let expected = [
            "enterprises-2024.csv:7:21 warning “正式党员”的值“×”是占位符，按缺失处理（不计为 0）",
            "enterprises-2024.csv:8:22 warning “正式党员”的值“**”是占位符，按缺失处理（不计为 0）",
            "enterprises-2024.csv:9:1 error 2024 年度企业“东一机械有限公司”重复：与 \(Self.messySite.path)/data/enterprises-2024.csv 第 4 行是同一企业",
            "enterprises-2024.csv:10:13 error “乡镇”的值“南镇”在区划表中找不到（按代码、名称和别名查找），是否是：“东镇”",
            "enterprises-2024.csv:11:6 warning 合计行的“从业人员”为 1400，按明细行计算为 1375，两者不一致（合计行不计入数据，统计按明细计算）",
        ]
        #expect(found.count == expected.count, "\(found)")
        for (actual, wanted) in zip(found, expected) {
            // The duplicate message names the first line's file as loaded (absolute outside the working directory).
            if wanted.contains("重复") {
                #expect(actual.hasPrefix("enterprises-2024.csv:9:1 error 2024 年度企业“东一机械有限公司”重复"))
                #expect(actual.hasSuffix("enterprises-2024.csv 第 4 行是同一企业"))
            } else {
                #expect(actual == wanted)
            }
        }
        #expect(outcome.years == [2024, 2025])
    }

    @Test func computesTheIndicatorsFromTheCleanRows() throws {
        try withCopy { site in
            try removeErrorRows(in: site)
            let content = try ContentLoader(contentDirectory: site).load()
            let rollup = try RollupBuilder(content: content).build()
            let county2024 = rollup.figures("200", 2024)
            // P = 东一 (85 staff, 5 members, 单独), 东二 (1200, 12, 单独), 东三 (30, ×, 未建), 西一 (60, **, 挂靠).
            #expect(county2024.counts.population == 4)
            #expect(county2024.organisationCoverage == Ratio(2, 4))
            // 3+ full members: 东一 and 东二; 东三 and 西一 have missing members and are left out.
            #expect(county2024.eligibleFormationRate == Ratio(2, 2, excluded: 2))
            // 50+ staff: 东一, 东二, 西一 — 西一's members are missing (placeholder), so it is excluded.
            #expect(county2024.memberPresence50 == Ratio(2, 2, excluded: 1))
            #expect(county2024.organisationPresence100 == Ratio(1, 1))
            #expect(county2024.counts.staff == 85 + 1200 + 30 + 60)
            #expect(county2024.counts.fullMembers == 5 + 12)
            // 2025 from the .xlsx: 西一's staff is a formula (=D2-30) with the cached value 60.
            let county2025 = rollup.figures("200", 2025)
            #expect(county2025.counts.population == 3)
            #expect(county2025.counts.staff == 90 + 1210 + 60)
            #expect(county2025.organisationCoverage == Ratio(2, 3))
            #expect(county2025.dueUnbuilt.map(\.enterprise.name) == ["西一物流有限公司"])
            // The alias 东二服饰 in 2024 and the full name in 2025 are one enterprise.
            let dongEr = rollup.enterprises.values.filter { $0.latest.name == "东二服饰集团有限公司" }
            #expect(dongEr.count == 1)
            #expect(dongEr.first?.records.map(\.year) == [2024, 2025])
            // The date column of the workbook is kept as an extra column, shown as a date.
            let dongYi = rollup.enterprises.values.first { $0.latest.name == "东一机械有限公司" }
            #expect(dongYi?.latest.extraColumns == [ExtraColumn(header: "成立日期", value: "2019-03-15")])
            // Published figures: "60%" for 2024 I1 (computed 50.0%) and "0.5" for 2025 I1 (computed 67%)
            // differ; 东镇's 2 organisations match.
            let published = messages(rollup.diagnostics)
            #expect(published.count == 2, "\(published)")
            #expect(
                published.first?.hasPrefix("published.csv:2:16 warning 测试县 2024 年“组织覆盖率”公布值为“60%”，按数据计算为 50%") == true)
            #expect(
                published.last?.hasPrefix("published.csv:4:13 warning 测试县 2025 年“组织覆盖率”公布值为“0.5”，按数据计算为 67%") == true)
        }
    }

    @Test func aFormulaWithoutCachedValueIsAnErrorNamingTheCell() throws {
        let url = Self.messySite.appendingPathComponent("uncached-formula.xlsx")
        #expect {
            _ = try XLSXReader(file: "uncached-formula.xlsx").read(url)
        } throws: { error in
            let failure = error as! BuildFailure
            return failure.diagnostics.map(\.description) == [
                "uncached-formula.xlsx:2025年!D4: error: 公式单元格“=D2-30”没有缓存的计算结果：请在 Excel 中打开并保存后重试"
            ]
        }
    }

    @Test func readsSharedInlineNumericAndDateCells() throws {
        let url = Self.messySite.appendingPathComponent("data/enterprises-2025.xlsx")
        let sheet = try XLSXReader(file: "e.xlsx").read(url)
        #expect(sheet.name == "2025年")
        #expect(
            sheet.records.first?.fields.map(\.value) == ["年度", "企业名称", "乡镇", "从业人员", "正式党员", "预备党员", "组建方式", "成立日期"])
        #expect(
            sheet.records[1].fields.map(\.value) == ["2025", "东一机械有限公司", "东镇", "90", "6", "0", "单独组建", "2019-03-15"])
        #expect(sheet.records[3].fields[3] == CSVField(value: "60", line: 4, column: 4))
        #expect(throws: BuildFailure.self) { try XLSXReader(file: "e.xlsx").read(url, sheetName: "Sheet9") }
    }

    @Test func aCellLocationInASpreadsheetReadsLikeExcel() {
        #expect(SourceLocation(file: "a.xlsx", line: 17, column: 3, sheet: "Sheet1").description == "a.xlsx:Sheet1!C17")
        #expect(SourceLocation.columnLetters(27) == "AA")
        #expect(SourceLocation.columnLetters(52) == "AZ")
    }

    @Test func numbersInTheShapesOfficesWriteThem() {
        var parser = CellParser()
        let cells: [(String, Int?)] = [
            ("８５", 85), ("85个", 85), ("12名", 12), ("1,200", 1200), (" 7 ", 7), ("\u{3000}9\u{3000}", 9),
        ]
        for (text, expected) in cells {
            let row = TableRow(
                location: SourceLocation(file: "f"),
                cells: [
                    EnterpriseColumns.fullMembers.id: TableCell(
                        value: text.trimmingCharacters(in: .whitespaces), location: SourceLocation(file: "f"))
                ],
                extraCells: [])
            #expect(parser.count(row, EnterpriseColumns.fullMembers) == expected, "\(text)")
        }
        for placeholder in ["×", "＊", "**", "___", "20XX", "—"] {
            #expect(CellParser.isPlaceholder(placeholder), "\(placeholder)")
        }
        #expect(parser.log.errors.isEmpty)
    }

    @Test func publishedPercentagesInEveryShape() {
        #expect(PublishedNumber.parse("22%", isRate: true)! == (22, 0))
        #expect(PublishedNumber.parse("22％", isRate: true)! == (22, 0))
        #expect(PublishedNumber.parse("0.22", isRate: true)! == (22, 0))
        #expect(PublishedNumber.parse("0.983", isRate: true)! == (983, 1))
        #expect(PublishedNumber.parse("98.3", isRate: true)! == (983, 1))
        #expect(PublishedNumber.parse("１,０３７", isRate: false)! == (1037, 0))
        #expect(PublishedNumber.parse("十二", isRate: false) == nil)
    }

    @Test func anEncodingThatIsNeitherUTF8NorGB18030IsAnError() throws {
        let utf16 = "年度,企业名称\n".data(using: .utf16)!
        #expect(throws: BuildFailure.self) { try TextDecoder().decode(utf16, file: "u16.csv") }
        let gbk = Data([0xC4, 0xEA, 0xB6, 0xC8])  // 年度 in GBK
        #expect(try TextDecoder().decode(gbk, file: "g.csv").text == "年度")
        #expect(try TextDecoder().decode(Data([0xEF, 0xBB, 0xBF] + Array("年度".utf8)), file: "b.csv").encoding == .utf8)
    }
}
