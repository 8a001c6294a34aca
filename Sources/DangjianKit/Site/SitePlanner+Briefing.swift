extension SitePlanner {
    /// The briefing packs (汇报材料): the root region's for every year (briefing/<year>/, the latest
    /// also at briefing/), and every other region's for the latest year (regions/<code>/briefing/).
    ///
    /// A township's pack describes where it stands now; earlier years stay in the root's archive of
    /// packs and on the region pages of each year, so a city-scale site gets one pack per region,
    /// not one per region and year.
    func briefingPages() -> [PlannedPage] {
        guard let latest = rollup.years.last else { return [] }
        let root = rollup.tree.root.code
        var pages = [PlannedPage(kind: .briefing(code: root), path: SitePlan.briefingPath(year: nil), year: latest)]
        for year in rollup.years.reversed() {
            pages.append(PlannedPage(kind: .briefing(code: root), path: SitePlan.briefingPath(year: year), year: year))
        }
        for region in rollup.tree.allRegions where region.code != root {
            pages.append(
                PlannedPage(
                    kind: .briefing(code: region.code), path: SitePlan.regionBriefingPath(region.code), year: latest))
        }
        return pages
    }
}

extension SitePlan {
    /// The briefing pages of the plan, each with the PDF printed from it: the page in the PDF's own
    /// folder is printed, briefing/index.html shares the latest year's PDF.
    public var briefingPages: [PlannedPage] {
        pages.filter { if case .briefing = $0.kind { true } else { false } }
    }
}
