import Foundation

/// The pixel size of a PNG or JPEG file, read from its header so pages can set width and height
/// (no layout shift while photos load lazily). Written by hand: Foundation on Linux has no image
/// decoding, and only the header is needed.
public struct ImageSize: Sendable, Equatable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int

    /// Reads the size from a file's bytes; nil when it is neither PNG nor JPEG or is truncated.
    public init?(data: Data) {
        let bytes = [UInt8](data.prefix(256 * 1024))
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            // The IHDR chunk follows the signature: width and height as big-endian 32-bit integers.
            guard bytes.count >= 24 else { return nil }
            width = Self.bigEndian(bytes, 16, 4)
            height = Self.bigEndian(bytes, 20, 4)
            return
        }
        guard bytes.starts(with: [0xFF, 0xD8]) else { return nil }
        // Walk the JPEG segments to the first start-of-frame marker (C0–CF but C4, C8 and CC).
        var index = 2
        while index + 9 < bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF {
                index += 1
                continue
            }
            let length = Self.bigEndian(bytes, index + 2, 2)
            if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                height = Self.bigEndian(bytes, index + 5, 2)
                width = Self.bigEndian(bytes, index + 7, 2)
                return
            }
            index += 2 + length
        }
        return nil
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
        bytes[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
    }
}
