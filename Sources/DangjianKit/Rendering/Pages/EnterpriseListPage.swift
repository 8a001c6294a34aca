import Foundation

/// A region's enterprise list: every enterprise below it in a year, sortable and filterable; the
/// figures of the region pages link here with a filter in the address (#mode=未建).
///
/// A list longer than the plan's `listLimit` (a county's, a city's) holds its first rows in the
/// HTML, links to its townships' lists, and names its townships' row files, which `site.js`
/// loads to show and filter every row.
struct EnterpriseListPage {
    let region: RegionHeading
    let year: Int
    let yearSwitch: [YearLink]
    let enterprises: [EnterpriseRow]
    let count: Int
    /// 三有 enterprises among them: the population every rate counts within.
    let population: String
    /// Whether the list includes the regions below (not a township's own list).
    let includesChildren: Bool
    let townshipOptions: [NameOption]
    let modeOptions: [NameOption]
    let regionHref: String
    /// The row files to load instead of the rows in the HTML (space-separated links); nil when
    /// the page holds every row.
    let rowsFrom: String?
    /// How many rows the HTML holds when the list is longer.
    let shownCount: Int
    /// The lists of the townships below, when the page holds only the first rows.
    let townshipLists: [PageLayout.Link]
    /// Every rate's title by id ("I1=组织覆盖率;…"), for the notice of a drill-down from a card.
    let indicatorTitles: String
}

/// A township's rows as a script for the long lists above it (rows.js).
struct EnterpriseRowsFile {
    let enterprises: [EnterpriseRow]
}

extension PageRenderer {
    /// Builds a region's enterprise list.
    func enterpriseListPage(_ page: PlannedPage, code: String) throws(BuildFailure) -> Page<EnterpriseListPage> {
        let start = try regionPageStart(
            page, code: code, title: { "\($1)年企业名录" }, path: { SitePlan.enterpriseListPath(code, year: $0) })
        let (region, year) = (start.region, start.year)
        let links = links(page)
        let total = rollup.rowCount(in: code, year: year)
        let isPaged = total > plan.listLimit && !rollup.tree.children(of: code).isEmpty
        let rows = enterpriseRows(in: code, year: year, from: page, limit: isPaged ? plan.listLimit : nil)
        let leaves =
            isPaged ? rollup.tree.leaves(under: code).filter { rollup.rowCount(in: $0.code, year: year) > 0 } : []
        let model = EnterpriseListPage(
            region: RegionHeading(region), year: year,
            yearSwitch: start.yearSwitch, enterprises: rows, count: total,
            population: shownCount(rollup.figures(code, year).counts.population, of: rollup.figures(code, year)),
            includesChildren: !rollup.tree.children(of: code).isEmpty,
            // In the official order of regions.csv, as every other list of townships.
            townshipOptions: (isPaged
                ? leaves : rollup.tree.leaves(under: code).filter { rollup.rowCount(in: $0.code, year: year) > 0 })
                .map { NameOption(name: $0.name) },
            modeOptions: FormationMode.allCases.map { NameOption(name: $0.rawValue) },
            regionHref: links.region(code, year: year),
            rowsFrom: isPaged
                ? leaves.map { links.to(SitePlan.enterpriseRowsPath($0.code, year: links.folder(year))) }
                    .joined(separator: " ") : nil,
            shownCount: rows.count,
            townshipLists: leaves.map {
                PageLayout.Link(label: $0.name, href: links.enterpriseList($0.code, year: year))
            },
            indicatorTitles: IndicatorCatalogue.rates.map { "\($0.rawValue)=\(catalogue.title($0))" }.joined(
                separator: ";"))
        return Page(layout: start.layout, model: model)
    }

    /// A township's rows of a year as a script that appends their HTML to `window.dangjianRows`.
    func enterpriseRowsScript(_ page: PlannedPage, code: String) throws(BuildFailure) -> String {
        let year = page.year ?? rollup.latestYear
        let html = String(
            decoding: try templates.renderFragment(
                EnterpriseRowsFile(enterprises: enterpriseRows(in: code, year: year, from: page)),
                template: "enterprise-rows"),
            as: UTF8.self)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        guard let encoded = try? encoder.encode([html]), let array = String(data: encoded, encoding: .utf8)
        else {
            throw BuildFailure("无法把企业名录写成脚本", at: SourceLocation(file: page.path))
        }
        return "(window.dangjianRows = window.dangjianRows || []).push(\(array.dropFirst().dropLast()));\n"
    }
}
