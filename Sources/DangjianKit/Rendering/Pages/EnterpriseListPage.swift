/// A region's enterprise list: every enterprise below it in a year, sortable and filterable; the
/// figures of the region pages link here with a filter in the address (#mode=未建).
struct EnterpriseListPage {
    let region: RegionHeading
    let year: Int
    let yearSwitch: [YearLink]
    let enterprises: [EnterpriseRow]
    let count: Int
    let townshipOptions: [NameOption]
    let modeOptions: [NameOption]
    let regionHref: String
}

extension PageRenderer {
    /// Builds a region's enterprise list.
    func enterpriseListPage(_ page: PlannedPage, code: String) throws(BuildFailure) -> Page<EnterpriseListPage> {
        let start = try regionPageStart(
            page, code: code, title: { "\($1)年企业名录" }, path: { SitePlan.enterpriseListPath(code, year: $0) })
        let (region, year) = (start.region, start.year)
        let rows = enterpriseRows(in: code, year: year, from: page)
        let model = EnterpriseListPage(
            region: RegionHeading(name: region.name, code: region.code, level: region.level.rawValue), year: year,
            yearSwitch: start.yearSwitch, enterprises: rows, count: rows.count,
            townshipOptions: Set(rows.map(\.township)).sorted().map(NameOption.init),
            modeOptions: FormationMode.allCases.map { NameOption(name: $0.rawValue) },
            regionHref: links(page).region(code, year: year))
        return Page(layout: start.layout, model: model)
    }
}
