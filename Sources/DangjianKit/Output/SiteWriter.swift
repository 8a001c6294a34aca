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

    /// Writes `files`, copies `copies` (source → path), then swaps the result in (see `Staging`).
    @discardableResult
    func publish(
        files: [RenderedFile], copies: [(source: URL, path: String)],
        previous: [String: OutputState.FileRecord] = [:]
    ) throws(BuildFailure) -> Result {
        let staging = try begin(previous: previous)
        do throws(BuildFailure) {
            for file in files { try staging.place(file.data, at: file.path) }
        } catch {
            staging.discard()
            throw error
        }
        return try staging.finish(copies: copies)
    }

    /// Starts a new site in a staging folder beside the output, into which files are placed as
    /// they are rendered (from any thread), so memory holds pages being rendered, not the site.
    ///
    /// Call it while holding the output's `OutputLock`, after `recoverInterruptedPublish()`; end
    /// with `finish` (which swaps the site in) or `discard`. Until the swap the output is as it was.
    func begin(previous: [String: OutputState.FileRecord] = [:]) throws(BuildFailure) -> Staging {
        try checkReplaceable()
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = Staging(writer: self, token: token, previous: previous)
        do {
            try FileManager.default.createDirectory(at: staging.folder, withIntermediateDirectories: true)
        } catch {
            throw BuildFailure(
                "写入失败：\(FileSystemProblem.describe(error))（\(staging.folder.path)）；原有网站保持不变",
                at: SourceLocation(file: outputDirectory.path))
        }
        return staging
    }

    /// A new site being written beside the output.
    ///
    /// A file whose hash, size and time match the previous build's record, and whose copy in the
    /// current site is still that file, is hard-linked from it (same inode, same time) instead of
    /// written, where the file system allows links. A copy takes the contents of its source: a
    /// symbolic link is never copied as a link (it would point outside the site, or nowhere once
    /// the site is on a USB stick).
    final class Staging: @unchecked Sendable {
        let writer: SiteWriter
        /// The staging folder, `.<output>.staging-<token>`.
        let folder: URL
        private let token: String
        private let previous: [String: OutputState.FileRecord]
        /// Guards `folders`, `records` and `linked` (files are placed from many threads).
        private let lock = NSLock()
        private var folders: Set<String> = []
        private var records: [String: OutputState.FileRecord] = [:]
        /// The files hard-linked from the current site.
        private var linked: Set<String> = []

        init(writer: SiteWriter, token: String, previous: [String: OutputState.FileRecord]) {
            self.writer = writer
            self.token = token
            folder = writer.sibling(SiteWriter.stagingInfix + token)
            self.previous = previous
        }

        /// Writes (or links) one file of the new site; placing a path again replaces its file.
        func place(_ data: Data, at path: String) throws(BuildFailure) {
            let target: URL
            do {
                target = try writer.resolve(path, in: folder)
                let parent = target.deletingLastPathComponent()
                // Each folder is created once (FileManager checks every component of a path each
                // time); under the lock, so no file is written before its folder exists.
                let replacing = try lock.withLock {
                    if folders.insert(parent.path).inserted {
                        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
                    }
                    linked.remove(path)
                    return records.removeValue(forKey: path) != nil
                }
                // A file placed before may be a link to the current site's: never written through.
                if replacing, unlink(target.path) != 0, errno != ENOENT {
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
            } catch let failure as BuildFailure {
                throw failure
            } catch {
                throw failure(error, at: folder.appendingPathComponent(path))
            }
            let hash = ContentHash(data)
            if let record = previous[path], record.hash == hash, record.size == data.count {
                let existing = writer.outputDirectory.appendingPathComponent(path).path
                if let found = OutputState.stat(existing), found.size == record.size, found.modified == record.modified,
                    link(existing, target.path) == 0
                {
                    lock.withLock {
                        records[path] = record
                        linked.insert(path)
                    }
                    return
                }
            }
            do {
                let modified = try SiteWriter.write(data, to: target)
                lock.withLock {
                    records[path] = OutputState.FileRecord(hash: hash, size: data.count, modified: modified)
                }
            } catch {
                throw failure(error, at: target)
            }
        }

        /// Copies `copies`, syncs, writes the marker and swaps the new site in.
        /// Copies files (assets, static files, photos) into the new site by content.
        func place(copies: [(source: URL, path: String)]) throws(BuildFailure) {
            for copy in copies {
                let data: Data
                do {
                    data = try Data(contentsOf: copy.source.resolvingSymlinksInPath())
                } catch {
                    throw failure(error, at: copy.source)
                }
                try place(data, at: copy.path)
            }
        }

        func finish(copies: [(source: URL, path: String)]) throws(BuildFailure) -> Result {
            let fileManager = FileManager.default
            do throws(BuildFailure) {
                try place(copies: copies)
                do {
                    if fileManager.fileExists(atPath: writer.outputDirectory.appendingPathComponent(".gitkeep").path) {
                        try keep(".gitkeep", Data())
                    }
                    // Everything reaches the disk before the marker, and the marker before the swap:
                    // one sync for the whole site instead of Foundation's fsync after every file
                    // (perf: 4 s of a 36,000-page build went into those).
                    sync()
                    try keep(SiteWriter.markerName, Data("generated by dangjian\n".utf8))
                } catch {
                    throw failure(error, at: folder)
                }
            } catch {
                discard()
                throw error
            }
            try writer.swapIn(staging: folder, retired: writer.sibling(SiteWriter.previousInfix + token))
            return lock.withLock {
                Result(written: records.count - linked.count, unchanged: linked.count, records: records)
            }
        }

        /// Deletes the staging folder: the output stays as it was.
        func discard() {
            try? FileManager.default.removeItem(at: folder)
        }

        /// A file of fixed content (the marker): linked from the current site when it is there.
        private func keep(_ name: String, _ data: Data) throws {
            let existing = writer.outputDirectory.appendingPathComponent(name)
            let target = folder.appendingPathComponent(name)
            if FileManager.default.contents(atPath: existing.path) == data, link(existing.path, target.path) == 0 {
                return
            }
            try SiteWriter.write(data, to: target)
        }

        private func failure(_ error: any Error, at url: URL) -> BuildFailure {
            BuildFailure(
                "写入失败：\(FileSystemProblem.describe(error))（\(url.path)）；原有网站保持不变",
                at: SourceLocation(file: writer.outputDirectory.path))
        }
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
    func swapIn(staging: URL, retired: URL) throws(BuildFailure) {
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
