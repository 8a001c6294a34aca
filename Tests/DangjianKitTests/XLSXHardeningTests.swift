import Foundation
import Testing
import ZIPFoundation

@testable import DangjianKit

/// Hostile and broken workbooks: each is refused with an error naming the part or the cell and
/// the limit, quickly and without a crash; a normal workbook still reads as before.
@Suite struct XLSXHardeningTests {
    // MARK: - Indexes and references

    @Test func aSharedStringIndexOutOfRangeIsAnErrorAtItsCell() throws {
        let failure = try readFailure(
            sheetRows: """
                <row r="17"><c r="B17" t="s"><v>1</v></c><c r="C17" t="s"><v>2</v></c></row>
                <row r="18"><c r="A18" t="s"><v>-1</v></c><c r="B18" t="s"><v>99999999999999999999</v></c></row>
                """,
            sharedStrings: ["甲", "乙"])
        #expect(
            failure.diagnostics.map(\.description) == [
                "f.xlsx:Sheet1!C17: error: 共享字符串编号“2”超出范围：有效编号为 0 到 1",
                "f.xlsx:Sheet1!A18: error: 共享字符串编号“-1”超出范围：有效编号为 0 到 1",
                "f.xlsx:Sheet1!B18: error: 共享字符串编号“99999999999999999999”超出范围：有效编号为 0 到 1",
            ])
    }

    @Test func aSharedStringCellWithoutASharedStringTableIsAnError() throws {
        let failure = try readFailure(sheetRows: #"<row r="3"><c r="D3" t="s"><v>0</v></c></row>"#)
        #expect(failure.diagnostics.map(\.description) == ["f.xlsx:Sheet1!D3: error: 共享字符串编号“0”超出范围：工作簿中没有共享字符串"])
    }

    @Test func aLongRunOfColumnLettersIsAnErrorNamingTheReference() throws {
        let reference = "AAAAAAAAAAAAAAAAAAAAA1"
        let failure = try readFailure(sheetRows: #"<row r="1"><c r="\#(reference)"><v>5</v></c></row>"#)
        #expect(failure.diagnostics.count == 1)
        #expect(failure.diagnostics.first?.location == SourceLocation(file: "f.xlsx", line: 1, sheet: "Sheet1"))
        #expect(failure.diagnostics.first?.message == "单元格引用“\(reference)”的列超出 Excel 的上限 XFD（第 16384 列）")
    }

    @Test func aColumnOneBeyondXFDIsAnErrorAndXFDItselfIsRead() throws {
        let failure = try readFailure(sheetRows: #"<row r="4"><c r="XFE4"><v>5</v></c></row>"#)
        #expect(
            failure.diagnostics.map(\.description) == [
                "f.xlsx:Sheet1!4: error: 单元格引用“XFE4”的列超出 Excel 的上限 XFD（第 16384 列）"
            ])

        let sheet = try read(sheetRows: #"<row r="4"><c r="XFD4"><v>5</v></c></row>"#)
        #expect(sheet.records.first?.fields.count == 16_384)
        #expect(sheet.records.first?.fields.last == CSVField(value: "5", line: 4, column: 16_384))
    }

    @Test func aCellWithoutAReferenceAfterXFDIsAnError() throws {
        let failure = try readFailure(sheetRows: #"<row r="2"><c r="XFD2"><v>1</v></c><c><v>2</v></c></row>"#)
        #expect(
            failure.diagnostics.map(\.description) == ["f.xlsx:Sheet1!2: error: 第 2 行的单元格超出 Excel 的上限 XFD（第 16384 列）"])
    }

    @Test func malformedReferencesAreErrorsNamingThem() throws {
        let failure = try readFailure(
            sheetRows: """
                <row r="5"><c r="17"><v>1</v></c><c r="C"><v>1</v></c><c r="c5"><v>1</v></c>\
                <c r="5C"><v>1</v></c><c r="C5x"><v>1</v></c><c r="C-5"><v>1</v></c></row>
                """)
        let references = ["17", "C", "c5", "5C", "C5x", "C-5"]
        #expect(
            failure.diagnostics.map(\.description)
                == references.map { "f.xlsx:Sheet1!5: error: 单元格引用“\($0)”无效：应为列字母加行号，如 C17" })
    }

    @Test func anAbsurdRowNumberIsAnErrorNamingIt() throws {
        let failure = try readFailure(
            sheetRows: """
                <row r="99999999999"><c r="A99999999999"><v>1</v></c></row>
                <row r="0"><c r="A1"><v>1</v></c></row>
                <row r="2"><c r="A1048577"><v>1</v></c></row>
                """)
        #expect(
            failure.diagnostics.map(\.description) == [
                "f.xlsx:Sheet1: error: 行号“99999999999”无效：Excel 的行号为 1 到 1048576",
                "f.xlsx:Sheet1: error: 行号“0”无效：Excel 的行号为 1 到 1048576",
                "f.xlsx:Sheet1!2: error: 单元格引用“A1048577”的行号超出 Excel 的范围 1 到 1048576",
            ])
    }

    @Test func aCellOutsideItsRowOrOutOfOrderIsAnError() throws {
        let failure = try readFailure(
            sheetRows: #"<row r="7"><c r="C8"><v>1</v></c><c r="D7"><v>1</v></c><c r="B7"><v>1</v></c></row>"#)
        #expect(
            failure.diagnostics.map(\.description) == [
                "f.xlsx:Sheet1!7: error: 单元格引用“C8”不在它所在的第 7 行",
                "f.xlsx:Sheet1!B7: error: 单元格 B7 排在同一行更靠右的单元格之后：单元格应按列从左到右排列",
            ])
    }

    @Test func anOutOfRangeStyleIndexIsNotADate() throws {
        let sheet = try read(
            sheetRows:
                #"<row r="1"><c r="A1" s="5"><v>43539</v></c><c r="B1" s="99999999999999999999"><v>43539</v></c><c r="C1" s="1"><v>43539</v></c></row>"#,
            styles: Fixture.dateStyles)
        #expect(sheet.records.first?.fields.map(\.value) == ["43539", "43539", "2019-03-15"])
    }

    @Test func extremeNumbersStayAsWrittenAndNeverCrash() throws {
        let sheet = try read(
            sheetRows: """
                <row r="1"><c r="A1" s="1"><v>1e300</v></c><c r="B1" s="1"><v>-1</v></c><c r="C1"><v>1e300</v></c>\
                <c r="D1"><v>-1e300</v></c><c r="E1" s="1"><v>NaN</v></c><c r="F1"><v>inf</v></c><c r="G1"><v>1e15</v></c>\
                <c r="H1"><v>999999999999999</v></c><c r="I1" s="1"><v>2958466</v></c></row>
                """,
            styles: Fixture.dateStyles)
        #expect(
            sheet.records.first?.fields.map(\.value) == [
                "1e300", "-1", "1e300", "-1e300", "NaN", "inf", "1e15", "999999999999999", "2958466",
            ])
        #expect(SheetParser.date(fromSerial: .nan) == nil)
        #expect(SheetParser.date(fromSerial: -.infinity) == nil)
        #expect(SheetParser.date(fromSerial: 1e300) == nil)
        #expect(SheetParser.date(fromSerial: 2_958_465) == "9999-12-31")
        #expect(SheetParser.numberText(.nan, raw: "nan") == "nan")
        #expect(SheetParser.numberText(-1e300, raw: "-1e300") == "-1e300")
        #expect(SheetParser.numberText(-42, raw: "-42.0") == "-42")
    }

    // MARK: - Cells and problems

    @Test func padTheRowsOfASheetOnlyUpToTheCellLimit() throws {
        // Three rows whose only value is in column XFD would take 49,152 fields.
        let rows = (1...3).map { #"<row r="\#($0)"><c r="XFD\#($0)"><v>1</v></c></row>"# }.joined()
        var limits = XLSXReader.Limits()
        limits.cells = 40_000
        let failure = try readFailure(sheetRows: rows, limits: limits)
        #expect(
            failure.diagnostics.map(\.description) == [
                "f.xlsx:Sheet1!XFD3: error: 工作表的单元格超过 40000 个（含各行中间的空单元格），超过上限，已停止读取"
            ])
    }

    @Test func theDefaultCellLimitStopsAPaddingBomb() throws {
        // 200 rows of one value at XFD: 3.3 million fields if padded, from 6 KB of XML.
        let rows = (1...200).map { #"<row r="\#($0)"><c r="XFD\#($0)"><v>1</v></c></row>"# }.joined()
        let failure = try readFailure(sheetRows: rows)
        #expect(failure.diagnostics.count == 1)
        // 2,000,000 / 16,384 = 122 full rows fit; the 123rd row is refused.
        #expect(
            failure.diagnostics.first?.location
                == SourceLocation(file: "f.xlsx", line: 123, column: 16_384, sheet: "Sheet1"))
        #expect(failure.diagnostics.first?.message.contains("2000000") == true)
    }

    @Test func readingStopsAfterTooManyProblems() throws {
        let rows = (1...150).map { #"<row r="\#($0)"><c r="A\#($0)" t="e"><v>#REF!</v></c></row>"# }.joined()
        let failure = try readFailure(sheetRows: rows)
        #expect(failure.diagnostics.count == 101)
        #expect(failure.diagnostics.first?.description == "f.xlsx:Sheet1!A1: error: 单元格的值是错误值“#REF!”")
        #expect(failure.diagnostics.last?.description == "f.xlsx:Sheet1!A100: error: 错误过多：只列出前 100 个，已停止读取此工作表")
    }

    @Test func tooManySharedStringsAreRefused() throws {
        var limits = XLSXReader.Limits()
        limits.sharedStrings = 10
        let failure = try readFailure(
            sheetRows: #"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#, sharedStrings: (0..<11).map(String.init),
            limits: limits)
        #expect(
            failure.diagnostics.map(\.description) == [
                "f.xlsx: error: Excel 文件中的 xl/sharedStrings.xml 有超过 10 个共享字符串，超过上限，已拒绝读取"
            ])
    }

    // MARK: - Decompression bombs and lying archives

    @Test func aPartDeclaredLargerThanTheLimitIsRefusedBeforeDecompressing() throws {
        // The sheet claims 300 MB; its 300 compressed bytes are never inflated.
        try withWorkbook(sheetRows: Fixture.plainRows) { url in
            var bytes = try Data(contentsOf: url)
            try ZIPPatch.setSizes(of: Fixture.sheetPath, in: &bytes, uncompressed: 300 << 20)
            try bytes.write(to: url)
            let failure = try #require(readFailure(url))
            #expect(
                failure.diagnostics.map(\.description) == [
                    "f.xlsx:Sheet1: error: Excel 文件中的 xl/worksheets/sheet1.xml 解压后有 300 MB，超过上限 256 MB，已拒绝读取"
                ])
        }
    }

    @Test func aPartDeclaringAnAbsurdCompressionRatioIsRefusedBeforeDecompressing() throws {
        try withWorkbook(sheetRows: Fixture.plainRows) { url in
            var bytes = try Data(contentsOf: url)
            try ZIPPatch.setSizes(of: Fixture.sheetPath, in: &bytes, uncompressed: 20 << 20, compressed: 100_000)
            try bytes.write(to: url)
            let failure = try #require(readFailure(url))
            #expect(
                failure.diagnostics.map(\.description) == [
                    "f.xlsx:Sheet1: error: Excel 文件中的 xl/worksheets/sheet1.xml 由 100000 字节 解压为 20 MB，"
                        + "压缩比超过上限 100:1，疑为压缩炸弹，已拒绝读取"
                ])
        }
    }

    @Test func aRealZipBombIsRefusedByItsCompressionRatio() throws {
        // 4 MB of blanks deflate to about 4 KB; limits scaled down so the test builds it quickly.
        var limits = XLSXReader.Limits()
        limits.ratioExemptSize = 1 << 20
        let blanks = String(repeating: " ", count: 4 << 20)
        let failure = try readFailure(sheetRows: Fixture.plainRows + blanks, limits: limits)
        let message = try #require(failure.diagnostics.first?.message)
        #expect(failure.diagnostics.first?.location == SourceLocation(file: "f.xlsx", sheet: "Sheet1"))
        #expect(message.hasPrefix("Excel 文件中的 xl/worksheets/sheet1.xml 由 "))
        #expect(message.hasSuffix("压缩比超过上限 100:1，疑为压缩炸弹，已拒绝读取"))
    }

    @Test func aPartThatInflatesPastItsDeclaredSizeIsStoppedWhileDecompressing() throws {
        // The 4 MB of blanks declare 4,000 bytes: reading stops after the first buffer, not the whole part.
        let blanks = String(repeating: " ", count: 4 << 20)
        try withWorkbook(sheetRows: Fixture.plainRows + blanks) { url in
            var bytes = try Data(contentsOf: url)
            try ZIPPatch.setSizes(of: Fixture.sheetPath, in: &bytes, uncompressed: 4_000)
            try bytes.write(to: url)
            let failure = try #require(readFailure(url))
            #expect(
                failure.diagnostics.map(\.description) == [
                    "f.xlsx:Sheet1: error: Excel 文件已损坏：xl/worksheets/sheet1.xml 解压后超过其声明的大小 4000 字节，已停止读取"
                ])
        }
    }

    @Test func aPartThatInflatesToLessThanItsDeclaredSizeIsAnError() throws {
        try withWorkbook(sheetRows: Fixture.plainRows) { url in
            var bytes = try Data(contentsOf: url)
            let actual = try ZIPPatch.sizes(of: Fixture.sheetPath, in: bytes).uncompressed
            try ZIPPatch.setSizes(of: Fixture.sheetPath, in: &bytes, uncompressed: actual + 10)
            try bytes.write(to: url)
            let failure = try #require(readFailure(url))
            #expect(
                failure.diagnostics.map(\.description) == [
                    "f.xlsx:Sheet1: error: Excel 文件已损坏：xl/worksheets/sheet1.xml 解压后只有 \(actual) 字节，与声明的 \(actual + 10) 字节 不符"
                ])
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aDeflateStreamRunningPastTheEndOfTheFileIsAnErrorNotAHang() throws {
        try withWorkbook(sheetRows: Fixture.plainRows) { url in
            var bytes = try Data(contentsOf: url)
            // A stored block of 65,535 bytes of well-formed XML, longer than the rest of the file: the
            // stream never ends (ZIPFoundation 0.9.20 spun forever on this on Linux).
            let start = Array(#"<?xml version="1.0"?><worksheet><sheetData>"#.utf8)
            try ZIPPatch.overwriteData(of: Fixture.sheetPath, in: &bytes, with: [0x00, 0xFF, 0xFF, 0x00, 0x00] + start)
            try bytes.write(to: url)
            let failure = try #require(readFailure(url))
            #expect(
                failure.diagnostics.map(\.description) == [
                    "f.xlsx:Sheet1: error: Excel 文件已损坏：xl/worksheets/sheet1.xml 的压缩数据不完整"
                ])
        }
    }

    @Test func aWrongChecksumIsAnError() throws {
        try withWorkbook(sheetRows: Fixture.plainRows) { url in
            var bytes = try Data(contentsOf: url)
            try ZIPPatch.setChecksum(of: Fixture.sheetPath, in: &bytes, to: 0x1234_5678)
            try bytes.write(to: url)
            let failure = try #require(readFailure(url))
            #expect(
                failure.diagnostics.map(\.description) == [
                    "f.xlsx:Sheet1: error: Excel 文件已损坏：xl/worksheets/sheet1.xml 的校验和不符"
                ])
        }
    }

    @Test func aLocalHeaderOffsetOutsideTheFileIsAnError() throws {
        try withWorkbook(sheetRows: Fixture.plainRows) { url in
            var bytes = try Data(contentsOf: url)
            let central = try ZIPPatch.headers(of: Fixture.sheetPath, in: bytes).central
            ZIPPatch.put(0xFFFF_FFF0, at: central + 42, in: &bytes)
            try bytes.write(to: url)
            let failure = try #require(readFailure(url))
            #expect(failure.diagnostics.map(\.description) == ["f.xlsx:Sheet1: error: Excel 文件已损坏：压缩包目录中的位置或长度无效"])
        }
    }

    @Test func twoPartsWithTheSamePathAreAnError() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let url = folder.appendingPathComponent("f.xlsx")
            let parts = Fixture.parts(sheetRows: Fixture.plainRows)
            try Fixture.write(parts + parts.filter { $0.0 == Fixture.sheetPath }, to: url)
            let failure = try #require(readFailure(url))
            #expect(
                failure.diagnostics.map(\.description) == [
                    "f.xlsx: error: Excel 文件已损坏：压缩包中有两个 xl/worksheets/sheet1.xml"
                ])
        }
    }

    @Test func aFileThatIsNotAZIPIsAnError() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let url = folder.appendingPathComponent("f.xlsx")
            try Data("年度,企业名称\n2025,甲\n".utf8).write(to: url)
            let failure = try #require(readFailure(url))
            #expect(failure.diagnostics.map(\.description) == ["f.xlsx: error: 无法打开 Excel 文件：不是有效的 .xlsx（ZIP）文件"])
        }
    }

    // MARK: - XML entities

    @Test func anExternalEntityIsNeverLoaded() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let secret = folder.appendingPathComponent("secret.txt")
            try Data("机密内容".utf8).write(to: secret)
            let strings = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE sst [<!ENTITY xxe SYSTEM "\(secret.absoluteString)">]>
                <sst xmlns="\(Fixture.main)"><si><t>前&xxe;后</t></si></sst>
                """
            let url = folder.appendingPathComponent("f.xlsx")
            try Fixture.write(Fixture.parts(sheetRows: Fixture.sharedStringRow, sharedStringsXML: strings), to: url)
            let failure = try #require(readFailure(url))
            #expect(failure.diagnostics.map(\.description) == [Self.doctypeRefusal])
        }
    }

    @Test func exponentialEntityExpansionIsRefused() throws {
        var entities = #"<!ENTITY a0 "哈哈哈哈哈哈哈哈哈哈">"#
        for level in 1...10 {
            entities += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">"
        }
        let strings = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment first: <!DOCTYPE inside it is text --><?pi data?>
            <!DOCTYPE sst [\(entities)]>
            <sst xmlns="\(Fixture.main)"><si><t>&a10;</t></si></sst>
            """
        try TestSupport.withTemporaryDirectory { folder in
            let url = folder.appendingPathComponent("f.xlsx")
            try Fixture.write(Fixture.parts(sheetRows: Fixture.sharedStringRow, sharedStringsXML: strings), to: url)
            let failure = try #require(readFailure(url))
            #expect(failure.diagnostics.map(\.description) == [Self.doctypeRefusal])
        }
    }

    static let doctypeRefusal =
        "f.xlsx: error: Excel 文件中的 xl/sharedStrings.xml 含有文档类型声明（<!DOCTYPE>），Office 文件中不允许出现，已拒绝读取"

    @Test func theDoctypeScanFollowsTheProlog() {
        func finds(_ chunks: [String]) -> Bool {
            var scanner = PrologScanner()
            return chunks.contains { chunk in
                Array(chunk.utf8).withUnsafeBufferPointer { scanner.findsDoctype(in: $0) }
            }
        }
        #expect(finds(["<?xml version=\"1.0\"?>\n<!DOCTYPE x>"]))
        #expect(finds(["<?xml?><!-- x --><", "!", "DOC"]))
        #expect(!finds(["<?xml?><!-- <!DOCTYPE x> --><sst/>"]))
        #expect(!finds(["<?xml a=\"?\"?><sst><t>&lt;!DOCTYPE</t></sst>", "<!DOCTYPE"]))
    }

    // MARK: - A normal workbook

    @Test func aNormalWorkbookReadsAsBefore() throws {
        let sheet = try read(
            sheetRows: """
                <row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>\
                <c r="C1" t="inlineStr"><is><t>成立</t><t>日期</t></is></c><c r="E1" t="s"><v>2</v></c></row>
                <row r="3"><c r="A3"><v>2025</v></c><c r="B3" t="str"><f>"甲"&amp;"一"</f><v>甲一</v></c>\
                <c r="C3" s="1"><v>43539</v></c><c r="D3" s="1"/><c r="E3" t="b"><v>1</v></c></row>
                <row r="4"><c r="A4"><v>12.5</v></c><c r="B4"><f>A4*2</f><v>25</v></c><c r="C4" s="0"><v>43539</v></c></row>
                <row r="5"><c r="A5" s="1"/></row>
                """,
            sharedStrings: ["年度", "企业名称", "是否三有"], styles: Fixture.dateStyles)
        #expect(sheet.name == "Sheet1")
        #expect(
            sheet.records == [
                CSVRecord(
                    line: 1,
                    fields: [
                        CSVField(value: "年度", line: 1, column: 1), CSVField(value: "企业名称", line: 1, column: 2),
                        CSVField(value: "成立日期", line: 1, column: 3), CSVField(value: "", line: 1, column: 4),
                        CSVField(value: "是否三有", line: 1, column: 5),
                    ]),
                CSVRecord(
                    line: 3,
                    fields: [
                        CSVField(value: "2025", line: 3, column: 1), CSVField(value: "甲一", line: 3, column: 2),
                        CSVField(value: "2019-03-15", line: 3, column: 3), CSVField(value: "", line: 3, column: 4),
                        CSVField(value: "是", line: 3, column: 5),
                    ]),
                CSVRecord(
                    line: 4,
                    fields: [
                        CSVField(value: "12.5", line: 4, column: 1), CSVField(value: "25", line: 4, column: 2),
                        CSVField(value: "43539", line: 4, column: 3),
                    ]),
            ])
    }

    @Test func cellsAndRowsWithoutReferencesFollowTheirNeighbours() throws {
        let sheet = try read(
            sheetRows: #"<row r="2"><c r="B2"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>"#)
        #expect(
            sheet.records == [
                CSVRecord(
                    line: 2,
                    fields: [
                        CSVField(value: "", line: 2, column: 1), CSVField(value: "1", line: 2, column: 2),
                        CSVField(value: "2", line: 2, column: 3),
                    ]),
                CSVRecord(line: 3, fields: [CSVField(value: "3", line: 3, column: 1)]),
            ])
    }
}

// MARK: - Helpers

extension XLSXHardeningTests {
    /// Reads a workbook built from the rows, failing the test if reading fails.
    fileprivate func read(
        sheetRows: String, sharedStrings: [String]? = nil, styles: String? = nil, limits: XLSXReader.Limits = .init()
    ) throws -> XLSXReader.Sheet {
        try withWorkbook(sheetRows: sheetRows, sharedStrings: sharedStrings, styles: styles) { url in
            try XLSXReader(file: "f.xlsx", limits: limits).read(url)
        }
    }

    /// The failure of reading a workbook built from the rows; fails the test if reading succeeds.
    fileprivate func readFailure(
        sheetRows: String, sharedStrings: [String]? = nil, styles: String? = nil, limits: XLSXReader.Limits = .init(),
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> BuildFailure {
        try withWorkbook(sheetRows: sheetRows, sharedStrings: sharedStrings, styles: styles) { url in
            try #require(readFailure(url, limits: limits), sourceLocation: sourceLocation)
        }
    }

    fileprivate func readFailure(_ url: URL, limits: XLSXReader.Limits = .init()) -> BuildFailure? {
        do {
            let sheet = try XLSXReader(file: "f.xlsx", limits: limits).read(url)
            Issue.record("read \(sheet.records.count) records instead of failing")
            return nil
        } catch {
            return error
        }
    }

    /// Writes the workbook as `f.xlsx` in a temporary folder and runs `body` on its URL.
    fileprivate func withWorkbook<T>(
        sheetRows: String, sharedStrings: [String]? = nil, styles: String? = nil, _ body: (URL) throws -> T
    ) throws -> T {
        try TestSupport.withTemporaryDirectory { folder in
            let url = folder.appendingPathComponent("f.xlsx")
            let strings = sharedStrings.map(Fixture.sharedStringsXML)
            try Fixture.write(Fixture.parts(sheetRows: sheetRows, sharedStringsXML: strings, styles: styles), to: url)
            return try body(url)
        }
    }
}

/// The parts of a minimal workbook with one sheet named Sheet1, zipped with ZIPFoundation.
private enum Fixture {
    static let sheetPath = "xl/worksheets/sheet1.xml"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let sharedStringRow = #"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#
    static let plainRows = #"<row r="1"><c r="A1" t="inlineStr"><is><t>年度</t></is></c><c r="B1"><v>2025</v></c></row>"#

    /// Style 1 shows yyyy-mm-dd (a custom format); style 0 is General.
    static let dateStyles = """
        <?xml version="1.0" encoding="UTF-8"?>
        <styleSheet xmlns="\(main)"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>\
        <cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>
        """

    static func sharedStringsXML(_ strings: [String]) -> String {
        let items = strings.map { "<si><t>\($0)</t></si>" }.joined()
        return #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="\#(main)" count="\#(strings.count)">\#(items)</sst>"#
    }

    static func parts(sheetRows: String, sharedStringsXML: String? = nil, styles: String? = nil) -> [(String, Data)] {
        var parts: [(String, String)] = [
            (
                "[Content_Types].xml",
                #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#
            ),
            (
                "xl/workbook.xml",
                #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\#(main)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#
            ),
            (
                "xl/_rels/workbook.xml.rels",
                #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#
            ),
            (
                sheetPath,
                #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="\#(main)"><sheetData>\#(sheetRows)</sheetData></worksheet>"#
            ),
        ]
        if let sharedStringsXML { parts.append(("xl/sharedStrings.xml", sharedStringsXML)) }
        if let styles { parts.append(("xl/styles.xml", styles)) }
        return parts.map { ($0.0, Data($0.1.utf8)) }
    }

    static func write(_ parts: [(String, Data)], to url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
    }
}

/// Rewrites fields of a ZIP archive's bytes, in both the local header and the central directory,
/// to make the lying archives a hostile file would be.
private enum ZIPPatch {
    struct NotFound: Error {}

    static func setSizes(of path: String, in bytes: inout Data, uncompressed: UInt32, compressed: UInt32? = nil) throws
    {
        let (local, central) = try headers(of: path, in: bytes)
        put(uncompressed, at: local + 22, in: &bytes)
        put(uncompressed, at: central + 24, in: &bytes)
        if let compressed {
            put(compressed, at: local + 18, in: &bytes)
            put(compressed, at: central + 20, in: &bytes)
        }
    }

    static func sizes(of path: String, in bytes: Data) throws -> (compressed: UInt32, uncompressed: UInt32) {
        let central = try headers(of: path, in: bytes).central
        return (uint32(at: central + 20, in: bytes), uint32(at: central + 24, in: bytes))
    }

    static func setChecksum(of path: String, in bytes: inout Data, to checksum: UInt32) throws {
        let (local, central) = try headers(of: path, in: bytes)
        put(checksum, at: local + 14, in: &bytes)
        put(checksum, at: central + 16, in: &bytes)
    }

    /// Replaces the compressed bytes of the entry with `data` followed by blanks.
    static func overwriteData(of path: String, in bytes: inout Data, with data: [UInt8]) throws {
        let local = try headers(of: path, in: bytes).local
        let nameLength = Int(uint16(at: local + 26, in: bytes))
        let extraLength = Int(uint16(at: local + 28, in: bytes))
        let start = local + 30 + nameLength + extraLength
        let count = Int(try sizes(of: path, in: bytes).compressed)
        guard data.count <= count else { throw NotFound() }
        let blanks = [UInt8](repeating: UInt8(ascii: " "), count: count - data.count)
        bytes.replaceSubrange(start..<start + count, with: data + blanks)
    }

    /// The offsets of the entry's local header and central directory record.
    static func headers(of path: String, in bytes: Data) throws -> (local: Int, central: Int) {
        let name = Array(path.utf8)
        let all = Array(bytes)
        func find(_ signature: [UInt8], nameAt offset: Int) -> Int? {
            (0..<max(0, all.count - offset - name.count)).first { index in
                Array(all[index..<index + 4]) == signature
                    && Array(all[index + offset..<index + offset + name.count]) == name
            }
        }
        guard let local = find([0x50, 0x4B, 0x03, 0x04], nameAt: 30),
            let central = find([0x50, 0x4B, 0x01, 0x02], nameAt: 46)
        else { throw NotFound() }
        return (local, central)
    }

    static func put(_ value: UInt32, at offset: Int, in bytes: inout Data) {
        for index in 0..<4 {
            bytes[bytes.startIndex + offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index))
        }
    }

    static func uint32(at offset: Int, in bytes: Data) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(bytes[bytes.startIndex + offset + $1]) << (8 * $1) }
    }

    static func uint16(at offset: Int, in bytes: Data) -> UInt16 {
        UInt16(bytes[bytes.startIndex + offset]) | UInt16(bytes[bytes.startIndex + offset + 1]) << 8
    }
}
