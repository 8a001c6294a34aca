import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the last build of an output wrote, kept beside the output as `.<output>.dangjian-state`:
/// the fingerprint of its inputs, what it printed, and every file's content hash, size and
/// modification time.
///
/// A build whose inputs have the fingerprint of the last build, over a site whose files all still
/// have their recorded size and time, writes nothing. Any other build renders every page and
/// compares each file's hash with the record: an unchanged file is hard-linked from the current
/// site into the new one (same inode, same time), only changed files are written. Timestamps
/// alone never decide: they only confirm that a file is still the one the record describes.
/// Kept beside the site rather than in it, because warnings may quote the data.
struct OutputState: Equatable {
    /// A file of the site as the last build left it.
    struct FileRecord: Equatable {
        let hash: ContentHash
        let size: Int
        /// Modification time in nanoseconds since 1970.
        let modified: Int64
    }

    /// The fingerprint of the inputs (`InputFingerprint`).
    var inputs: ContentHash
    /// HTML pages of the site.
    var pages: Int
    /// The line saying what the audience left out, if anything.
    var leftOut: String?
    /// The warnings the build printed.
    var warnings: [Diagnostic]
    /// Every file by output path.
    var files: [String: FileRecord]

    private static let header = "dangjian-state 1"

    /// The state file of an output folder.
    static func location(of output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).dangjian-state")
    }

    /// The state left by the last build, or nil when there is none or it cannot be read (a build
    /// then writes every file).
    static func read(for output: URL) -> OutputState? {
        guard let data = FileManager.default.contents(atPath: location(of: output).path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard lines.popFirst() == Substring(header) else { return nil }
        var state = OutputState(inputs: ContentHash(Data()), pages: 0, leftOut: nil, warnings: [], files: [:])
        let decoder = JSONDecoder()
        for line in lines where !line.isEmpty {
            guard let space = line.firstIndex(of: " ") else { return nil }
            let key = line[..<space]
            let value = line[line.index(after: space)...]
            switch key {
            case "inputs":
                guard let hash = ContentHash(hex: value) else { return nil }
                state.inputs = hash
            case "pages": state.pages = Int(value) ?? 0
            case "leftout": state.leftOut = String(value)
            case "warning":
                guard let warning = try? decoder.decode(Diagnostic.self, from: Data(value.utf8)) else { return nil }
                state.warnings.append(warning)
            case "file":
                let fields = value.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
                guard fields.count == 4, let hash = ContentHash(hex: fields[0]), let size = Int(fields[1]),
                    let modified = Int64(fields[2])
                else { return nil }
                state.files[String(fields[3])] = FileRecord(hash: hash, size: size, modified: modified)
            default: return nil
            }
        }
        return state
    }

    /// Writes the state beside `output` (a new file renamed over the old one).
    func write(for output: URL) throws {
        var text = Self.header + "\n"
        text += "inputs \(inputs)\npages \(pages)\n"
        if let leftOut { text += "leftout \(leftOut.replacingOccurrences(of: "\n", with: " "))\n" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for warning in warnings {
            text += "warning " + String(decoding: try encoder.encode(warning), as: UTF8.self) + "\n"
        }
        for (path, record) in files.sorted(by: { $0.key < $1.key }) where !path.contains("\n") {
            text += "file \(record.hash) \(record.size) \(record.modified) \(path)\n"
        }
        let target = Self.location(of: output)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(
            target.lastPathComponent + ".new-\(ProcessInfo.processInfo.processIdentifier)")
        try SiteWriter.write(Data(text.utf8), to: temporary)
        guard rename(temporary.path, target.path) == 0 else {
            let failure = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            unlink(temporary.path)
            throw failure
        }
    }

    /// Whether `output` holds exactly the recorded files (besides the marker), each with its
    /// recorded size and time: nothing edited, added or removed since.
    func filesAreIntact(in output: URL) -> Bool {
        guard let enumerator = FileManager.default.enumerator(atPath: output.path) else { return false }
        var found = 0
        while let path = enumerator.nextObject() as? String {
            let full = output.appendingPathComponent(path).path
            guard let status = Self.stat(full) else {
                // Folders are walked; anything else that is not a regular file was not written here.
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue {
                    continue
                }
                return false
            }
            if path == SiteWriter.markerName || path == ".gitkeep" { continue }
            guard let record = files[path], record.size == status.size, record.modified == status.modified else {
                return false
            }
            found += 1
        }
        return found == files.count
    }

    /// The size and modification time of a regular file (links not followed); nil for anything else.
    static func stat(_ path: String) -> (size: Int, modified: Int64)? {
        var status = FileStatus()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return (Int(status.st_size), modified(status))
    }

    /// A stat's modification time in nanoseconds.
    static func modified(_ status: FileStatus) -> Int64 {
        #if canImport(Glibc)
            Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        #else
            Int64(status.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(status.st_mtimespec.tv_nsec)
        #endif
    }
}

#if canImport(Glibc)
    typealias FileStatus = Glibc.stat
#else
    typealias FileStatus = Darwin.stat
#endif
