import CZlibInflate

/// Raw DEFLATE decompression (RFC 1951, as ZIP stores it), pulled one output buffer at a time.
///
/// All zlib calls live in this file. The caller hands in compressed input and an output buffer
/// and learns how much of each was used, so a reader can stop at any byte count instead of
/// letting the decompressor run to the end of a stream whose length it does not control.
final class Inflater {
    /// What one call did: input bytes consumed, output bytes written, and whether the stream ended.
    struct Step {
        let consumed: Int
        let produced: Int
        let finished: Bool
    }

    /// The compressed data is not valid DEFLATE, or zlib could not allocate its state.
    struct Failure: Error {}

    /// zlib's state points back at the `z_stream`, so the stream lives at one fixed address.
    private let stream: UnsafeMutablePointer<z_stream>

    /// Starts a raw DEFLATE stream (no zlib or gzip header).
    init() throws(Failure) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = inflateInit2_(stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw Failure()
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Decompresses from `input` into `output` until one of them is used up or the stream ends.
    ///
    /// A step that consumes and produces nothing while input and output space remain means the
    /// data is broken; zlib reports it as an error, which this turns into `Failure`.
    func inflate(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) throws(Failure) -> Step {
        guard let outputBase = output.baseAddress, output.count > 0 else {
            return Step(consumed: 0, produced: 0, finished: false)
        }
        let inputCount = UInt32(clamping: input.count)
        let outputCount = UInt32(clamping: output.count)
        // zlib never writes through next_in; the pointer is mutable only in its C declaration.
        stream.pointee.next_in = UnsafeMutablePointer(
            mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = input.baseAddress == nil ? 0 : inputCount
        stream.pointee.next_out = outputBase.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = outputCount
        let status = CZlibInflate.inflate(stream, Z_NO_FLUSH)
        let consumed = Int(inputCount - stream.pointee.avail_in)
        let produced = Int(outputCount - stream.pointee.avail_out)
        stream.pointee.next_in = nil
        stream.pointee.next_out = nil
        switch status {
        case Z_STREAM_END:
            return Step(consumed: consumed, produced: produced, finished: true)
        case Z_OK, Z_BUF_ERROR:
            // Z_BUF_ERROR only says no progress was possible with what was given; the caller
            // decides whether more input exists.
            return Step(consumed: consumed, produced: produced, finished: false)
        default:
            throw Failure()
        }
    }

    /// The CRC-32 that ZIP stores for each entry, continued over `bytes`.
    static func crc32(_ checksum: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return checksum }
        var result = UInt(checksum)
        var offset = 0
        while offset < bytes.count {
            let length = min(bytes.count - offset, Int(UInt32.max))
            result = CZlibInflate.crc32(result, (base + offset).assumingMemoryBound(to: Bytef.self), UInt32(length))
            offset += length
        }
        return UInt32(truncatingIfNeeded: result)
    }
}
