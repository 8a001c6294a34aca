import Foundation

/// A breadcrumb: a label and the output path it links to.
struct Crumb {
    let label: String
    let path: String
}

extension PageRenderer {
    /// The navigation sections of the header.
    enum Section: String {
        case dashboard, regions, showcase, honors, reports, screen
    }

    /// The context every page shares: site title, navigation, breadcrumbs, footer.
    func layout(
        _ page: PlannedPage, title: String, section: Section, crumbs: [Crumb], year: Int? = nil
    ) -> [String: Any] {
        let link = { (target: String) in SitePlan.link(from: page.path, to: target) }
        let navigation: [(Section, String, String)] = [
            (.dashboard, "总览", SitePlan.dashboardPath),
            (.regions, "区划", SitePlan.regionPath(rollup.tree.root.code)),
            (.showcase, "示范点", SitePlan.showcaseIndexPath),
            (.honors, "光荣榜", SitePlan.honorsPath),
            (.reports, "工作报告", SitePlan.reportIndexPath),
            (.screen, "数据大屏", SitePlan.screenPath),
        ]
        let dateFormatter = DateFormatter()
        dateFormatter.locale = Locale(identifier: "en_US_POSIX")
        dateFormatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        dateFormatter.dateFormat = "yyyy年M月d日"
        return [
            "siteTitle": content.config.title,
            "organisation": content.config.organisation,
            "pageTitle": title,
            "assets": link("assets/style.css").replacingOccurrences(of: "style.css", with: ""),
            "homeHref": link(SitePlan.dashboardPath),
            "nav": navigation.map { section0, label, target in
                ["label": label, "href": link(target), "current": section0 == section] as [String: Any]
            },
            "breadcrumbs": crumbs.map { ["label": $0.label, "href": link($0.path)] },
            "hasBreadcrumbs": !crumbs.isEmpty,
            "buildDate": dateFormatter.string(from: buildDate),
            "dataYear": year ?? rollup.latestYear,
            "indicatorsHref": link(SitePlan.indicatorsPath),
        ]
    }

    /// Breadcrumbs from the root region down to (and including) a region.
    func regionCrumbs(to code: String, year: Int? = nil) -> [Crumb] {
        let folder = year.flatMap { $0 == rollup.latestYear ? nil : $0 }
        return rollup.tree.lineage(of: code).reversed().map {
            Crumb(label: $0.name, path: SitePlan.regionPath($0.code, year: folder))
        }
    }

    /// The Chinese name of an indicator with the configured thresholds.
    func title(_ id: IndicatorID) -> String {
        let thresholds = content.config.thresholds
        switch id {
        case .eligibleFormationRate: return "\(thresholds.fullMembersForOrganisation)名以上正式党员企业组建率"
        case .memberPresence50: return "\(thresholds.staffForMember)人以上企业有党员率"
        case .organisationPresence100: return "\(thresholds.staffForOrganisation)人以上企业有党组织率"
        default: return id.title
        }
    }

    /// The figures of the same region a year earlier, when that year is in the data.
    func previousFigures(_ figures: RegionFigures) -> RegionFigures? {
        guard rollup.years.contains(figures.year - 1) else { return nil }
        return rollup.figures(figures.regionCode, figures.year - 1)
    }

    /// The list filter selecting the enterprises in a rate's denominator.
    func denominatorFilter(_ id: String) -> String? {
        let thresholds = content.config.thresholds
        switch id {
        case "I1", "I2", "I8": return "population=1"
        case "I3": return "eligible=1"
        case "I5": return "size=\(thresholds.staffForMember)"
        case "I6", "I6b": return "size=\(thresholds.staffForOrganisation)"
        case "I7": return "above=1"
        case "I9": return "mode=未建"
        default: return nil
        }
    }

    /// A rate's context with its 同比 change in percentage points and an arrow, and a link from its
    /// n/d pair to the list of the enterprises counted.
    func rate(
        _ current: Ratio, _ previous: Ratio?, title: String, id: String, figures: RegionFigures? = nil,
        from page: PlannedPage? = nil
    ) -> [String: Any] {
        var context = format.rate(current, title: title, id: id)
        if let figures, let page, let filter = denominatorFilter(id) {
            context["listHref"] = listHref(figures.regionCode, year: figures.year, from: page, filter: filter)
        }
        guard let previous, let points = YearOnYear.points(current, previous, decimals: content.config.decimals)
        else { return context }
        let direction = points.hasPrefix("+") ? "up" : points.hasPrefix("-") ? "down" : "flat"
        context["change"] = points + " 个百分点"
        context["direction"] = direction
        context["arrow"] = ["up": "▲", "down": "▼", "flat": "■"][direction]!
        return context
    }

    /// Every rate indicator of a region-year as rows: title, value, n/d, excluded note, 同比.
    func rateRows(_ figures: RegionFigures, from page: PlannedPage) -> [[String: Any]] {
        let previous = previousFigures(figures)
        var rows: [[String: Any]] = []
        for id in IndicatorID.allCases {
            guard let ratio = figures.ratio(id) else { continue }
            rows.append(
                rate(ratio, previous?.ratio(id), title: title(id), id: id.rawValue, figures: figures, from: page))
            if id == .organisationPresence100 {
                rows.append(
                    rate(
                        figures.ownOrganisationPresence100, previous?.ownOrganisationPresence100,
                        title: "\(content.config.thresholds.staffForOrganisation)人以上企业单独组建率（仅单独组建）", id: "I6b",
                        figures: figures, from: page))
            }
        }
        rows.append(rate(figures.sixHavesRate, previous?.sixHavesRate, title: "六有达标率", id: "I11"))
        return rows
    }

    /// The headline cards of a region-year, as configured in site.yaml, with 同比.
    func headlineCards(_ figures: RegionFigures, from page: PlannedPage) -> [[String: Any]] {
        let previous = previousFigures(figures)
        return content.config.headlineIndicators.compactMap { id in
            figures.ratio(id).map {
                rate($0, previous?.ratio(id), title: title(id), id: id.rawValue, figures: figures, from: page)
            }
        }
    }

    /// The I10 counts as label/value rows with their 同比 change; counts of enterprises link to their list.
    func countRows(_ figures: RegionFigures, from page: PlannedPage) -> [[String: Any]] {
        let counts = figures.counts
        let before = previousFigures(figures)?.counts
        let decimals = content.config.decimals
        func row(
            _ label: String, _ value: KeyPath<RegionCounts, Int>, filter: String? = nil,
            missing: KeyPath<RegionCounts, Int>? = nil
        ) -> [String: Any] {
            var row: [String: Any] = ["label": label, "value": format.count(counts[keyPath: value])]
            if let missing, counts[keyPath: missing] > 0 {
                row["note"] = "另有 \(counts[keyPath: missing]) 家未填报，未计入"
            }
            if let before {
                let (now, then) = (counts[keyPath: value], before[keyPath: value])
                row["change"] = YearOnYear.difference(now, then)
                row["changePercent"] = YearOnYear.percent(now, then, decimals: decimals) ?? "—"
            }
            if let filter {
                row["href"] = listHref(figures.regionCode, year: figures.year, from: page, filter: filter)
            }
            return row
        }
        var rows: [[String: Any]] = [
            row("企业和社会组织（三有）", \.population, filter: "population=1"),
            row("其中：非公企业", \.firms, filter: "category=非公企业"),
            row("其中：社会组织", \.socialOrganisations, filter: "category=社会组织"),
            row("党组织（联合党支部按一个计）", \.organisations), row("其中：党委", \.committees),
            row("其中：党总支", \.generalBranches), row("其中：党支部", \.branches), row("其中：联合党支部", \.jointBranches),
            row("联合党支部覆盖企业", \.firmsInJointBranches, filter: "mode=联合组建"),
            row("单独组建企业", \.ownMode, filter: "mode=单独组建"), row("联合组建企业", \.jointMode, filter: "mode=联合组建"),
            row("挂靠企业", \.attachedMode, filter: "mode=挂靠"), row("未建企业", \.unbuiltMode, filter: "mode=未建"),
            row("正式党员", \.fullMembers, missing: \.fullMembersMissing), row("预备党员", \.probationaryMembers),
            row("入党积极分子", \.activists),
            row("当年发展党员", \.recruited), row("从业人员", \.staff, missing: \.staffMissing),
            row("选派指导员的企业", \.instructors, filter: "instructor=1"),
        ]
        rows.append([
            "label": "平均每个党组织党员数",
            "value": figures.membersPerOrganisation.quotient(decimals: decimals) ?? "—",
        ])
        return rows
    }

    /// I12 of a region-year: demonstration sites and honors (the I11 stars are in the charts).
    func recognitionContext(_ figures: RegionFigures) -> [String: Any] {
        [
            "showcaseLevels": ShowcaseLevel.allCases.map {
                ["label": $0.rawValue, "count": figures.showcasesByLevel[$0] ?? 0]
            },
            "showcaseStatuses": ShowcaseStatus.allCases.map {
                ["label": $0.rawValue, "count": figures.showcasesByStatus[$0] ?? 0]
            },
            "honorCategoryCounts": HonorCategory.allCases.map {
                ["label": $0.rawValue, "count": figures.honorsByCategory[$0] ?? 0]
            },
            "honorLevelCounts": HonorLevel.allCases.map {
                ["label": $0.rawValue, "count": figures.honorsByLevel[$0] ?? 0]
            },
        ]
    }

    /// A link to an enterprise's page from `page`, or nil when it has none.
    func enterpriseHref(_ key: EnterpriseKey, from page: PlannedPage) -> String? {
        plan.enterprisePath(key).map { SitePlan.link(from: page.path, to: $0) }
    }

    /// The region's display name, or its code when unknown.
    func regionName(_ code: String) -> String {
        rollup.tree.region(code)?.name ?? code
    }
}
