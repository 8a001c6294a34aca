/// The dashboard (index.html, years/<year>/): the root region's headline cards, attention panel,
/// charts, ranking of its townships, trend and latest reports.
struct DashboardPage {
    struct RegionLink {
        let name: String
        let code: String
        let href: String
    }

    struct ReportLink {
        let title: String
        let date: String
        let href: String
    }

    let region: RegionLink
    let yearSwitch: [YearLink]
    let year: Int
    let cards: [RateFigure]
    let summary: [SummaryFigure]
    let children: [ChildRow]
    let rateTitles: [TitleItem]
    let trend: TrendTable
    let dueUnbuiltCount: String
    let hasDueUnbuilt: Bool
    let dueUnbuiltHref: String
    let alerts: [AttentionItem]
    let charts: ChartsModel
    let reports: [ReportLink]
    let hasReports: Bool
    /// The year's briefing pack (汇报材料).
    let briefingHref: String
    /// The township map.
    let map: MapModel?
}

extension PageRenderer {
    /// Builds the dashboard of a year (the latest when the page has none).
    func dashboardPage(_ page: PlannedPage) -> Page<DashboardPage> {
        let root = rollup.tree.root
        let year = page.year ?? rollup.latestYear
        let figures = rollup.figures(root.code, year)
        let links = links(page)
        let model = DashboardPage(
            region: .init(name: root.name, code: root.code, href: links.region(root.code, year: year)),
            yearSwitch: yearSwitch(page, year: year) { SitePlan.dashboardPath(year: $0) }, year: year,
            cards: headlineCards(figures, from: page), summary: summaryFigures(figures, from: page),
            children: childRows(of: root.code, year: year, from: page), rateTitles: childRateTitles(),
            trend: trendTable(root.code), dueUnbuiltCount: shownCount(figures.dueUnbuilt.count, of: figures),
            hasDueUnbuilt: !figures.dueUnbuilt.isEmpty, dueUnbuiltHref: links.dueUnbuilt(root.code, year: year),
            alerts: attention(year: year, from: page),
            charts: charts(root.code, year: year, figures: figures, from: page),
            reports: plan.reports.prefix(5).map {
                .init(title: $0.title, date: $0.date, href: links.report($0.slug))
            }, hasReports: !plan.reports.isEmpty, briefingHref: links.to(SitePlan.briefingPath(year: year)),
            map: townshipMap(root.code, year: year, from: page))
        return Page(
            layout: layout(page, title: "\(root.name)两新组织党建总览", section: .dashboard, crumbs: [], year: year),
            model: model)
    }

    /// The attention panel of a year: townships below their targets, and the published figures of
    /// that year that differ from the computed ones.
    func attention(year: Int, from page: PlannedPage) -> [AttentionItem] {
        var items = targetAlerts(year: year, from: page)
        let mismatches = rollup.publishedMismatches.filter { $0.figure.year == year }
        if !mismatches.isEmpty {
            items.append(
                AttentionItem(
                    title: "公布数与计算数不一致：\(mismatches.count) 处（以计算数为准，请核对原报告）",
                    items: mismatches.map { .init(label: $0.message) }))
        }
        return items
    }

    /// The townships below each rate's target in a year, rate by rate.
    func targetAlerts(year: Int, from page: PlannedPage) -> [AttentionItem] {
        let links = links(page)
        var items: [AttentionItem] = []
        for rate in IndicatorCatalogue.rates {
            guard let target = content.config.targets[rate] else { continue }
            let below = rollup.regionsBelowTarget(of: rollup.tree.root.code, year: year, rate: rate, target: target)
            guard !below.isEmpty else { continue }
            items.append(
                AttentionItem(
                    title: "\(catalogue.title(rate))低于目标 \(format.target(target))：\(below.count) 个",
                    items: below.map { region in
                        .init(
                            label: region.name + " " + format.percent(rollup.figures(region.code, year).ratio(rate)),
                            href: links.region(region.code, year: year))
                    }))
        }
        return items
    }
}
