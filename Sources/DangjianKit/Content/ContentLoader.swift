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
        let outcome = inspect()
        guard let content = outcome.content else { throw BuildFailure(diagnostics: outcome.diagnostics) }
        return content
    }

    /// Reads and validates everything without throwing: the content when there is no error, every
    /// diagnostic, and what was read (for `dangjian check`'s summary).
    public func inspect() -> LoadOutcome {
        var log = DiagnosticLog()
        guard isDirectory(contentDirectory) else {
            log.error("内容目录不存在", at: SourceLocation(file: displayPath(contentDirectory)))
            return LoadOutcome(
                content: nil, diagnostics: log.listing, inputFiles: [], records: 0, enterprises: 0, years: [])
        }
        checkFolders(log: &log)
        let config = loadConfig(log: &log)
        let regions = loadRegions(rootCode: config?.rootRegion, rootLocation: config?.rootRegionLocation, log: &log)
        let directory = RegionDirectory(regions: regions, rootCode: config?.rootRegion)
        let aliases = loadEnterpriseAliases(directory: directory, log: &log)
        let errorsBeforeRecords = log.errors.count
        let records = loadEnterprises(
            directory: directory, regions: regions, aliases: aliases, excelSheet: config?.excelSheet, log: &log)
        // A year may be missing only because its file could not be read: that error comes first.
        let recordsReadCleanly = log.errors.count == errorsBeforeRecords
        let honors = loadHonors(directory: directory, aliases: aliases, log: &log)
        if let config, recordsReadCleanly {
            let dataYears = Set(records.map(\.year))
            for year in config.years where !dataYears.contains(year) {
                log.error(
                    "site.yaml 的 years 中的 \(year) 年在企业数据中没有记录（数据年度：\(dataYears.sorted().map(String.init).joined(separator: "、"))）",
                    at: config.yearLocations[year]
                        ?? SourceLocation(file: displayPath(contentDirectory.appendingPathComponent("site.yaml"))))
            }
        }
        let regionCodes = Set(regions.map(\.code))
        let reports = loadReports(regionCodes: regionCodes, directory: directory, log: &log)
        let showcases = loadShowcases(records: records, directory: directory, log: &log)
        let staticFiles = listStaticFiles(showcases: showcases, reports: reports, log: &log)
        let published = loadPublished(directory: directory, log: &log)
        let map = loadMap(regions: regions, rootCode: config?.rootRegion, directory: directory, log: &log)
        checkShowcasePositions(showcases, map: map, log: &log)

        let inputFiles =
            (["site.yaml"]
            + ["data", "reports", "showcase"].flatMap { folder in
                files(in: folder) { [".csv", ".xlsx", ".md", ".geojson"].contains(where: $0.lowercased().hasSuffix) }
                    .map { "\(folder)/\($0.lastPathComponent)" }
            }).filter { FileManager.default.fileExists(atPath: contentDirectory.appendingPathComponent($0).path) }
        var content: SiteContent?
        if let config, !log.hasErrors {
            content = SiteContent(
                config: config, regions: regions, records: records, honors: honors, reports: reports,
                showcases: showcases, staticFiles: staticFiles, diagnostics: log.listing, published: published, map: map
            )
        }
        return LoadOutcome(
            content: content, diagnostics: log.listing, inputFiles: inputFiles, records: records.count,
            enterprises: Set(records.map(\.key)).count, years: Set(records.map(\.year)).sorted())
    }
}

/// What loading found, whether or not it succeeded.
public struct LoadOutcome: Sendable {
    /// The content, when no error was found.
    public let content: SiteContent?
    /// Every diagnostic, sorted by file and position.
    public let diagnostics: [Diagnostic]
    /// The input files read, relative to the content folder.
    public let inputFiles: [String]
    /// Enterprise-year records read.
    public let records: Int
    /// Distinct enterprises among them.
    public let enterprises: Int
    /// The years in the data.
    public let years: [Int]
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

    /// The text of a UTF-8 file (site.yaml, Markdown); nil, with the reason logged, when it cannot
    /// be read (`missing` says what) or is not valid UTF-8 (located at the damaged character).
    func readUTF8(_ url: URL, missing: String, log: inout DiagnosticLog) -> String? {
        let file = displayPath(url)
        guard let data = try? Data(contentsOf: url) else {
            log.error(missing, at: SourceLocation(file: file))
            return nil
        }
        do {
            return try TextDecoder().decodeUTF8(data, file: file)
        } catch {
            for diagnostic in error.diagnostics { log.report(diagnostic) }
            return nil
        }
    }

    /// The content's folders must be folders and readable: one that cannot be listed would read as
    /// empty, and its files would silently be missing from the site.
    func checkFolders(log: inout DiagnosticLog) {
        for folder in ["data", "reports", "showcase", "static"] {
            let url = contentDirectory.appendingPathComponent(folder)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let location = SourceLocation(file: displayPath(url))
            guard isDirectory(url) else {
                log.error("“\(folder)”应是一个目录，但这里是一个文件", at: location)
                continue
            }
            do {
                _ = try FileManager.default.contentsOfDirectory(atPath: url.path)
            } catch {
                log.error("无法读取目录：\(FileSystemProblem.describe(error))", at: location)
            }
        }
    }

    /// The regular files directly inside a folder, sorted by name; empty when the folder is absent.
    func files(in folder: String, matching predicate: (String) -> Bool) -> [URL] {
        let url = contentDirectory.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && predicate($0) }.sorted().map { url.appendingPathComponent($0) }
            .filter { !isDirectory($0) }
    }

    /// Reads a table that a site may leave out (honors, aliases, published figures); nil when absent.
    func optionalTable(_ path: String, columns: [TableColumn], log: inout DiagnosticLog) -> Table? {
        let url = contentDirectory.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return readTable(url, columns: columns, log: &log)
    }

    /// Reads several tables at once, one a core; each result in the order of `urls`.
    func readTables(_ urls: [URL], columns: [TableColumn], sheet: String?) -> [Result<Table, BuildFailure>] {
        urls.concurrentMap { url -> Result<Table, BuildFailure> in
            do throws(BuildFailure) {
                return .success(
                    try TableReader(columns: columns).read(url, displayPath: displayPath(url), sheet: sheet))
            } catch {
                return .failure(error)
            }
        }
    }

    /// A table read by `readTables`, its warnings or its failure merged into the log.
    func logged(_ result: Result<Table, BuildFailure>, file: URL, log: inout DiagnosticLog) -> Table? {
        switch result {
        case .success(let table):
            for warning in table.warnings { log.report(warning) }
            return table
        case .failure(let failure):
            for diagnostic in failure.diagnostics { log.report(diagnostic) }
            return nil
        }
    }

    /// Reads a table, merging a failure into the log instead of stopping.
    func readTable(_ url: URL, columns: [TableColumn], sheet: String? = nil, log: inout DiagnosticLog) -> Table? {
        do {
            let table = try TableReader(columns: columns).read(url, displayPath: displayPath(url), sheet: sheet)
            for warning in table.warnings { log.report(warning) }
            return table
        } catch {
            for diagnostic in error.diagnostics { log.report(diagnostic) }
            return nil
        }
    }
}
