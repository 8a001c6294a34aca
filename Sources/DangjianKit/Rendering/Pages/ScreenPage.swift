import Foundation

/// The meeting-room screen (数据大屏): a 1920×1080 stage scaled to the screen (3840×2160 too) with
/// the county's headline cards, counts, the ranking against the target, the trend, what needs
/// attention, this year's demonstration sites, a band of this year's honorees, the data date and
/// a clock, and a slot for the township map. With `#rotate=20` in the address it shows each
/// township's figures in turn, from the figures written into the page (no request: it runs from
/// a USB stick).
struct ScreenPage {
    /// A township's tile in the map slot: its 组织覆盖率 and whether it is below the target.
    struct Township {
        let name: String
        let code: String
        let value: String
        let isBelowTarget: Bool
        let href: String
    }

    /// An honoree in the band.
    struct Honoree {
        let category: String
        let ribbon: String
        let name: String
        let unit: String?
        let level: String
    }

    let region: String
    let year: Int
    let dataDate: String
    let cards: [RateFigure]
    let tallies: [SummaryFigure]
    let rankingChart: String?
    let trendChart: String?
    let dashboardHref: String
    /// The township map, where the county has one drawn.
    let map: MapModel?
    let dueUnbuiltCount: String
    let dueUnbuiltHref: String
    let alerts: [AttentionItem]
    let hasAlerts: Bool
    let townships: [Township]
    let showcases: [ShowcaseCard]
    let hasShowcases: Bool
    let honorees: [Honoree]
    let hasHonorees: Bool
    let clock: String
    /// The figures of the county and of every township, as JSON for the carousel.
    let screenData: String
}

/// The figures one screen of the carousel shows, in the order of the page's elements.
private struct ScreenFrame: Encodable {
    struct Card: Encodable {
        let value: String
        let pair: String
        let change: String
        let direction: String
        let arrow: String
        let below: Bool
    }

    let name: String
    let code: String
    let cards: [Card]
    let tallies: [String]
    let due: String
}

extension PageRenderer {
    /// Builds the meeting-room screen.
    func screenPage(_ page: PlannedPage) -> Page<ScreenPage> {
        let root = rollup.tree.root
        let year = page.year ?? rollup.latestYear
        let figures = rollup.figures(root.code, year)
        let links = links(page)
        let targetOfCoverage = content.config.targets[.organisationCoverage]
        let townships = rollup.tree.children(of: root.code).map { child in
            let ratio = rollup.figures(child.code, year).ratio(.organisationCoverage)
            return ScreenPage.Township(
                name: child.name, code: child.code, value: format.percent(ratio),
                isBelowTarget: targetOfCoverage.map(ratio.isBelow) ?? false, href: links.region(child.code, year: year))
        }
        let honorees = Self.honorCategoryOrder.flatMap { category in
            Self.byLevel(content.honors.filter { $0.year == year && $0.category == category })
        }.map { honor in
            ScreenPage.Honoree(
                category: honor.category.rawValue, ribbon: Self.ribbon(honor.category), name: honor.honoree,
                unit: honor.kind == .organisation ? nil : honor.enterpriseName,
                level: honor.level.map { "\($0.rawValue)级" } ?? "")
        }
        let showcases = screenShowcases(year: year).map { showcaseCard($0, from: page) }
        let alerts = targetAlerts(year: year, from: page)
        let model = ScreenPage(
            region: root.name, year: year, dataDate: content.config.dataDate.map { "数据截至 \($0)" } ?? "\(year)年度数据",
            cards: headlineCards(figures, from: page), tallies: summaryFigures(figures, from: page),
            // Drawn narrow so that, scaled up to its panel, its text reads from the back of the room.
            rankingChart: rankingChart(root.code, year: year, by: .organisationCoverage, from: page, width: 340),
            // The first two headline rates, side by side: drawn narrow so that, scaled to the
            // panel, their text reads across the room.
            trendChart: trendChart(root.code, width: 460, rates: Array(headlineRates.prefix(2))),
            dashboardHref: links.to(SitePlan.dashboardPath), map: townshipMap(root.code, year: year, from: page),
            dueUnbuiltCount: shownCount(figures.dueUnbuilt.count, of: figures),
            dueUnbuiltHref: links.dueUnbuilt(root.code, year: year), alerts: alerts, hasAlerts: !alerts.isEmpty,
            townships: townships, showcases: showcases,
            hasShowcases: !showcases.isEmpty, honorees: honorees, hasHonorees: !honorees.isEmpty,
            clock: buildDateText, screenData: screenData(year: year, from: page))
        return Page(
            layout: layout(page, title: "数据大屏", section: .screen, crumbs: [], year: year, isScreen: true), model: model)
    }

    /// This year's demonstration sites (named, reviewed or taken up for cultivation this year);
    /// without any, the most recent ones. Revoked sites never.
    func screenShowcases(year: Int) -> [Showcase] {
        let current = plan.showcases.filter { $0.status != .revoked && ($0.namedYear ?? year) <= year }
        let thisYear = current.filter { $0.namedYear == year }
        let shown = thisYear.isEmpty ? current.sorted { ($0.namedYear ?? 0) > ($1.namedYear ?? 0) } : thisYear
        let rank = { (site: Showcase) in ShowcaseLevel.allCases.firstIndex(of: site.level) ?? 0 }
        return Array(
            shown.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
                .map(\.element).prefix(3))
    }

    /// The county's and every township's figures as the carousel shows them; JSON with every
    /// `/` escaped, so nothing in it can close the script element it is written into.
    func screenData(year: Int, from page: PlannedPage) -> String {
        let regions = [rollup.tree.root] + rollup.tree.children(of: rollup.tree.root.code)
        let frames = regions.map { region in
            let figures = rollup.figures(region.code, year)
            return ScreenFrame(
                name: region.name, code: region.code,
                cards: headlineCards(figures, from: page).map {
                    .init(
                        value: $0.value, pair: $0.pair, change: $0.change.map { "较上年 " + $0 } ?? "",
                        direction: $0.direction ?? "", arrow: $0.arrow ?? "", below: $0.belowTarget)
                }, tallies: summaryFigures(figures, from: page).map(\.value),
                due: shownCount(figures.dueUnbuilt.count, of: figures))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = (try? encoder.encode(frames)).flatMap { String(data: $0, encoding: .utf8) } ?? "[]"
        return json.replacingOccurrences(of: "<", with: "\\u003c")
    }
}
