/// 区划: every region of the tree in the order of regions.csv, indented by depth, with its counts
/// and rates in the latest year, each linked to its page and its lists.
struct RegionIndexPage {
    struct Row {
        /// 0 for the root, 1 for its children …
        let depth: Int
        let code: String
        /// The region's briefing pack, where it has one.
        let briefingHref: String?
        let figures: ChildRow
    }

    let year: Int
    let rateTitles: [TitleItem]
    let rows: [Row]
    let regionCount: Int
}

extension PageRenderer {
    /// Builds the list of regions.
    func regionIndexPage(_ page: PlannedPage) -> Page<RegionIndexPage> {
        let year = rollup.latestYear
        let links = links(page)
        let briefings = Set(plan.briefingPages.map(\.path))
        let rows = rollup.tree.allRegions.map { region in
            let briefing =
                region.code == rollup.tree.root.code
                ? SitePlan.briefingPath(year: nil) : SitePlan.regionBriefingPath(region.code)
            return RegionIndexPage.Row(
                depth: rollup.tree.lineage(of: region.code).count - 1, code: region.code,
                briefingHref: briefings.contains(briefing) ? links.to(briefing) : nil,
                figures: regionRow(
                    region, figures: rollup.figures(region.code, year), rank: 0, year: year, from: page))
        }
        let model = RegionIndexPage(
            year: year, rateTitles: childRateTitles(), rows: rows, regionCount: rows.count)
        return Page(
            layout: layout(
                page, title: "区划", section: .regions, crumbs: [Crumb(label: "总览", path: SitePlan.dashboardPath)],
                year: year),
            model: model)
    }
}
