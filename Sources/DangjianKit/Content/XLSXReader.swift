import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads one worksheet of an Excel `.xlsx` file into records, as `CSVReader` does for CSV.
///
/// An .xlsx file is a ZIP of XML parts; ZIPFoundation opens it and Foundation's XMLParser reads
/// the workbook, the shared strings, the number formats and the sheet. Cell values become text
/// the way Excel shows them: shared and inline strings, numbers (integers without ".0"), dates as
/// YYYY-MM-DD, booleans as 是/否, and formula cells by their cached value. A formula cell without
/// a cached value, or with an error value (#DIV/0! …), is an error naming the cell.
public struct XLSXReader: Sendable {
    /// The file name used in diagnostics.
    public let file: String

    /// Creates a reader whose diagnostics name `file`.
    public init(file: String) {
        self.file = file
    }

    /// The records of a worksheet and its name.
    public struct Sheet: Sendable {
        /// The worksheet's name, as diagnostics show it (`file.xlsx:Sheet1!C17`).
        public let name: String
        /// One record per non-empty row; a record's line is the row number, a field's column its column number.
        public let records: [CSVRecord]
    }

    /// Reads the sheet named `sheetName`, or the first sheet when nil.
    public func read(_ url: URL, sheetName: String? = nil) throws(BuildFailure) -> Sheet {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw BuildFailure("无法打开 Excel 文件：不是有效的 .xlsx（ZIP）文件", at: SourceLocation(file: file))
        }
        let sheets = try workbookSheets(archive)
        guard let sheet = sheetName.map({ name in sheets.first { $0.name == name } }) ?? sheets.first else {
            let names = sheets.map { "“\($0.name)”" }.joined(separator: "、")
            throw BuildFailure(
                "工作簿中没有名为“\(sheetName ?? "")”的工作表；现有：\(names)", at: SourceLocation(file: file))
        }
        let sharedStrings =
            try part(archive, "xl/sharedStrings.xml").map {
                data throws(BuildFailure) in try wellFormed(SharedStringsParser.parse(data), "xl/sharedStrings.xml")
            } ?? []
        let dateStyles =
            try part(archive, "xl/styles.xml").map {
                data throws(BuildFailure) in try wellFormed(StylesParser.dateStyleIndexes(data), "xl/styles.xml")
            } ?? []
        guard let sheetData = try part(archive, sheet.path) else {
            throw BuildFailure("工作表“\(sheet.name)”的数据缺失（\(sheet.path)）", at: SourceLocation(file: file))
        }
        let parser = SheetParser(sharedStrings: sharedStrings, dateStyles: dateStyles)
        let rows = try wellFormed(parser.parse(sheetData), sheet.path)
        var problems: [Diagnostic] = []
        var records: [CSVRecord] = []
        for row in rows {
            var fields: [CSVField] = []
            for cell in row.cells {
                let location = SourceLocation(file: file, line: row.number, column: cell.column, sheet: sheet.name)
                switch cell.value {
                case .text(let text):
                    while fields.count < cell.column - 1 {
                        fields.append(CSVField(value: "", line: row.number, column: fields.count + 1))
                    }
                    fields.append(CSVField(value: text, line: row.number, column: cell.column))
                case .missingCachedValue(let formula):
                    problems.append(
                        .error(
                            "公式单元格“=\(formula)”没有缓存的计算结果：请在 Excel 中打开并保存后重试", at: location))
                case .errorValue(let code):
                    problems.append(.error("单元格的值是错误值“\(code)”", at: location))
                }
            }
            if !fields.isEmpty { records.append(CSVRecord(line: row.number, fields: fields)) }
        }
        if !problems.isEmpty { throw BuildFailure(diagnostics: problems) }
        return Sheet(name: sheet.name, records: records)
    }
}

extension XLSXReader {
    struct SheetReference {
        let name: String
        let path: String
    }

    /// The result of parsing a part; throws when the part's XML was malformed.
    func wellFormed<Value>(_ value: Value?, _ path: String) throws(BuildFailure) -> Value {
        guard let value else {
            throw BuildFailure("Excel 文件已损坏：\(path) 不是有效的 XML", at: SourceLocation(file: file))
        }
        return value
    }

    /// The bytes of a part of the archive, nil when the part is absent.
    func part(_ archive: Archive, _ path: String) throws(BuildFailure) -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        } catch {
            throw BuildFailure("Excel 文件已损坏：无法解压 \(path)", at: SourceLocation(file: file))
        }
        return data
    }

    /// The worksheets in workbook order with the paths of their XML parts.
    func workbookSheets(_ archive: Archive) throws(BuildFailure) -> [SheetReference] {
        guard let workbook = try part(archive, "xl/workbook.xml") else {
            throw BuildFailure("不是有效的 Excel 工作簿：缺少 xl/workbook.xml", at: SourceLocation(file: file))
        }
        let relations =
            try part(archive, "xl/_rels/workbook.xml.rels").map {
                data throws(BuildFailure) in
                try wellFormed(RelationshipsParser.parse(data), "xl/_rels/workbook.xml.rels")
            } ?? [:]
        let sheets = try wellFormed(WorkbookParser.parse(workbook), "xl/workbook.xml").compactMap {
            sheet -> SheetReference? in
            guard let target = relations[sheet.relationID] else { return nil }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            return SheetReference(name: sheet.name, path: path)
        }
        if sheets.isEmpty {
            throw BuildFailure("Excel 工作簿中没有工作表", at: SourceLocation(file: file))
        }
        return sheets
    }
}

/// Runs Foundation's event parser over an XML part; false when the XML is malformed.
///
/// Each part has its own delegate class conforming directly to XMLParserDelegate: on Linux the
/// delegate methods are protocol-extension defaults, so a subclass's methods would never be called.
private func parseXML(_ data: Data, with delegate: XMLParserDelegate) -> Bool {
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    return parser.parse()
}

/// `xl/workbook.xml`: `<sheet name="…" r:id="rId1"/>` in order.
private final class WorkbookParser: NSObject, XMLParserDelegate {
    var sheets: [(name: String, relationID: String)] = []

    static func parse(_ data: Data) -> [(name: String, relationID: String)]? {
        let parser = WorkbookParser()
        return parseXML(data, with: parser) ? parser.sheets : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard element == "sheet", let name = attributes["name"] else { return }
        let relation = attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value ?? ""
        sheets.append((name, relation))
    }
}

/// `xl/_rels/workbook.xml.rels`: relationship id → target path.
private final class RelationshipsParser: NSObject, XMLParserDelegate {
    var targets: [String: String] = [:]

    static func parse(_ data: Data) -> [String: String]? {
        let parser = RelationshipsParser()
        return parseXML(data, with: parser) ? parser.targets : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] {
            targets[id] = target
        }
    }
}

/// `xl/sharedStrings.xml`: the text of each `<si>`, its runs joined, phonetic hints left out.
private final class SharedStringsParser: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    static func parse(_ data: Data) -> [String]? {
        let parser = SharedStringsParser()
        return parseXML(data, with: parser) ? parser.strings : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch element {
        case "si": current = ""
        case "rPh": inPhonetic = true
        case "t": inText = !inPhonetic
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "si": strings.append(current)
        case "rPh": inPhonetic = false
        case "t": inText = false
        default: break
        }
    }
}

/// `xl/styles.xml`: which cell style indexes (`s="…"`) show a date.
private final class StylesParser: NSObject, XMLParserDelegate {
    private var customDateFormats: Set<Int> = []
    private var inCellFormats = false
    private var formatIDs: [Int] = []

    /// Built-in number formats that are dates (ECMA-376 §18.8.30).
    static let builtinDateFormats: Set<Int> = [14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57]

    static func dateStyleIndexes(_ data: Data) -> Set<Int>? {
        let parser = StylesParser()
        guard parseXML(data, with: parser) else { return nil }
        var indexes: Set<Int> = []
        for (index, format) in parser.formatIDs.enumerated()
        where builtinDateFormats.contains(format) || parser.customDateFormats.contains(format) {
            indexes.insert(index)
        }
        return indexes
    }

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch element {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"],
                Self.isDateFormat(code)
            {
                customDateFormats.insert(id)
            }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats: formatIDs.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if element == "cellXfs" { inCellFormats = false }
    }

    /// A format code shows a date when it has y, m or d outside quotes and brackets.
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false
        var inBrackets = false
        for character in code.lowercased() {
            switch character {
            case "\"": inQuotes.toggle()
            case "[": inBrackets = true
            case "]": inBrackets = false
            case "y", "d", "m": if !inQuotes && !inBrackets { return true }
            default: break
            }
        }
        return false
    }
}

/// A cell's value as read from the sheet.
enum SheetCellValue {
    case text(String)
    case missingCachedValue(formula: String)
    case errorValue(String)
}

/// A worksheet's rows, each with its cells.
struct SheetRow {
    let number: Int
    var cells: [(column: Int, value: SheetCellValue)]
}

/// A worksheet part: `<row r="17"><c r="C17" t="s" s="2"><f>…</f><v>…</v></c></row>`.
private final class SheetParser: NSObject, XMLParserDelegate {
    let sharedStrings: [String]
    let dateStyles: Set<Int>
    var rows: [SheetRow] = []

    private var row: SheetRow?
    private var cellColumn = 0
    private var cellType = ""
    private var cellStyle = 0
    private var formula: String?
    private var value: String?
    private var inlineText: String?
    private var buffer = ""
    private var collecting = false

    init(sharedStrings: [String], dateStyles: Set<Int>) {
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
    }

    func parse(_ data: Data) -> [SheetRow]? {
        parseXML(data, with: self) ? rows : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch element {
        case "row":
            let number = attributes["r"].flatMap(Int.init) ?? (rows.last.map { $0.number + 1 } ?? 1)
            row = SheetRow(number: number, cells: [])
        case "c":
            cellColumn = attributes["r"].map(Self.column(of:)) ?? ((row?.cells.last?.column ?? 0) + 1)
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes["s"].flatMap(Int.init) ?? 0
            formula = nil
            value = nil
            inlineText = nil
        case "v", "f":
            buffer = ""
            collecting = true
        case "t":
            buffer = ""
            collecting = cellType == "inlineStr"
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { buffer += string }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "v":
            value = buffer
            collecting = false
        case "f":
            formula = buffer
            collecting = false
        case "t" where cellType == "inlineStr":
            inlineText = (inlineText ?? "") + buffer
            collecting = false
        case "c":
            if let cell = cellValue() { row?.cells.append((cellColumn, cell)) }
        case "row":
            if let row { rows.append(row) }
            row = nil
        default: break
        }
    }

    private func cellValue() -> SheetCellValue? {
        if cellType == "inlineStr" { return .text(inlineText ?? "") }
        if let formula, (value ?? "").isEmpty { return .missingCachedValue(formula: formula) }
        guard let value else { return nil }
        switch cellType {
        case "s": return .text(Int(value).flatMap { $0 < sharedStrings.count ? sharedStrings[$0] : nil } ?? "")
        case "str": return .text(value)
        case "b": return .text(value == "1" ? "是" : "否")
        case "e": return .errorValue(value)
        default:
            guard let number = Double(value) else { return .text(value) }
            // Dates run from serial 1 (1900-01-01) to 2958465 (9999-12-31); anything else stays a number.
            if dateStyles.contains(cellStyle), number.isFinite, (1...2_958_465).contains(number) {
                return .text(Self.date(fromSerial: number))
            }
            return .text(Self.numberText(number, raw: value))
        }
    }

    /// "C17" → 3.
    static func column(of reference: String) -> Int {
        var column = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65 && scalar.value <= 90 else { break }
            column = column * 26 + Int(scalar.value - 64)
        }
        return column
    }

    /// Whole numbers without ".0"; others as written.
    static func numberText(_ number: Double, raw: String) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return raw
    }

    /// An Excel serial date (days since 1899-12-30, the 1900 system) as YYYY-MM-DD.
    static func date(fromSerial serial: Double) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let epoch = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30))!
        let date = calendar.date(byAdding: .day, value: Int(serial.rounded(.down)), to: epoch)!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
