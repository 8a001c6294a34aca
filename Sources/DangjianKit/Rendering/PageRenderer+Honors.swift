extension PageRenderer {
    /// Categories in the order leaders read them: 两优一先 first, then the others.
    static let honorCategoryOrder: [HonorCategory] = [
        .outstandingMember, .outstandingWorker, .advancedOrganisation, .fiveGoodOrganisation, .friendOfPartyBuilding,
        .other,
    ]

    /// The honor roll of every year (year nil) or of one year: grouped by year, category and level.
    func honorsContext(_ page: PlannedPage, year: Int?) -> [String: Any] {
        var crumbs = [Crumb(label: "总览", path: SitePlan.dashboardPath)]
        if year != nil { crumbs.append(Crumb(label: "光荣榜", path: SitePlan.honorsPath)) }
        var context = layout(
            page, title: year.map { "\($0)年光荣榜" } ?? "光荣榜", section: .honors, crumbs: crumbs, year: year)
        let indexed = content.honors.enumerated().filter { year == nil || $0.element.year == year }
        let years = Set(indexed.map(\.element.year)).sorted(by: >)
        context["years"] = years.map { shown -> [String: Any] in
            let ofYear = indexed.filter { $0.element.year == shown }
            return [
                "year": shown, "count": ofYear.count,
                "href": SitePlan.link(from: page.path, to: SitePlan.honorYearPath(shown)),
                "categories": honorCategories(ofYear.map { ($0.offset, $0.element) }, from: page),
                "isSingleYear": year != nil,
            ]
        }
        context["yearLinks"] = Set(content.honors.map(\.year)).sorted(by: >).map { linked in
            [
                "year": linked, "href": SitePlan.link(from: page.path, to: SitePlan.honorYearPath(linked)),
                "current": linked == year,
            ] as [String: Any]
        }
        context["allHref"] = SitePlan.link(from: page.path, to: SitePlan.honorsPath)
        context["isAllYears"] = year == nil
        context["hasHonors"] = !indexed.isEmpty
        context["total"] = indexed.count
        context["summary"] = Self.honorCategoryOrder.map { category in
            ["category": category.rawValue, "count": indexed.filter { $0.element.category == category }.count]
        }
        return context
    }

    /// Honors grouped by category (in `honorCategoryOrder`), each sorted by level from national down.
    func honorCategories(_ honors: [(index: Int, honor: Honor)], from page: PlannedPage) -> [[String: Any]] {
        Self.honorCategoryOrder.compactMap { category -> [String: Any]? in
            let rows = honors.filter { $0.honor.category == category }
            guard !rows.isEmpty else { return nil }
            let levels = HonorLevel.allCases.map(Optional.some) + [nil]
            let groups = levels.compactMap { level -> [String: Any]? in
                let atLevel = rows.filter { $0.honor.level == level }
                guard !atLevel.isEmpty else { return nil }
                return [
                    "level": level.map { "\($0.rawValue)级" } ?? "层级未填", "count": atLevel.count,
                    "honors": atLevel.map { honorLinkedRow($0.index, $0.honor, from: page) },
                ]
            }
            return ["category": category.rawValue, "count": rows.count, "levels": groups]
        }
    }

    /// An honor row with links to the enterprise and, when it is one, its demonstration site.
    func honorLinkedRow(_ index: Int, _ honor: Honor, from page: PlannedPage) -> [String: Any] {
        var row = honorRow(honor)
        if let key = rollup.honorEnterprises[index] {
            row["enterpriseHref"] = enterpriseHref(key, from: page) ?? ""
            if let slug = plan.showcaseSlugs[key] {
                row["showcaseHref"] = SitePlan.link(from: page.path, to: SitePlan.showcasePath(slug))
            }
        }
        if let photo = honor.photo, content.staticFiles.contains(where: { $0.outputPath == photo }) {
            row["photoHref"] = SitePlan.link(from: page.path, to: photo)
        }
        return row
    }

    /// The honors of a region's enterprises (or given in its townships) in a year, for its page.
    func regionHonors(_ code: String, year: Int, from page: PlannedPage) -> [[String: Any]] {
        let inRegion = content.honors.enumerated().filter { index, honor in
            guard honor.year == year else { return false }
            // The enterprise's township that year, else the honor's 乡镇, else the whole county.
            let enterprise = rollup.honorEnterprises[index]
            let township =
                enterprise.flatMap { key in rollup.enterprises[key]?.record(in: year)?.regionCode }
                ?? honor.regionCode ?? rollup.tree.root.code
            return rollup.tree.lineage(of: township).contains { region in region.code == code }
        }
        return honorCategories(inRegion.map { ($0.offset, $0.element) }, from: page)
    }
}
