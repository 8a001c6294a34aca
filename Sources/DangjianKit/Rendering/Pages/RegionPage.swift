/// The header every region-year page shares: the region, the year and the year switcher.
struct RegionHeading {
    let name: String
    let code: String
    let level: String

    init(_ region: Region) {
        name = region.name
        code = region.code
        level = region.level.rawValue
    }
}

/// A region's page (regions/<code>/, regions/<code>/<year>/): indicators, counts, charts, child
/// regions or enterprises, 应建未建, recognition and honors.
struct RegionPage {
    let region: RegionHeading
    let year: Int
    let yearSwitch: [YearLink]
    let cards: [RateFigure]
    let summary: [SummaryFigure]
    let rates: [RateFigure]
    let counts: [CountRow]
    let trend: TrendTable
    let children: [ChildRow]
    let hasChildren: Bool
    let rateTitles: [TitleItem]
    let enterprises: [EnterpriseRow]
    let hasEnterprises: Bool
    let modeOptions: [NameOption]
    let hasDueUnbuilt: Bool
    let dueUnbuiltCount: String
    let dueUnbuiltHref: String
    let recognition: RecognitionModel
    let charts: ChartsModel
    let enterpriseListHref: String
    let honorCategories: [HonorCategoryGroup]
    let hasHonors: Bool
    let honorsHref: String
    /// The region's briefing pack: the root's of the year, another region's of the latest year.
    let briefingHref: String
    /// The map of the child regions; nil for a region without any.
    let map: MapModel?
}

extension PageRenderer {
    /// The start of every region-year page: its region, year and figures, and the layout with
    /// breadcrumbs down to the region (or its parent) and the year switcher over `path`.
    func regionPageStart(
        _ page: PlannedPage, code: String, title: (Region, Int) -> String, crumbsEndAtParent: Bool = false,
        path: (Int?) -> String
    ) throws(BuildFailure) -> (
        region: Region, year: Int, figures: RegionFigures, layout: PageLayout, yearSwitch: [YearLink]
    ) {
        guard let region = rollup.tree.region(code) else {
            throw BuildFailure("区划“\(code)”不在区划树中，无法生成其页面", at: SourceLocation(file: page.path))
        }
        let year = page.year ?? rollup.latestYear
        let lineage = regionCrumbs(to: code, year: year)
        let crumbs =
            [Crumb(label: "总览", path: SitePlan.dashboardPath(year: links(page).folder(year)))]
            + (crumbsEndAtParent ? Array(lineage.dropLast()) : lineage)
        return (
            region, year, rollup.figures(code, year),
            layout(page, title: title(region, year), section: .regions, crumbs: crumbs, year: year),
            yearSwitch(page, year: year, path: path)
        )
    }

    /// Builds a region's page.
    func regionPage(_ page: PlannedPage, code: String) throws(BuildFailure) -> Page<RegionPage> {
        let start = try regionPageStart(
            page, code: code, title: { "\($0.name) · \($1)年" }, crumbsEndAtParent: true,
            path: { SitePlan.regionPath(code, year: $0) })
        let (region, year, figures) = (start.region, start.year, start.figures)
        let links = links(page)
        let children = childRows(of: code, year: year, from: page)
        // A region with child regions lists them; a township lists its enterprises.
        let enterprises = children.isEmpty ? enterpriseRows(in: code, year: year, from: page) : []
        let honors = honorCategories(rollup.honors(in: code, year: year), from: page)
        let model = RegionPage(
            region: RegionHeading(region), year: year,
            yearSwitch: start.yearSwitch, cards: headlineCards(figures, from: page),
            summary: summaryFigures(figures, from: page), rates: rateRows(figures, from: page),
            counts: countRows(figures, from: page), trend: trendTable(code), children: children,
            hasChildren: !children.isEmpty, rateTitles: childRateTitles(), enterprises: enterprises,
            hasEnterprises: !enterprises.isEmpty,
            modeOptions: FormationMode.allCases.map { NameOption(name: $0.rawValue) },
            hasDueUnbuilt: !figures.dueUnbuilt.isEmpty,
            dueUnbuiltCount: shownCount(figures.dueUnbuilt.count, of: figures),
            dueUnbuiltHref: links.dueUnbuilt(code, year: year), recognition: recognition(figures),
            charts: charts(code, year: year, figures: figures, from: page),
            enterpriseListHref: links.enterpriseList(code, year: year), honorCategories: honors,
            hasHonors: !honors.isEmpty, honorsHref: links.honorYear(year),
            briefingHref: links.to(
                code == rollup.tree.root.code ? SitePlan.briefingPath(year: year) : SitePlan.regionBriefingPath(code)),
            map: townshipMap(code, year: year, from: page))
        return Page(layout: start.layout, model: model)
    }
}
