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

    /// Creates a renderer.
    public init(content: SiteContent, rollup: Rollup, plan: SitePlan, templates: TemplateSet, buildDate: Date) {
        self.content = content
        self.rollup = rollup
        self.plan = plan
        self.templates = templates
        self.buildDate = buildDate
        format = FigureFormatter(decimals: content.config.decimals)
        catalogue = IndicatorCatalogue(thresholds: content.config.thresholds)
        let dateFormatter = DateFormatter()
        dateFormatter.locale = Locale(identifier: "en_US_POSIX")
        dateFormatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        dateFormatter.dateFormat = "yyyy年M月d日"
        buildDateText = dateFormatter.string(from: buildDate)
    }

    /// Renders every planned page, concurrently; throws every failure together.
    public func renderAll() throws(BuildFailure) -> [RenderedFile] {
        let pages = plan.pages
        let results = ResultSlots(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            do throws(BuildFailure) {
                let html = try render(pages[index])
                results.store(.success(RenderedFile(path: pages[index].path, data: Data(html.utf8))), at: index)
            } catch {
                results.store(.failure(error), at: index)
            }
        }
        var files: [RenderedFile] = []
        var problems: [Diagnostic] = []
        for result in results.values {
            switch result {
            case .success(let file)?: files.append(file)
            case .failure(let failure)?: problems.append(contentsOf: failure.diagnostics)
            case nil: break
            }
        }
        if !problems.isEmpty { throw BuildFailure(diagnostics: Array(Set(problems))) }
        return files
    }

    /// Renders one page.
    public func render(_ page: PlannedPage) throws(BuildFailure) -> String {
        switch page.kind {
        case .dashboard: try templates.render(dashboardPage(page), template: "dashboard")
        case .region(let code): try templates.render(regionPage(page, code: code), template: "region")
        case .dueUnbuilt(let code): try templates.render(dueUnbuiltPage(page, code: code), template: "due-unbuilt")
        case .enterpriseList(let code):
            try templates.render(enterpriseListPage(page, code: code), template: "enterprise-list")
        case .enterprise(let key): try templates.render(enterprisePage(page, key: key), template: "enterprise")
        case .reportIndex: try templates.render(reportIndexPage(page), template: "reports")
        case .report(let slug): try templates.render(reportPage(page, slug: slug), template: "report")
        case .showcaseIndex: try templates.render(showcaseIndexPage(page), template: "showcases")
        case .showcase(let slug): try templates.render(showcasePage(page, slug: slug), template: "showcase")
        case .screen: try templates.render(screenPage(page), template: "screen")
        case .honors: try templates.render(honorsPage(page, year: nil), template: "honors")
        case .honorYear(let year): try templates.render(honorsPage(page, year: year), template: "honors")
        }
    }
}

/// Results written by concurrent workers, one slot each.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<RenderedFile, BuildFailure>?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ result: Result<RenderedFile, BuildFailure>, at index: Int) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var values: [Result<RenderedFile, BuildFailure>?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
