import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A cell's value as read from the sheet.
enum SheetCellValue {
    case text(String)
    case missingCachedValue(formula: String)
    case errorValue(String)
}

/// A cell reference such as `C17`, checked against Excel's grid.
struct CellReference: Equatable {
    let column: Int
    let row: Int

    /// What is wrong with a reference.
    enum Problem: Error, Equatable {
        /// Not letters followed by digits.
        case malformed
        /// The letters name a column past XFD.
        case columnBeyondGrid
        /// The digits name row 0 or a row past 1,048,576.
        case rowBeyondGrid
    }

    /// Parses `C17`. The column is computed with a cap, so a run of letters of any length cannot
    /// overflow: the loop stops as soon as the column passes XFD.
    static func parse(_ text: String) -> Result<CellReference, Problem> {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                letters += 1
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                if column > XLSXReader.maximumColumn { return .failure(.columnBeyondGrid) }
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                digits += 1
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                if row > XLSXReader.maximumRow { return .failure(.rowBeyondGrid) }
            default:
                return .failure(.malformed)
            }
        }
        guard letters > 0, digits > 0 else { return .failure(.malformed) }
        guard row >= 1 else { return .failure(.rowBeyondGrid) }
        return .success(CellReference(column: column, row: row))
    }
}

/// A worksheet part: `<row r="17"><c r="C17" t="s" s="2"><f>…</f><v>…</v></c></row>`, turned into
/// records as it streams past.
///
/// A row's fields are padded with empty fields up to each value's column, so a field's position is
/// its column; every field, padding included, counts towards `Limits.cells`, so memory follows the
/// real content however far right a cell claims to be. A bad reference or shared string is an
/// error at its cell and the cell is skipped; too many cells or too many errors stop the parse.
final class SheetParser: NSObject, PartParser {
    let file: String
    let sheet: String
    let sharedStrings: [String]
    let dateStyles: Set<Int>
    let limits: XLSXReader.Limits
    private(set) var records: [CSVRecord] = []
    private(set) var problems: [Diagnostic] = []
    private(set) var stopped: [Diagnostic]?

    private var cellCount = 0
    private var previousRow = 0
    /// The current row's number; nil inside a row whose number is invalid.
    private var row: Int?
    private var rowIsNumbered = false
    private var fields: [CSVField] = []
    private var previousColumn = 0
    /// The current cell's column; nil when its reference is invalid.
    private var cellColumn: Int?
    private var cellType = ""
    private var cellStyle = 0
    private var formula: String?
    private var value: String?
    private var inlineText: String?
    private var buffer = ""
    private var collecting = false

    init(file: String, sheet: String, sharedStrings: [String], dateStyles: Set<Int>, limits: XLSXReader.Limits) {
        self.file = file
        self.sheet = sheet
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.limits = limits
    }

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch element {
        case "row":
            startRow(attributes["r"], parser)
        case "c":
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes["s"].map { Int($0) ?? -1 } ?? 0
            formula = nil
            value = nil
            inlineText = nil
            cellColumn = column(of: attributes["r"], parser)
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
            endCell(parser)
        case "row":
            if let row {
                if !fields.isEmpty { records.append(CSVRecord(line: row, fields: fields)) }
                previousRow = row
            }
            row = nil
            fields = []
        default: break
        }
    }
}

extension SheetParser {
    fileprivate func location(_ row: Int, _ column: Int = 0) -> SourceLocation {
        SourceLocation(file: file, line: row, column: column, sheet: sheet)
    }

    /// Records a problem; past `Limits.problems` of them, says so and stops the parse.
    fileprivate func report(_ message: String, at location: SourceLocation, _ parser: XMLParser) {
        guard stopped == nil else { return }
        problems.append(.error(message, at: location))
        if problems.count >= limits.problems {
            stop("错误过多：只列出前 \(limits.problems) 个，已停止读取此工作表", at: location, parser)
        }
    }

    /// Stops the parse with the problems so far and one more saying why.
    fileprivate func stop(_ message: String, at location: SourceLocation, _ parser: XMLParser) {
        stopped = problems + [.error(message, at: location)]
        parser.abortParsing()
    }

    fileprivate func startRow(_ number: String?, _ parser: XMLParser) {
        fields = []
        previousColumn = 0
        rowIsNumbered = number != nil
        guard let number else {
            row = previousRow < XLSXReader.maximumRow ? previousRow + 1 : nil
            if row == nil {
                report("工作表的行超出 Excel 的上限 \(XLSXReader.maximumRow) 行", at: location(0), parser)
            }
            return
        }
        if number.utf8.count <= 7, number.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let value = Int(number),
            (1...XLSXReader.maximumRow).contains(value)
        {
            row = value
        } else {
            row = nil
            report("行号“\(number)”无效：Excel 的行号为 1 到 \(XLSXReader.maximumRow)", at: location(0), parser)
        }
    }

    /// The column of a cell from its `r` attribute, or the next column when it has none; nil (after
    /// reporting why) when the cell must be skipped.
    fileprivate func column(of reference: String?, _ parser: XMLParser) -> Int? {
        guard let row else { return nil }
        let column: Int
        if let reference {
            switch CellReference.parse(reference) {
            case .success(let cell):
                if rowIsNumbered, cell.row != row {
                    report("单元格引用“\(reference)”不在它所在的第 \(row) 行", at: location(row), parser)
                    return nil
                }
                column = cell.column
            case .failure(.malformed):
                report("单元格引用“\(reference)”无效：应为列字母加行号，如 C17", at: location(row), parser)
                return nil
            case .failure(.columnBeyondGrid):
                report(
                    "单元格引用“\(reference)”的列超出 Excel 的上限 XFD（第 \(XLSXReader.maximumColumn) 列）",
                    at: location(row), parser)
                return nil
            case .failure(.rowBeyondGrid):
                report(
                    "单元格引用“\(reference)”的行号超出 Excel 的范围 1 到 \(XLSXReader.maximumRow)", at: location(row),
                    parser)
                return nil
            }
        } else {
            column = previousColumn + 1
            if column > XLSXReader.maximumColumn {
                report("第 \(row) 行的单元格超出 Excel 的上限 XFD（第 \(XLSXReader.maximumColumn) 列）", at: location(row), parser)
                return nil
            }
        }
        if column <= previousColumn {
            report(
                "单元格 \(SourceLocation.columnLetters(column))\(row) 排在同一行更靠右的单元格之后：单元格应按列从左到右排列",
                at: location(row, column), parser)
            return nil
        }
        previousColumn = column
        return column
    }

    fileprivate func endCell(_ parser: XMLParser) {
        guard let row, let column = cellColumn, stopped == nil else { return }
        let here = location(row, column)
        switch cellValue(at: here, parser) {
        case nil:
            break
        case .text(let text)?:
            // The padding up to this column and the cell itself.
            let added = column - fields.count
            guard cellCount + added <= limits.cells else {
                stop("工作表的单元格超过 \(limits.cells) 个（含各行中间的空单元格），超过上限，已停止读取", at: here, parser)
                return
            }
            cellCount += added
            while fields.count < column - 1 {
                fields.append(CSVField(value: "", line: row, column: fields.count + 1))
            }
            fields.append(CSVField(value: text, line: row, column: column))
        case .missingCachedValue(let formula)?:
            report("公式单元格“=\(formula)”没有缓存的计算结果：请在 Excel 中打开并保存后重试", at: here, parser)
        case .errorValue(let code)?:
            report("单元格的值是错误值“\(code)”", at: here, parser)
        }
    }

    /// The cell's value; nil for an empty cell or (after reporting it) a bad shared string index.
    fileprivate func cellValue(at location: SourceLocation, _ parser: XMLParser) -> SheetCellValue? {
        if cellType == "inlineStr" { return .text(inlineText ?? "") }
        if let formula, (value ?? "").isEmpty { return .missingCachedValue(formula: formula) }
        guard let value else { return nil }
        switch cellType {
        case "s":
            let index = value.trimmingCharacters(in: .whitespaces)
            guard let position = Int(index), sharedStrings.indices.contains(position) else {
                let range = sharedStrings.isEmpty ? "工作簿中没有共享字符串" : "有效编号为 0 到 \(sharedStrings.count - 1)"
                report("共享字符串编号“\(index)”超出范围：\(range)", at: location, parser)
                return nil
            }
            return .text(sharedStrings[position])
        case "str": return .text(value)
        case "b": return .text(value == "1" ? "是" : "否")
        case "e": return .errorValue(value)
        default:
            guard let number = Double(value) else { return .text(value) }
            if dateStyles.contains(cellStyle), let date = Self.date(fromSerial: number) {
                return .text(date)
            }
            return .text(Self.numberText(number, raw: value))
        }
    }
}

extension SheetParser {
    /// Whole numbers without ".0"; others (fractions, NaN, infinities, magnitudes of 1e15 and
    /// more, which Int could not hold exactly) as written.
    static func numberText(_ number: Double, raw: String) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return raw
    }

    /// An Excel serial date (days since 1899-12-30, the 1900 system) as YYYY-MM-DD; nil outside
    /// serials 1 (1900-01-01) to 2958465 (9999-12-31), which stay numbers.
    static func date(fromSerial serial: Double) -> String? {
        guard serial.isFinite, (1...2_958_465).contains(serial) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        guard let utc = TimeZone(identifier: "UTC") else { return nil }
        calendar.timeZone = utc
        guard let epoch = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30)),
            let date = calendar.date(byAdding: .day, value: Int(serial.rounded(.down)), to: epoch)
        else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
