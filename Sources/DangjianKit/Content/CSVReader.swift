/// One field of a CSV record and where it starts.
public struct CSVField: Sendable, Equatable {
    /// The unquoted text of the field.
    public let value: String
    /// 1-based line where the field starts.
    public let line: Int
    /// 1-based column (in characters) where the field starts.
    public let column: Int
}

/// One CSV record (a row) with the line it starts on.
public struct CSVRecord: Sendable, Equatable {
    /// 1-based line where the record starts.
    public let line: Int
    /// The fields, in order.
    public let fields: [CSVField]

    /// Whether every field is empty or only whitespace (a blank row in a spreadsheet).
    public var isBlank: Bool {
        fields.allSatisfy { $0.value.allSatisfy(\.isWhitespace) }
    }
}

/// Reads RFC 4180 CSV text into records that keep their line and column.
///
/// Written by hand because the CSV packages available here neither report positions nor
/// reject malformed input: they pad ragged rows and swallow the rest of a file after an
/// unterminated quote. This reader accepts quoted commas, quotes and newlines, CRLF or LF,
/// and rejects every ragged row, an unterminated quote, or text after a closing quote, with the
/// line where the problem is.
public struct CSVReader: Sendable {
    /// The file name used in diagnostics.
    public let file: String

    /// Creates a reader whose diagnostics name `file`.
    public init(file: String) {
        self.file = file
    }

    /// Parses `text` into records. Empty lines are skipped; every record must have as many fields
    /// as the first record of more than one field (one-field title lines above it are allowed).
    public func read(_ text: String) throws(BuildFailure) -> [CSVRecord] {
        var scanner = Scanner(scalars: Array(text.unicodeScalars), file: file)
        var records: [CSVRecord] = []
        var expectedWidth: Int?
        var raggedRows: [Diagnostic] = []
        while let record = try scanner.nextRecord() {
            if record.fields.count == 1 && record.fields[0].value.isEmpty && !scanner.lastFieldWasQuoted {
                continue
            }
            if let width = expectedWidth, record.fields.count != width {
                // A quoted field running over several lines may be a quote never closed.
                let spanning = record.fields.first { $0.value.contains("\n") }.map { field in
                    "；第 \(field.line) 行第 \(field.column) 列的带引号字段延续到了第 \(field.line + field.value.count { $0 == "\n" }) 行，请检查它的引号是否成对"
                }
                raggedRows.append(
                    .error(
                        "第 \(record.line) 行有 \(record.fields.count) 列，表头有 \(width) 列：列数不一致（检查是否缺少或多出逗号、引号是否成对）\(spanning ?? "")",
                        at: SourceLocation(file: file, line: record.line, column: 1)))
                continue
            }
            // A one-field record before any wider one is a title line ("某县统计表") that a
            // spreadsheet saved without padding commas; the width is set by the first wider record.
            if record.fields.count > 1 || expectedWidth != nil {
                expectedWidth = expectedWidth ?? record.fields.count
            }
            records.append(record)
        }
        if !raggedRows.isEmpty {
            throw BuildFailure(diagnostics: raggedRows)
        }
        return records
    }
}

extension CSVReader {
    /// A cursor over the text's scalars that tracks line and column.
    fileprivate struct Scanner {
        let scalars: [Unicode.Scalar]
        let file: String
        var index = 0
        var line = 1
        var column = 1
        var lastFieldWasQuoted = false

        init(scalars: [Unicode.Scalar], file: String) {
            self.scalars = scalars
            self.file = file
        }

        var atEnd: Bool { index >= scalars.count }

        /// Consumes a line break (LF, CRLF or lone CR) if one is next.
        mutating func consumeLineBreak() -> Bool {
            guard !atEnd else { return false }
            if scalars[index] == "\r" {
                index += 1
                if !atEnd && scalars[index] == "\n" { index += 1 }
            } else if scalars[index] == "\n" {
                index += 1
            } else {
                return false
            }
            line += 1
            column = 1
            return true
        }

        mutating func nextRecord() throws(BuildFailure) -> CSVRecord? {
            guard !atEnd else { return nil }
            let recordLine = line
            var fields: [CSVField] = []
            while true {
                fields.append(try nextField())
                if atEnd || consumeLineBreak() { break }
                // The only other way a field ends is a comma.
                index += 1
                column += 1
            }
            return CSVRecord(line: recordLine, fields: fields)
        }

        /// Reads one field and stops before the comma or line break that ends it.
        mutating func nextField() throws(BuildFailure) -> CSVField {
            let (startLine, startColumn) = (line, column)
            var value = String.UnicodeScalarView()
            lastFieldWasQuoted = false
            if !atEnd && scalars[index] == "\"" {
                lastFieldWasQuoted = true
                index += 1
                column += 1
                while true {
                    guard !atEnd else {
                        throw BuildFailure(
                            "引号未闭合：从第 \(startLine) 行第 \(startColumn) 列开始的带引号字段直到文件末尾都没有结束引号",
                            at: SourceLocation(file: file, line: startLine, column: startColumn))
                    }
                    let scalar = scalars[index]
                    if scalar == "\"" {
                        if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                            value.append("\"")
                            index += 2
                            column += 2
                            continue
                        }
                        index += 1
                        column += 1
                        break
                    }
                    if consumeLineBreak() {
                        value.append("\n")
                        continue
                    }
                    value.append(scalar)
                    index += 1
                    column += 1
                }
                if !atEnd && scalars[index] != "," && scalars[index] != "\r" && scalars[index] != "\n" {
                    // Text after a quote that closed lines below its opening: the opening quote was
                    // never closed, and this is the next quote of the file.
                    if line > startLine {
                        throw BuildFailure(
                            "引号未闭合：从第 \(startLine) 行第 \(startColumn) 列开始的带引号字段没有结束引号，后面各行都被当成了这个字段，直到第 \(line) 行第 \(column - 1) 列的下一个引号；请补上结束引号，或去掉这个引号",
                            at: SourceLocation(file: file, line: startLine, column: startColumn))
                    }
                    throw BuildFailure(
                        "结束引号后出现多余字符“\(scalars[index])”：带引号的字段必须在引号后紧跟逗号或换行",
                        at: SourceLocation(file: file, line: line, column: column))
                }
            } else {
                while !atEnd {
                    let scalar = scalars[index]
                    if scalar == "," || scalar == "\r" || scalar == "\n" { break }
                    if scalar == "\"" {
                        throw BuildFailure(
                            "未加引号的字段中出现引号：含引号的内容须整体用引号括起，并把其中的引号写成两个（\"\"）",
                            at: SourceLocation(file: file, line: line, column: column))
                    }
                    value.append(scalar)
                    index += 1
                    column += 1
                }
            }
            return CSVField(value: String(value), line: startLine, column: startColumn)
        }
    }
}
