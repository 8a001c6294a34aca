import Foundation

/// Turns the bytes of a text file into a string, detecting the encoding without configuration.
///
/// Files come from Excel on Chinese Windows (GB18030/GBK) as often as from modern editors
/// (UTF-8, with or without BOM). UTF-8 is tried first because UTF-8 bytes also decode as
/// GB18030, into mojibake, without failing.
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
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = bytes.dropFirst(3)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, encoding: .utf8)
        }
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
}
