extension PageRenderer {
    /// An enterprise's page: identity, figures for every year, organisation details, honors.
    func enterpriseContext(_ page: PlannedPage, key: EnterpriseKey) -> [String: Any] {
        let history = rollup.enterprises[key]!
        let latest = history.latest
        let key = history.key  // the latest row's key: the township the enterprise is in now
        var crumbs = [Crumb(label: "总览", path: SitePlan.dashboardPath)] + regionCrumbs(to: key.regionCode)
        if crumbs.count == 1 { crumbs = [] }
        var context = layout(page, title: latest.name, section: .regions, crumbs: crumbs, year: latest.year)
        context["name"] = latest.name
        context["creditCode"] = latest.creditCode ?? "未填报"
        context["township"] = regionName(key.regionCode)
        context["townshipHref"] = SitePlan.link(from: page.path, to: SitePlan.regionPath(key.regionCode))
        context["category"] = latest.category?.rawValue ?? "—"
        context["industry"] = latest.industry ?? "—"
        context["latestYear"] = latest.year
        context["organisationName"] = latest.organisationName ?? "—"
        context["organisationType"] = latest.organisationType?.rawValue ?? "—"
        context["mode"] = latest.mode?.rawValue ?? "—"
        context["jointID"] = latest.jointOrganisationID ?? ""
        context["instructor"] = latest.instructor ?? "—"
        context["isActive"] = latest.isActive != false
        context["years"] = history.records.map { record -> [String: Any] in
            [
                "year": record.year, "staff": format.optional(record.staff),
                "fullMembers": format.optional(record.fullMembers),
                "probationary": format.optional(record.probationaryMembers),
                "activists": format.optional(record.activists), "recruited": format.optional(record.recruited),
                "mode": record.mode?.rawValue ?? "—", "organisationType": record.organisationType?.rawValue ?? "—",
                "instructor": record.instructor ?? "—", "stars": record.stars.map { "\($0)星" } ?? "—",
                "sixHaves": record.meetsSixHaves.map { $0 ? "达标" : "未达标" } ?? "—",
                "aboveSize": record.isAboveSize.map { $0 ? "是" : "否" } ?? "—",
                "note": record.note ?? "",
            ]
        }
        let extras = latest.extraColumns.map { ["header": $0.header, "value": $0.value] }
        context["extras"] = extras
        context["hasExtras"] = !extras.isEmpty
        let honors = rollup.honorIndexes(of: key).map { content.honors[$0] }
        context["honors"] = honors.sorted { $0.year > $1.year }.map(honorRow)
        context["hasHonors"] = !honors.isEmpty
        if let slug = plan.showcaseSlugs[key] {
            context["showcaseHref"] = SitePlan.link(from: page.path, to: SitePlan.showcasePath(slug))
            context["showcaseLevel"] = content.showcases.first { $0.slug == slug }?.level.rawValue ?? ""
        }
        let dueReasons = rollup.figures(key.regionCode, latest.year).dueUnbuilt.first { $0.enterprise == key }?.reasons
        if let dueReasons {
            context["dueUnbuilt"] = dueReasons.map(\.rawValue).joined(separator: "；")
        }
        return context
    }

    /// An honor as a table row (without links).
    func honorRow(_ honor: Honor) -> [String: Any] {
        [
            "year": honor.year, "category": honor.category.rawValue, "level": honor.level?.rawValue ?? "—",
            "honoree": honor.honoree, "kind": honor.kind?.rawValue ?? "—",
            "enterprise": honor.enterpriseName ?? "—", "township": honor.regionCode.map(regionName) ?? "—",
            "awardedBy": honor.awardedBy ?? "—", "documentNumber": honor.documentNumber ?? "",
            "citation": honor.citation ?? "",
        ]
    }
}
