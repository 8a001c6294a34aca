import Foundation

/// One part's uncompressed bytes, pulled by XMLParser a buffer at a time.
///
/// At no point is the whole part in memory: each `read` decompresses at most the caller's buffer
/// from at most `inputChunkSize` compressed bytes. The stream fails (read returns -1, `failure`
/// says why) when the output would pass the declared size, when the compressed data runs out
/// before the DEFLATE stream ends, or when the checksum does not match.
final class PartStream: InputStream {
    /// Why reading stopped early; nil while all is well.
    private(set) var failure: WorkbookArchive.Failure?
    private let archive: WorkbookArchive
    private let entry: WorkbookArchive.Entry
    private let inflater: Inflater?
    private var nextOffset: UInt64
    private var compressedLeft: UInt64
    private var input = Data()
    private var inputStart = 0
    private var produced: UInt64 = 0
    private var checksum: UInt32 = 0
    private var finished = false

    static let inputChunkSize = 64 * 1024

    init(archive: WorkbookArchive, entry: WorkbookArchive.Entry, dataOffset: UInt64, inflater: Inflater?) {
        self.archive = archive
        self.entry = entry
        self.inflater = inflater
        nextOffset = dataOffset
        compressedLeft = entry.compressedSize
        super.init(data: Data())
    }

    override func open() {}
    override func close() {}
    override var hasBytesAvailable: Bool { !finished && failure == nil }
    override var streamError: Error? { failure }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        guard failure == nil else { return -1 }
        guard length > 0 else { return 0 }
        do {
            return try fill(UnsafeMutableRawBufferPointer(start: buffer, count: max(0, length)))
        } catch {
            failure = error
            return -1
        }
    }
}

extension PartStream {
    /// Writes the next bytes of the part into `buffer`; 0 only at the verified end of the part.
    fileprivate func fill(_ buffer: UnsafeMutableRawBufferPointer) throws(WorkbookArchive.Failure) -> Int {
        while !finished {
            if inputStart == input.count, compressedLeft > 0 {
                let count = Int(min(compressedLeft, UInt64(Self.inputChunkSize)))
                input = try archive.read(at: nextOffset, count: count, for: entry.path)
                guard input.count == count else { throw .truncated(entry.path) }
                inputStart = 0
                nextOffset += UInt64(count)
                compressedLeft -= UInt64(count)
            }
            // Room for one byte past the declared size, so that a lying header is caught at once.
            let room = min(UInt64(buffer.count), entry.uncompressedSize - produced + 1)
            let output = UnsafeMutableRawBufferPointer(rebasing: buffer[..<Int(room)])
            let step = try inflateStep(into: output)
            inputStart += step.consumed
            produced += UInt64(step.produced)
            checksum = Inflater.crc32(checksum, UnsafeRawBufferPointer(rebasing: output[..<step.produced]))
            if produced > entry.uncompressedSize {
                throw .largerThanDeclared(entry.path, declared: entry.uncompressedSize)
            }
            if step.finished { try finish() }
            if step.produced > 0 { return step.produced }
            if !step.finished, step.consumed == 0 {
                throw inputStart == input.count && compressedLeft == 0
                    ? .truncated(entry.path) : .corruptData(entry.path)
            }
        }
        return 0
    }

    /// Decompresses (or, for a stored part, copies) from the pending input into `output`.
    fileprivate func inflateStep(into output: UnsafeMutableRawBufferPointer) throws(WorkbookArchive.Failure)
        -> Inflater.Step
    {
        let pending = input.count - inputStart
        guard let inflater else {
            let count = min(pending, output.count)
            input.withUnsafeBytes { source in
                output.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[inputStart..<inputStart + count]))
            }
            let ended = inputStart + count == input.count && compressedLeft == 0
            return Inflater.Step(consumed: count, produced: count, finished: ended)
        }
        do {
            return try input.withUnsafeBytes { source throws(Inflater.Failure) in
                try inflater.inflate(UnsafeRawBufferPointer(rebasing: source[inputStart...]), into: output)
            }
        } catch {
            throw .corruptData(entry.path)
        }
    }

    /// Checks the size and checksum once the stream has ended.
    fileprivate func finish() throws(WorkbookArchive.Failure) {
        finished = true
        if produced != entry.uncompressedSize {
            throw .smallerThanDeclared(entry.path, declared: entry.uncompressedSize, actual: produced)
        }
        if checksum != entry.checksum { throw .checksumMismatch(entry.path) }
    }
}
