extension PageRenderer {
    /// The folder year of a year's pages: nil for the latest year, which lives at the plain paths.
    func folder(_ year: Int) -> Int? {
        year == rollup.latestYear ? nil : year
    }

    /// Links to the same page in every year of the data, newest first.
    func yearSwitch(_ page: PlannedPage, year: Int, path: (Int?) -> String) -> [[String: Any]] {
        rollup.years.reversed().map { other in
            [
                "year": other, "href": SitePlan.link(from: page.path, to: path(folder(other))),
                "current": other == year,
            ]
        }
    }

    /// The shared start of a region-year page: its region, year and figures, and the layout with
    /// breadcrumbs down to the region (or its parent) and the year switcher over `path`.
    func regionPage(
        _ page: PlannedPage, code: String, title: (Region, Int) -> String, crumbsEndAtParent: Bool = false,
        path: (Int?) -> String
    ) -> (region: Region, year: Int, figures: RegionFigures, context: [String: Any]) {
        let region = rollup.tree.region(code)!
        let year = page.year ?? rollup.latestYear
        let lineage = regionCrumbs(to: code, year: year)
        let crumbs =
            [Crumb(label: "总览", path: SitePlan.dashboardPath(year: folder(year)))]
            + (crumbsEndAtParent ? Array(lineage.dropLast()) : lineage)
        var context = layout(page, title: title(region, year), section: .regions, crumbs: crumbs, year: year)
        context["yearSwitch"] = yearSwitch(page, year: year, path: path)
        context["region"] = ["name": region.name, "code": region.code, "level": region.level.rawValue]
        context["year"] = year
        return (region, year, rollup.figures(code, year), context)
    }

    /// The dashboard: headline cards of the root region, its townships ranked by 组织覆盖率.
    func dashboardContext(_ page: PlannedPage) -> [String: Any] {
        let root = rollup.tree.root
        let year = page.year ?? rollup.latestYear
        let figures = rollup.figures(root.code, year)
        var context = layout(page, title: "\(root.name)两新组织党建总览", section: .dashboard, crumbs: [], year: year)
        context["region"] = [
            "name": root.name, "code": root.code,
            "href": SitePlan.link(from: page.path, to: SitePlan.regionPath(root.code, year: folder(year))),
        ]
        context["yearSwitch"] = yearSwitch(page, year: year) { SitePlan.dashboardPath(year: $0) }
        context["year"] = year
        context["cards"] = headlineCards(figures, from: page)
        context["summary"] = summaryFigures(figures, from: page)
        context["children"] = childRows(of: root.code, year: year, from: page)
        context["rateTitles"] = childRateTitles().map { ["title": $0] }
        context["trend"] = trendRows(root.code, from: page)
        context["dueUnbuiltCount"] = figures.dueUnbuilt.count
        context["hasDueUnbuilt"] = !figures.dueUnbuilt.isEmpty
        context["dueUnbuiltHref"] = SitePlan.link(
            from: page.path, to: SitePlan.dueUnbuiltPath(root.code, year: folder(year)))
        context["alerts"] = dashboardAlerts(year: year, from: page)
        context["charts"] = chartsContext(root.code, year: year, figures: figures, from: page)
        context["reports"] = content.reports.prefix(5).map { report in
            [
                "title": report.title, "date": report.date,
                "href": SitePlan.link(from: page.path, to: SitePlan.reportPath(report.slug)),
            ]
        }
        context["hasReports"] = !content.reports.isEmpty
        return context
    }

    /// The charts of a region-year with the rows of their data tables.
    func chartsContext(_ code: String, year: Int, figures: RegionFigures, from page: PlannedPage) -> [String: Any] {
        var charts: [String: Any] = [
            "composition": responsive({ compositionChart(code, year: year, from: page, width: $0) }) ?? "",
            "compositionRows": compositionRows(code, year: year, from: page),
            "stars": starsChart(figures),
            "starRows": (0...5).reversed().map { stars in
                ["label": stars == 0 ? "未评星" : "\(stars)星", "count": figures.starDistribution[stars]] as [String: Any]
            },
        ]
        if let ranking = responsive({ rankingChart(code, year: year, by: .organisationCoverage, from: page, width: $0) }
        ) {
            charts["rankingChart"] = ranking
        }
        if let trend = responsive({ trendChart(code, width: $0, height: $0 == 720 ? 300 : 280) }) {
            charts["trendChart"] = trend
        }
        return charts
    }

    /// Alerts for the dashboard: regions below their targets and published figures that differ.
    func dashboardAlerts(year: Int, from page: PlannedPage) -> [[String: Any]] {
        var alerts: [[String: Any]] = []
        let children = rollup.tree.children(of: rollup.tree.root.code)
        for id in IndicatorID.allCases {
            guard let target = content.config.targets[id] else { continue }
            let below = children.filter { child in
                guard let value = rollup.figures(child.code, year).ratio(id)?.basisPoints else { return false }
                return value < target
            }
            guard !below.isEmpty else { continue }
            let targetText = Ratio.decimalString(target, decimals: 2, scale: 100)
                .replacingOccurrences(of: ".00", with: "")
            alerts.append([
                "title": "\(title(id))低于目标 \(targetText)%：\(below.count) 个",
                "items": below.map { region in
                    [
                        "label": region.name + " " + format.percent(rollup.figures(region.code, year).ratio(id)!),
                        "href": SitePlan.link(
                            from: page.path, to: SitePlan.regionPath(region.code, year: folder(year))),
                    ]
                },
            ])
        }
        let mismatches = rollup.diagnostics.filter { $0.message.contains("公布值") }
        if !mismatches.isEmpty {
            alerts.append([
                "title": "公布数与计算数不一致：\(mismatches.count) 处（以计算数为准，请核对原报告）",
                "items": mismatches.map { ["label": $0.message] },
            ])
        }
        return alerts
    }

    /// A region's page: its indicators, counts, child regions or enterprises, and 应建未建 list.
    func regionContext(_ page: PlannedPage, code: String) -> [String: Any] {
        let base = regionPage(
            page, code: code, title: { "\($0.name) · \($1)年" }, crumbsEndAtParent: true,
            path: { SitePlan.regionPath(code, year: $0) })
        let (year, figures) = (base.year, base.figures)
        var context = base.context
        context["cards"] = headlineCards(figures, from: page)
        context["summary"] = summaryFigures(figures, from: page)
        context["rates"] = rateRows(figures, from: page)
        context["counts"] = countRows(figures, from: page)
        context["trend"] = trendRows(code, from: page)
        let children = childRows(of: code, year: year, from: page)
        context["children"] = children
        context["hasChildren"] = !children.isEmpty
        context["rateTitles"] = childRateTitles().map { ["title": $0] }
        let enterprises = enterpriseRows(in: code, year: year, from: page)
        context["enterprises"] = enterprises
        context["hasEnterprises"] = !enterprises.isEmpty && children.isEmpty
        context["modeOptions"] = FormationMode.allCases.map { ["name": $0.rawValue] }
        context["hasDueUnbuilt"] = !figures.dueUnbuilt.isEmpty
        context["dueUnbuiltCount"] = figures.dueUnbuilt.count
        context["dueUnbuiltHref"] = SitePlan.link(
            from: page.path, to: SitePlan.dueUnbuiltPath(code, year: folder(year)))
        context["recognition"] = recognitionContext(figures)
        context["charts"] = chartsContext(code, year: year, figures: figures, from: page)
        context["enterpriseListHref"] = SitePlan.link(
            from: page.path, to: SitePlan.enterpriseListPath(code, year: folder(year)))
        let honors = regionHonors(code, year: year, from: page)
        context["honorCategories"] = honors
        context["hasHonors"] = !honors.isEmpty
        context["honorsHref"] = SitePlan.link(from: page.path, to: SitePlan.honorYearPath(year))
        return context
    }

    /// A region's 应建未建 list: every enterprise with the reasons and the figures behind them.
    func dueUnbuiltContext(_ page: PlannedPage, code: String) -> [String: Any] {
        let base = regionPage(
            page, code: code, title: { "\($1)年应建未建名单" }, path: { SitePlan.dueUnbuiltPath(code, year: $0) })
        let (year, figures) = (base.year, base.figures)
        var context = base.context
        context["thresholds"] = [
            "members": content.config.thresholds.fullMembersForOrganisation,
            "staff": content.config.thresholds.staffForOrganisation,
        ]
        context["entries"] = figures.dueUnbuilt.map { entry -> [String: Any] in
            let record = rollup.enterprises[entry.enterprise]?.record(in: year)
            return [
                "name": entry.enterprise.name, "href": enterpriseHref(entry.enterprise, from: page) ?? "",
                "township": regionName(entry.enterprise.regionCode),
                "townshipHref": SitePlan.link(
                    from: page.path, to: SitePlan.regionPath(entry.enterprise.regionCode, year: folder(year))),
                "members": format.optional(record?.fullMembers), "staff": format.optional(record?.staff),
                "mode": record?.mode?.rawValue ?? "—", "instructor": record?.instructor ?? "—",
                "reasons": entry.reasons.map(\.rawValue).joined(separator: "；"),
            ]
        }
        context["count"] = figures.dueUnbuilt.count
        context["hasEntries"] = !figures.dueUnbuilt.isEmpty
        context["regionHref"] = SitePlan.link(from: page.path, to: SitePlan.regionPath(code, year: folder(year)))
        return context
    }

    /// Headline counts: enterprises, organisations, members, recruited.
    func summaryFigures(_ figures: RegionFigures, from page: PlannedPage) -> [[String: Any]] {
        let counts = figures.counts
        let list = { (filter: String) in listHref(figures.regionCode, year: figures.year, from: page, filter: filter) }
        return [
            ["label": "企业和社会组织", "value": format.count(counts.population), "unit": "家", "href": list("population=1")],
            ["label": "党组织", "value": format.count(counts.organisations), "unit": "个"],
            ["label": "党员", "value": format.count(counts.fullMembers + counts.probationaryMembers), "unit": "名"],
            ["label": "当年发展党员", "value": format.count(counts.recruited), "unit": "名"],
            ["label": "应建未建", "value": format.count(figures.dueUnbuilt.count), "unit": "家", "href": list("due=1")],
        ]
    }

    /// The child regions of a region in a year, ranked by 组织覆盖率 (highest first, no data last).
    func childRows(of code: String, year: Int, from page: PlannedPage) -> [[String: Any]] {
        let children = rollup.tree.children(of: code).map { ($0, rollup.figures($0.code, year)) }
        let ranked = children.sorted { a, b in
            let (left, right) = (a.1.organisationCoverage.basisPoints ?? -1, b.1.organisationCoverage.basisPoints ?? -1)
            return left != right ? left > right : (a.0.order, a.0.code) < (b.0.order, b.0.code)
        }
        return ranked.enumerated().map { rank, pair in
            let (region, figures) = pair
            return [
                "rank": rank + 1, "name": region.name, "level": region.level.rawValue,
                "href": SitePlan.link(from: page.path, to: SitePlan.regionPath(region.code, year: folder(year))),
                "population": figures.counts.population, "organisations": figures.counts.organisations,
                "members": figures.counts.fullMembers + figures.counts.probationaryMembers,
                "dueUnbuilt": figures.dueUnbuilt.count,
                "populationHref": listHref(region.code, year: year, from: page, filter: "population=1"),
                "dueUnbuiltHref": SitePlan.link(
                    from: page.path, to: SitePlan.dueUnbuiltPath(region.code, year: folder(year))),
                "rates": Self.childRateIDs.map { format.rate(figures.ratio($0)!, title: title($0), id: $0.rawValue) },
            ]
        }
    }

    /// The rates of the child-region table, in column order.
    static let childRateIDs: [IndicatorID] = [
        .organisationCoverage, .ownOrganisationRate, .eligibleFormationRate, .memberPresence50,
        .organisationPresence100, .workCoverage,
    ]

    /// The column titles of `childRows`' rates.
    func childRateTitles() -> [String] {
        Self.childRateIDs.map(title)
    }

    /// The headline indicators of a region for every year, oldest first.
    func trendRows(_ code: String, from page: PlannedPage) -> [String: Any] {
        let ids = content.config.headlineIndicators
        return [
            "titles": ids.map { ["title": title($0)] },
            "rows": rollup.years.map { year -> [String: Any] in
                let figures = rollup.figures(code, year)
                return [
                    "year": year, "population": figures.counts.population,
                    "members": figures.counts.fullMembers + figures.counts.probationaryMembers,
                    "rates": ids.map { format.rate(figures.ratio($0)!, title: title($0), id: $0.rawValue) },
                ]
            },
        ]
    }

    /// The enterprises of a region and the regions below it in a year, by name, each with the data
    /// attributes the list filters use (组建方式, size, members, 规上, instructor, 应建未建).
    func enterpriseRows(in code: String, year: Int, from page: PlannedPage) -> [[String: Any]] {
        let thresholds = content.config.thresholds
        let due = Set(rollup.figures(code, year).dueUnbuilt.map(\.enterprise))
        return rollup.enterprises.values.compactMap { $0.record(in: year) }
            .filter { record in rollup.tree.lineage(of: record.regionCode).contains { $0.code == code } }
            .sorted { ($0.name, $0.regionCode) < ($1.name, $1.regionCode) }
            .map { record in
                let members = (record.fullMembers ?? 0) + (record.probationaryMembers ?? 0)
                let staff = record.staff ?? 0
                let filters: [String: String] = [
                    "population": record.isInPopulation ? "1" : "0",
                    "category": record.category?.rawValue ?? "", "mode": record.mode?.rawValue ?? "",
                    "size": staff >= thresholds.staffForOrganisation
                        ? "\(thresholds.staffForMember) \(thresholds.staffForOrganisation)"
                        : staff >= thresholds.staffForMember ? "\(thresholds.staffForMember)" : "",
                    "members": members > 0 ? "1" : "0",
                    "eligible": (record.fullMembers ?? 0) >= thresholds.fullMembersForOrganisation ? "1" : "0",
                    "above": record.isAboveSize == true ? "1" : "0", "instructor": record.hasInstructor ? "1" : "0",
                    "due": due.contains(record.key) ? "1" : "0",
                ]
                return [
                    "name": record.name, "href": enterpriseHref(record.key, from: page) ?? "",
                    "township": regionName(record.regionCode),
                    "category": record.category?.rawValue ?? "—", "industry": record.industry ?? "—",
                    "staff": format.optional(record.staff), "members": format.optional(record.fullMembers),
                    "probationary": format.optional(record.probationaryMembers),
                    "mode": record.mode?.rawValue ?? "—", "stars": record.stars.map { String($0) } ?? "—",
                    "isShowcase": plan.showcaseSlugs[record.key] != nil,
                    "showcaseHref": plan.showcaseSlugs[record.key].map {
                        SitePlan.link(from: page.path, to: SitePlan.showcasePath($0))
                    } ?? "",
                    "filters": filters.sorted { $0.key < $1.key }.map { ["key": $0.key, "value": $0.value] },
                ]
            }
    }

    /// A region's enterprise list: every enterprise below it in a year, sortable and filterable;
    /// the figures of the region pages link here with a filter in the address (#mode=未建).
    func enterpriseListContext(_ page: PlannedPage, code: String) -> [String: Any] {
        let base = regionPage(
            page, code: code, title: { "\($1)年企业名录" }, path: { SitePlan.enterpriseListPath(code, year: $0) })
        let year = base.year
        var context = base.context
        let rows = enterpriseRows(in: code, year: year, from: page)
        context["enterprises"] = rows
        context["count"] = rows.count
        context["townshipOptions"] = Set(rows.compactMap { $0["township"] as? String }).sorted().map { ["name": $0] }
        context["modeOptions"] = FormationMode.allCases.map { ["name": $0.rawValue] }
        context["regionHref"] = SitePlan.link(from: page.path, to: SitePlan.regionPath(code, year: folder(year)))
        return context
    }

    /// The link to a region's enterprise list filtered to the enterprises a figure counts.
    /// Every figure counts the population (是否三有 ≠ 否), so the filter always includes it.
    func listHref(_ code: String, year: Int, from page: PlannedPage, filter: String) -> String {
        let filters = filter == "population=1" ? filter : "population=1&" + filter
        return SitePlan.link(from: page.path, to: SitePlan.enterpriseListPath(code, year: folder(year))) + "#" + filters
    }
}
