/// The briefing pack (汇报材料) of the root region for a year (briefing/, briefing/<year>/): an A4
/// document in the order offices write their reports, each figure the dashboard's own.
struct BriefingPage {
    /// A paragraph of generated text.
    struct Paragraph {
        let text: String
    }

    /// One 应建未建 enterprise and why.
    struct DueEntry {
        let name: String
        let township: String
        let reasons: String
    }

    /// A honor category's count and honorees.
    struct HonorGroup {
        let category: String
        let count: Int
        let names: String
    }

    let regionName: String
    let year: Int
    let documentTitle: String
    let issuer: String?
    let dateLine: String
    let yearSwitch: [YearLink]
    let overview: [Paragraph]
    let rates: [RateFigure]
    let children: [ChildRow]
    let rateTitles: [TitleItem]
    let rankingChart: String?
    let rankingSummary: [Paragraph]
    let dueEntries: [DueEntry]
    let hasDueEntries: Bool
    let dueSummary: String
    let alerts: [AttentionItem]
    let hasAlerts: Bool
    let showcases: [ShowcaseCard]
    let hasShowcases: Bool
    let honorGroups: [HonorGroup]
    let hasHonors: Bool
    let honorSummary: String
    let notes: [IndicatorNotesPage.Rate]
    let dashboardHref: String
}

extension PageRenderer {
    /// Builds the briefing pack of a year (the latest when the page has none).
    func briefingPage(_ page: PlannedPage) -> Page<BriefingPage> {
        let root = rollup.tree.root
        let year = page.year ?? rollup.latestYear
        let figures = rollup.figures(root.code, year)
        let previous = previousFigures(figures)
        let text = BriefingText(format: format, decimals: content.config.decimals)
        let links = links(page)
        let counts = figures.counts
        let before = previous.flatMap { $0.countsWithheld ? nil : $0.counts }
        var overview: [BriefingPage.Paragraph] = []
        if !figures.countsWithheld {
            overview.append(
                .init(
                    text:
                        "\(year)年，全\(root.name)纳入统计的两新组织（三有企业和社会组织）\(text.count(counts.population, unit: "家", previous: before?.population))；"
                        + "建立党组织 \(text.count(counts.organisations, unit: "个", previous: before?.organisations))；"
                        + "有正式党员 \(text.count(counts.fullMembers, unit: "名", previous: before?.fullMembers))，"
                        + "预备党员 \(format.count(counts.probationaryMembers)) 名，当年发展党员 \(format.count(counts.recruited)) 名。"
                ))
        }
        let rateSentences = headlineRates.compactMap { rate -> String? in
            let ratio = figures.ratio(rate)
            if ratio.isWithheld { return nil }
            let definition = catalogue.definition(rate)
            return text.rate(title: definition.title, unit: definition.unit, ratio, previous: previous?.ratio(rate))
        }
        if !rateSentences.isEmpty {
            overview.append(.init(text: "主要指标：" + rateSentences.joined(separator: "；") + "。"))
        }
        let ranking = rollup.ranking(of: root.code, year: year, by: .organisationCoverage)
        var rankingSummary: [BriefingPage.Paragraph] = []
        if let best = ranking.first, let worst = ranking.last, ranking.count > 1 {
            rankingSummary.append(
                .init(
                    text:
                        "\(ranking.count) 个乡镇（街道、园区）中，组织覆盖率最高的是\(best.region.name)（\(format.percent(best.figures.ratio(.organisationCoverage)))），"
                        + "最低的是\(worst.region.name)（\(format.percent(worst.figures.ratio(.organisationCoverage)))）。"))
        }
        let due = figures.dueUnbuilt.map { entry in
            BriefingPage.DueEntry(
                name: rollup.enterprises[entry.enterprise]?.latest.name ?? entry.enterprise.name,
                township: regionName(entry.enterprise.regionCode),
                reasons: entry.reasons.map(\.rawValue).joined(separator: "；"))
        }
        let alerts = attention(year: year, from: page)
        let showcases = plan.showcases.map { showcaseCard($0, from: page) }
        let honors = rollup.honors(in: root.code, year: year)
        let groups = Self.honorCategoryOrder.compactMap { category -> BriefingPage.HonorGroup? in
            let inCategory = honors.filter { $0.category == category }
            guard !inCategory.isEmpty else { return nil }
            return .init(
                category: category.rawValue, count: inCategory.count,
                names: inCategory.map(\.honoree).joined(separator: "、"))
        }
        let organisation = content.config.organisation
        let model = BriefingPage(
            regionName: root.name, year: year, documentTitle: "\(root.name)\(year)年度两新组织党建工作汇报材料",
            issuer: organisation.isEmpty ? nil : organisation, dateLine: "数据年度：\(year)年 · 生成日期：\(buildDateText)",
            yearSwitch: yearSwitch(page, year: year) { SitePlan.briefingPath(year: $0) },
            overview: overview,
            rates: headlineRates.map { rate in
                var figure = plainRate(rate, figures)
                if let previous,
                    let points = YearOnYear.points(
                        figures.ratio(rate), previous.ratio(rate), decimals: content.config.decimals)
                {
                    figure.change = BriefingText.change(points: points)
                }
                return figure
            },
            children: childRows(of: root.code, year: year, from: page), rateTitles: childRateTitles(),
            rankingChart: rankingChart(root.code, year: year, by: .organisationCoverage, from: page),
            rankingSummary: rankingSummary, dueEntries: due, hasDueEntries: !due.isEmpty,
            dueSummary: due.isEmpty
                ? "本年度没有应建未建的企业。"
                : "应建未建 \(due.count) 家：正式党员或从业人员已达到组建条件，尚未按要求单独组建党组织。",
            alerts: alerts, hasAlerts: !alerts.isEmpty, showcases: showcases, hasShowcases: !showcases.isEmpty,
            honorGroups: groups, hasHonors: !groups.isEmpty,
            honorSummary: "\(year)年度共表彰 \(honors.count) 个（名）先进集体和个人。",
            notes: indicatorNotes(), dashboardHref: links.dashboard(year: year))
        return Page(
            layout: layout(
                page, title: model.documentTitle, section: .dashboard,
                crumbs: [Crumb(label: "总览", path: SitePlan.dashboardPath)], year: year),
            model: model)
    }
}
