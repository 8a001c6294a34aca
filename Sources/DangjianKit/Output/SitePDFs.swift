import Foundation

/// `dangjian pdf`: prints the briefing packs of a site built before, in place, under the output's
/// lock; each PDF and page is replaced whole.
public struct SitePDFs: Sendable {
    /// The site folder (made by `dangjian build`).
    public let outputDirectory: URL
    /// `--chrome`: the browser to print with.
    public let chromePath: String?
    /// Whether to wait for a build writing the same folder.
    public let waitForOtherBuilds: Bool
    /// Receives progress and warnings.
    public let log: @Sendable (String) -> Void

    /// Creates the command's work.
    public init(
        outputDirectory: URL, chromePath: String? = nil, waitForOtherBuilds: Bool = true,
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.outputDirectory = outputDirectory.standardizedFileURL
        self.chromePath = chromePath
        self.waitForOtherBuilds = waitForOtherBuilds
        self.log = log
    }

    /// Prints every pack; returns the PDFs' paths relative to the site.
    public func run() throws(BuildFailure) -> [String] {
        let tools = try PrintTools.locate(chrome: chromePath)
        let lock = try OutputLock.acquire(for: outputDirectory, wait: waitForOtherBuilds, onWait: log)
        defer { withExtendedLifetime(lock) {} }
        let marker = outputDirectory.appendingPathComponent(SiteWriter.markerName)
        guard FileManager.default.fileExists(atPath: marker.path) else {
            throw BuildFailure(
                "这里没有 dangjian 生成的网站（缺少 \(SiteWriter.markerName)），请先运行 dangjian build",
                at: SourceLocation(file: outputDirectory.path))
        }
        let pages = briefingPages()
        guard !pages.isEmpty else {
            throw BuildFailure(
                "网站中没有汇报材料页面（briefing/），请用新版 dangjian 重新构建", at: SourceLocation(file: outputDirectory.path))
        }
        let site = outputDirectory
        let printer = BriefingPrinter(
            printer: PDFPrinter(tools: tools), site: site,
            place: { (data, path) throws(BuildFailure) in try BriefingPrinter.replace(data, at: path, in: site) },
            log: log)
        return try printer.printAll(pages: pages)
    }

    /// The briefing pages of the site at the paths `SitePlan` gives them, the root's first.
    func briefingPages() -> [String] {
        let fileManager = FileManager.default
        let exists = { (path: String) in
            fileManager.fileExists(atPath: outputDirectory.appendingPathComponent(path).path)
        }
        let folders = { (path: String) in
            ((try? fileManager.contentsOfDirectory(atPath: outputDirectory.appendingPathComponent(path).path)) ?? [])
                .sorted()
        }
        var pages = [SitePlan.briefingPath(year: nil)].filter(exists)
        pages += folders("briefing").compactMap(Int.init).sorted(by: >).map { SitePlan.briefingPath(year: $0) }.filter(
            exists)
        pages += folders("regions").map(SitePlan.regionBriefingPath).filter(exists)
        return pages
    }
}
