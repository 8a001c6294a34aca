import Foundation

/// What a build reads and writes.
public struct BuildOptions: Sendable {
    /// The content folder.
    public var contentDirectory: URL
    /// The templates folder (with assets/).
    public var templatesDirectory: URL
    /// The output folder.
    public var outputDirectory: URL
    /// The date shown as the build date (injected for reproducible output).
    public var buildDate: Date
    /// Whether a build waits for another build writing the same output (else it fails at once).
    public var waitForOtherBuilds: Bool
    /// The most enterprise rows a list page holds in its HTML (see `SitePlanner.listLimit`).
    public var listLimit = SitePlanner.defaultListLimit
    /// `--audience`: who the site is for; nil takes site.yaml's `audience` (default internal).
    public var audience: Audience?
    /// `--drafts`: publish draft reports too (internal builds only).
    public var includesDrafts = false
    /// Whether the replaced site is deleted in the background after the swap (see `SiteWriter`).
    public var deletesPreviousInBackground = false
    /// `--pdf`: print every briefing pack to PDF with headless Chromium, beside its page.
    public var printsPDF = false
    /// `--chrome`: the browser to print with (else chromium, chromium-browser or google-chrome).
    public var browser: String?

    /// Creates options.
    public init(
        contentDirectory: URL, templatesDirectory: URL, outputDirectory: URL, buildDate: Date = Date(),
        waitForOtherBuilds: Bool = true
    ) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.buildDate = buildDate
        self.waitForOtherBuilds = waitForOtherBuilds
    }
}

/// What a finished build did.
public struct BuildSummary: Sendable {
    /// What the audience left out (empty when the site was already up to date).
    public let leftOut: LeftOut
    /// The line saying what the audience left out, if anything.
    public let leftOutLine: String?
    /// HTML pages of the site.
    public let pages: Int
    /// Files of the site in all (pages, data, assets, static files).
    public let files: Int
    /// Files identical to the previous site's, left as they were (hard-linked, not rewritten).
    public let unchanged: Int
    /// Whether the inputs were those of the last build and nothing was written at all.
    public let upToDate: Bool
    /// Warnings reported (again, when the site was up to date).
    public let warnings: [Diagnostic]
    /// Total time in milliseconds.
    public let milliseconds: Int

    /// The one-line summary printed at the end of a build.
    public var line: String {
        if upToDate {
            return
                "完成：输入与上次构建相同，网站已是最新，未改写任何文件（\(pages) 个页面，共 \(files) 个文件），\(warnings.count) 条警告，用时 \(milliseconds) ms"
        }
        let kept = unchanged > 0 ? "，其中 \(unchanged) 个与上次相同、未改写" : ""
        return "完成：写入 \(pages) 个页面（共 \(files) 个文件\(kept)），\(warnings.count) 条警告，用时 \(milliseconds) ms"
    }
}

/// The whole build: load → aggregate → plan → render → write, each step logged with its time.
public struct BuildPipeline: Sendable {
    /// What to read and write.
    public let options: BuildOptions
    /// Receives one line per step (`[i/n] step … ms`).
    public let log: @Sendable (String) -> Void

    /// Creates a pipeline.
    public init(options: BuildOptions, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.options = options
        self.log = log
    }

    /// Runs every step; on failure nothing is written and the previous output is left as it was.
    public func build() throws(BuildFailure) -> BuildSummary {
        let start = DispatchTime.now()
        let total = 5
        try OutputPlacement.check(
            output: options.outputDirectory,
            inputs: [(options.contentDirectory, "内容目录"), (options.templatesDirectory, "模板目录")])
        let lock = try OutputLock.acquire(
            for: options.outputDirectory, wait: options.waitForOtherBuilds, onWait: log)
        defer { withExtendedLifetime(lock) {} }
        var writer = SiteWriter(outputDirectory: options.outputDirectory)
        writer.deletesPreviousInBackground = options.deletesPreviousInBackground
        for note in writer.recoverInterruptedPublish() { log(note) }
        try writer.checkReplaceable()
        let fingerprint = InputFingerprint(options: options, day: PageRenderer.dateText(options.buildDate)).compute()
        let previous = OutputState.read(for: options.outputDirectory)
        if let previous, previous.inputs == fingerprint,
            FileManager.default.fileExists(
                atPath: options.outputDirectory.appendingPathComponent(SiteWriter.markerName).path),
            previous.filesAreIntact(in: options.outputDirectory)
        {
            return BuildSummary(
                leftOut: LeftOut(), leftOutLine: previous.leftOut, pages: previous.pages, files: previous.files.count,
                unchanged: previous.files.count, upToDate: true, warnings: previous.warnings,
                milliseconds: Self.milliseconds(since: start))
        }
        let content = try step(1, of: total, "load 读取内容") { () throws(BuildFailure) in
            try ContentLoader(contentDirectory: options.contentDirectory).load()
        }
        let rollup = try step(2, of: total, "aggregate 汇总指标") { () throws(BuildFailure) in
            try RollupBuilder(content: content).build()
        }
        let publication = Publication(
            audience: options.audience ?? content.config.audience, includesDrafts: options.includesDrafts)
        let (plan, templates, copies) = try step(3, of: total, "plan 规划页面") { () throws(BuildFailure) in
            let plan = SitePlanner(
                content: content, rollup: rollup, listLimit: options.listLimit, publication: publication
            ).plan()
            let copies =
                Self.assetCopies(templates: options.templatesDirectory)
                + plan.staticFiles.map { (source: $0.source, path: $0.outputPath) }
            try Self.checkNoOverlap(paths: Self.generatedPaths(plan), copies: copies)
            return (plan, try TemplateSet(directory: options.templatesDirectory), copies)
        }
        // What pages and indicators.json show: in a public build, without the figures computed
        // from fewer enterprises than public.min_count (everything was computed on all data above).
        let shown =
            publication.audience == .public
            ? SmallCountRule(minimumCount: content.config.publicRules.minimumCount).disclosed(rollup) : rollup
        // Pages are written into the staging folder as they are rendered (memory holds the pages
        // being rendered, not the site); a failure discards the staging folder, so the output
        // stays as it was.
        let staging = try writer.begin(previous: previous?.files ?? [:])
        let published: SiteWriter.Result
        do throws(BuildFailure) {
            try step(4, of: total, "render 渲染页面") { () throws(BuildFailure) in
                let renderer = PageRenderer(
                    content: content, rollup: shown, plan: plan, templates: templates, buildDate: options.buildDate)
                let linkCheck = LinkCheck(existing: Set(Self.generatedPaths(plan) + copies.map(\.path)))
                let brokenLinks = BrokenLinks()
                try renderer.renderAll { file throws(BuildFailure) in
                    let broken = linkCheck.problems(in: file)
                    if !broken.isEmpty {
                        brokenLinks.add(broken)
                        return
                    }
                    try staging.place(file.data, at: file.path)
                }
                let broken = brokenLinks.all
                if !broken.isEmpty { throw BuildFailure(diagnostics: LinkCheck.limited(broken, to: 50)) }
                let indicators: Data
                do {
                    indicators = try IndicatorsDocument(content: content, rollup: shown).encoded()
                } catch {
                    throw BuildFailure(
                        "无法生成 indicators.json：\(error)", at: SourceLocation(file: SitePlan.indicatorsPath))
                }
                try staging.place(indicators, at: SitePlan.indicatorsPath)
                try staging.place(Self.manifest(plan), at: SitePlan.manifestPath)
            }
        } catch {
            staging.discard()
            throw error
        }
        if options.printsPDF {
            do throws(BuildFailure) {
                try staging.place(copies: copies)
                try printBriefings(plan, into: staging)
            } catch {
                staging.discard()
                throw error
            }
        }
        published = try step(5, of: total, "write 写入站点") { () throws(BuildFailure) in
            try staging.finish(copies: options.printsPDF ? [] : copies)
        }
        let warnings = content.diagnostics + rollup.diagnostics
        let state = OutputState(
            inputs: fingerprint, pages: plan.htmlPages.count, leftOut: plan.leftOut.summary, warnings: warnings,
            files: published.records)
        // Without its state the next build only loses its shortcuts: it writes every file.
        if (try? state.write(for: options.outputDirectory)) == nil {
            try? FileManager.default.removeItem(at: OutputState.location(of: options.outputDirectory))
        }
        return BuildSummary(
            leftOut: plan.leftOut, leftOutLine: plan.leftOut.summary, pages: plan.htmlPages.count,
            files: published.records.count, unchanged: published.unchanged, upToDate: false, warnings: warnings,
            milliseconds: Self.milliseconds(since: start))
    }

    /// Prints each briefing pack of the staged site to PDF beside its page (the staged site is
    /// complete but for its marker, so the print CSS and images load), with the 目录's page numbers
    /// and the pages' links to their PDFs. Without a browser or pdftotext it says so and the site
    /// is published without PDFs.
    private func printBriefings(_ plan: SitePlan, into staging: SiteWriter.Staging) throws(BuildFailure) {
        let tools: PrintTools
        do throws(BuildFailure) {
            tools = try PrintTools.locate(chrome: options.browser)
        } catch {
            for diagnostic in error.diagnostics { log("PDF：\(diagnostic.message)；本次只生成 HTML 网站") }
            return
        }
        let start = DispatchTime.now()
        let printer = BriefingPrinter(
            printer: PDFPrinter(tools: tools), site: staging.folder,
            place: { (data, path) throws(BuildFailure) in try staging.place(data, at: path) }, log: log)
        let pdfs = try printer.printAll(pages: plan.briefingPages.map(\.path))
        let seconds = Double(Self.milliseconds(since: start)) / 1000
        log("PDF：已生成 \(pdfs.count) 份汇报材料（\(String(format: "%.1f", seconds)) s）")
    }

    /// Broken links found by the rendering threads, in page order once sorted.
    private final class BrokenLinks: @unchecked Sendable {
        private let lock = NSLock()
        private var found: [Diagnostic] = []
        func add(_ problems: [Diagnostic]) { lock.withLock { found += problems } }
        var all: [Diagnostic] { lock.withLock { found.sorted { $0.location.file < $1.location.file } } }
    }

    private static func milliseconds(since start: DispatchTime) -> Int {
        Int((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000)
    }

    /// Runs every validation of a build without rendering or writing (see `ContentCheck`).
    public func check() -> CheckReport {
        ContentCheck(
            contentDirectory: options.contentDirectory, templatesDirectory: options.templatesDirectory, log: log
        ).run()
    }
}

/// `dangjian check`: every validation of a build (load, aggregate, plan, the site's file paths,
/// the templates) without rendering or writing anything, so a content folder that passes it builds.
public struct ContentCheck: Sendable {
    /// The content folder.
    public let contentDirectory: URL
    /// The templates folder the build will use.
    public let templatesDirectory: URL
    /// Receives one line per step.
    public let log: @Sendable (String) -> Void

    /// Creates a check.
    public init(contentDirectory: URL, templatesDirectory: URL, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.log = log
    }

    /// Reports every problem found.
    public func run() -> CheckReport {
        let total = 3
        let outcome = timedStep(1, of: total, "load 读取内容", log: log) {
            ContentLoader(contentDirectory: contentDirectory).inspect()
        }
        var diagnostics = outcome.diagnostics
        if let content = outcome.content {
            do throws(BuildFailure) {
                let rollup = try timedStep(2, of: total, "aggregate 汇总指标", log: log) { () throws(BuildFailure) in
                    try RollupBuilder(content: content).build()
                }
                diagnostics += rollup.diagnostics
                try timedStep(3, of: total, "plan 规划页面", log: log) { () throws(BuildFailure) in
                    let plan = SitePlanner(content: content, rollup: rollup).plan()
                    let copies =
                        BuildPipeline.assetCopies(templates: templatesDirectory)
                        + plan.staticFiles.map { (source: $0.source, path: $0.outputPath) }
                    try BuildPipeline.checkNoOverlap(paths: BuildPipeline.generatedPaths(plan), copies: copies)
                    _ = try TemplateSet(directory: templatesDirectory)
                }
            } catch {
                diagnostics += error.diagnostics
            }
        }
        return CheckReport(
            diagnostics: diagnostics, files: outcome.inputFiles.count, records: outcome.records,
            enterprises: outcome.enterprises, years: outcome.years)
    }
}

/// What `dangjian check` found.
public struct CheckReport: Sendable, Encodable {
    /// Every diagnostic, errors and warnings.
    public let diagnostics: [Diagnostic]
    /// Input files read.
    public let files: Int
    /// Enterprise-year records read.
    public let records: Int
    /// Distinct enterprises.
    public let enterprises: Int
    /// Years in the data.
    public let years: [Int]

    /// The number of errors.
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    /// The number of warnings.
    public var warningCount: Int { diagnostics.count - errorCount }

    /// The summary line printed after the diagnostics.
    public var summaryLine: String {
        let years = years.isEmpty ? "无" : years.map(String.init).joined(separator: "、")
        return
            "检查完成：\(errorCount) 个错误，\(warningCount) 条警告；\(files) 个文件，\(enterprises) 家企业（\(records) 条年度记录），年度：\(years)"
    }

    enum CodingKeys: String, CodingKey {
        case diagnostics, files, records, enterprises, years, errors, warnings
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(diagnostics, forKey: .diagnostics)
        try container.encode(files, forKey: .files)
        try container.encode(records, forKey: .records)
        try container.encode(enterprises, forKey: .enterprises)
        try container.encode(years, forKey: .years)
        try container.encode(errorCount, forKey: .errors)
        try container.encode(warningCount, forKey: .warnings)
    }

    /// The report as JSON for other tools.
    public func json() throws(BuildFailure) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(self), as: UTF8.self)
        } catch {
            throw BuildFailure("无法把检查结果编码为 JSON：\(error)", at: SourceLocation(file: "check"))
        }
    }
}

extension BuildPipeline {
    /// Runs one named step and logs `[i/n] name … ms`.
    func step<Output, Failure: Error>(
        _ index: Int, of total: Int, _ name: String, _ body: () throws(Failure) -> Output
    ) throws(Failure) -> Output {
        try timedStep(index, of: total, name, log: log, body)
    }

    /// The paths of the files the render step generates: every planned page, indicators.json and
    /// the manifest.
    static func generatedPaths(_ plan: SitePlan) -> [String] {
        plan.pages.map(\.path) + [SitePlan.indicatorsPath, SitePlan.manifestPath]
    }

    /// `.dangjian-manifest.json`: the audience and what it left out (not a page).
    static func manifest(_ plan: SitePlan) -> Data {
        struct Manifest: Encodable {
            let audience: String
            let drafts: Bool
            let leftOut: LeftOut
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let manifest = Manifest(
            audience: plan.publication.audience.rawValue, drafts: plan.publication.includesDrafts, leftOut: plan.leftOut
        )
        // Strings, numbers and arrays of them: encoding cannot fail.
        return (try? encoder.encode(manifest)) ?? Data()
    }

    /// A static file or asset must not take the place of a generated page or of another file.
    static func checkNoOverlap(paths: [String], copies: [(source: URL, path: String)]) throws(BuildFailure) {
        var taken = Set(paths)
        var problems: [Diagnostic] = []
        for copy in copies where !taken.insert(copy.path).inserted {
            problems.append(
                .error(
                    "文件会覆盖网站中已有的“\(copy.path)”（生成的页面或另一个文件），请改名或移到其他目录",
                    at: SourceLocation(file: copy.source.path)))
        }
        if !problems.isEmpty { throw BuildFailure(diagnostics: problems) }
    }

    /// The files of the templates' assets/ folder, copied to assets/.
    static func assetCopies(templates: URL) -> [(source: URL, path: String)] {
        let root = templates.appendingPathComponent("assets")
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var copies: [(source: URL, path: String)] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let source = root.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                !relative.hasPrefix(".")
            {
                copies.append((source, "assets/" + relative))
            }
        }
        return copies.sorted { $0.path < $1.path }
    }
}

/// Runs one named step and logs `[i/n] name … ms`.
func timedStep<Output, Failure: Error>(
    _ index: Int, of total: Int, _ name: String, log: (String) -> Void, _ body: () throws(Failure) -> Output
) throws(Failure) -> Output {
    let start = DispatchTime.now()
    let output = try body()
    let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
    log("[\(index)/\(total)] \(name) … \(String(format: "%.1f", milliseconds)) ms")
    return output
}
