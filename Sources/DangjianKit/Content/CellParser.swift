import Foundation

/// Reads typed values out of table cells, reporting every unreadable cell to a log.
///
/// A value that cannot be read is an error naming the column and the value; an empty cell or a
/// placeholder (×, ＊, **, ___, 20XX) is *missing*, never 0.
struct CellParser {
    var log = DiagnosticLog()

    /// Whether a cell's text stands for "no value" in the registers users keep.
    ///
    /// The whole cell must be a placeholder: only marks (×, ＊, **, ___, —, /), or a run of X's
    /// standing for digits or a name, with at most a year's leading digits and a Chinese suffix
    /// (20XX, 20XX年, XX镇, XX有限公司). An X inside a real value (a credit code with "XX") never
    /// makes it a placeholder.
    static func isPlaceholder(_ text: String) -> Bool {
        if text.isEmpty { return true }
        // One pass over the scalars rather than Characters and a Set (perf: a tenth of loading a
        // city went into comparing Characters here).
        var onlyMarks = true
        var hasX = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            // × x X ｘ Ｘ ＊ *: an X or a star, which the pattern below also takes for a digit.
            case 0xD7, 0x78, 0x58, 0xFF58, 0xFF38, 0xFF0A, 0x2A: hasX = true
            // _ ＿ - — / ／
            case 0x5F, 0xFF3F, 0x2D, 0x2014, 0x2F, 0xFF0F: continue
            default: onlyMarks = false
            }
        }
        if onlyMarks { return true }
        // The pattern needs an X; most cells have none, and the regex engine is slow (perf: a
        // sixth of loading a county's tables went into this match).
        guard hasX else { return false }
        return text.wholeMatch(of: templateValue) != nil
    }

    /// `20XX`, `XX镇`, `XX科技有限公司`: up to three digits, two or more X's, up to eight Han characters.
    nonisolated(unsafe) private static let templateValue = /[0-9]{0,3}[xXｘＸ×＊*]{2,}\p{Han}{0,8}/

    /// Full-width digits and signs turned into ASCII (Ｕ+FF10…FF19 → 0…9).
    static func halfWidth(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0xFF05...0xFF19).contains($0.value) || $0.value == 0x3000 }) else {
            return text
        }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    switch scalar.value {
                    case 0xFF10...0xFF19, 0xFF0C, 0xFF0E, 0xFF05, 0xFF0D:
                        Unicode.Scalar(scalar.value - 0xFEE0)!
                    case 0x3000: " "
                    default: scalar
                    }
                }))
    }

    /// The trimmed text of a cell, or nil when the cell is absent or empty.
    func text(_ row: TableRow, _ column: TableColumn) -> String? {
        guard let cell = row[column], !cell.value.isEmpty else { return nil }
        return cell.value
    }

    /// Words that mean "none" in an optional text column (指导员 无, 编号 —).
    static let noneWords: Set<String> = ["无", "暂无", "没有", "未选派", "未配备", "未填", "不详", "n/a", "none"]

    private static let longestNoneWord = noneWords.map(\.utf8.count).max() ?? 0

    /// An optional text cell in which a placeholder or a word for "none" means the value is absent.
    func optionalText(_ row: TableRow, _ column: TableColumn) -> String? {
        guard let value = text(row, column) else { return nil }
        let halfWidth = Self.halfWidth(value)
        if Self.isPlaceholder(halfWidth) { return nil }
        if halfWidth.utf8.count <= Self.longestNoneWord, Self.noneWords.contains(halfWidth.lowercased()) { return nil }
        return value
    }

    /// A required text cell; reports an error when it is empty.
    mutating func requiredText(_ row: TableRow, _ column: TableColumn) -> String? {
        guard let value = text(row, column) else {
            log.error("“\(column.name)”不能为空", at: row[column]?.location ?? row.location)
            return nil
        }
        return value
    }

    /// The largest count one enterprise's row may hold. No enterprise has a million staff or
    /// members; a larger number is a credit code or an ID number pasted into a number column, and
    /// would overflow the sums.
    static let countLimit = 1_000_000

    /// A non-negative integer cell of at most `limit`; nil when empty or a placeholder (with a
    /// warning for a placeholder).
    mutating func count(_ row: TableRow, _ column: TableColumn, limit: Int = countLimit) -> Int? {
        guard let cell = row[column] else { return nil }
        if let value = Self.plainCount(cell.value), value <= limit { return value }
        let raw = Self.halfWidth(cell.value).trimmedOfSpaces
        if raw.isEmpty { return nil }
        if Self.isPlaceholder(raw) {
            log.warning("“\(column.name)”的值“\(cell.value)”是占位符，按缺失处理（不计为 0）", at: cell.location)
            return nil
        }
        var digits = raw.replacingOccurrences(of: ",", with: "")
        for unit in ["个", "名", "人", "家", "户"] where digits.hasSuffix(unit) {
            digits.removeLast()
        }
        let isNumber = !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
        guard isNumber else {
            log.error("“\(column.name)”应为非负整数，实际为“\(cell.value)”", at: cell.location)
            return nil
        }
        // Compared as digits, so that no value, however long, can overflow.
        let significant = digits.drop { $0 == "0" }
        guard significant.count <= String(limit).count, let value = Int(significant.isEmpty ? "0" : significant),
            value <= limit
        else {
            log.error(
                "“\(column.name)”的值“\(cell.value)”超过 \(limit)，不可能是一家企业的数字（是否把信用代码或证件号码填进了数字列？）",
                at: cell.location)
            return nil
        }
        return value
    }

    /// A cell of one to seven ASCII digits and nothing else, as most count cells are: read
    /// without the Unicode work the general path needs (perf: number cells were a tenth of loading).
    static func plainCount(_ text: String) -> Int? {
        let bytes = text.utf8
        guard (1...7).contains(bytes.count) else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// A year cell: a placeholder (20XX) or text is an error, since the row cannot be placed in any year.
    mutating func year(_ row: TableRow, _ column: TableColumn) -> Int? {
        guard let cell = row[column] else {
            log.error("“\(column.name)”不能为空", at: row.location)
            return nil
        }
        let raw = Self.halfWidth(cell.value).trimmedOfSpaces
        if raw.isEmpty {
            log.error("“\(column.name)”不能为空", at: cell.location)
            return nil
        }
        let digits = raw.hasSuffix("年") ? String(raw.dropLast()) : raw
        guard let year = Int(digits), (1949...2100).contains(year) else {
            log.error("“\(column.name)”应为四位年份，实际为“\(cell.value)”", at: cell.location)
            return nil
        }
        return year
    }

    /// A yes/no cell (是/否); nil when empty.
    mutating func flag(_ row: TableRow, _ column: TableColumn) -> Bool? {
        guard let cell = row[column], !cell.value.isEmpty else { return nil }
        switch cell.value.lowercased() {
        case "是", "y", "yes", "true", "1", "√", "✓": return true
        case "否", "n", "no", "false", "0", "×": return false
        default:
            log.error("“\(column.name)”应为“是”或“否”，实际为“\(cell.value)”", at: cell.location)
            return nil
        }
    }

    /// A cell whose value must be one of a fixed set of Chinese labels; nil when empty.
    mutating func choice<Value: RawRepresentable>(_ row: TableRow, _ column: TableColumn, as type: Value.Type)
        -> Value? where Value.RawValue == String, Value: CaseIterable
    {
        guard let cell = row[column], !cell.value.isEmpty else { return nil }
        if let value = Value(rawValue: cell.value) { return value }
        let allowed = Value.allCases.map(\.rawValue).joined(separator: "、")
        log.error("“\(column.name)”的值“\(cell.value)”无法识别，应为：\(allowed)", at: cell.location)
        return nil
    }
}
