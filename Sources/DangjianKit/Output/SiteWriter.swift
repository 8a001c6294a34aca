import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The write stage: publishes the rendered site atomically.
///
/// The new site is written into a staging folder beside the output folder and swapped in only when
/// complete, so a failure at any point leaves the previous output as it was. An existing output
/// folder is replaced only when it is empty or carries the generator's marker file.
public struct SiteWriter: Sendable {
    /// The name of the marker file written at the root of every generated site.
    public static let markerName = ".dangjian-site"

    /// The output folder.
    public let outputDirectory: URL
    /// Whether the replaced site is deleted by a background process after the swap (the command
    /// line does this, so a build need not wait for tens of thousands of unlinks); otherwise the
    /// build deletes it before returning.
    public var deletesPreviousInBackground = false

    /// Creates a writer for an output folder.
    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory.standardizedFileURL
    }

    /// What `publish` did.
    public struct Result: Sendable {
        /// Files written anew.
        public let written: Int
        /// Files identical to the previous site's, hard-linked from it (same inode and time).
        public let unchanged: Int
        /// Every file of the new site.
        let records: [String: OutputState.FileRecord]
    }

    /// Throws when the output folder exists, is not empty, and was not made by this generator.
    public func checkReplaceable() throws(BuildFailure) {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: outputDirectory.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw BuildFailure("输出路径是一个文件而不是目录，拒绝覆盖", at: SourceLocation(file: outputDirectory.path))
        }
        let entries: [String]
        do {
            entries = try fileManager.contentsOfDirectory(atPath: outputDirectory.path)
        } catch {
            throw BuildFailure(
                "无法读取输出目录：\(FileSystemProblem.describe(error))", at: SourceLocation(file: outputDirectory.path))
        }
        let meaningful = entries.filter { $0 != ".gitkeep" && $0 != ".DS_Store" }
        if !meaningful.isEmpty && !entries.contains(Self.markerName) {
            throw BuildFailure(
                "输出目录不是空目录，也不是由 dangjian 生成的（缺少标记文件 \(Self.markerName)），为避免误删文件，拒绝覆盖；请换一个输出目录或先手动清空",
                at: SourceLocation(file: outputDirectory.path))
        }
    }

    /// Writes `files`, copies `copies` (source → path), then swaps the result in.
    ///
    /// Call it while holding the output's `OutputLock`, after `recoverInterruptedPublish()`.
    /// A copy takes the contents of its source: a symbolic link is never copied as a link (it
    /// would point outside the site, or nowhere once the site is on a USB stick). A file whose
    /// hash, size and time match `previous` and whose current copy is still that file is
    /// hard-linked from the current site instead of written (where the file system allows links).
    @discardableResult
    func publish(
        files: [RenderedFile], copies: [(source: URL, path: String)],
        previous: [String: OutputState.FileRecord] = [:]
    ) throws(BuildFailure) -> Result {
        try checkReplaceable()
        let fileManager = FileManager.default
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = sibling(Self.stagingInfix + token)
        let retired = sibling(Self.previousInfix + token)
        var current = staging
        // Each folder is created once (FileManager checks every component of a path each time).
        var folders: Set<String> = []
        func makeFolder(of target: URL) throws {
            let folder = target.deletingLastPathComponent()
            if folders.insert(folder.path).inserted {
                try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            }
        }
        var records: [String: OutputState.FileRecord] = [:]
        var unchanged = 0
        func place(_ data: Data, at path: String) throws {
            let target = try resolve(path, in: staging)
            current = target
            try makeFolder(of: target)
            let hash = ContentHash(data)
            if let record = previous[path], record.hash == hash, record.size == data.count {
                let existing = outputDirectory.appendingPathComponent(path).path
                if let found = OutputState.stat(existing), found.size == record.size, found.modified == record.modified,
                    link(existing, target.path) == 0
                {
                    records[path] = record
                    unchanged += 1
                    return
                }
            }
            let modified = try Self.write(data, to: target)
            records[path] = OutputState.FileRecord(hash: hash, size: data.count, modified: modified)
        }
        /// A file of fixed content (the marker): linked from the current site when it is there.
        func keep(_ name: String, _ data: Data) throws {
            let existing = outputDirectory.appendingPathComponent(name)
            let target = staging.appendingPathComponent(name)
            if fileManager.contents(atPath: existing.path) == data, link(existing.path, target.path) == 0 { return }
            try Self.write(data, to: target)
        }
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                try place(file.data, at: file.path)
            }
            for copy in copies {
                current = copy.source
                let data = try Data(contentsOf: copy.source.resolvingSymlinksInPath())
                try place(data, at: copy.path)
            }
            current = staging
            if fileManager.fileExists(atPath: outputDirectory.appendingPathComponent(".gitkeep").path) {
                try keep(".gitkeep", Data())
            }
            // Everything reaches the disk before the marker, and the marker before the swap: one
            // sync for the whole site instead of Foundation's fsync after every file (perf: 4 s of
            // a 36,000-page build went into those).
            sync()
            try keep(Self.markerName, Data("generated by dangjian\n".utf8))
        } catch let failure as BuildFailure {
            try? fileManager.removeItem(at: staging)
            throw failure
        } catch {
            try? fileManager.removeItem(at: staging)
            throw BuildFailure(
                "写入失败：\(FileSystemProblem.describe(error))（\(current.path)）；原有网站保持不变",
                at: SourceLocation(file: outputDirectory.path))
        }
        try swapIn(staging: staging, retired: retired)
        return Result(written: records.count - unchanged, unchanged: unchanged, records: records)
    }

    /// Puts right what a build killed while publishing left beside the output, and says what it did.
    ///
    /// Must run while holding the output's `OutputLock`: every staging or retired folder then
    /// belongs to a build that is no longer running. A kill between the two renames of a publish
    /// leaves no output: the previous site (retired) is moved back, or, when there was none, the
    /// complete new site (a staging folder with the marker). Every other leftover is deleted.
    public func recoverInterruptedPublish() -> [String] {
        let fileManager = FileManager.default
        let parent = outputDirectory.deletingLastPathComponent()
        let name = outputDirectory.lastPathComponent
        let siblings = ((try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []).sorted()
        let retired = siblings.filter { $0.hasPrefix(".\(name)\(Self.previousInfix)") }
        let staged = siblings.filter { $0.hasPrefix(".\(name)\(Self.stagingInfix)") }
        // Replaced sites left to a background deletion that did not finish: never restored.
        let discarded = siblings.filter { $0.hasPrefix(".\(name)\(Self.discardedInfix)") }
        var notes: [String] = []
        if !fileManager.fileExists(atPath: outputDirectory.path) {
            let complete = staged.filter {
                fileManager.fileExists(atPath: parent.appendingPathComponent("\($0)/\(Self.markerName)").path)
            }
            if let previous = newest(retired, in: parent) {
                do {
                    try fileManager.moveItem(at: parent.appendingPathComponent(previous), to: outputDirectory)
                    notes.append("上次构建在替换网站时被中断，已把原来的网站恢复到 \(outputDirectory.path)")
                } catch {
                    notes.append(
                        "上次构建在替换网站时被中断，原来的网站在 \(parent.appendingPathComponent(previous).path)，但无法移回：\(FileSystemProblem.describe(error))"
                    )
                }
            } else if let finished = newest(complete, in: parent) {
                do {
                    try fileManager.moveItem(at: parent.appendingPathComponent(finished), to: outputDirectory)
                    notes.append("上次构建已生成完整的网站，但在发布时被中断，已把它发布到 \(outputDirectory.path)")
                } catch {
                    notes.append(
                        "上次构建生成的网站在 \(parent.appendingPathComponent(finished).path)，但无法移到输出目录：\(FileSystemProblem.describe(error))"
                    )
                }
            }
        }
        var removed = 0
        for leftover in retired + staged + discarded
        where fileManager.fileExists(atPath: parent.appendingPathComponent(leftover).path) {
            if (try? fileManager.removeItem(at: parent.appendingPathComponent(leftover))) != nil { removed += 1 }
        }
        if removed > 0 { notes.append("已删除中断的构建留下的 \(removed) 个临时目录") }
        return notes
    }
}

extension SiteWriter {
    /// Writes bytes to a new file with plain POSIX calls (no fsync; `publish` syncs once).
    /// Returns the file's modification time in nanoseconds.
    @discardableResult
    static func write(_ data: Data, to url: URL) throws -> Int64 {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                #if canImport(Glibc)
                    let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                    let written = Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
                if written < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                offset += written
            }
        }
        var status = FileStatus()
        guard fstat(descriptor, &status) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        return OutputState.modified(status)
    }

    /// The file URL of an output path; throws when the path would leave the folder.
    func resolve(_ path: String, in root: URL) throws -> URL {
        let parts = path.split(separator: "/")
        guard !path.hasPrefix("/"), !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." }) else {
            throw BuildFailure("输出路径“\(path)”不安全：不能离开输出目录", at: SourceLocation(file: root.path))
        }
        return root.appendingPathComponent(path)
    }

    /// Infixes of the staging and retired folders beside the output (`.public.staging-…`).
    static let stagingInfix = ".staging-"
    static let previousInfix = ".previous-"
    static let discardedInfix = ".discarded-"

    /// A hidden folder beside the output: `.public<infix>`.
    func sibling(_ infix: String) -> URL {
        outputDirectory.deletingLastPathComponent().appendingPathComponent(
            ".\(outputDirectory.lastPathComponent)\(infix)")
    }

    /// The most recently modified of some folders.
    func newest(_ names: [String], in parent: URL) -> String? {
        names.max { a, b in
            let dates = [a, b].map {
                (try? FileManager.default.attributesOfItem(atPath: parent.appendingPathComponent($0).path)[
                    .modificationDate]
                    as? Date) ?? .distantPast
            }
            return (dates[0], a) < (dates[1], b)
        }
    }

    /// Moves the old output aside, the staging folder in, then deletes the old output.
    private func swapIn(staging: URL, retired: URL) throws(BuildFailure) {
        let fileManager = FileManager.default
        let hadOutput = fileManager.fileExists(atPath: outputDirectory.path)
        do {
            if hadOutput { try fileManager.moveItem(at: outputDirectory, to: retired) }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw BuildFailure(
                "无法替换输出目录：\(FileSystemProblem.describe(error))；原有网站保持不变", at: SourceLocation(file: outputDirectory.path)
            )
        }
        do {
            try fileManager.moveItem(at: staging, to: outputDirectory)
        } catch {
            if hadOutput { try? fileManager.moveItem(at: retired, to: outputDirectory) }
            try? fileManager.removeItem(at: staging)
            throw BuildFailure(
                "无法替换输出目录：\(FileSystemProblem.describe(error))；原有网站保持不变", at: SourceLocation(file: outputDirectory.path)
            )
        }
        guard hadOutput else { return }
        // Renamed first, so that recovery never takes a half-deleted site for the previous one.
        let discarded = sibling(Self.discardedInfix + UUID().uuidString)
        guard deletesPreviousInBackground, rename(retired.path, discarded.path) == 0 else {
            try? fileManager.removeItem(at: retired)
            return
        }
        let deletion = Process()
        deletion.executableURL = URL(fileURLWithPath: "/bin/rm")
        deletion.arguments = ["-rf", "--", discarded.path]
        deletion.standardOutput = FileHandle.nullDevice
        deletion.standardError = FileHandle.nullDevice
        if (try? deletion.run()) == nil { try? fileManager.removeItem(at: discarded) }
    }
}
