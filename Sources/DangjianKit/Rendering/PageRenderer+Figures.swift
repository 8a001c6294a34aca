import Foundation

/// The pieces many pages share: layout, rates with 同比, counts, rankings, honors, enterprise rows.
/// They only format what Statistics computed.
extension PageRenderer {
    /// The navigation sections of the header.
    enum Section {
        case dashboard, regions, showcase, honors, reports, screen, briefing, search
    }

    /// A breadcrumb: a label and the output path it links to.
    struct Crumb {
        let label: String
        let path: String
    }

    /// The links of a page.
    func links(_ page: PlannedPage) -> PageLinks {
        PageLinks(from: page.path, plan: plan, latestYear: rollup.latestYear)
    }

    /// What every page shows around its content.
    func layout(
        _ page: PlannedPage, title: String, section: Section, crumbs: [Crumb], year: Int? = nil, isScreen: Bool = false,
        runningHead: String? = nil
    ) -> PageLayout {
        let links = links(page)
        let navigation: [(Section, String, String)] = [
            (.dashboard, "总览", SitePlan.dashboardPath),
            (.regions, "区划", SitePlan.regionIndexPath),
            (.showcase, "示范点", SitePlan.showcaseIndexPath),
            (.honors, "光荣榜", SitePlan.honorsPath),
            (.reports, "工作报告", SitePlan.reportIndexPath),
            (.screen, "数据大屏", SitePlan.screenPath),
            (.briefing, "汇报材料", SitePlan.briefingPath(year: nil)),
        ]
        let organisation = content.config.organisation
        let marking = plan.publication.audience == .internal ? "内部资料 注意保存" : nil
        let margins = PrintMargins(
            head: runningHead ?? content.config.title, marking: marking,
            foot: [organisation, "\(year ?? rollup.latestYear)年度数据"].filter { !$0.isEmpty }.joined(separator: " · "),
            title: runningHead == nil ? title : content.config.dataDate.map { "数据截至 \($0)" } ?? "",
            hasCover: runningHead != nil)
        return PageLayout(
            siteTitle: content.config.title, organisation: organisation.isEmpty ? nil : organisation,
            pageTitle: title, assets: String(links.to("assets/style.css").dropLast("style.css".count)),
            homeHref: links.to(SitePlan.dashboardPath),
            nav: navigation.map { PageLayout.Link(label: $1, href: links.to($2), current: $0 == section) },
            breadcrumbs: crumbs.map { PageLayout.Link(label: $0.label, href: links.to($0.path)) },
            hasBreadcrumbs: !crumbs.isEmpty, buildDate: buildDateText, dataYear: year ?? rollup.latestYear,
            indicatorsHref: links.to(SitePlan.indicatorsPath),
            indicatorNotesHref: links.to(SitePlan.indicatorNotesPath), isScreen: isScreen,
            internalMarking: marking, pageMargins: margins.css, searchHref: links.to(SitePlan.searchPath),
            isSearch: section == .search)
    }

    /// Breadcrumbs from the root region down to (and including) a region.
    func regionCrumbs(to code: String, year: Int? = nil) -> [Crumb] {
        let folder = year.flatMap { $0 == rollup.latestYear ? nil : $0 }
        return rollup.tree.lineage(of: code).reversed().map {
            Crumb(label: $0.name, path: SitePlan.regionPath($0.code, year: folder))
        }
    }

    /// Links to the same page in every year of the data, newest first.
    func yearSwitch(_ page: PlannedPage, year: Int, path: (Int?) -> String) -> [YearLink] {
        let links = links(page)
        return rollup.years.reversed().map { other in
            YearLink(year: other, href: links.to(path(links.folder(other))), current: other == year)
        }
    }

    /// The headline rates of site.yaml, in order.
    var headlineRates: [RateIndicator] {
        content.config.headlineIndicators
    }

    /// The figures of the same region a year earlier, when that year is in the data.
    func previousFigures(_ figures: RegionFigures) -> RegionFigures? {
        guard rollup.years.contains(figures.year - 1) else { return nil }
        return rollup.figures(figures.regionCode, figures.year - 1)
    }

    /// The note beside a figure a public build withholds (`public.min_count`).
    var withheldNote: String {
        SmallCountRule(minimumCount: content.config.publicRules.minimumCount).note
    }

    /// A count as shown: "—" when the region's counts are withheld.
    func shownCount(_ value: Int, of figures: RegionFigures) -> String {
        figures.countsWithheld ? "—" : format.count(value)
    }

    /// A rate without 同比 or drill-down: value, pair and the note on excluded enterprises.
    func plainRate(_ rate: RateIndicator, _ figures: RegionFigures) -> RateFigure {
        let definition = catalogue.definition(rate)
        let ratio = figures.ratio(rate)
        if ratio.isWithheld {
            return RateFigure(
                id: rate.rawValue, title: definition.title, value: "—", numerator: 0, denominator: 0, pair: "—",
                unit: definition.unit, pairUnit: nil, excludedNote: withheldNote)
        }
        var figure = RateFigure(
            id: rate.rawValue, title: definition.title, value: format.percent(ratio), numerator: ratio.numerator,
            denominator: ratio.denominator, pair: "\(ratio.numerator)/\(ratio.denominator)", unit: definition.unit,
            pairUnit: definition.unit == "家" ? nil : definition.unit,
            excludedNote: ratio.excluded > 0 ? "另有 \(ratio.excluded) 家因数据缺失未计入" : nil)
        if let target = content.config.targets[rate] {
            figure.target = format.target(target)
            figure.belowTarget = ratio.isBelow(target)
        }
        // Rates over people (党员占从业人员比例) have large denominators; a small base is a few firms.
        figure.smallBase = definition.unit == "家" && ratio.denominator > 0 && ratio.denominator < RateFigure.smallBase
        return figure
    }

    /// A rate with its 同比 change in percentage points and an arrow, and a link from its n/d pair
    /// to the list of the enterprises in its denominator.
    func rate(_ rate: RateIndicator, _ figures: RegionFigures, from page: PlannedPage) -> RateFigure {
        var figure = plainRate(rate, figures)
        if figures.ratio(rate).isWithheld { return figure }
        if let filter = catalogue.definition(rate).denominator {
            let links = links(page)
            figure.listHref = links.enterpriseList(figures.regionCode, year: figures.year, filter: filter)
            // Firms, not people: the numerator and its complement are lists of firms too.
            if catalogue.definition(rate).unit == "家" {
                figure.countedHref = links.enterpriseList(
                    figures.regionCode, year: figures.year, filter: .counted(rate))
                figure.uncounted = figure.denominator - figure.numerator
                // No link to an empty list.
                if figure.uncounted > 0 {
                    figure.uncountedHref = links.enterpriseList(
                        figures.regionCode, year: figures.year, filter: .uncounted(rate))
                }
            }
        }
        guard let previous = previousFigures(figures),
            let points = YearOnYear.points(
                figures.ratio(rate), previous.ratio(rate), decimals: content.config.decimals)
        else { return figure }
        let direction = points.hasPrefix("+") ? "up" : points.hasPrefix("-") ? "down" : "flat"
        figure.change = points + " 个百分点"
        figure.direction = direction
        figure.arrow = direction == "up" ? "▲" : direction == "down" ? "▼" : "■"
        return figure
    }

    /// Every rate of the catalogue for a region-year, in table order.
    func rateRows(_ figures: RegionFigures, from page: PlannedPage) -> [RateFigure] {
        IndicatorCatalogue.rates.map { rate($0, figures, from: page) }
    }

    /// The headline cards of a region-year, as configured in site.yaml, with 同比.
    func headlineCards(_ figures: RegionFigures, from page: PlannedPage) -> [RateFigure] {
        headlineRates.map { rate($0, figures, from: page) }
    }

    /// Headline counts: enterprises, organisations, members, recruited, 应建未建.
    func summaryFigures(_ figures: RegionFigures, from page: PlannedPage) -> [SummaryFigure] {
        let counts = figures.counts
        let links = links(page)
        let list = { (filter: EnterpriseFilter) -> String? in
            figures.countsWithheld ? nil : links.enterpriseList(figures.regionCode, year: figures.year, filter: filter)
        }
        let thresholds = content.config.thresholds
        return [
            SummaryFigure(
                label: "企业和社会组织", value: shownCount(counts.population, of: figures), unit: "家",
                note: "“三有”企业和社会组织（实际存在、正常经营，“是否三有”不为“否”），即各项比率的总体；名录也列出不计入的企业",
                href: list(.population)),
            SummaryFigure(
                label: "党组织", value: shownCount(counts.organisations, of: figures), unit: "个",
                note: "党委、党总支、党支部，联合党支部按一个计"),
            SummaryFigure(
                label: "正式党员", value: shownCount(counts.fullMembers, of: figures), unit: "名",
                note: "企业和社会组织中的正式党员，不含预备党员"),
            SummaryFigure(
                label: "预备党员", value: shownCount(counts.probationaryMembers, of: figures), unit: "名",
                note: "预备期内的党员，与正式党员分列"),
            SummaryFigure(
                label: "当年发展党员", value: shownCount(counts.recruited, of: figures), unit: "名",
                note: "本年度在企业和社会组织中发展的党员"),
            SummaryFigure(
                label: "应建未建", value: shownCount(figures.dueUnbuilt.count, of: figures), unit: "家",
                note:
                    "正式党员 \(thresholds.fullMembersForOrganisation) 名以上而未单独组建，或从业人员 \(thresholds.staffForOrganisation) 人以上而未建党组织的企业",
                href: list(.dueUnbuilt)),
        ]
    }

    /// The I10 counts as rows with their 同比 change; counts of enterprises link to their list.
    func countRows(_ figures: RegionFigures, from page: PlannedPage) -> [CountRow] {
        let counts = figures.counts
        let before = previousFigures(figures).flatMap { $0.countsWithheld ? nil : $0.counts }
        if figures.countsWithheld {
            return [CountRow(label: "企业和社会组织（三有）", value: "—", note: withheldNote)]
        }
        let decimals = content.config.decimals
        let links = links(page)
        func row(
            _ label: String, _ value: KeyPath<RegionCounts, Int>, filter: EnterpriseFilter? = nil,
            missing: KeyPath<RegionCounts, Int>? = nil
        ) -> CountRow {
            var row = CountRow(label: label, value: format.count(counts[keyPath: value]))
            if let missing, counts[keyPath: missing] > 0 {
                row.note = "另有 \(counts[keyPath: missing]) 家未填报，未计入"
            }
            if let before {
                let (now, then) = (counts[keyPath: value], before[keyPath: value])
                row.change = YearOnYear.difference(now, then)
                row.changePercent = YearOnYear.percent(now, then, decimals: decimals) ?? "—"
            }
            row.href = filter.map { links.enterpriseList(figures.regionCode, year: figures.year, filter: $0) }
            return row
        }
        return [
            row("企业和社会组织（三有）", \.population, filter: .population),
            row("其中：非公企业", \.firms, filter: .category(.enterprise)),
            row("其中：社会组织", \.socialOrganisations, filter: .category(.socialOrganisation)),
            row("党组织（联合党支部按一个计）", \.organisations), row("其中：党委", \.committees),
            row("其中：党总支", \.generalBranches), row("其中：党支部", \.branches), row("其中：联合党支部", \.jointBranches),
            row("联合党支部覆盖企业", \.firmsInJointBranches, filter: .mode(.joint)),
            row("单独组建企业", \.ownMode, filter: .mode(.own)), row("联合组建企业", \.jointMode, filter: .mode(.joint)),
            row("挂靠企业", \.attachedMode, filter: .mode(.attached)), row("未建企业", \.unbuiltMode, filter: .mode(.unbuilt)),
            row("正式党员", \.fullMembers, missing: \.fullMembersMissing), row("预备党员", \.probationaryMembers),
            row("入党积极分子", \.activists), row("当年发展党员", \.recruited),
            row("从业人员", \.staff, missing: \.staffMissing),
            row("选派指导员的企业", \.instructors, filter: .instructor),
            CountRow(label: "平均每个党组织党员数", value: figures.membersPerOrganisation.quotient(decimals: decimals) ?? "—"),
        ]
    }

    /// I12 of a region-year: demonstration sites and honors (the I11 stars are in the charts).
    func recognition(_ figures: RegionFigures) -> RecognitionModel {
        RecognitionModel(
            showcaseLevels: ShowcaseLevel.allCases.map {
                LabelCount(label: $0.rawValue, count: figures.showcasesByLevel[$0] ?? 0)
            },
            showcaseStatuses: ShowcaseStatus.allCases.map {
                LabelCount(label: $0.rawValue, count: figures.showcasesByStatus[$0] ?? 0)
            },
            honorCategoryCounts: HonorCategory.allCases.map {
                LabelCount(label: $0.rawValue, count: figures.honorsByCategory[$0] ?? 0)
            },
            honorLevelCounts: HonorLevel.allCases.map {
                LabelCount(label: $0.rawValue, count: figures.honorsByLevel[$0] ?? 0)
            })
    }

    /// The child regions of a region in a year, in the ranking's order (组织覆盖率).
    func childRows(of code: String, year: Int, from page: PlannedPage) -> [ChildRow] {
        rollup.ranking(of: code, year: year, by: .organisationCoverage).map { ranked in
            regionRow(ranked.region, figures: ranked.figures, rank: ranked.rank, year: year, from: page)
        }
    }

    /// One region's row of a regions table: counts, 应建未建 and the ranking's rate columns.
    func regionRow(_ region: Region, figures: RegionFigures, rank: Int, year: Int, from page: PlannedPage)
        -> ChildRow
    {
        let links = links(page)
        return ChildRow(
            rank: rank, name: region.name, level: region.level.rawValue, href: links.region(region.code, year: year),
            population: shownCount(figures.counts.population, of: figures),
            organisations: shownCount(figures.counts.organisations, of: figures),
            members: shownCount(figures.counts.fullMembers + figures.counts.probationaryMembers, of: figures),
            dueUnbuilt: shownCount(figures.dueUnbuilt.count, of: figures),
            populationHref: links.enterpriseList(region.code, year: year, filter: .population),
            dueUnbuiltHref: links.dueUnbuilt(region.code, year: year),
            rates: IndicatorCatalogue.rankingColumns.map { plainRate($0, figures) })
    }

    /// The column titles of `childRows`' rates.
    func childRateTitles() -> [TitleItem] {
        IndicatorCatalogue.rankingColumns.map { TitleItem(title: catalogue.title($0)) }
    }

    /// The headline indicators of a region for every year, oldest first.
    func trendTable(_ code: String) -> TrendTable {
        TrendTable(
            titles: headlineRates.map { TitleItem(title: catalogue.title($0)) },
            rows: rollup.years.map { year in
                let figures = rollup.figures(code, year)
                return TrendTable.Row(
                    year: year, population: shownCount(figures.counts.population, of: figures),
                    members: shownCount(figures.counts.fullMembers + figures.counts.probationaryMembers, of: figures),
                    rates: headlineRates.map { plainRate($0, figures) })
            })
    }

    /// The enterprises of a region and the regions below it in a year, by name, each with the data
    /// attributes the list filters use.
    func enterpriseRows(in code: String, year: Int, from page: PlannedPage, limit: Int? = nil) -> [EnterpriseRow] {
        let links = links(page)
        let due = Set(rollup.figures(code, year).dueUnbuilt.map(\.enterprise))
        return rollup.records(in: code, year: year, limit: limit)
            .map { record in
                EnterpriseRow(
                    name: record.name, href: links.enterprise(record.key), township: regionName(record.regionCode),
                    category: record.category?.rawValue ?? "—", industry: record.industry ?? "—",
                    staff: format.optional(record.staff), members: format.optional(record.fullMembers),
                    probationary: format.optional(record.probationaryMembers), mode: record.mode?.rawValue ?? "—",
                    stars: record.stars.map { String($0) } ?? "—", isShowcase: plan.showcaseSlugs[record.key] != nil,
                    showcaseHref: links.showcase(of: record.key),
                    filters: EnterpriseFilter.attributes(
                        of: record, thresholds: content.config.thresholds, isDueUnbuilt: due.contains(record.key),
                        outcomes: Contribution(record: record, config: content.config).firmOutcomes
                    ).map { EnterpriseRow.Attribute(key: $0.key, value: $0.value) })
            }
    }

    /// Categories in the order leaders read them: 两优一先 first, then the others.
    static let honorCategoryOrder: [HonorCategory] = [
        .outstandingMember, .outstandingWorker, .advancedOrganisation, .fiveGoodOrganisation, .friendOfPartyBuilding,
        .other,
    ]

    /// Honors grouped by category (in `honorCategoryOrder`), each sorted by level from national down.
    func honorCategories(_ honors: [Honor], from page: PlannedPage) -> [HonorCategoryGroup] {
        Self.honorCategoryOrder.compactMap { category in
            let rows = honors.filter { $0.category == category }
            guard !rows.isEmpty else { return nil }
            let levels = HonorLevel.allCases.map(Optional.some) + [nil]
            let groups = levels.compactMap { level -> HonorCategoryGroup.Level? in
                let atLevel = rows.filter { $0.level == level }
                guard !atLevel.isEmpty else { return nil }
                return HonorCategoryGroup.Level(
                    level: level.map { "\($0.rawValue)级" } ?? "层级未填", count: atLevel.count,
                    honors: atLevel.map { honorLinkedRow($0, from: page) })
            }
            return HonorCategoryGroup(category: category.rawValue, count: rows.count, levels: groups)
        }
    }

    /// An honor row with links to the enterprise, its demonstration site and its photo.
    func honorLinkedRow(_ honor: Honor, from page: PlannedPage) -> HonorRow {
        var row = honorRow(honor)
        let links = links(page)
        if let key = rollup.honorEnterprises[honor.key] {
            row.enterpriseHref = links.enterprise(key)
            row.showcaseHref = links.showcase(of: key)
        }
        if let photo = honor.photo, plan.staticFiles.contains(where: { $0.outputPath == photo }) {
            row.photoHref = links.to(photo)
        }
        return row
    }

    /// An honor as a row (without links); a public build may leave out an individual's 事迹.
    func honorRow(_ honor: Honor) -> HonorRow {
        let hidesCitation =
            plan.publication.audience == .public && !content.config.publicRules.showsHonorDetails
            && honor.kind == .person
        return HonorRow(
            year: honor.year, category: honor.category.rawValue, level: honor.level?.rawValue ?? "—",
            honoree: honor.honoree, kind: honor.kind?.rawValue ?? "—", enterprise: honor.enterpriseName ?? "—",
            township: honor.regionCode.map(regionName) ?? "—", awardedBy: honor.awardedBy ?? "—",
            documentNumber: honor.documentNumber, citation: hidesCitation ? nil : honor.citation)
    }

    /// The region's display name, or its code when unknown.
    func regionName(_ code: String) -> String {
        rollup.tree.region(code)?.name ?? code
    }
}
