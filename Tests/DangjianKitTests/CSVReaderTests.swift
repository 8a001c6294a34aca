import Foundation
import Testing

@testable import DangjianKit

/// CSVReader, TextDecoder and TableReader: RFC 4180 parsing with positions, encodings, headers.
@Suite("CSV reading")
struct CSVReaderTests {
    private func read(_ text: String) throws(BuildFailure) -> [CSVRecord] {
        try CSVReader(file: "t.csv").read(text)
    }

    private func values(_ records: [CSVRecord]) -> [[String]] {
        records.map { $0.fields.map(\.value) }
    }

    /// The failure `body` throws, or nil (recording an issue) when it does not throw.
    private func failure(
        _ body: () throws(BuildFailure) -> Void, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> BuildFailure? {
        do {
            try body()
            Issue.record("expected a BuildFailure", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    // MARK: - CSVReader

    @Test func quotedCommaStaysInsideTheField() throws {
        let records = try read("a,\"b,c\",d\n")
        #expect(values(records) == [["a", "b,c", "d"]])
    }

    @Test func quotedNewlineKeepsRecordLineAtItsStart() throws {
        let text = "h1,h2\n\"x\ny\",z\nnext,row\n"
        let records = try read(text)
        #expect(values(records) == [["h1", "h2"], ["x\ny", "z"], ["next", "row"]])
        #expect(records.map(\.line) == [1, 2, 4])
        // "z" is on line 3, after `y",` → column 4.
        #expect(records[1].fields[1].line == 3)
        #expect(records[1].fields[1].column == 4)
        #expect(records[2].fields[1].column == 6)
    }

    @Test func doubledQuotesBecomeOneQuote() throws {
        let records = try read("\"say \"\"hi\"\"\",\"\"\"\"\n")
        #expect(values(records) == [["say \"hi\"", "\""]])
    }

    @Test func crlfLineEndingsAreNotPartOfFields() throws {
        let records = try read("a,b\r\nc,d\r\n\"e\r\nf\",g\r\nh,i")
        #expect(values(records) == [["a", "b"], ["c", "d"], ["e\nf", "g"], ["h", "i"]])
        #expect(records.map(\.line) == [1, 2, 3, 5])
    }

    @Test func loneCarriageReturnEndsALine() throws {
        let records = try read("a,b\rc,d\r")
        #expect(values(records) == [["a", "b"], ["c", "d"]])
        #expect(records.map(\.line) == [1, 2])
    }

    @Test func blankLinesAreSkippedButCountedInLineNumbers() throws {
        let records = try read("a,b\n\n1,2\r\n\r\n3,4\n\n")
        #expect(values(records) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(records.map(\.line) == [1, 3, 5])
    }

    @Test func aQuotedEmptyFieldIsNotABlankLine() throws {
        let records = try read("h\n\"\"\nx\n")
        #expect(values(records) == [["h"], [""], ["x"]])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        // 党建工作 is 4 characters (12 UTF-8 bytes): the next field starts at column 6.
        let records = try read("名称,值,备注\n党建工作,\"甲\",末\n")
        let row = records[1]
        #expect(row.fields.map(\.column) == [1, 6, 10])
        #expect(row.fields.allSatisfy { $0.line == 2 })
    }

    @Test func raggedRowsAreAllReportedWithTheirLines() {
        let text = "a,b\n1,2\n3\n4,5,6\n7,8\n\"x\ny\",9,10\n"
        guard let failure = failure({ () throws(BuildFailure) in _ = try read(text) }) else { return }
        #expect(failure.diagnostics.map(\.location.line) == [3, 4, 6])
        #expect(failure.diagnostics.allSatisfy { $0.severity == .error && $0.location.file == "t.csv" })
        // The message names both widths so the user can see what is wrong.
        #expect(failure.diagnostics[0].message.contains("1 列"))
        #expect(failure.diagnostics[0].message.contains("2 列"))
        #expect(failure.diagnostics[1].message.contains("3 列"))
    }

    @Test func unterminatedQuoteIsReportedWhereItOpened() {
        let text = "a,b\n1,2\n3,\"open\nmore\nand more\n"
        guard let failure = failure({ () throws(BuildFailure) in _ = try read(text) }) else { return }
        #expect(failure.diagnostics.count == 1)
        let location = failure.diagnostics.first?.location
        #expect(location?.line == 3)
        #expect(location?.column == 3)
        #expect(failure.description.hasPrefix("t.csv:3:3: error: "))
    }

    @Test func textAfterClosingQuoteIsAnError() {
        let text = "a,b\n\"x\"y,z\n"
        guard let failure = failure({ () throws(BuildFailure) in _ = try read(text) }) else { return }
        let diagnostic = failure.diagnostics.first
        #expect(diagnostic?.location.line == 2)
        #expect(diagnostic?.location.column == 4)
        #expect(diagnostic?.message.contains("y") == true)
    }

    @Test func quoteInsideUnquotedFieldIsAnError() {
        let text = "a,b\n12\"3,z\n"
        guard let failure = failure({ () throws(BuildFailure) in _ = try read(text) }) else { return }
        #expect(failure.diagnostics.first?.location.line == 2)
        #expect(failure.diagnostics.first?.location.column == 3)
    }

    // MARK: - TextDecoder

    @Test func utf8ByteOrderMarkIsStripped() throws {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("年度,名称\n".utf8))
        let decoded = try TextDecoder().decode(data, file: "bom.csv")
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text == "年度,名称\n")
        #expect(decoded.text.unicodeScalars.first == "年")
    }

    @Test func gb18030BytesDecodeToTheRightText() throws {
        // "年度,企业名称\r\n2024,党建\r\n" in GB18030, written by hand:
        // 年 C4EA, 度 B6C8, 企 C6F3, 业 D2B5, 名 C3FB, 称 B3C6, 党 B5B3, 建 BDA8.
        let bytes: [UInt8] = [
            0xC4, 0xEA, 0xB6, 0xC8, 0x2C, 0xC6, 0xF3, 0xD2, 0xB5, 0xC3, 0xFB, 0xB3, 0xC6, 0x0D, 0x0A,
            0x32, 0x30, 0x32, 0x34, 0x2C, 0xB5, 0xB3, 0xBD, 0xA8, 0x0D, 0x0A,
        ]
        let decoded = try TextDecoder().decode(Data(bytes), file: "gbk.csv")
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == "年度,企业名称\r\n2024,党建\r\n")
        let records = try CSVReader(file: "gbk.csv").read(decoded.text)
        #expect(values(records) == [["年度", "企业名称"], ["2024", "党建"]])
    }

    @Test func plainUTF8IsNotMistakenForGB18030() throws {
        let decoded = try TextDecoder().decode(Data("党建,工作\n".utf8), file: "u.csv")
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text == "党建,工作\n")
    }

    @Test func undecodableBytesAreAnErrorNamingTheFile() {
        // 0xFF is neither a UTF-8 byte nor a GB18030 lead byte.
        let data = Data([0x61, 0xFF, 0xFF, 0x2C, 0x62, 0x0A])
        do {
            let decoded = try TextDecoder().decode(data, file: "bad.csv")
            Issue.record("decoded undecodable bytes as \(decoded.encoding): \(decoded.text.debugDescription)")
        } catch {
            #expect(error.diagnostics.first?.location.file == "bad.csv")
            #expect(error.diagnostics.first?.severity == .error)
        }
    }

    // MARK: - TableReader

    private let enterpriseReader = TableReader(columns: EnterpriseColumns.all)

    private func table(_ text: String) throws(BuildFailure) -> Table {
        try enterpriseReader.table(from: try CSVReader(file: "e.csv").read(text), file: "e.csv")
    }

    @Test func headersMatchByChineseName() throws {
        let table = try table("年度,企业名称,乡镇,正式党员\n2024,甲公司,甲镇,5\n")
        #expect(table.rows.count == 1)
        let row = table.rows[0]
        #expect(row[EnterpriseColumns.year]?.value == "2024")
        #expect(row[EnterpriseColumns.name]?.value == "甲公司")
        #expect(row[EnterpriseColumns.township]?.value == "甲镇")
        #expect(row[EnterpriseColumns.fullMembers]?.value == "5")
        #expect(row.extraCells.isEmpty)
        #expect(table.presentColumns == ["年度", "企业名称", "乡镇", "正式党员"])
    }

    @Test func headersMatchByEnglishAliasAndVariants() throws {
        let table = try table("Year,name,TOWNSHIP,从业人员（人）,正式 党员\n2024,乙公司,乙街道,120,3\n")
        let row = try #require(table.rows.first)
        #expect(row[EnterpriseColumns.year]?.value == "2024")
        #expect(row[EnterpriseColumns.name]?.value == "乙公司")
        #expect(row[EnterpriseColumns.township]?.value == "乙街道")
        #expect(row[EnterpriseColumns.staff]?.value == "120")
        #expect(row[EnterpriseColumns.fullMembers]?.value == "3")
    }

    @Test func titleRowAboveTheHeaderIsSkipped() throws {
        // Excel pads a title row with commas to the table's width.
        let table = try table("2024年非公企业党建统计表,,,\n年度,企业名称,乡镇,备注\n2024,甲公司,甲镇,无\n")
        #expect(table.rows.count == 1)
        #expect(table.rows[0].location.line == 3)
        #expect(table.rows[0][EnterpriseColumns.name]?.value == "甲公司")
        #expect(table.rows[0][EnterpriseColumns.note]?.value == "无")
    }

    @Test func titleRowWithoutCommasIsSkippedToo() throws {
        // A title typed on its own line (no padding commas) must not make the header and every data
        // row "ragged": the width to check is the header's, not the title's.
        try TestSupport.withTemporaryDirectory { folder in
            let url = folder.appendingPathComponent("e.csv")
            try Data("2024年非公企业党建统计表\n年度,企业名称,乡镇\n2024,甲公司,甲镇\n".utf8).write(to: url)
            do {
                let table = try enterpriseReader.read(url, displayPath: "e.csv")
                #expect(table.rows.count == 1)
                #expect(table.rows.first?.location.line == 3)
                #expect(table.rows.first?[EnterpriseColumns.name]?.value == "甲公司")
            } catch {
                Issue.record("rejected: \(error)")
            }
        }
    }

    @Test func unknownColumnsAreKeptInExtraCells() throws {
        let table = try table("年度,联系人,企业名称,乡镇,电话\n2024,张三,甲公司,甲镇,123\n")
        let row = try #require(table.rows.first)
        #expect(row.extraCells.map(\.header) == ["联系人", "电话"])
        #expect(row.extraCells.map(\.cell.value) == ["张三", "123"])
        // "2024," is columns 1–5, 张三 starts at 6; "张三,甲公司,甲镇," is 10 more → 123 at 16.
        #expect(row.extraCells.map(\.cell.location.column) == [6, 16])
        #expect(row[EnterpriseColumns.name]?.value == "甲公司")
    }

    @Test func cellsAreTrimmedAndKeepTheirPositions() throws {
        let table = try table("年度,企业名称,乡镇\n2024,\u{3000}党建 公司  ,甲镇\n")
        let cell = try #require(table.rows.first?[EnterpriseColumns.name])
        #expect(cell.value == "党建 公司")
        #expect(cell.location == DangjianKit.SourceLocation(file: "e.csv", line: 2, column: 6))
    }

    @Test func blankSpreadsheetRowsAreSkipped() throws {
        let table = try table("年度,企业名称,乡镇\n,,\n2024,甲,甲镇\n , ,\n2025,乙,乙镇\n")
        #expect(table.rows.map(\.location.line) == [3, 5])
    }

    @Test func missingRequiredColumnIsAnError() {
        do {
            let table = try table("年度,企业名称,行业\n2024,甲,制造业\n")
            Issue.record("read a table without 乡镇: \(table.rows.count) rows")
        } catch {
            #expect(error.diagnostics.first?.message.contains("乡镇") == true)
        }
    }

    @Test func duplicateColumnIsAnErrorAtTheSecondHeader() {
        do {
            let table = try table("年度,企业名称,乡镇,township\n2024,甲,甲镇,乙镇\n")
            Issue.record("read a table with 乡镇 twice: \(table.rows.count) rows")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics.first?.location.line == 1)
            // 年度,企业名称,乡镇, is 11 characters: "township" starts at column 12.
            #expect(error.diagnostics.first?.location.column == 12)
        }
    }

    @Test func tableReaderReadsABOMFileFromDisk() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let url = folder.appendingPathComponent("e.csv")
            try Data([0xEF, 0xBB, 0xBF] + Array("年度,企业名称,乡镇\r\n2024,甲公司,甲镇\r\n".utf8)).write(to: url)
            let table = try enterpriseReader.read(url, displayPath: "data/e.csv")
            #expect(table.file == "data/e.csv")
            #expect(table.rows.count == 1)
            #expect(table.rows[0][EnterpriseColumns.year]?.value == "2024")
            #expect(table.rows[0][EnterpriseColumns.township]?.value == "甲镇")
        }
    }

    // MARK: - Properties

    /// Pieces random fields are made of: separators, quotes, newlines, spaces and Chinese text.
    private static let alphabet: [String] = ["a", "Z", "7", ",", "\"", "\n", " ", "党", "建", "乡镇", "，", "“", "—", "\t"]

    private static func randomField(_ generator: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...6, using: &generator)
        return (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
    }

    /// A table written with RFC 4180 quoting, and where each field should be found.
    private struct WrittenTable {
        var text = ""
        var rows: [[String]] = []
        var lines: [Int] = []
        var positions: [[(line: Int, column: Int)]] = []
    }

    private static func write(_ rows: [[String]], _ generator: inout SeededGenerator) -> WrittenTable {
        var written = WrittenTable(rows: rows)
        var line = 1
        var column = 1
        func append(_ text: String) {
            for scalar in text.unicodeScalars {
                written.text.unicodeScalars.append(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
        }
        let newline = Bool.random(using: &generator) ? "\r\n" : "\n"
        for (index, row) in rows.enumerated() {
            written.lines.append(line)
            var positions: [(Int, Int)] = []
            for (position, field) in row.enumerated() {
                if position > 0 { append(",") }
                positions.append((line, column))
                let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" }
                // A lone empty field would be a blank line: quote it. Quote others at random too.
                let mustQuote = needsQuotes || (row.count == 1 && field.isEmpty)
                if mustQuote || Int.random(in: 0..<4, using: &generator) == 0 {
                    append("\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
                } else {
                    append(field)
                }
            }
            written.positions.append(positions)
            if index < rows.count - 1 || Bool.random(using: &generator) {
                // CRLF counts as one line break; the scanner sees \r then \n.
                for scalar in newline.unicodeScalars { written.text.unicodeScalars.append(scalar) }
                line += 1
                column = 1
            }
        }
        return written
    }

    private static func randomTable(_ generator: inout SeededGenerator) -> [[String]] {
        let width = Int.random(in: 1...5, using: &generator)
        let height = Int.random(in: 1...8, using: &generator)
        return (0..<height).map { _ in
            (0..<width).map { _ in randomField(&generator) }
        }
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func writingThenReadingGivesBackTheFields(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        for iteration in 0..<150 {
            let rows = Self.randomTable(&generator)
            let written = Self.write(rows, &generator)
            let records = try CSVReader(file: "p.csv").read(written.text)
            #expect(
                values(records) == rows,
                "seed \(seed) iteration \(iteration): \(written.text.debugDescription)")
            guard values(records) == rows else { return }
            #expect(records.map(\.line) == written.lines, "seed \(seed) iteration \(iteration)")
            for (record, positions) in zip(records, written.positions) {
                #expect(record.fields.map(\.line) == positions.map(\.line), "seed \(seed) iteration \(iteration)")
                #expect(
                    record.fields.map(\.column) == positions.map(\.column), "seed \(seed) iteration \(iteration)")
            }
        }
    }

    @Test(arguments: [11, 12] as [UInt64])
    func anUnterminatedQuoteAnywhereIsReportedWhereItOpened(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        for iteration in 0..<100 {
            let rows = Self.randomTable(&generator)
            var written = Self.write(rows, &generator)
            if !written.text.hasSuffix("\n") { written.text += "\n" }
            let openingLine = written.text.filter { $0 == "\n" || $0 == "\r\n" }.count + 1
            // An opening quote followed by text (no quotes) up to the end of the file.
            let tail = Self.randomField(&generator).replacingOccurrences(of: "\"", with: "")
            written.text += "\"" + tail
            do {
                let records = try CSVReader(file: "p.csv").read(written.text)
                Issue.record("seed \(seed) iteration \(iteration): read \(records.count) records")
            } catch {
                #expect(error.diagnostics.count == 1)
                #expect(
                    error.diagnostics.first?.location.line == openingLine, "seed \(seed) iteration \(iteration)")
                #expect(error.diagnostics.first?.location.column == 1, "seed \(seed) iteration \(iteration)")
            }
        }
    }

    @Test(arguments: [21, 22] as [UInt64])
    func tablesRoundTripThroughGB18030(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        for iteration in 0..<50 {
            let rows = Self.randomTable(&generator).map { row in row.map { $0.isEmpty ? $0 : "党" + $0 } }
            let written = Self.write(rows, &generator)
            let data = try #require(written.text.data(using: gb18030))
            let decoded = try TextDecoder().decode(data, file: "g.csv")
            #expect(decoded.text == written.text, "seed \(seed) iteration \(iteration)")
            #expect(
                values(try CSVReader(file: "g.csv").read(decoded.text)) == rows, "seed \(seed) iteration \(iteration)")
        }
    }
}
