/// The charts of dashboard, region and screen pages: each built from the same figures as the table
/// shown beside it.
extension PageRenderer {
    /// A chart for embedding in a page: inside HTML the parser gives `<svg>` its namespace, so the
    /// namespace URI (the only URL a chart has) is left out and the pages name no other host.
    func inline(_ svg: String) -> String {
        // The namespace is the root's first attribute: cut there rather than search the drawing.
        let root = "<svg xmlns=\"http://www.w3.org/2000/svg\""
        guard svg.hasPrefix(root) else { return svg }
        return "<svg" + svg.dropFirst(root.count)
    }

    /// A chart drawn twice, for wide screens (`wide` units across) and for phones; the stylesheet
    /// shows one of them.
    func responsive(wide width: Int = 720, _ draw: (Int) -> String?) -> String? {
        guard let wide = draw(width), let narrow = draw(380) else { return nil }
        return "<div class=\"chart-wide\">\(wide)</div><div class=\"chart-narrow\">\(narrow)</div>"
    }

    /// Child regions in the ranking's order, with the target line when one is set.
    func rankingChart(_ code: String, year: Int, by rate: RateIndicator, from page: PlannedPage, width: Int = 720)
        -> String?
    {
        let ranked = rollup.ranking(of: code, year: year, by: rate).map { ($0.region, $0.figures.ratio(rate)) }
        guard !ranked.isEmpty else { return nil }
        let links = links(page)
        let bars = ranked.map { region, ratio in
            RankedBar(
                label: region.name, value: ratio.basisPoints, valueText: format.percent(ratio),
                detail: ratio.isWithheld ? withheldNote : "\(ratio.numerator)/\(ratio.denominator)",
                link: links.region(region.code, year: year))
        }
        let whole = rollup.figures(code, year).ratio(rate)
        let title = catalogue.title(rate)
        let withData = ranked.filter { $0.1.denominator > 0 }
        var summary = "\(year)年各下辖区划\(title)，由高到低排列；全\(regionName(code))为\(format.percent(whole))。"
        if let top = withData.first, let bottom = withData.last, withData.count > 1 {
            summary += "最高\(top.0.name) \(format.percent(top.1))，最低\(bottom.0.name) \(format.percent(bottom.1))。"
        }
        let target = content.config.targets[rate]
        if let target {
            let below = withData.filter { $0.1.isBelow(target) }.map(\.0.name)
            summary +=
                below.isEmpty
                ? "均达到目标 \(format.target(target))。"
                : "低于目标 \(format.target(target)) 的 \(below.count) 个（斜线填充）：\(below.joined(separator: "、"))。"
        }
        return inline(
            ChartRenderer.ranking(
                RankingChart(
                    title: "\(year)年\(title)排名", summary: summary, bars: bars, target: target,
                    targetText: target.map { "目标 " + format.target($0) }),
                width: width))
    }

    /// The headline indicators (or the given rates) of a region across every year of the data.
    func trendChart(_ code: String, width: Int = 720, rates: [RateIndicator]? = nil) -> String? {
        guard let first = rollup.years.first, let last = rollup.years.last, first != last else { return nil }
        let rates = rates ?? headlineRates
        let series = rates.map { rate in
            TrendSeries(
                name: catalogue.title(rate),
                points: rollup.years.map { rollup.figures(code, $0).ratio(rate).basisPoints },
                labels: rollup.years.map { format.percent(rollup.figures(code, $0).ratio(rate)) },
                target: content.config.targets[rate])
        }
        let changes = rates.prefix(2).compactMap { rate -> String? in
            let (before, now) = (rollup.figures(code, first).ratio(rate), rollup.figures(code, last).ratio(rate))
            guard let points = YearOnYear.points(now, before, decimals: content.config.decimals) else { return nil }
            return "\(catalogue.title(rate))由\(format.percent(before))到\(format.percent(now))（\(points)个百分点）"
        }
        return inline(
            ChartRenderer.trend(
                TrendChart(
                    title: "\(regionName(code))\(first)—\(last)年主要指标变化",
                    summary: "\(first)年至\(last)年"
                        + (changes.isEmpty ? "主要指标变化。" : changes.joined(separator: "，") + "。"),
                    years: rollup.years, series: series),
                width: width))
    }

    /// The child regions in the ranking's order (by 组织覆盖率), so every chart and table of a page
    /// lists them alike.
    func rankedChildren(_ region: Region, year: Int) -> [Region] {
        rollup.ranking(of: region.code, year: year, by: .organisationCoverage).map(\.region)
    }

    /// 组建方式 of each child region (or of the region itself when it has none), as stacked bars in
    /// the ranking's order.
    func compositionChart(_ region: Region, year: Int, from page: PlannedPage, width: Int = 720) -> String {
        let code = region.code
        let children = rankedChildren(region, year: year)
        let regions = children.isEmpty ? [region] : children
        let links = links(page)
        let bars = regions.map { region in
            let counts = rollup.figures(region.code, year).counts
            return StackedBar(
                label: region.name,
                segments: [counts.ownMode, counts.jointMode, counts.attachedMode, counts.unbuiltMode],
                link: links.region(region.code, year: year))
        }
        let whole = rollup.figures(code, year)
        let counts = whole.counts
        let summary =
            whole.countsWithheld
            ? "\(year)年全\(regionName(code))\(withheldNote)。"
            : "\(year)年全\(regionName(code))三有企业\(counts.population)家：单独组建\(counts.ownMode)家、联合组建\(counts.jointMode)家、挂靠\(counts.attachedMode)家、未建\(counts.unbuiltMode)家。"
        return inline(
            ChartRenderer.stacked(
                StackedBarChart(
                    title: "\(year)年组建方式构成",
                    summary: summary,
                    categories: FormationMode.allCases.map(\.rawValue), bars: bars), width: width))
    }

    /// The rows of the table beside the composition chart: each child region, then the total.
    func compositionRows(_ region: Region, year: Int, from page: PlannedPage) -> [ChartsModel.CompositionRow] {
        let links = links(page)
        return (rankedChildren(region, year: year) + [region]).map { row in
            let figures = rollup.figures(row.code, year)
            let counts = figures.counts
            return ChartsModel.CompositionRow(
                name: row.code == region.code ? "合计" : row.name, own: shownCount(counts.ownMode, of: figures),
                joint: shownCount(counts.jointMode, of: figures),
                attached: shownCount(counts.attachedMode, of: figures),
                unbuilt: shownCount(counts.unbuiltMode, of: figures), total: shownCount(counts.population, of: figures),
                href: links.region(row.code, year: year), isTotal: row.code == region.code)
        }
    }

    /// The charts of a region-year with the rows of their data tables.
    func charts(_ code: String, year: Int, figures: RegionFigures, from page: PlannedPage) -> ChartsModel {
        let region = rollup.tree.region(code) ?? rollup.tree.root
        // Without children there is no ranking: the trend takes the whole row, three panels across.
        let isLeaf = rollup.tree.children(of: code).isEmpty
        return ChartsModel(
            composition: responsive { compositionChart(region, year: year, from: page, width: $0) } ?? "",
            compositionRows: compositionRows(region, year: year, from: page),
            stars: starsChart(figures, height: isLeaf ? 190 : 260),
            starRows: figures.countsWithheld
                ? []
                : (0...5).reversed().map {
                    LabelCount(label: $0 == 0 ? "未评星" : "\($0)星", count: figures.starDistribution[$0])
                },
            rankingChart: responsive {
                rankingChart(code, year: year, by: .organisationCoverage, from: page, width: $0)
            },
            trendChart: responsive(wide: isLeaf ? 1100 : 720) { trendChart(code, width: $0) }, isLeaf: isLeaf)
    }

    /// The 星级 distribution of firms with an organisation.
    func starsChart(_ figures: RegionFigures, height: Int = 260) -> String {
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
                    summary: figures.countsWithheld
                        ? "\(figures.year)年星级评定：\(withheldNote)。"
                        : "已建党组织的企业中，评定星级的\(rated)家，其中五星\(figures.starDistribution[5])家、四星\(figures.starDistribution[4])家；未评星\(figures.starDistribution[0])家。",
                    labels: labels, counts: counts), height: height))
    }
}
