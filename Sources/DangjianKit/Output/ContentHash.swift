import Foundation

/// A 128-bit hash of bytes, for telling whether a file changed between two builds.
///
/// Not cryptographic: it detects accidental change, which is all a rebuild needs. Written here
/// because Foundation has no fast hash and the SHA-256 of swift-crypto runs at a fraction of the
/// speed (the site's 360 MB at city scale are hashed on every build); two independent 64-bit
/// lanes over 8-byte words, each finished with MurmurHash3's 64-bit mix.
struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    private(set) var high: UInt64
    private(set) var low: UInt64

    /// The hash of `bytes`.
    init(_ bytes: UnsafeRawBufferPointer) {
        var a: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F &+ UInt64(bytes.count)
        var index = 0
        let count = bytes.count
        while index + 8 <= count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            a = ((a ^ word) &* 0xFF51_AFD7_ED55_8CCD).rotated(by: 31)
            b = ((b &+ word) &* 0xC4CE_B9FE_1A85_EC53).rotated(by: 27)
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        a = Self.mix(a ^ tail)
        b = Self.mix(b &+ tail &+ a)
        high = a
        low = b
    }

    /// The hash of `data`.
    init(_ data: Data) {
        self = data.withUnsafeBytes { ContentHash($0) }
    }

    /// The hash of a string's UTF-8 bytes.
    init(_ text: String) {
        var text = text
        self = text.withUTF8 { ContentHash(UnsafeRawBufferPointer($0)) }
    }

    /// Reads a hash written by `description`; nil for anything else.
    init?(hex: some StringProtocol) {
        guard hex.utf8.count == 32, let high = UInt64(hex.prefix(16), radix: 16),
            let low = UInt64(hex.suffix(16), radix: 16)
        else { return nil }
        self.high = high
        self.low = low
    }

    /// Folds another hash into this one, order mattering (for a hash of many parts).
    mutating func combine(_ other: ContentHash) {
        high = Self.mix(high ^ other.high &+ 0x9E37_79B9_7F4A_7C15)
        low = Self.mix(low &+ other.low ^ high)
    }

    /// 32 hexadecimal digits.
    var description: String {
        [high, low].map { word in
            let digits = String(word, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}

extension UInt64 {
    fileprivate func rotated(by count: UInt64) -> UInt64 {
        (self << count) | (self >> (64 - count))
    }
}
