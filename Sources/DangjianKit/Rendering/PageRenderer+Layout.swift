import Foundation

/// A breadcrumb: a label and the output path it links to.
struct Crumb {
    let label: String
    let path: String
}

extension PageRenderer {
    /// The navigation sections of the header.
    enum Section: String {
        case dashboard, regions, showcase, honors, reports
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
    func regionCrumbs(to code: String) -> [Crumb] {
        rollup.tree.lineage(of: code).reversed().map { Crumb(label: $0.name, path: SitePlan.regionPath($0.code)) }
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

    /// Every rate indicator of a region-year as rows: title, value, n/d, excluded note.
    func rateRows(_ figures: RegionFigures) -> [[String: Any]] {
        var rows: [[String: Any]] = []
        for id in IndicatorID.allCases {
            guard let ratio = figures.ratio(id) else { continue }
            rows.append(format.rate(ratio, title: title(id), id: id.rawValue))
            if id == .organisationPresence100 {
                rows.append(
                    format.rate(
                        figures.ownOrganisationPresence100,
                        title: "\(content.config.thresholds.staffForOrganisation)人以上企业单独组建率", id: "I6b"))
            }
        }
        return rows
    }

    /// The headline cards of a region-year, as configured in site.yaml.
    func headlineCards(_ figures: RegionFigures) -> [[String: Any]] {
        content.config.headlineIndicators.compactMap { id in
            figures.ratio(id).map { format.rate($0, title: title(id), id: id.rawValue) }
        }
    }

    /// The I10 counts as label/value rows.
    func countRows(_ figures: RegionFigures) -> [[String: Any]] {
        let counts = figures.counts
        let rows: [(String, String)] = [
            ("企业和社会组织（三有）", format.count(counts.population)),
            ("其中：非公企业", format.count(counts.firms)),
            ("其中：社会组织", format.count(counts.socialOrganisations)),
            ("党组织（联合党支部按一个计）", format.count(counts.organisations)),
            ("其中：党委", format.count(counts.committees)),
            ("其中：党总支", format.count(counts.generalBranches)),
            ("其中：党支部", format.count(counts.branches)),
            ("其中：联合党支部（覆盖企业数）", "\(format.count(counts.jointBranches))（\(format.count(counts.firmsInJointBranches))）"),
            (
                "单独组建 / 联合组建 / 挂靠 / 未建",
                "\(counts.ownMode) / \(counts.jointMode) / \(counts.attachedMode) / \(counts.unbuiltMode)"
            ),
            ("正式党员", format.count(counts.fullMembers)),
            ("预备党员", format.count(counts.probationaryMembers)),
            ("入党积极分子", format.count(counts.activists)),
            ("当年发展党员", format.count(counts.recruited)),
            ("从业人员", format.count(counts.staff)),
            ("选派指导员的企业", format.count(counts.instructors)),
            ("平均每个党组织党员数", figures.membersPerOrganisation.quotient(decimals: content.config.decimals) ?? "—"),
        ]
        return rows.map { ["label": $0.0, "value": $0.1] }
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
