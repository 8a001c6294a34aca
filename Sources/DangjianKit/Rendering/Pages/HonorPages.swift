/// The honor roll of every year, or of one year: a wall of cards per category (两优一先 first,
/// then by level), the tables of the same honors one link below, and on paper one A4 landscape
/// poster per category.
struct HonorsPage {
    /// One category of a year as a poster: its ribbon colour and its cards.
    struct Poster {
        let category: String
        let ribbon: String
        let count: Int
        let anchor: String
        let cards: [HonorCard]
    }

    struct Year {
        let year: Int
        let count: Int
        let href: String
        let posters: [Poster]
        let categories: [HonorCategoryGroup]
        let isSingleYear: Bool
        let tablesAnchor: String
    }

    struct CategoryCount {
        let category: String
        let ribbon: String
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

/// One honoree on the honor wall.
struct HonorCard {
    /// A piece of a name that must not break across lines ("青溪经济开发区", "青委〔2025〕26号").
    struct Part {
        let text: String
    }

    /// The honoree's photo, sized from its file's header.
    struct Photo {
        let src: String
        let width: Int
        let height: Int
    }

    let year: Int
    let honoree: [Part]
    let category: String
    let ribbon: String
    let level: String
    let unit: [Part]
    let hasUnit: Bool
    let unitHref: String?
    let township: String
    let citation: String?
    let documentNumber: String?
    let awardedBy: String
    let isCollective: Bool
    let kindLabel: String
    let photo: Photo?
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
                    posters: honorPosters(ofYear, year: shownYear, from: page),
                    categories: honorCategories(ofYear, from: page), isSingleYear: year != nil,
                    tablesAnchor: "tables-\(shownYear)")
            },
            yearLinks: Set(content.honors.map(\.year)).sorted(by: >).map {
                YearLink(year: $0, href: links.honorYear($0), current: $0 == year)
            }, allHref: links.to(SitePlan.honorsPath), isAllYears: year == nil, hasHonors: !shown.isEmpty,
            total: shown.count,
            summary: Self.honorCategoryOrder.map { category in
                .init(
                    category: category.rawValue, ribbon: Self.ribbon(category),
                    count: shown.filter { $0.category == category }.count)
            })
        return Page(
            layout: layout(
                page, title: year.map { "\($0)年光荣榜" } ?? "光荣榜", section: .honors, crumbs: crumbs, year: year),
            model: model)
    }

    /// A year's honors as one poster per category, in `honorCategoryOrder`, each card by level
    /// from national down, then in file order.
    func honorPosters(_ honors: [Honor], year: Int, from page: PlannedPage) -> [HonorsPage.Poster] {
        Self.honorCategoryOrder.compactMap { category in
            let rows = honors.filter { $0.category == category }
            guard !rows.isEmpty else { return nil }
            return HonorsPage.Poster(
                category: category.rawValue, ribbon: Self.ribbon(category), count: rows.count,
                anchor: "honors-\(year)-\(Self.ribbon(category))",
                cards: Self.byLevel(rows).map { honorCard($0, from: page) })
        }
    }

    /// Honors ordered by level, national first and without a level last; ties keep file order.
    static func byLevel(_ honors: [Honor]) -> [Honor] {
        let rank = { (honor: Honor) in honor.level.flatMap { HonorLevel.allCases.firstIndex(of: $0) } ?? 99 }
        return honors.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
            .map(\.element)
    }

    /// An honoree as a card: the same facts as its table row, with its photo when there is one.
    func honorCard(_ honor: Honor, from page: PlannedPage) -> HonorCard {
        let row = honorLinkedRow(honor, from: page)
        let isCollective =
            honor.kind == .organisation
            || (honor.kind == nil && [.advancedOrganisation, .fiveGoodOrganisation].contains(honor.category))
        return HonorCard(
            year: honor.year, honoree: Self.unbrokenParts(honor.honoree), category: honor.category.rawValue,
            ribbon: Self.ribbon(honor.category), level: honor.level.map { "\($0.rawValue)级" } ?? "层级未填",
            unit: Self.unbrokenParts(honor.enterpriseName ?? ""), hasUnit: honor.enterpriseName != nil,
            unitHref: row.enterpriseHref,
            township: row.township, citation: row.citation, documentNumber: honor.documentNumber,
            awardedBy: row.awardedBy, isCollective: isCollective, kindLabel: isCollective ? "集体" : "个人",
            photo: row.photoHref.flatMap { src in
                honor.photoSize.map { HonorCard.Photo(src: src, width: $0.width, height: $0.height) }
            })
    }

    /// The class name of a category's ribbon colour.
    static func ribbon(_ category: HonorCategory) -> String {
        switch category {
        case .outstandingMember: "member"
        case .outstandingWorker: "worker"
        case .advancedOrganisation: "advanced"
        case .fiveGoodOrganisation: "fivegood"
        case .friendOfPartyBuilding: "friend"
        case .other: "other"
        }
    }

    /// A name cut only where a line may break: after the words that end a unit's name (公司,
    /// 协会 …), so "中共青溪县嘉和建设集团有限公司" and "总支部委员会" are two parts. Each part is kept on one line, so "青溪经济开发区" or a
    /// company's name never splits in the middle.
    static func unbrokenParts(_ name: String) -> [HonorCard.Part] {
        guard !name.isEmpty else { return [] }
        let endings = ["有限公司", "公司", "协会", "商会", "联合会", "幼儿园", "医院", "学校", "中心"]
        var parts: [String] = []
        var rest = Substring(name)
        while let ending = endings.compactMap({ rest.range(of: $0) }).min(by: { $0.upperBound < $1.upperBound }),
            ending.upperBound < rest.endIndex
        {
            parts.append(String(rest[..<ending.upperBound]))
            rest = rest[ending.upperBound...]
        }
        parts.append(String(rest))
        return parts.map(HonorCard.Part.init)
    }
}
