/// An enterprise's page: identity, figures for every year, organisation details, honors.
struct EnterprisePage {
    struct Extra {
        let header: String
        let value: String
    }

    struct Year {
        let year: Int
        let staff: String
        let fullMembers: String
        let probationary: String
        let activists: String
        let recruited: String
        let mode: String
        let organisationType: String
        let instructor: String
        let stars: String
        let sixHaves: String
        let aboveSize: String
        let note: String?
    }

    let name: String
    let creditCode: String
    let township: String
    let townshipHref: String
    let category: String
    let industry: String
    let latestYear: Int
    let organisationName: String
    let organisationType: String
    let mode: String
    let jointID: String?
    let instructor: String
    let isActive: Bool
    let years: [Year]
    let extras: [Extra]
    let honors: [HonorRow]
    let hasHonors: Bool
    let showcaseHref: String?
    let showcaseLabel: String?
    let dueUnbuilt: String?
    let standingYear: Int
    let statuses: [Status]
    let verdicts: [Verdict]
    let jointBranch: JointBranch?
    let countTrend: String?
    let starsHistory: String?
    let warnings: [TitleItem]
    let hasWarnings: Bool
}

extension PageRenderer {
    /// Builds an enterprise's page.
    func enterprisePage(_ page: PlannedPage, key: EnterpriseKey) throws(BuildFailure) -> Page<EnterprisePage> {
        guard let history = rollup.enterprises[key] else {
            throw BuildFailure("企业“\(key.name)”不在汇总数据中，无法生成其页面", at: SourceLocation(file: page.path))
        }
        let latest = history.latest
        let key = history.key  // the latest row's key: the township the enterprise is in now
        let links = links(page)
        var crumbs = [Crumb(label: "总览", path: SitePlan.dashboardPath)] + regionCrumbs(to: key.regionCode)
        if crumbs.count == 1 { crumbs = [] }
        let honors = rollup.honors(of: key).sorted { $0.year > $1.year }
        let slug = plan.showcaseSlugs[key]
        let showcase = slug.flatMap { slug in plan.showcases.first { $0.slug == slug } }
        let standing = standing(of: latest, from: page)
        let starred = history.records.compactMap { record in record.stars.map { "\(record.year)年 \($0)星" } }
        // The build's warnings about the enterprise's rows, in year order, each once.
        var warnings: [String] = []
        for record in history.records {
            var seen: Set<String> = []
            for message in rowWarnings[Self.rowKey(record.location)] ?? [] where seen.insert(message).inserted {
                warnings.append("\(record.year)年：" + message)
            }
        }
        let model = EnterprisePage(
            name: latest.name, creditCode: latest.creditCode ?? "未填报", township: regionName(key.regionCode),
            townshipHref: links.region(key.regionCode), category: latest.category?.rawValue ?? "—",
            industry: latest.industry ?? "—", latestYear: latest.year,
            organisationName: latest.organisationName ?? "—",
            organisationType: latest.organisationType?.rawValue ?? "—",
            mode: latest.mode?.rawValue ?? "—", jointID: latest.jointOrganisationID,
            instructor: latest.instructor ?? "—", isActive: latest.isActive != false,
            years: history.records.map { record in
                EnterprisePage.Year(
                    year: record.year, staff: format.optional(record.staff),
                    fullMembers: format.optional(record.fullMembers),
                    probationary: format.optional(record.probationaryMembers),
                    activists: format.optional(record.activists), recruited: format.optional(record.recruited),
                    mode: record.mode?.rawValue ?? "—", organisationType: record.organisationType?.rawValue ?? "—",
                    instructor: record.instructor ?? "—", stars: record.stars.map { "\($0)星" } ?? "—",
                    sixHaves: record.meetsSixHaves.map { $0 ? "达标" : "未达标" } ?? "—",
                    aboveSize: record.isAboveSize.map { $0 ? "是" : "否" } ?? "—", note: record.note)
            },
            extras: latest.extraColumns.filter { column in
                plan.publication.audience == .internal
                    || !PublicationRules.isPersonal(column.header, configured: content.config.personalColumns)
            }.map { EnterprisePage.Extra(header: $0.header, value: $0.value) },
            honors: honors.map(honorRow), hasHonors: !honors.isEmpty, showcaseHref: slug.map(links.showcase),
            showcaseLabel: showcase.map(showcaseBadge),
            dueUnbuilt: rollup.figures(key.regionCode, latest.year).dueUnbuilt.first { $0.enterprise == key }?
                .reasons.map(\.rawValue).joined(separator: "；"), standingYear: latest.year,
            statuses: standing.statuses, verdicts: standing.verdicts,
            jointBranch: jointBranch(of: key, record: latest, from: page), countTrend: enterpriseCountTrend(history),
            starsHistory: starred.isEmpty ? nil : starred.joined(separator: " → "),
            warnings: warnings.map(TitleItem.init), hasWarnings: !warnings.isEmpty)
        return Page(
            layout: layout(page, title: latest.name, section: .regions, crumbs: crumbs, year: latest.year),
            model: model)
    }
}
