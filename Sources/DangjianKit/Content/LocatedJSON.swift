/// A JSON value with the byte offset where it starts, so that a problem found in it (a township
/// nobody knows, a coordinate outside the globe) can be reported at its line and column.
///
/// Written by hand rather than over JSONSerialization: that parser names neither the place of a
/// value nor, on every platform, the place of a syntax error.
indirect enum LocatedJSON: Sendable {
    case object([(key: String, value: LocatedJSON)], offset: Int)
    case array([LocatedJSON], offset: Int)
    case string(String, offset: Int)
    case number(Double, offset: Int)
    case bool(Bool, offset: Int)
    case null(offset: Int)

    /// The byte offset of the value's first character.
    var offset: Int {
        switch self {
        case .object(_, let offset), .array(_, let offset), .string(_, let offset), .number(_, let offset),
            .bool(_, let offset), .null(let offset):
            offset
        }
    }

    /// The value of `key` in an object; nil for a missing key or a value that is not an object.
    subscript(key: String) -> LocatedJSON? {
        guard case .object(let members, _) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The items of an array; nil for anything else.
    var items: [LocatedJSON]? {
        if case .array(let items, _) = self { return items }
        return nil
    }

    /// A string, or a number written as text (a code given as a number: 331190001); nil otherwise.
    var text: String? {
        switch self {
        case .string(let text, _): return text
        case .number(let value, _):
            guard value.rounded() == value, abs(value) < 1e15 else { return "\(value)" }
            return String(Int(value))
        default: return nil
        }
    }

    /// A number; nil for anything else.
    var number: Double? {
        if case .number(let value, _) = self { return value }
        return nil
    }
}

/// Why a JSON text could not be read, at the byte offset of the problem.
struct JSONSyntaxError: Error, Equatable {
    /// What is wrong, in Chinese.
    let message: String
    /// The byte offset of the offending character (the length of the text at its end).
    let offset: Int
}

/// Parses JSON (RFC 8259) from UTF-8 bytes into `LocatedJSON`.
struct LocatedJSONParser {
    /// Nesting deeper than this is refused rather than risking the stack: GeoJSON needs 6.
    static let maximumDepth = 64

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0

    /// Prepares to parse `bytes`; a UTF-8 byte order mark is skipped.
    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The single value of the text; throws at the first syntax error.
    mutating func parse() throws(JSONSyntaxError) -> LocatedJSON {
        skipSpace()
        let value = try parseValue()
        skipSpace()
        guard position == bytes.count else { throw failure("JSON 值之后还有多余的内容") }
        return value
    }

    /// The 1-based line and column (in characters) of a byte offset of `bytes`.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // Continuation bytes belong to the character already counted.
                column += 1
            }
        }
        return (line, column)
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> LocatedJSON {
        guard position < bytes.count else { throw failure("JSON 内容意外结束") }
        let start = position
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString(), offset: start)
        case UInt8(ascii: "t"):
            try expectWord("true")
            return .bool(true, offset: start)
        case UInt8(ascii: "f"):
            try expectWord("false")
            return .bool(false, offset: start)
        case UInt8(ascii: "n"):
            try expectWord("null")
            return .null(offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber(), offset: start)
        default: throw failure("此处应为 JSON 值，实际为“\(characterAtPosition)”")
        }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> LocatedJSON {
        let start = position
        try enter()
        position += 1
        var members: [(key: String, value: LocatedJSON)] = []
        skipSpace()
        if peek(UInt8(ascii: "}")) {
            position += 1
            depth -= 1
            return .object(members, offset: start)
        }
        while true {
            skipSpace()
            guard peek(UInt8(ascii: "\"")) else { throw failure("此处应为带双引号的键名，实际为“\(characterAtPosition)”") }
            let key = try parseString()
            skipSpace()
            guard peek(UInt8(ascii: ":")) else { throw failure("键“\(key)”之后应为冒号") }
            position += 1
            skipSpace()
            members.append((key, try parseValue()))
            skipSpace()
            if peek(UInt8(ascii: ",")) {
                position += 1
            } else if peek(UInt8(ascii: "}")) {
                position += 1
                depth -= 1
                return .object(members, offset: start)
            } else {
                throw failure("对象中此处应为逗号或“}”，实际为“\(characterAtPosition)”")
            }
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> LocatedJSON {
        let start = position
        try enter()
        position += 1
        var items: [LocatedJSON] = []
        skipSpace()
        if peek(UInt8(ascii: "]")) {
            position += 1
            depth -= 1
            return .array(items, offset: start)
        }
        while true {
            skipSpace()
            items.append(try parseValue())
            skipSpace()
            if peek(UInt8(ascii: ",")) {
                position += 1
            } else if peek(UInt8(ascii: "]")) {
                position += 1
                depth -= 1
                return .array(items, offset: start)
            } else {
                throw failure("数组中此处应为逗号或“]”，实际为“\(characterAtPosition)”")
            }
        }
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        position += 1
        var scalars: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                guard let text = String(validating: scalars, as: UTF8.self) else {
                    throw failure("字符串不是有效的 UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                position += 1
                guard position < bytes.count else { break }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escape)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"):
                    var value = try hexQuad()
                    if (0xD800..<0xDC00).contains(value), bytes[position...].starts(with: Array("\\u".utf8)) {
                        position += 2
                        let low = try hexQuad()
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    }
                    scalars.append(
                        contentsOf: Array(String(Unicode.Scalar(value).map(Character.init) ?? "\u{FFFD}").utf8))
                default:
                    position -= 1
                    throw failure("无效的转义“\\\(characterAtPosition)”")
                }
            case 0..<0x20:
                throw failure("字符串中有未转义的控制字符（字符串可能缺少结尾的双引号）")
            default:
                scalars.append(byte)
                position += 1
            }
        }
        throw failure("字符串没有结尾的双引号")
    }

    private mutating func hexQuad() throws(JSONSyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count,
            let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
        else { throw failure("“\\u”之后应为 4 位十六进制数") }
        position += 4
        return value
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = position
        if peek(UInt8(ascii: "-")) { position += 1 }
        func digits() -> Int {
            let from = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                position += 1
            }
            return position - from
        }
        guard digits() > 0 else { throw failure("数字格式不正确") }
        if peek(UInt8(ascii: ".")) {
            position += 1
            guard digits() > 0 else { throw failure("小数点后应有数字") }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            position += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { position += 1 }
            guard digits() > 0 else { throw failure("指数部分应有数字") }
        }
        guard let value = Double(String(decoding: bytes[start..<position], as: UTF8.self)), value.isFinite else {
            position = start
            throw failure("数字超出范围")
        }
        return value
    }

    private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
        guard bytes[position...].starts(with: Array(word.utf8)) else {
            throw failure("此处应为 JSON 值，实际为“\(characterAtPosition)”")
        }
        position += word.utf8.count
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw failure("嵌套超过 \(Self.maximumDepth) 层") }
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool {
        position < bytes.count && bytes[position] == byte
    }

    /// The character at the current position, for messages ("文件结尾" at the end).
    private var characterAtPosition: String {
        guard position < bytes.count else { return "文件结尾" }
        var end = position + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[position..<end], as: UTF8.self)
    }

    private func failure(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(message: message, offset: position)
    }
}
