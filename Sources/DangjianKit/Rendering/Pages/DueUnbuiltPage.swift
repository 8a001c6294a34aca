/// A region's 应建未建 list (I4): every enterprise with the reasons and the figures behind them.
struct DueUnbuiltPage {
    struct Thresholds {
        let members: Int
        let staff: Int
    }

    struct Entry {
        let name: String
        let href: String?
        let township: String
        let townshipHref: String
        let members: String
        let staff: String
        let mode: String
        let instructor: String
        let reasons: String
    }

    let region: RegionHeading
    let year: Int
    let yearSwitch: [YearLink]
    let thresholds: Thresholds
    let entries: [Entry]
    let count: Int
    let hasEntries: Bool
    let regionHref: String
    /// A list too long for one page (a city's) is shown by child region instead, each linking to
    /// its own list.
    let byChild: [ChildCount]
    let hasByChild: Bool
    /// No enterprise is on the list.
    let isEmpty: Bool

    struct ChildCount {
        let name: String
        let count: Int
        let href: String
    }
}

extension PageRenderer {
    /// Builds a region's 应建未建 list.
    func dueUnbuiltPage(_ page: PlannedPage, code: String) throws(BuildFailure) -> Page<DueUnbuiltPage> {
        let start = try regionPageStart(
            page, code: code, title: { "\($1)年应建未建名单" }, path: { SitePlan.dueUnbuiltPath(code, year: $0) })
        let (region, year, figures) = (start.region, start.year, start.figures)
        let links = links(page)
        let thresholds = content.config.thresholds
        let children = rollup.tree.children(of: code)
        let byChild: [DueUnbuiltPage.ChildCount] =
            figures.dueUnbuilt.count > plan.listLimit && !children.isEmpty
            ? children.map { child in
                .init(
                    name: child.name, count: rollup.figures(child.code, year).dueUnbuilt.count,
                    href: links.dueUnbuilt(child.code, year: year))
            } : []
        let entries = byChild.isEmpty ? figures.dueUnbuilt : []
        let model = DueUnbuiltPage(
            region: RegionHeading(region), year: year,
            yearSwitch: start.yearSwitch,
            thresholds: .init(members: thresholds.fullMembersForOrganisation, staff: thresholds.staffForOrganisation),
            entries: entries.map { entry in
                let record = rollup.enterprises[entry.enterprise]?.record(in: year)
                return DueUnbuiltPage.Entry(
                    name: entry.enterprise.name, href: links.enterprise(entry.enterprise),
                    township: regionName(entry.enterprise.regionCode),
                    townshipHref: links.region(entry.enterprise.regionCode, year: year),
                    members: format.optional(record?.fullMembers), staff: format.optional(record?.staff),
                    mode: record?.mode?.rawValue ?? "—", instructor: record?.instructor ?? "—",
                    reasons: entry.reasons.map(\.rawValue).joined(separator: "；"))
            }, count: figures.dueUnbuilt.count, hasEntries: !entries.isEmpty,
            regionHref: links.region(code, year: year), byChild: byChild,
            hasByChild: !byChild.isEmpty, isEmpty: figures.dueUnbuilt.isEmpty)
        return Page(layout: start.layout, model: model)
    }
}
