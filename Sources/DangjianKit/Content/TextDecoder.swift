import Foundation

/// Turns the bytes of a text file into a string, detecting the encoding without configuration.
///
/// Files come from Excel on Chinese Windows (GB18030/GBK) as often as from modern editors
/// (UTF-8, with or without BOM). UTF-8 is tried first because UTF-8 bytes also decode as
/// GB18030, into mojibake, without failing. A UTF-8 file with a few damaged characters (cut off
/// at the end, one bad byte) is told from a GB18030 file by its many valid multi-byte UTF-8
/// sequences — GB18030 text forms few — and reported where the damage is, never decoded as GB18030.
public struct TextDecoder: Sendable {
    /// The encodings a file may turn out to be in.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case gb18030 = "GB18030"
    }

    /// A decoded file and the encoding it was in.
    public struct Decoded: Sendable {
        /// The text, without a byte-order mark.
        public let text: String
        /// The encoding that was detected.
        public let encoding: Encoding
    }

    /// GB18030-2000 as Foundation on Linux names it; GBK is a subset and decodes with it.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Creates a decoder.
    public init() {}

    /// Decodes `data`; throws a diagnostic at `file` when it is neither UTF-8 nor GB18030.
    public func decode(_ data: Data, file: String) throws(BuildFailure) -> Decoded {
        let bytes = Self.withoutByteOrderMark(data)
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, encoding: .utf8)
        }
        let scan = UTF8Scan(bytes)
        if scan.isDamagedUTF8 { throw scan.failure(bytes, file: file) }
        // Text files never hold NUL or other C0 controls besides tab and line breaks; bytes that
        // decode into them (UTF-16, binary files) are not GB18030 text either.
        let isControl = { (scalar: Unicode.Scalar) in
            scalar.value == 0xFFFD || (scalar.value < 0x20 && ![0x09, 0x0A, 0x0D].contains(scalar.value))
        }
        if !bytes.contains(0), let text = String(data: Data(bytes), encoding: Self.gb18030),
            !text.unicodeScalars.contains(where: isControl)
        {
            return Decoded(text: text, encoding: .gb18030)
        }
        throw BuildFailure(
            "无法识别文件编码：既不是 UTF-8 也不是 GB18030/GBK，请在 Excel 中另存为“CSV UTF-8”后重试",
            at: SourceLocation(file: file))
    }

    /// Decodes a file that must be UTF-8 (site.yaml, Markdown), without its byte-order mark; a
    /// damaged character is reported where it is.
    public func decodeUTF8(_ data: Data, file: String) throws(BuildFailure) -> String {
        let bytes = Self.withoutByteOrderMark(data)
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let scan = UTF8Scan(bytes)
        if scan.isDamagedUTF8 { throw scan.failure(bytes, file: file) }
        throw BuildFailure(
            "文件不是 UTF-8 编码（可能是 GB18030/GBK）：请在编辑器中另存为 UTF-8 后重试", at: SourceLocation(file: file))
    }

    /// The bytes after a UTF-8 byte-order mark, or all of them.
    private static func withoutByteOrderMark(_ data: Data) -> Data.SubSequence {
        data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
    }
}

/// Counts the valid multi-byte UTF-8 sequences of some bytes and the invalid ones.
private struct UTF8Scan {
    /// Valid sequences of two to four bytes (every Chinese character in UTF-8 is one).
    var multiByte = 0
    /// Invalid sequences: a stray or wrong byte, a character cut short.
    var invalid = 0
    /// The offset of the first invalid sequence and its bytes.
    var firstInvalid: Range<Data.Index>?

    /// GB18030 text forms about one valid multi-byte UTF-8 sequence per three invalid ones (0.2–0.3
    /// in the sample data saved as GB18030); a UTF-8 file with a damaged character has dozens or
    /// thousands of valid ones per invalid one.
    static let ratio = 4

    /// Scans `bytes`, taking each invalid sequence as long as its valid prefix (a cut character
    /// counts once).
    init(_ bytes: Data.SubSequence) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length = Self.sequenceLength(lead)
            // The allowed range of the second byte (narrower after E0, ED, F0, F4: no overlong
            // forms, no surrogates, nothing above U+10FFFF), then 80–BF.
            let second: ClosedRange<UInt8> =
                switch lead {
                case 0xE0: 0xA0...0xBF
                case 0xED: 0x80...0x9F
                case 0xF0: 0x90...0xBF
                case 0xF4: 0x80...0x8F
                default: 0x80...0xBF
                }
            var end = index + 1
            while length > 0, end < index + length, end < bytes.endIndex,
                (end == index + 1 ? second : 0x80...0xBF).contains(bytes[end])
            {
                end += 1
            }
            if length > 0 && end == index + length {
                multiByte += 1
            } else {
                invalid += 1
                firstInvalid = firstInvalid ?? index..<end
            }
            index = end
        }
    }

    /// The length a lead byte announces; 0 for a byte that cannot start a sequence.
    static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }

    /// Whether the bytes are UTF-8 with a few damaged characters rather than another encoding.
    var isDamagedUTF8: Bool {
        invalid > 0 && multiByte >= Self.ratio * invalid
    }

    /// The error at the line and column of the first damaged character.
    func failure(_ bytes: Data.SubSequence, file: String) -> BuildFailure {
        let damaged = firstInvalid ?? bytes.endIndex..<bytes.endIndex
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < damaged.lowerBound {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A || (byte == 0x0D && (index == bytes.endIndex || bytes[index] != 0x0A)) {
                line += 1
                lineStart = index
            }
        }
        let before = String(decoding: bytes[lineStart..<damaged.lowerBound], as: UTF8.self)
        let column = before.unicodeScalars.count + 1
        let hex = bytes[damaged].map { String($0, radix: 16, uppercase: true) }.joined(separator: " ")
        let place = damaged.upperBound == bytes.endIndex ? "文件末尾的最后一个字符不完整（文件可能被截断）" : "这里有一个损坏的字符"
        let others = invalid > 1 ? "；全文共 \(invalid) 处损坏" : ""
        return BuildFailure(
            "文件是 UTF-8 编码，但\(place)：字节 \(hex) 不是完整的 UTF-8 字符\(others)。请在编辑器中改正这个字符（或重新导出文件）后重试",
            at: SourceLocation(file: file, line: line, column: column))
    }
}
