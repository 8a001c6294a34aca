import Foundation

/// The load stage: reads `content/` into a validated `SiteContent`.
///
/// Every problem in every file is collected; if any is an error, loading throws them all.
public struct ContentLoader: Sendable {
    /// The content folder (holding site.yaml, data/, reports/, showcase/, static/).
    public let contentDirectory: URL

    /// Creates a loader for a content folder.
    public init(contentDirectory: URL) {
        self.contentDirectory = contentDirectory.standardizedFileURL
    }

    /// Reads and validates everything; throws every diagnostic when any is an error.
    public func load() throws(BuildFailure) -> SiteContent {
        var log = DiagnosticLog()
        guard isDirectory(contentDirectory) else {
            throw BuildFailure("内容目录不存在", at: SourceLocation(file: displayPath(contentDirectory)))
        }
        let config = loadConfig(log: &log)
        let regions = loadRegions(rootCode: config?.rootRegion, log: &log)
        let directory = RegionDirectory(regions: regions)
        let records = loadEnterprises(
            directory: directory, regions: regions, excelSheet: config?.excelSheet, log: &log)
        let honors = loadHonors(directory: directory, log: &log)
        let regionCodes = Set(regions.map(\.code))
        let reports = loadReports(regionCodes: regionCodes, directory: directory, log: &log)
        let showcases = loadShowcases(records: records, directory: directory, log: &log)
        let staticFiles = listStaticFiles(showcases: showcases, log: &log)

        if log.hasErrors || config == nil {
            throw BuildFailure(diagnostics: log.sorted)
        }
        return SiteContent(
            config: config!, regions: regions, records: records, honors: honors, reports: reports,
            showcases: showcases, staticFiles: staticFiles, diagnostics: log.sorted)
    }
}

extension ContentLoader {
    /// The path shown in diagnostics: relative to the working directory when inside it.
    func displayPath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let cwd = FileManager.default.currentDirectoryPath
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        return path
    }

    func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The regular files directly inside a folder, sorted by name; empty when the folder is absent.
    func files(in folder: String, matching predicate: (String) -> Bool) -> [URL] {
        let url = contentDirectory.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && predicate($0) }.sorted().map { url.appendingPathComponent($0) }
            .filter { !isDirectory($0) }
    }

    /// Reads a table, merging a failure into the log instead of stopping.
    func readTable(_ url: URL, columns: [TableColumn], sheet: String? = nil, log: inout DiagnosticLog) -> Table? {
        do {
            return try TableReader(columns: columns).read(url, displayPath: displayPath(url), sheet: sheet)
        } catch {
            for diagnostic in error.diagnostics { log.report(diagnostic) }
            return nil
        }
    }
}
