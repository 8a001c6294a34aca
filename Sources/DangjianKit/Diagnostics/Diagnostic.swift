import Foundation

/// Where in an input file a problem was found: `path:line:column`.
///
/// Lines and columns count from 1; a column counts characters (not bytes), so a
/// position inside Chinese text points at the character an editor shows.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it (relative to the working directory when possible).
    public let file: String
    /// 1-based line (the row, in a spreadsheet); 0 when the problem concerns the whole file.
    public let line: Int
    /// 1-based column; 0 when the problem concerns the whole line or file.
    public let column: Int
    /// The worksheet, when the file is a spreadsheet: the location then reads `file.xlsx:Sheet1!C17`.
    public let sheet: String?

    /// Creates a location; pass 0 for an unknown line or column.
    public init(file: String, line: Int = 0, column: Int = 0, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// `path:line:column`, or `path:Sheet!C17` in a spreadsheet, leaving out the unknown parts.
    public var description: String {
        if let sheet {
            if line == 0 { return "\(file):\(sheet)" }
            if column == 0 { return "\(file):\(sheet)!\(line)" }
            return "\(file):\(sheet)!\(Self.columnLetters(column))\(line)"
        }
        switch (line, column) {
        case (0, _): return file
        case (_, 0): return "\(file):\(line)"
        default: return "\(file):\(line):\(column)"
        }
    }

    /// The spreadsheet name of a 1-based column: 1 → A, 27 → AA.
    public static func columnLetters(_ column: Int) -> String {
        var number = column
        var letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }
}

/// One problem found in the input, reported GCC-style to the user in Chinese.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Codable {
    /// How serious a problem is: errors stop a build, warnings do not.
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// Whether the problem stops the build.
    public let severity: Severity
    /// Where the problem is.
    public let location: SourceLocation
    /// What is wrong, in Chinese, naming the column and the offending value.
    public let message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// An error at a location.
    public static func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, at: location, message)
    }

    /// A warning at a location.
    public static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    enum CodingKeys: String, CodingKey {
        case severity, file, line, column, sheet, message, text
    }

    /// JSON for other tools: the parts of the location and the GCC-style text.
    /// Reads a diagnostic written by `encode(to:)` (the warnings a rebuild with nothing changed prints again).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let severity = try container.decode(String.self, forKey: .severity)
        guard let value = Severity(rawValue: severity) else {
            throw DecodingError.dataCorruptedError(forKey: .severity, in: container, debugDescription: severity)
        }
        self.severity = value
        location = SourceLocation(
            file: try container.decode(String.self, forKey: .file), line: try container.decode(Int.self, forKey: .line),
            column: try container.decode(Int.self, forKey: .column),
            sheet: try container.decodeIfPresent(String.self, forKey: .sheet))
        message = try container.decode(String.self, forKey: .message)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity.rawValue, forKey: .severity)
        try container.encode(location.file, forKey: .file)
        try container.encode(location.line, forKey: .line)
        try container.encode(location.column, forKey: .column)
        try container.encodeIfPresent(location.sheet, forKey: .sheet)
        try container.encode(message, forKey: .message)
        try container.encode(description, forKey: .text)
    }

    /// `path:line:column: error: message`.
    public var description: String {
        "\(location): \(severity.rawValue): \(message)"
    }
}

/// Collects every problem of a run so that all of them are printed, not just the first.
public struct DiagnosticLog: Sendable {
    /// Everything reported so far, in the order reported.
    public private(set) var entries: [Diagnostic] = []

    /// Creates an empty log.
    public init() {}

    /// Adds one diagnostic.
    public mutating func report(_ diagnostic: Diagnostic) {
        entries.append(diagnostic)
    }

    /// Adds an error.
    public mutating func error(_ message: String, at location: SourceLocation) {
        report(.error(message, at: location))
    }

    /// Adds a warning.
    public mutating func warning(_ message: String, at location: SourceLocation) {
        report(.warning(message, at: location))
    }

    /// Adds every diagnostic of another log.
    public mutating func merge(_ other: DiagnosticLog) {
        entries.append(contentsOf: other.entries)
    }

    /// The errors only.
    public var errors: [Diagnostic] { entries.filter { $0.severity == .error } }
    /// The warnings only.
    public var warnings: [Diagnostic] { entries.filter { $0.severity == .warning } }
    /// Whether any error was reported.
    public var hasErrors: Bool { entries.contains { $0.severity == .error } }

    /// The entries sorted by file, line and column, for stable output.
    public var sorted: [Diagnostic] {
        entries.enumerated().sorted { a, b in
            let (l, r) = (a.element.location, b.element.location)
            if l.file != r.file { return l.file < r.file }
            if l.line != r.line { return l.line < r.line }
            if l.column != r.column { return l.column < r.column }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// How many problems of one kind in one file are listed before the rest are only counted.
    public static let repeatLimit = 20

    /// The entries as shown to the user: sorted, and after `repeatLimit` problems of the same kind
    /// in one file (a ragged row on every line, the same unknown township in every row), one more
    /// diagnostic counting the rest, at the first one left out.
    public var listing: [Diagnostic] {
        var seen: [String: Int] = [:]
        var leftOut: [String: (first: Diagnostic, index: Int, count: Int)] = [:]
        var listed: [Diagnostic] = []
        for diagnostic in sorted {
            let kind = diagnostic.kind
            seen[kind, default: 0] += 1
            if seen[kind]! <= Self.repeatLimit {
                listed.append(diagnostic)
            } else if let earlier = leftOut[kind] {
                leftOut[kind] = (earlier.first, earlier.index, earlier.count + 1)
            } else {
                leftOut[kind] = (diagnostic, listed.count, 1)
                listed.append(diagnostic)  // replaced by the count below
            }
        }
        for (first, index, count) in leftOut.values {
            listed[index] = Diagnostic(
                first.severity, at: first.location,
                "……此文件中同类问题另有 \(count) 处未列出（共 \(Self.repeatLimit + count) 处，只列出前 \(Self.repeatLimit) 处）")
        }
        return listed
    }
}

extension Diagnostic {
    /// What makes two problems "the same kind": the file, the severity and the message with its
    /// numbers and quoted values blanked (the first quoted word, usually the column, is kept).
    var kind: String {
        var pattern = ""
        var quotes = 0
        var inQuote = false
        var lastWasDigit = false
        for character in message {
            if character == "“" {
                quotes += 1
                inQuote = true
            } else if character == "”" {
                inQuote = false
            } else if inQuote && quotes > 1 {
                continue
            }
            if character.isASCII && character.isNumber {
                if !lastWasDigit { pattern.append("#") }
                lastWasDigit = true
                continue
            }
            lastWasDigit = false
            pattern.append(character)
        }
        return "\(location.file)|\(location.sheet ?? "")|\(severity.rawValue)|\(pattern)"
    }
}

/// The error a failed run throws: every diagnostic it collected, at least one of them an error.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    /// All diagnostics of the run, errors and warnings.
    public let diagnostics: [Diagnostic]

    /// Creates a failure from the run's diagnostics.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Creates a failure from one error.
    public init(_ message: String, at location: SourceLocation) {
        self.diagnostics = [.error(message, at: location)]
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
