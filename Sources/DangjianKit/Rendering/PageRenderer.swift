import Dispatch
import Foundation

/// One file of the rendered site.
public struct RenderedFile: Sendable {
    /// The path relative to the output root.
    public let path: String
    /// The bytes to write.
    public let data: Data
}

/// The render stage: turns the plan into HTML pages through the Mustache templates.
///
/// Pages are independent of one another, so they render concurrently.
public struct PageRenderer: Sendable {
    /// What was loaded.
    public let content: SiteContent
    /// What was computed.
    public let rollup: Rollup
    /// Which pages exist.
    public let plan: SitePlan
    /// The templates.
    public let templates: TemplateSet
    /// The build's date, shown in every footer (injected so builds are reproducible).
    public let buildDate: Date

    let markdown = MarkdownRenderer()
    let format: FigureFormatter
    /// Every indicator's title, unit and drill-down under the configured thresholds.
    let catalogue: IndicatorCatalogue
    /// The build date as every footer shows it (2025年6月1日, in China's time zone).
    let buildDateText: String
    /// The build's warnings by the row they point at (`rowKey`), for the enterprise pages.
    let rowWarnings: [String: [String]]

    /// Creates a renderer.
    public init(content: SiteContent, rollup: Rollup, plan: SitePlan, templates: TemplateSet, buildDate: Date) {
        self.content = content
        self.rollup = rollup
        self.plan = plan
        self.templates = templates
        self.buildDate = buildDate
        format = FigureFormatter(decimals: content.config.decimals)
        catalogue = IndicatorCatalogue(thresholds: content.config.thresholds)
        buildDateText = Self.dateText(buildDate)
        var warnings: [String: [String]] = [:]
        for diagnostic in content.diagnostics + rollup.diagnostics where diagnostic.severity == .warning {
            warnings[Self.rowKey(diagnostic.location), default: []].append(diagnostic.message)
        }
        rowWarnings = warnings
    }

    /// A row of an input table as the warnings index names it: file, sheet and line.
    static func rowKey(_ location: SourceLocation) -> String {
        "\(location.file)|\(location.sheet ?? "")|\(location.line)"
    }

    /// A date as every footer shows it: 2025年6月1日, in China's time zone.
    public static func dateText(_ date: Date) -> String {
        let dateFormatter = DateFormatter()
        dateFormatter.locale = Locale(identifier: "en_US_POSIX")
        dateFormatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        dateFormatter.dateFormat = "yyyy年M月d日"
        return dateFormatter.string(from: date)
    }

    /// Renders every planned page concurrently and hands each to `deliver` as soon as it is
    /// rendered (on the rendering thread), so pages need not be held until the last one is done;
    /// throws every failure of rendering or delivery together.
    public func renderAll(_ deliver: @Sendable (RenderedFile) throws(BuildFailure) -> Void) throws(BuildFailure) {
        let failures = plan.pages.concurrentMap { page -> [Diagnostic] in
            do throws(BuildFailure) {
                try deliver(RenderedFile(path: page.path, data: Data(try render(page))))
                return []
            } catch {
                return error.diagnostics
            }
        }
        let problems = failures.flatMap { $0 }
        if !problems.isEmpty {
            throw BuildFailure(diagnostics: Array(Set(problems)).sorted { $0.description < $1.description })
        }
    }

    /// Renders one page (or row file) as UTF-8 bytes.
    public func render(_ page: PlannedPage) throws(BuildFailure) -> [UInt8] {
        if case .enterpriseRows(let code) = page.kind { return Array(try enterpriseRowsScript(page, code: code).utf8) }
        guard let (template, model) = try model(of: page) else { return [] }
        return try templates.render(model, template: template)
    }

    /// The model of an HTML page and the name of the template that renders it; nil for a row file.
    func model(of page: PlannedPage) throws(BuildFailure) -> (template: String, page: any LaidOutPage)? {
        switch page.kind {
        case .enterpriseRows: nil
        case .dashboard: ("dashboard", dashboardPage(page))
        case .region(let code): ("region", try regionPage(page, code: code))
        case .dueUnbuilt(let code): ("due-unbuilt", try dueUnbuiltPage(page, code: code))
        case .enterpriseList(let code): ("enterprise-list", try enterpriseListPage(page, code: code))
        case .enterprise(let key): ("enterprise", try enterprisePage(page, key: key))
        case .reportIndex: ("reports", reportIndexPage(page))
        case .report(let slug): ("report", try reportPage(page, slug: slug))
        case .showcaseIndex: ("showcases", showcaseIndexPage(page))
        case .showcase(let slug): ("showcase", try showcasePage(page, slug: slug))
        case .screen: ("screen", screenPage(page))
        case .honors: ("honors", honorsPage(page, year: nil))
        case .honorYear(let year): ("honors", honorsPage(page, year: year))
        case .indicatorNotes: ("indicators", indicatorNotesPage(page))
        case .regionIndex: ("regions", regionIndexPage(page))
        case .briefing(let code): ("briefing", try briefingPage(page, code: code))
        case .search: ("search", searchPage(page))
        }
    }
}
