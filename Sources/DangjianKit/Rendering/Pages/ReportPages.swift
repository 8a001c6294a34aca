/// The list of reports, newest first.
struct ReportIndexPage {
    struct Item {
        let title: String
        let date: String
        let type: String
        let visibility: String
        let region: String
        let summary: String?
        let href: String
    }

    let reports: [Item]
    let hasReports: Bool
}

/// One report: its metadata and the rendered Markdown.
struct ReportPage {
    let title: String
    let date: String
    let type: String
    let visibility: String
    let region: String
    let regionHref: String
    let summary: String?
    let body: String
}

extension PageRenderer {
    /// Builds the list of reports.
    func reportIndexPage(_ page: PlannedPage) -> Page<ReportIndexPage> {
        let links = links(page)
        let model = ReportIndexPage(
            reports: plan.reports.map { report in
                .init(
                    title: report.title, date: report.date, type: report.type.rawValue,
                    visibility: report.visibility.rawValue, region: regionName(report.regionCode),
                    summary: report.summary, href: links.report(report.slug))
            }, hasReports: !plan.reports.isEmpty)
        return Page(
            layout: layout(
                page, title: "工作报告", section: .reports, crumbs: [Crumb(label: "总览", path: SitePlan.dashboardPath)]),
            model: model)
    }

    /// Builds a report's page.
    func reportPage(_ page: PlannedPage, slug: String) throws(BuildFailure) -> Page<ReportPage> {
        guard let report = plan.reports.first(where: { $0.slug == slug }) else {
            throw BuildFailure("没有文件名为“\(slug)”的报告", at: SourceLocation(file: page.path))
        }
        let crumbs = [
            Crumb(label: "总览", path: SitePlan.dashboardPath), Crumb(label: "工作报告", path: SitePlan.reportIndexPath),
        ]
        let model = ReportPage(
            title: report.title, date: report.date, type: report.type.rawValue,
            visibility: report.visibility.rawValue, region: regionName(report.regionCode),
            regionHref: links(page).region(report.regionCode), summary: report.summary,
            body: try markdown.html(
                report.body, images: publishedImages(report.images, from: page), file: report.location))
        return Page(layout: layout(page, title: report.title, section: .reports, crumbs: crumbs), model: model)
    }

    /// The images a page's Markdown embeds, keyed by their written destination, with the links
    /// from the page to their copies.
    func publishedImages(_ images: [EmbeddedImage], from page: PlannedPage) -> [String: MarkdownRenderer.PublishedImage]
    {
        let links = links(page)
        return Dictionary(
            images.map {
                ($0.reference, MarkdownRenderer.PublishedImage(source: links.to($0.outputPath), size: $0.size))
            },
            uniquingKeysWith: { first, _ in first })
    }
}
