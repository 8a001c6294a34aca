/// 搜索: the search page; results come from the search script over the index files
/// (`SearchIndex+Files`), so the page itself holds the form and an empty result list.
struct SearchPage {
    /// A choice of the kind filter.
    struct Kind {
        let value: Int
        let label: String
    }

    let kinds: [Kind]
    /// The index's meta.js, relative to the page.
    let metaHref: String
}

extension PageRenderer {
    /// Builds the search page.
    func searchPage(_ page: PlannedPage) -> Page<SearchPage> {
        let model = SearchPage(
            kinds: SearchDocument.Kind.allCases.map { SearchPage.Kind(value: $0.rawValue, label: $0.label) },
            metaHref: links(page).to(SearchIndex.metaPath))
        return Page(
            layout: layout(
                page, title: "搜索", section: .search, crumbs: [Crumb(label: "总览", path: SitePlan.dashboardPath)]),
            model: model)
    }

    /// The pages the search finds, in the plan's order (their ids): enterprises, regions (every
    /// year), demonstration sites, each year's honor roll and reports; the build's audience has
    /// already left out what it does not publish.
    func searchDocuments() -> [SearchDocument] {
        plan.pages.compactMap(searchDocument)
    }

    /// What a result shows of a page; nil for a page the search does not list.
    func searchDocument(_ page: PlannedPage) -> SearchDocument? {
        switch page.kind {
        case .enterprise(let key):
            guard let history = rollup.enterprises[key] else { return nil }
            return SearchDocument(
                path: page.path, name: history.latest.name, kind: .enterprise,
                region: regionName(history.key.regionCode), year: history.latest.year)
        case .region(let code):
            guard let region = rollup.tree.region(code) else { return nil }
            return SearchDocument(
                path: page.path, name: region.name, kind: .region, region: region.parentCode.map(regionName),
                year: page.year)
        case .showcase(let slug):
            guard let showcase = plan.showcases.first(where: { $0.slug == slug }) else { return nil }
            return SearchDocument(
                path: page.path, name: rollup.enterprises[showcase.enterprise]?.latest.name ?? showcase.enterprise.name,
                kind: .showcase, region: regionName(township(of: showcase)), year: showcase.namedYear)
        case .honorYear(let year):
            return SearchDocument(
                path: page.path, name: "\(year)年光荣榜", kind: .honors, region: nil, year: year)
        case .report(let slug):
            guard let report = plan.reports.first(where: { $0.slug == slug }) else { return nil }
            return SearchDocument(
                path: page.path, name: report.title, kind: .report, region: regionName(report.regionCode),
                year: Int(report.date.prefix(4)))
        default:
            return nil
        }
    }
}
