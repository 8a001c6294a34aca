import Foundation
import Testing

@testable import DangjianKit

/// Shared helpers of the test suite: temp folders, fixture paths, folder snapshots.
enum TestSupport {
    /// The tiny fixture site shipped as a test resource.
    static var tinySite: URL {
        guard let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("Fixtures resource missing from the test bundle")
        }
        return fixtures.appendingPathComponent("tiny-site")
    }

    /// The repository's Templates/ folder, found from this file's path.
    static var templates: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // DangjianKitTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repo root
            .appendingPathComponent("Templates")
    }

    /// A fixed build date: 2025-06-01 00:00:00 UTC (08:00 in Asia/Shanghai, still 1 June).
    static let buildDate = Date(timeIntervalSince1970: 1_748_736_000)

    /// Runs `body` with a fresh empty folder that is removed afterwards, whether `body`
    /// returns, throws, or records failed expectations.
    static func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("dangjian-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url)
    }

    /// Copies the tiny site into `folder/content` and returns the copy.
    static func copyTinySite(into folder: URL) throws -> URL {
        let copy = folder.appendingPathComponent("content", isDirectory: true)
        try FileManager.default.copyItem(at: tinySite, to: copy)
        return copy
    }

    /// Replaces the first occurrence of `old` in a UTF-8 text file; fails the test when absent.
    static func replace(
        _ old: String, with new: String, in file: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation
    )
        throws
    {
        let text = try String(contentsOf: file, encoding: .utf8)
        guard let range = text.range(of: old) else {
            Issue.record("“\(old)” not found in \(file.lastPathComponent)", sourceLocation: sourceLocation)
            return
        }
        try text.replacingCharacters(in: range, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    /// Appends a line to a UTF-8 text file (which ends with a newline).
    static func appendLine(_ line: String, to file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        try (text + line + "\n").write(to: file, atomically: true, encoding: .utf8)
    }

    /// Every entry under `root`: relative path → file bytes (nil for a folder).
    static func snapshot(_ root: URL) -> [String: Data?] {
        var result: [String: Data?] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return result }
        while let relative = enumerator.nextObject() as? String {
            let url = root.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            result[relative] = isDirectory.boolValue ? .some(nil) : .some(try? Data(contentsOf: url))
        }
        return result
    }

    /// The relative paths of the regular files under `root`, sorted.
    static func files(under root: URL) -> [String] {
        snapshot(root).compactMap { $0.value == nil ? nil : $0.key }.sorted()
    }

    /// Runs the real pipeline on `content` into `output`.
    @discardableResult
    static func build(content: URL, output: URL) throws(BuildFailure) -> BuildSummary {
        try BuildPipeline(
            options: BuildOptions(
                contentDirectory: content, templatesDirectory: templates, outputDirectory: output,
                buildDate: buildDate)
        ).build()
    }

    /// Loads a content folder, returning the failure instead of throwing it.
    static func loadFailure(_ content: URL) -> BuildFailure? {
        do {
            _ = try ContentLoader(contentDirectory: content).load()
            return nil
        } catch {
            return error
        }
    }
}

/// A `path:line:column: severity: message` line split into its parts.
struct ParsedDiagnostic: Equatable {
    let path: String
    let line: Int
    let column: Int
    let severity: String
    let message: String

    /// Parses a diagnostic's description; nil when it is not in GCC form with a line and column.
    init?(_ description: String) {
        let pattern = /^(.+):([0-9]+):([0-9]+): (error|warning): (.+)$/
        guard let match = description.wholeMatch(of: pattern) else { return nil }
        path = String(match.1)
        line = Int(match.2)!
        column = Int(match.3)!
        severity = String(match.4)
        message = String(match.5)
    }
}

/// A deterministic pseudo-random generator (SplitMix64) so property tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension TestSupport {
    /// Writes a content folder (`content/` in a fresh temporary folder) from file contents (site.yaml
    /// and regions.csv defaulted to a county "1" with the given regions) and runs `body` on it; the
    /// temporary folder is removed afterwards.
    static func withContentSite<T>(
        _ files: [String: Data], regions: String, _ body: (URL) throws -> T
    ) throws -> T {
        try withTemporaryDirectory { folder in
            let root = folder.appendingPathComponent("content", isDirectory: true)
            var all = files
            all["site.yaml"] = all["site.yaml"] ?? Data("title: 测试\nroot_region: \"1\"\n".utf8)
            all["data/regions.csv"] = all["data/regions.csv"] ?? Data(regions.utf8)
            for (path, data) in all {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            return try body(root)
        }
    }

    /// An output folder beside a content folder (an output inside the content is refused).
    static func output(beside content: URL) -> URL {
        content.deletingLastPathComponent().appendingPathComponent("out", isDirectory: true)
    }

    /// `withContentSite` with text files.
    static func withContentSite<T>(
        _ files: [String: String], regions: String, _ body: (URL) throws -> T
    ) throws -> T {
        try withContentSite(files.mapValues { Data($0.utf8) }, regions: regions, body)
    }
}
