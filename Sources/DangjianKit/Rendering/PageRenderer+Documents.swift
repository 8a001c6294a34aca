extension PageRenderer {
    /// The list of reports, newest first.
    func reportIndexContext(_ page: PlannedPage) -> [String: Any] {
        var context = layout(
            page, title: "工作报告", section: .reports, crumbs: [Crumb(label: "总览", path: SitePlan.dashboardPath)])
        context["reports"] = content.reports.map { report in
            [
                "title": report.title, "date": report.date, "type": report.type.rawValue,
                "visibility": report.visibility.rawValue, "region": regionName(report.regionCode),
                "summary": report.summary ?? "",
                "href": SitePlan.link(from: page.path, to: SitePlan.reportPath(report.slug)),
            ]
        }
        context["hasReports"] = !content.reports.isEmpty
        return context
    }

    /// One report: metadata and the rendered Markdown.
    func reportContext(_ page: PlannedPage, index: Int) -> [String: Any] {
        let report = content.reports[index]
        let crumbs = [
            Crumb(label: "总览", path: SitePlan.dashboardPath), Crumb(label: "工作报告", path: SitePlan.reportIndexPath),
        ]
        var context = layout(page, title: report.title, section: .reports, crumbs: crumbs)
        context["title"] = report.title
        context["date"] = report.date
        context["type"] = report.type.rawValue
        context["visibility"] = report.visibility.rawValue
        context["region"] = regionName(report.regionCode)
        context["regionHref"] = SitePlan.link(from: page.path, to: SitePlan.regionPath(report.regionCode))
        context["summary"] = report.summary ?? ""
        context["body"] = markdown.html(report.body)
        return context
    }

    /// The list of demonstration sites, grouped by level; revoked sites apart.
    func showcaseIndexContext(_ page: PlannedPage) -> [String: Any] {
        var context = layout(
            page, title: "示范点", section: .showcase, crumbs: [Crumb(label: "总览", path: SitePlan.dashboardPath)])
        let active = content.showcases.filter { $0.status != .revoked }
        context["levels"] = ShowcaseLevel.allCases.compactMap { level -> [String: Any]? in
            let sites = active.filter { $0.level == level }
            guard !sites.isEmpty else { return nil }
            return ["level": level.rawValue, "count": sites.count, "sites": sites.map { showcaseCard($0, from: page) }]
        }
        context["total"] = active.count
        let revoked = content.showcases.filter { $0.status == .revoked }
        context["revoked"] = revoked.map { showcaseCard($0, from: page) }
        context["hasRevoked"] = !revoked.isEmpty
        return context
    }

    /// One demonstration site, its figures taken from the enterprise data.
    func showcaseContext(_ page: PlannedPage, index: Int) -> [String: Any] {
        let showcase = content.showcases[index]
        let history = rollup.enterprises[showcase.enterprise]
        let crumbs = [
            Crumb(label: "总览", path: SitePlan.dashboardPath), Crumb(label: "示范点", path: SitePlan.showcaseIndexPath),
        ]
        let name = history?.latest.name ?? showcase.enterprise.name
        var context = layout(page, title: name, section: .showcase, crumbs: crumbs)
        context.merge(showcaseCard(showcase, from: page)) { _, new in new }
        context["body"] = markdown.html(showcase.body)
        context["enterpriseHref"] = enterpriseHref(showcase.enterprise, from: page) ?? ""
        context["townshipHref"] = SitePlan.link(
            from: page.path, to: SitePlan.regionPath(showcase.enterprise.regionCode))
        context["years"] = (history?.records ?? []).map { record -> [String: Any] in
            [
                "year": record.year, "staff": format.optional(record.staff),
                "fullMembers": format.optional(record.fullMembers),
                "probationary": format.optional(record.probationaryMembers),
                "mode": record.mode?.rawValue ?? "—", "organisationType": record.organisationType?.rawValue ?? "—",
                "stars": record.stars.map { "\($0)星" } ?? "—",
            ]
        }
        context["organisationName"] = history?.latest.organisationName ?? "—"
        context["photos"] = showcase.photos.map { ["src": $0.file, "caption": $0.caption] }
        context["hasPhotos"] = !showcase.photos.isEmpty
        return context
    }

    private func showcaseCard(_ showcase: Showcase, from page: PlannedPage) -> [String: Any] {
        let name = rollup.enterprises[showcase.enterprise]?.latest.name ?? showcase.enterprise.name
        return [
            "name": name, "level": showcase.level.rawValue, "status": showcase.status.rawValue,
            "namedYear": showcase.namedYear.map(String.init) ?? "—",
            "township": regionName(showcase.enterprise.regionCode), "summary": showcase.summary ?? "",
            "features": showcase.features.map { ["feature": $0] }, "hasFeatures": !showcase.features.isEmpty,
            "href": SitePlan.link(from: page.path, to: SitePlan.showcasePath(showcase.slug)),
        ]
    }

    /// The honor roll: newest year first, then by category in the order of the categories list.
    func honorsContext(_ page: PlannedPage) -> [String: Any] {
        var context = layout(
            page, title: "光荣榜", section: .honors, crumbs: [Crumb(label: "总览", path: SitePlan.dashboardPath)])
        let indexed = Array(content.honors.enumerated())
        let years = Set(content.honors.map(\.year)).sorted(by: >)
        context["years"] = years.map { year -> [String: Any] in
            let ofYear = indexed.filter { $0.element.year == year }
            let categories = HonorCategory.allCases.compactMap { category -> [String: Any]? in
                let rows = ofYear.filter { $0.element.category == category }
                guard !rows.isEmpty else { return nil }
                return [
                    "category": category.rawValue, "count": rows.count,
                    "honors": rows.map { index, honor -> [String: Any] in
                        var row = honorRow(honor)
                        if let key = rollup.honorEnterprises[index] {
                            row["enterpriseHref"] = enterpriseHref(key, from: page) ?? ""
                        }
                        return row
                    },
                ]
            }
            return ["year": year, "count": ofYear.count, "categories": categories]
        }
        context["hasHonors"] = !content.honors.isEmpty
        context["total"] = content.honors.count
        return context
    }
}
