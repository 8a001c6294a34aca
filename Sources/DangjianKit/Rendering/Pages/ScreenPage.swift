/// The meeting-room screen (数据大屏): the root region's headline cards, ranking and trend, sized
/// for 1920×1080.
struct ScreenPage {
    let region: String
    let year: Int
    let cards: [RateFigure]
    let summary: [SummaryFigure]
    let rankingChart: String?
    let trendChart: String?
    let dashboardHref: String
    /// The township map.
    let map: MapModel?
}

extension PageRenderer {
    /// Builds the meeting-room screen.
    func screenPage(_ page: PlannedPage) -> Page<ScreenPage> {
        let root = rollup.tree.root
        let year = page.year ?? rollup.latestYear
        let figures = rollup.figures(root.code, year)
        let model = ScreenPage(
            region: root.name, year: year, cards: headlineCards(figures, from: page),
            summary: summaryFigures(figures, from: page),
            rankingChart: responsive { width in
                rankingChart(
                    root.code, year: year, by: .organisationCoverage, from: page, width: width == 720 ? 760 : width)
            },
            trendChart: responsive { width in
                trendChart(root.code, width: width == 720 ? 760 : width)
            }, dashboardHref: links(page).to(SitePlan.dashboardPath),
            map: townshipMap(root.code, year: year, from: page))
        return Page(
            layout: layout(page, title: "数据大屏", section: .screen, crumbs: [], year: year, isScreen: true), model: model)
    }
}
