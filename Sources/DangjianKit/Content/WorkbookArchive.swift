import Foundation

/// The parts of an Office file (.xlsx or .docx, a ZIP archive): its central directory, and one
/// part at a time as a stream of bytes that stops at the part's declared size. Named for the
/// workbooks it was first written for; `DocxReader` reads Word documents through it too.
///
/// The reader trusts nothing in the file. Every offset and length is checked against the file's
/// size before it is used; a part's declared sizes are checked against the caller's limits before
/// anything is decompressed; decompression reads no more than the declared compressed size and
/// fails as soon as the output grows past the declared uncompressed size, so a lying header costs
/// at most one buffer. ZIPFoundation is not used here: on Linux its inflate loop spins forever on
/// a DEFLATE stream that runs to the end of the file (a 600-byte workbook hung the build) and it
/// reads past an entry's declared compressed size.
final class WorkbookArchive {
    /// One file in the archive, as its central directory describes it.
    struct Entry {
        let path: String
        /// 0 stored, 8 DEFLATE; other methods are refused.
        let method: UInt16
        let isEncrypted: Bool
        let checksum: UInt32
        let compressedSize: UInt64
        let uncompressedSize: UInt64
        let localHeaderOffset: UInt64
    }

    /// Why the archive or one of its parts cannot be read.
    enum Failure: Error, Equatable {
        /// No end-of-central-directory record, or the file cannot be read at all.
        case notZIP
        /// The central directory is larger than `limit` bytes.
        case directoryTooLarge(size: UInt64, limit: UInt64)
        /// An offset or length in the directory points outside the file, or a signature is wrong.
        case damagedDirectory
        /// Two entries have the same path.
        case duplicatePart(String)
        case encrypted(String)
        case unsupportedMethod(String, UInt16)
        /// The declared uncompressed size is above the limit for this part.
        case partTooLarge(String, size: UInt64, limit: UInt64)
        /// The declared sizes give a compression ratio above `limit`:1.
        case compressionRatio(String, compressed: UInt64, uncompressed: UInt64, limit: UInt64)
        /// Decompression produced more bytes than the header declared.
        case largerThanDeclared(String, declared: UInt64)
        /// The stream ended before the declared size.
        case smallerThanDeclared(String, declared: UInt64, actual: UInt64)
        /// The compressed data ended before the DEFLATE stream did.
        case truncated(String)
        /// The compressed data is not valid DEFLATE.
        case corruptData(String)
        case checksumMismatch(String)
        /// Reading the file failed (an I/O error).
        case unreadable(String)
    }

    /// Bounds applied when a part is opened.
    struct PartLimits {
        /// The largest uncompressed size accepted for the part.
        let maximumSize: UInt64
        /// The largest ratio of uncompressed to compressed size accepted…
        let maximumRatio: UInt64
        /// …for parts larger than this; small parts may compress as well as they like.
        let ratioExemptSize: UInt64
    }

    /// The largest central directory read: an .xlsx or .docx has a few dozen entries of about 100 bytes.
    static let maximumDirectorySize: UInt64 = 4 << 20

    /// The entries by path.
    let entries: [String: Entry]
    private let handle: FileHandle
    private let fileSize: UInt64

    /// Opens the archive at `url` and reads its central directory.
    init(url: URL) throws(Failure) {
        do {
            handle = try FileHandle(forReadingFrom: url)
            fileSize = try handle.seekToEnd()
        } catch {
            throw .notZIP
        }
        do {
            entries = try Self.readDirectory(handle, fileSize: fileSize)
        } catch {
            try? handle.close()
            throw error
        }
    }

    deinit {
        try? handle.close()
    }

    /// A stream of the part's uncompressed bytes, after checking its declared sizes against `limits`.
    func open(_ entry: Entry, limits: PartLimits) throws(Failure) -> PartStream {
        if entry.isEncrypted { throw .encrypted(entry.path) }
        guard entry.method == 0 || entry.method == 8 else { throw .unsupportedMethod(entry.path, entry.method) }
        if entry.uncompressedSize > limits.maximumSize {
            throw .partTooLarge(entry.path, size: entry.uncompressedSize, limit: limits.maximumSize)
        }
        let (ratioBound, overflow) = entry.compressedSize.multipliedReportingOverflow(by: limits.maximumRatio)
        if entry.uncompressedSize > limits.ratioExemptSize, !overflow, entry.uncompressedSize > ratioBound {
            throw .compressionRatio(
                entry.path, compressed: entry.compressedSize, uncompressed: entry.uncompressedSize,
                limit: limits.maximumRatio)
        }
        if entry.method == 0, entry.compressedSize != entry.uncompressedSize {
            throw .smallerThanDeclared(entry.path, declared: entry.uncompressedSize, actual: entry.compressedSize)
        }
        guard entry.localHeaderOffset <= fileSize else { throw .damagedDirectory }
        let header = try read(at: entry.localHeaderOffset, count: 30, for: entry.path)
        guard header.uint32(at: 0) == 0x0403_4b50, let nameLength = header.uint16(at: 26),
            let extraLength = header.uint16(at: 28)
        else { throw .damagedDirectory }
        let dataOffset = entry.localHeaderOffset + 30 + UInt64(nameLength) + UInt64(extraLength)
        guard dataOffset <= fileSize, entry.compressedSize <= fileSize - dataOffset else {
            throw .truncated(entry.path)
        }
        let inflater: Inflater?
        do {
            inflater = entry.method == 8 ? try Inflater() : nil
        } catch {
            throw .corruptData(entry.path)
        }
        return PartStream(archive: self, entry: entry, dataOffset: dataOffset, inflater: inflater)
    }

    /// `count` bytes at `offset`; fewer only if the file is shorter.
    func read(at offset: UInt64, count: Int, for path: String) throws(Failure) -> Data {
        do {
            try handle.seek(toOffset: offset)
            return try handle.read(upToCount: count) ?? Data()
        } catch {
            throw .unreadable(path)
        }
    }
}

extension WorkbookArchive {
    /// The end-of-central-directory record is 22 bytes plus a comment of up to 65,535 bytes.
    fileprivate static let endRecordSearchSize: UInt64 = 22 + 0xFFFF

    fileprivate static func readDirectory(_ handle: FileHandle, fileSize: UInt64) throws(Failure) -> [String: Entry] {
        let tailSize = min(fileSize, endRecordSearchSize)
        let tail: Data
        do {
            try handle.seek(toOffset: fileSize - tailSize)
            tail = try handle.read(upToCount: Int(tailSize)) ?? Data()
        } catch {
            throw .notZIP
        }
        guard let end = endRecord(in: tail) else { throw .notZIP }
        var count = UInt64(tail.uint16(at: end + 10) ?? 0)
        var size = UInt64(tail.uint32(at: end + 12) ?? 0)
        var offset = UInt64(tail.uint32(at: end + 16) ?? 0)
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            (count, size, offset) = try zip64Directory(handle, tail: tail, end: end, fileSize: fileSize)
        }
        if size > maximumDirectorySize { throw .directoryTooLarge(size: size, limit: maximumDirectorySize) }
        guard offset <= fileSize, size <= fileSize - offset else { throw .damagedDirectory }
        let directory: Data
        do {
            try handle.seek(toOffset: offset)
            directory = try handle.read(upToCount: Int(size)) ?? Data()
        } catch {
            throw .notZIP
        }
        guard directory.count == Int(size) else { throw .damagedDirectory }
        var entries: [String: Entry] = [:]
        var position = 0
        // Each record is at least 46 bytes, so the count cannot make this loop longer than the directory.
        for _ in 0..<min(count, size / 46) {
            let (entry, next) = try directoryRecord(directory, at: position)
            if entries[entry.path] != nil { throw .duplicatePart(entry.path) }
            entries[entry.path] = entry
            position = next
        }
        return entries
    }

    /// The offset of the end-of-central-directory record in the file's tail, searching backwards.
    fileprivate static func endRecord(in tail: Data) -> Int? {
        var position = tail.count - 22
        while position >= 0 {
            if tail.uint32(at: position) == 0x0605_4b50 { return position }
            position -= 1
        }
        return nil
    }

    /// Entry count, size and offset of the central directory from the ZIP64 end record.
    fileprivate static func zip64Directory(_ handle: FileHandle, tail: Data, end: Int, fileSize: UInt64) throws(Failure)
        -> (
            UInt64, UInt64, UInt64
        )
    {
        guard end >= 20, tail.uint32(at: end - 20) == 0x0706_4b50, let recordOffset = tail.uint64(at: end - 12),
            recordOffset <= fileSize, fileSize - recordOffset >= 56
        else { throw .damagedDirectory }
        let record: Data
        do {
            try handle.seek(toOffset: recordOffset)
            record = try handle.read(upToCount: 56) ?? Data()
        } catch {
            throw .notZIP
        }
        guard record.uint32(at: 0) == 0x0606_4b50, let count = record.uint64(at: 32),
            let size = record.uint64(at: 40), let offset = record.uint64(at: 48)
        else { throw .damagedDirectory }
        return (count, size, offset)
    }

    /// One central directory record at `position` and the position of the next.
    fileprivate static func directoryRecord(_ directory: Data, at position: Int) throws(Failure) -> (Entry, Int) {
        guard directory.uint32(at: position) == 0x0201_4b50, let flags = directory.uint16(at: position + 8),
            let method = directory.uint16(at: position + 10), let checksum = directory.uint32(at: position + 16),
            let compressed = directory.uint32(at: position + 20),
            let uncompressed = directory.uint32(at: position + 24),
            let nameLength = directory.uint16(at: position + 28), let extraLength = directory.uint16(at: position + 30),
            let commentLength = directory.uint16(at: position + 32), let offset = directory.uint32(at: position + 42)
        else { throw .damagedDirectory }
        let nameStart = position + 46
        let extraStart = nameStart + Int(nameLength)
        let next = extraStart + Int(extraLength) + Int(commentLength)
        guard next <= directory.count else { throw .damagedDirectory }
        let base = directory.startIndex
        let path = String(decoding: directory[base + nameStart..<base + extraStart], as: UTF8.self)
        var sizes = (uncompressed: UInt64(uncompressed), compressed: UInt64(compressed), offset: UInt64(offset))
        // ZIP64 extended information (header 0x0001) holds, in this order, each field that is all ones above.
        var extra = extraStart
        while extra + 4 <= extraStart + Int(extraLength) {
            guard let id = directory.uint16(at: extra), let length = directory.uint16(at: extra + 2) else { break }
            if id == 0x0001 {
                var field = extra + 4
                func wide(_ narrow: UInt64) throws(Failure) -> UInt64 {
                    guard narrow == 0xFFFF_FFFF else { return narrow }
                    guard field + 8 <= extra + 4 + Int(length), let value = directory.uint64(at: field) else {
                        throw .damagedDirectory
                    }
                    field += 8
                    return value
                }
                sizes.uncompressed = try wide(sizes.uncompressed)
                sizes.compressed = try wide(sizes.compressed)
                sizes.offset = try wide(sizes.offset)
            }
            extra += 4 + Int(length)
        }
        let entry = Entry(
            path: path, method: method, isEncrypted: flags & 1 != 0, checksum: checksum,
            compressedSize: sizes.compressed, uncompressedSize: sizes.uncompressed, localHeaderOffset: sizes.offset)
        return (entry, next)
    }
}

extension Data {
    /// Little-endian integers at a byte offset from the start; nil when out of bounds.
    fileprivate func uint16(at offset: Int) -> UInt16? {
        integer(at: offset, width: 2).map { UInt16(truncatingIfNeeded: $0) }
    }

    fileprivate func uint32(at offset: Int) -> UInt32? {
        integer(at: offset, width: 4).map { UInt32(truncatingIfNeeded: $0) }
    }

    fileprivate func uint64(at offset: Int) -> UInt64? {
        integer(at: offset, width: 8)
    }

    private func integer(at offset: Int, width: Int) -> UInt64? {
        guard offset >= 0, offset <= count - width else { return nil }
        var value: UInt64 = 0
        for index in (0..<width).reversed() {
            value = value << 8 | UInt64(self[startIndex + offset + index])
        }
        return value
    }
}
