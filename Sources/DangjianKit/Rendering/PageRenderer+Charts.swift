/// The charts of dashboard, region and screen pages: each built from the same figures as the table
/// shown beside it.
extension PageRenderer {
    /// A chart for embedding in a page: inside HTML the parser gives `<svg>` its namespace, so the
    /// namespace URI (the only URL a chart has) is left out and the pages name no other host.
    func inline(_ svg: String) -> String {
        svg.replacingOccurrences(of: " xmlns=\"http://www.w3.org/2000/svg\"", with: "")
    }

    /// A chart drawn twice, for wide screens and for phones; the stylesheet shows one of them.
    func responsive(_ draw: (Int) -> String?) -> String? {
        guard let wide = draw(720), let narrow = draw(380) else { return nil }
        return "<div class=\"chart-wide\">\(wide)</div><div class=\"chart-narrow\">\(narrow)</div>"
    }

    /// Child regions ranked by an indicator, highest first, with the target line when one is set.
    func rankingChart(_ code: String, year: Int, by id: IndicatorID, from page: PlannedPage, width: Int = 720)
        -> String?
    {
        let children = rollup.tree.children(of: code)
        guard !children.isEmpty else { return nil }
        let ranked = children.map { ($0, rollup.figures($0.code, year).ratio(id)!) }
            .sorted { ($0.1.basisPoints ?? -1, $1.0.order) > ($1.1.basisPoints ?? -1, $0.0.order) }
        let bars = ranked.map { region, ratio in
            RankedBar(
                label: region.name, value: ratio.basisPoints, valueText: format.percent(ratio),
                detail: "\(ratio.numerator)/\(ratio.denominator)",
                link: SitePlan.link(from: page.path, to: SitePlan.regionPath(region.code, year: folder(year))))
        }
        let whole = rollup.figures(code, year).ratio(id)!
        let withData = ranked.filter { $0.1.denominator > 0 }
        var summary = "\(year)年各下辖区划\(title(id))，由高到低排列；全\(regionName(code))为\(format.percent(whole))。"
        if let top = withData.first, let bottom = withData.last, withData.count > 1 {
            summary += "最高\(top.0.name) \(format.percent(top.1))，最低\(bottom.0.name) \(format.percent(bottom.1))。"
        }
        let target = content.config.targets[id]
        return inline(
            ChartRenderer.ranking(
                RankingChart(
                    title: "\(year)年\(title(id))排名", summary: summary, bars: bars, target: target,
                    targetText: target.map { "目标 " + Ratio.decimalString($0, decimals: 1, scale: 100) + "%" }),
                width: width))
    }

    /// The headline indicators of a region across every year of the data.
    func trendChart(_ code: String, width: Int = 720, height: Int = 300) -> String? {
        guard rollup.years.count > 1 else { return nil }
        let ids = content.config.headlineIndicators
        let series = ids.map { id in
            TrendSeries(
                name: title(id), points: rollup.years.map { rollup.figures(code, $0).ratio(id)!.basisPoints },
                labels: rollup.years.map { format.percent(rollup.figures(code, $0).ratio(id)!) })
        }
        let first = rollup.years.first!
        let last = rollup.years.last!
        let changes = ids.prefix(2).compactMap { id -> String? in
            let (before, now) = (rollup.figures(code, first).ratio(id)!, rollup.figures(code, last).ratio(id)!)
            guard let points = YearOnYear.points(now, before, decimals: content.config.decimals) else { return nil }
            return "\(title(id))由\(format.percent(before))到\(format.percent(now))（\(points)个百分点）"
        }
        return inline(
            ChartRenderer.trend(
                TrendChart(
                    title: "\(regionName(code))\(first)—\(last)年主要指标变化",
                    summary: "\(first)年至\(last)年"
                        + (changes.isEmpty ? "主要指标变化。" : changes.joined(separator: "，") + "。"),
                    years: rollup.years, series: series),
                width: width, height: height))
    }

    /// 组建方式 of each child region (or of the region itself when it has none), as stacked bars.
    func compositionChart(_ code: String, year: Int, from page: PlannedPage, width: Int = 720) -> String {
        let children = rollup.tree.children(of: code)
        let regions = children.isEmpty ? [rollup.tree.region(code)!] : children
        let bars = regions.map { region in
            let counts = rollup.figures(region.code, year).counts
            return StackedBar(
                label: region.name,
                segments: [counts.ownMode, counts.jointMode, counts.attachedMode, counts.unbuiltMode],
                link: SitePlan.link(from: page.path, to: SitePlan.regionPath(region.code, year: folder(year))))
        }
        let counts = rollup.figures(code, year).counts
        return inline(
            ChartRenderer.stacked(
                StackedBarChart(
                    title: "\(year)年组建方式构成",
                    summary:
                        "\(year)年全\(regionName(code))三有企业\(counts.population)家：单独组建\(counts.ownMode)家、联合组建\(counts.jointMode)家、挂靠\(counts.attachedMode)家、未建\(counts.unbuiltMode)家。",
                    categories: FormationMode.allCases.map(\.rawValue), bars: bars), width: width))
    }

    /// The rows of the table beside the composition chart.
    func compositionRows(_ code: String, year: Int, from page: PlannedPage) -> [[String: Any]] {
        let children = rollup.tree.children(of: code)
        let regions = (children.isEmpty ? [] : children) + [rollup.tree.region(code)!]
        return regions.map { region in
            let counts = rollup.figures(region.code, year).counts
            return [
                "name": region.code == code ? "合计" : region.name, "own": counts.ownMode, "joint": counts.jointMode,
                "attached": counts.attachedMode, "unbuilt": counts.unbuiltMode, "total": counts.population,
                "href": SitePlan.link(from: page.path, to: SitePlan.regionPath(region.code, year: folder(year))),
                "isTotal": region.code == code,
            ]
        }
    }

    /// The 星级 distribution of firms with an organisation.
    func starsChart(_ figures: RegionFigures) -> String {
        var labels = (0...5).map { $0 == 0 ? "未评星" : "\($0)星" }
        var counts = Array(figures.starDistribution)
        if figures.starsMissing > 0 {
            labels.append("未填报")
            counts.append(figures.starsMissing)
        }
        let rated = figures.starDistribution.dropFirst().reduce(0, +)
        return inline(
            ChartRenderer.distribution(
                DistributionChart(
                    title: "\(figures.year)年星级评定分布",
                    summary:
                        "已建党组织的企业中，评定星级的\(rated)家，其中五星\(figures.starDistribution[5])家、四星\(figures.starDistribution[4])家；未评星\(figures.starDistribution[0])家。",
                    labels: labels, counts: counts)))
    }

    /// The meeting-room screen: the root region's headline cards, ranking and trend, sized for 1920×1080.
    func screenContext(_ page: PlannedPage) -> [String: Any] {
        let root = rollup.tree.root
        let year = page.year ?? rollup.latestYear
        let figures = rollup.figures(root.code, year)
        var context = layout(page, title: "数据大屏", section: .screen, crumbs: [], year: year)
        context["isScreen"] = true
        context["region"] = root.name
        context["year"] = year
        context["cards"] = headlineCards(figures, from: page)
        context["summary"] = summaryFigures(figures, from: page)
        context["rankingChart"] =
            responsive { width in
                rankingChart(
                    root.code, year: year, by: .organisationCoverage, from: page, width: width == 720 ? 760 : width)
            } ?? ""
        context["trendChart"] =
            responsive { width in
                trendChart(root.code, width: width == 720 ? 760 : width, height: width == 720 ? 330 : 280)
            }
            ?? ""
        context["dashboardHref"] = SitePlan.link(from: page.path, to: SitePlan.dashboardPath)
        return context
    }
}
