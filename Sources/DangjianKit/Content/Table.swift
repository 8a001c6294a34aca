import Foundation

/// A column a table is expected to have: its Chinese header and the other names accepted for it.
public struct TableColumn: Hashable, Sendable {
    /// The canonical Chinese header, as users write it and as diagnostics name it.
    public let name: String
    /// English aliases and common variants, matched case-insensitively.
    public let aliases: [String]
    /// Whether a table without this column is rejected.
    public let isRequired: Bool
    /// A number of its own, by which rows find its cell (hashing the Chinese name for every cell
    /// of every row was a tenth of loading a city's tables).
    public let id: Int

    /// Creates a column description.
    public init(_ name: String, aliases: [String] = [], required: Bool = false) {
        self.name = name
        self.aliases = aliases
        self.isRequired = required
        id = Self.numbers.next()
    }

    private static let numbers = ColumnNumbers()

    /// Numbers columns as they are created; safe from concurrent threads.
    private final class ColumnNumbers: @unchecked Sendable {
        private let lock = NSLock()
        private var last = 0

        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            last += 1
            return last
        }
    }

    /// Whether a header cell names this column.
    func matches(_ header: String) -> Bool {
        let key = TableColumn.normalise(header)
        return key == TableColumn.normalise(name) || aliases.contains { TableColumn.normalise($0) == key }
    }

    /// Header comparison ignores spaces (also full-width), case and a trailing unit in brackets.
    static func normalise(_ header: String) -> String {
        var text = header.filter { !$0.isWhitespace }.lowercased()
        for (open, close) in [("（", "）"), ("(", ")")] {
            if text.hasSuffix(close), let start = text.range(of: open, options: .backwards) {
                text = String(text[..<start.lowerBound])
            }
        }
        return text
    }
}

/// One cell value and where it came from.
public struct TableCell: Sendable {
    /// The text of the cell with surrounding spaces (also full-width) removed.
    public let value: String
    /// The cell's position in its file.
    public let location: SourceLocation
}

/// One data row of a table: its cells keyed by canonical column name, plus unknown columns.
public struct TableRow: Sendable {
    /// Where the row starts.
    public let location: SourceLocation
    /// Cells of known columns, keyed by the column's `id`.
    public let cells: [Int: TableCell]
    /// Cells of columns the schema does not know, in file order, kept for display.
    public let extraCells: [(header: String, cell: TableCell)]

    /// The cell of a known column, if the table has that column.
    public subscript(column: TableColumn) -> TableCell? {
        cells[column.id]
    }
}

/// A table read from a CSV file, its header matched against a schema.
public struct Table: Sendable {
    /// The file the table came from.
    public let file: String
    /// The data rows, blank rows skipped.
    public let rows: [TableRow]
    /// The known columns the file has.
    public let presentColumns: Set<String>
    /// Warnings about the header (columns left out).
    public var warnings: [Diagnostic] = []
}

/// Columns holding a person's ID number or home address: never read, so never shown in any build.
enum PersonalColumns {
    static let words = ["身份证", "证件号", "住址", "家庭地址", "居住地"]

    static func isPersonal(_ header: String) -> Bool {
        let key = TableColumn.normalise(header)
        return words.contains { key.contains($0) }
    }
}

/// Reads a CSV file into a `Table`, finding the header row and matching columns by name.
public struct TableReader: Sendable {
    /// The columns the table may have.
    public let columns: [TableColumn]

    /// Creates a reader for tables with these columns.
    public init(columns: [TableColumn]) {
        self.columns = columns
    }

    /// Reads the CSV or .xlsx file at `url`, naming it `displayPath` in diagnostics; an .xlsx file is
    /// read from the sheet named `sheet`, or its first sheet.
    public func read(_ url: URL, displayPath: String, sheet: String? = nil) throws(BuildFailure) -> Table {
        if url.pathExtension.lowercased() == "xlsx" {
            let worksheet = try XLSXReader(file: displayPath).read(url, sheetName: sheet)
            return try table(from: worksheet.records, file: displayPath, sheet: worksheet.name)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw BuildFailure("无法读取文件：\(error.localizedDescription)", at: SourceLocation(file: displayPath))
        }
        let text = try TextDecoder().decode(data, file: displayPath).text
        let records = try CSVReader(file: displayPath).read(text)
        return try table(from: records, file: displayPath)
    }

    /// Matches the header and turns records into rows.
    ///
    /// The header is the first row (within the first 20) that names every required column; title
    /// rows above it are skipped. A header of two rows (a merged group title above the column
    /// names, as Excel users draw them) is read as one: each column takes its lower name, or the
    /// group title when the lower cell is empty.
    public func table(from records: [CSVRecord], file: String, sheet: String? = nil) throws(BuildFailure) -> Table {
        guard let (header, firstDataIndex) = findHeader(records) else {
            let names = columns.filter(\.isRequired).map(\.name).joined(separator: "、")
            throw BuildFailure(
                "未找到表头：前 20 行中没有一行同时包含必需的列（\(names)）", at: SourceLocation(file: file, line: 1, sheet: sheet))
        }
        var columnAt: [Int: TableColumn] = [:]
        var problems: [Diagnostic] = []
        var seenCells: Set<[Int]> = []
        for (position, field) in header.enumerated() {
            // A merged group title carried across several columns names only the first of them.
            guard seenCells.insert([field.line, field.column]).inserted || field.line == 0 else { continue }
            guard let column = columns.first(where: { $0.matches(field.value) }) else { continue }
            if let earlier = columnAt.values.first(where: { $0 == column }) {
                problems.append(
                    .error(
                        "列“\(earlier.name)”出现了两次（“\(field.value)”）",
                        at: SourceLocation(file: file, line: field.line, column: field.column, sheet: sheet)))
                continue
            }
            columnAt[position] = column
        }
        if !problems.isEmpty { throw BuildFailure(diagnostics: problems) }
        let personal = header.filter { PersonalColumns.isPersonal($0.value) }.map {
            Diagnostic.warning(
                "列“\($0.value)”含个人身份证号或住址，不读取，也不会出现在网站中",
                at: SourceLocation(file: file, line: $0.line, column: $0.column, sheet: sheet))
        }

        var rows: [TableRow] = []
        for record in records[firstDataIndex...] where !record.isBlank {
            var cells: [Int: TableCell] = [:]
            var extras: [(String, TableCell)] = []
            for (position, field) in record.fields.enumerated() {
                let cell = TableCell(
                    value: field.value.trimmedOfSpaces,
                    location: SourceLocation(file: file, line: field.line, column: field.column, sheet: sheet))
                if let control = Self.controlCharacter(in: cell.value) {
                    let name = columnAt[position]?.name ?? (position < header.count ? header[position].value : "")
                    problems.append(
                        .error(
                            "“\(name)”的值含有控制字符 \(control)（不可见，多半是从其他系统复制时带入的），请删去后重试",
                            at: cell.location))
                }
                if let column = columnAt[position] {
                    cells[column.id] = cell
                } else if position < header.count, !PersonalColumns.isPersonal(header[position].value) {
                    extras.append((header[position].value, cell))
                }
            }
            rows.append(
                TableRow(
                    location: SourceLocation(file: file, line: record.line, column: 1, sheet: sheet),
                    cells: cells, extraCells: extras))
        }
        if !problems.isEmpty { throw BuildFailure(diagnostics: problems) }
        var warnings = personal
        if rows.isEmpty {
            warnings.append(
                .warning(
                    "表格只有表头，没有数据行：这个文件不提供任何记录",
                    at: SourceLocation(file: file, line: header.first?.line ?? 1, column: 1, sheet: sheet)))
        }
        return Table(
            file: file, rows: rows, presentColumns: Set(columnAt.values.map(\.name)), warnings: warnings)
    }

    /// The first control character in a cell as `U+001B`; tab and line breaks (a cell may hold
    /// several lines) are allowed. Such characters are invisible in Excel and break pages.
    static func controlCharacter(in value: String) -> String? {
        guard
            let scalar = value.unicodeScalars.first(where: { scalar in
                switch scalar.value {
                case 0x09, 0x0A, 0x0D: false
                case 0x00...0x1F, 0x7F...0x9F: true
                default: false
                }
            })
        else { return nil }
        return "U+" + String(format: "%04X", scalar.value)
    }
}

extension TableReader {
    /// The header cells and the index of the first data record; nil when no header is found.
    func findHeader(_ records: [CSVRecord]) -> ([CSVField], Int)? {
        let required = columns.filter(\.isRequired)
        func known(_ header: [CSVField]) -> Int {
            header.filter { field in columns.contains { $0.matches(field.value) } }.count
        }
        func complete(_ header: [CSVField]) -> Bool {
            required.allSatisfy { column in header.contains { column.matches($0.value) } }
        }
        for index in records.indices.prefix(20) {
            let single = records[index].fields
            if index + 1 < records.count {
                // Two rows are one header only when together they name more columns than either
                // alone (a title row above a complete header adds nothing).
                let next = records[index + 1].fields
                let merged = Self.merge(single, next)
                if complete(merged) && known(merged) > max(known(single), known(next)) {
                    return (merged, index + 2)
                }
            }
            if complete(single) { return (single, index + 1) }
        }
        return nil
    }

    /// Two header rows read as one: the lower name where there is one, else the group title above,
    /// carried right across the empty cells a merged title leaves.
    static func merge(_ upper: [CSVField], _ lower: [CSVField]) -> [CSVField] {
        var merged: [CSVField] = []
        var group: CSVField?
        for position in 0..<max(upper.count, lower.count) {
            if position < upper.count, !upper[position].value.isEmpty { group = upper[position] }
            if position < lower.count, !lower[position].value.trimmingCharacters(in: .whitespaces).isEmpty {
                merged.append(lower[position])
            } else if let group {
                merged.append(group)
            } else {
                merged.append(position < lower.count ? lower[position] : CSVField(value: "", line: 0, column: 0))
            }
        }
        return merged
    }
}

extension String {
    /// The text without leading and trailing white space and line breaks (full-width spaces too).
    ///
    /// Native rather than Foundation's `trimmingCharacters(in:)`, which bridges every cell through
    /// NSString on Linux (perf: a quarter of reading a table) and copies even when nothing is trimmed.
    var trimmedOfSpaces: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
            first.properties.isWhitespace || last.properties.isWhitespace
        else { return self }
        let scalars = unicodeScalars.drop { $0.properties.isWhitespace }.reversed().drop { $0.properties.isWhitespace }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }
}
