/// The honor roll of every year, or of one year: grouped by year, category and level.
struct HonorsPage {
    struct Year {
        let year: Int
        let count: Int
        let href: String
        let categories: [HonorCategoryGroup]
        let isSingleYear: Bool
    }

    struct CategoryCount {
        let category: String
        let count: Int
    }

    let years: [Year]
    let yearLinks: [YearLink]
    let allHref: String
    let isAllYears: Bool
    let hasHonors: Bool
    let total: Int
    let summary: [CategoryCount]
}

extension PageRenderer {
    /// Builds the honor roll of every year (year nil) or of one year.
    func honorsPage(_ page: PlannedPage, year: Int?) -> Page<HonorsPage> {
        var crumbs = [Crumb(label: "总览", path: SitePlan.dashboardPath)]
        if year != nil { crumbs.append(Crumb(label: "光荣榜", path: SitePlan.honorsPath)) }
        let links = links(page)
        let shown = content.honors.filter { year == nil || $0.year == year }
        let model = HonorsPage(
            years: Set(shown.map(\.year)).sorted(by: >).map { shownYear in
                let ofYear = shown.filter { $0.year == shownYear }
                return .init(
                    year: shownYear, count: ofYear.count, href: links.honorYear(shownYear),
                    categories: honorCategories(ofYear, from: page), isSingleYear: year != nil)
            },
            yearLinks: Set(content.honors.map(\.year)).sorted(by: >).map {
                YearLink(year: $0, href: links.honorYear($0), current: $0 == year)
            }, allHref: links.to(SitePlan.honorsPath), isAllYears: year == nil, hasHonors: !shown.isEmpty,
            total: shown.count,
            summary: Self.honorCategoryOrder.map { category in
                .init(category: category.rawValue, count: shown.filter { $0.category == category }.count)
            })
        return Page(
            layout: layout(
                page, title: year.map { "\($0)年光荣榜" } ?? "光荣榜", section: .honors, crumbs: crumbs, year: year),
            model: model)
    }
}
