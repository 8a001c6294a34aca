/// The list of demonstration sites: a card grid per level, by township within it; revoked sites
/// apart.
struct ShowcaseIndexPage {
    struct Level {
        let level: String
        let count: Int
        let sites: [ShowcaseCard]
    }

    struct LevelCount {
        let level: String
        let count: Int
    }

    let levels: [Level]
    let total: Int
    let levelCounts: [LevelCount]
    let townshipOptions: [NameOption]
    let statusOptions: [NameOption]
    let revoked: [ShowcaseCard]
    let hasRevoked: Bool
}

/// One demonstration site: its figures from the enterprise data, narrative, photos, honors, and
/// the previous and next site of the same level.
struct ShowcasePage {
    struct Year {
        let year: Int
        let staff: String
        let staffChange: String?
        let fullMembers: String
        let membersChange: String?
        let probationary: String
        let recruited: String
        let mode: String
        let organisationType: String
        let stars: String
        let sixHaves: String
    }

    struct Photo {
        let src: String
        let caption: String
        let width: Int
        let height: Int
        let anchor: String
        let number: Int
        let total: Int
        let previousAnchor: String?
        let nextAnchor: String?
    }

    let card: ShowcaseCard
    let body: String
    let enterpriseHref: String?
    let townshipHref: String
    let years: [Year]
    let organisationName: String
    let photos: [Photo]
    let hasPhotos: Bool
    /// The first photo, shown at full width; the others follow as the gallery.
    let lead: Photo?
    let gallery: [Photo]
    let hasGallery: Bool
    let honors: [HonorRow]
    let hasHonors: Bool
    let previous: ShowcaseCard?
    let next: ShowcaseCard?
}

extension PageRenderer {
    /// Builds the list of demonstration sites.
    func showcaseIndexPage(_ page: PlannedPage) -> Page<ShowcaseIndexPage> {
        let active = plan.showcases.filter { $0.status != .revoked }
        let townships = rollup.tree.allRegions.filter { region in
            active.contains { township(of: $0) == region.code }
        }
        let levels = ShowcaseLevel.allCases.compactMap { level -> ShowcaseIndexPage.Level? in
            let sites = active.filter { $0.level == level }
            guard !sites.isEmpty else { return nil }
            let ordered = townships.flatMap { township in sites.filter { self.township(of: $0) == township.code } }
            return .init(
                level: level.rawValue, count: sites.count, sites: ordered.map { showcaseCard($0, from: page) })
        }
        let revoked = plan.showcases.filter { $0.status == .revoked }
        let model = ShowcaseIndexPage(
            levels: levels, total: active.count,
            levelCounts: ShowcaseLevel.allCases.map { level in
                .init(level: level.rawValue, count: active.filter { $0.level == level }.count)
            }, townshipOptions: townships.map { NameOption(name: $0.name) },
            statusOptions: ShowcaseStatus.allCases.filter { $0 != .revoked }.map { NameOption(name: $0.rawValue) },
            revoked: revoked.map { showcaseCard($0, from: page) }, hasRevoked: !revoked.isEmpty)
        return Page(
            layout: layout(
                page, title: "示范点", section: .showcase, crumbs: [Crumb(label: "总览", path: SitePlan.dashboardPath)]),
            model: model)
    }

    /// Builds a demonstration site's page.
    func showcasePage(_ page: PlannedPage, slug: String) throws(BuildFailure) -> Page<ShowcasePage> {
        guard let showcase = plan.showcases.first(where: { $0.slug == slug }) else {
            throw BuildFailure("没有文件名为“\(slug)”的示范点", at: SourceLocation(file: page.path))
        }
        let history = rollup.enterprises[showcase.enterprise]
        let links = links(page)
        let crumbs = [
            Crumb(label: "总览", path: SitePlan.dashboardPath), Crumb(label: "示范点", path: SitePlan.showcaseIndexPath),
        ]
        let records = history?.records ?? []
        let years = records.enumerated().map { position, record in
            let before = position > 0 && records[position - 1].year == record.year - 1 ? records[position - 1] : nil
            func change(_ value: KeyPath<EnterpriseRecord, Int?>) -> String? {
                guard let now = record[keyPath: value], let then = before?[keyPath: value] else { return nil }
                return "（\(YearOnYear.difference(now, then))）"
            }
            return ShowcasePage.Year(
                year: record.year, staff: format.optional(record.staff), staffChange: change(\.staff),
                fullMembers: format.optional(record.fullMembers), membersChange: change(\.fullMembers),
                probationary: format.optional(record.probationaryMembers), recruited: format.optional(record.recruited),
                mode: record.mode?.rawValue ?? "—", organisationType: record.organisationType?.rawValue ?? "—",
                stars: record.stars.map { "\($0)星" } ?? "—",
                sixHaves: record.meetsSixHaves.map { $0 ? "达标" : "未达标" } ?? "—")
        }
        let honors = rollup.honors(of: showcase.enterprise).sorted { $0.year > $1.year }
        let count = showcase.photos.count
        // Each photo's lightbox leads to the previous and next one (site.js adds the arrow keys).
        let photos = showcase.photos.enumerated().map { index, photo in
            ShowcasePage.Photo(
                src: photo.file, caption: photo.caption, width: photo.size.width, height: photo.size.height,
                anchor: "photo-\(index + 1)", number: index + 1, total: count,
                previousAnchor: index > 0 ? "photo-\(index)" : nil,
                nextAnchor: index + 1 < count ? "photo-\(index + 2)" : nil)
        }
        let sameLevel = plan.showcases.filter { $0.level == showcase.level && $0.status != .revoked }
        let position = sameLevel.firstIndex { $0.slug == showcase.slug }
        let model = ShowcasePage(
            card: showcaseCard(showcase, from: page),
            body: try markdown.html(
                showcase.body, images: publishedImages(showcase.images, from: page), file: showcase.location),
            enterpriseHref: links.enterprise(showcase.enterprise), townshipHref: links.region(township(of: showcase)),
            years: years, organisationName: history?.latest.organisationName ?? "—",
            photos: photos, hasPhotos: !photos.isEmpty, lead: photos.first, gallery: Array(photos.dropFirst()),
            hasGallery: photos.count > 1, honors: honors.map(honorRow), hasHonors: !honors.isEmpty,
            previous: position.flatMap { $0 > 0 ? showcaseCard(sameLevel[$0 - 1], from: page) : nil },
            next: position.flatMap { $0 + 1 < sameLevel.count ? showcaseCard(sameLevel[$0 + 1], from: page) : nil })
        let name = history?.latest.name ?? showcase.enterprise.name
        return Page(layout: layout(page, title: name, section: .showcase, crumbs: crumbs), model: model)
    }

    /// A demonstration site as a card.
    func showcaseCard(_ showcase: Showcase, from page: PlannedPage) -> ShowcaseCard {
        let links = links(page)
        return ShowcaseCard(
            name: rollup.enterprises[showcase.enterprise]?.latest.name ?? showcase.enterprise.name,
            level: showcase.level.rawValue, status: showcase.status.rawValue,
            namedYear: showcase.namedYear.map(String.init) ?? "—", badge: showcaseBadge(showcase),
            yearNote: yearNote(showcase), isCurrent: showcase.status == .named || showcase.status == .reviewing,
            township: regionName(township(of: showcase)),
            summary: showcase.summary, features: showcase.features.map(ShowcaseCard.Feature.init),
            hasFeatures: !showcase.features.isEmpty, href: links.showcase(showcase.slug),
            cover: showcase.photos.first.map { photo in
                ShowcaseCard.Cover(
                    src: links.to("showcase/\(showcase.slug)/\(photo.file)"), width: photo.size.width,
                    height: photo.size.height)
            })
    }

    /// How a site is named wherever it is shown: a current site by its level (县级示范点), a site
    /// being cultivated never as named (县级示范点培育对象), a revoked one without a level as if it
    /// still held it (示范点（已撤销）).
    func showcaseBadge(_ showcase: Showcase) -> String {
        switch showcase.status {
        case .named, .reviewing: "\(showcase.level.rawValue)示范点"
        case .developing: "\(showcase.level.rawValue)示范点培育对象"
        case .revoked: "示范点（已撤销）"
        }
    }

    /// The site's year in words that fit its status; a site without a year says only its status.
    func yearNote(_ showcase: Showcase) -> String {
        let year = showcase.namedYear.map { "\($0)年" }
        switch showcase.status {
        case .named: return year.map { $0 + "命名" } ?? "已命名"
        case .reviewing: return (year.map { $0 + "命名，" } ?? "") + "复查中"
        case .developing: return year.map { $0 + "起培育" } ?? "培育中"
        case .revoked: return "原\(showcase.level.rawValue)示范点，" + (year.map { $0 + "命名，" } ?? "") + "已撤销"
        }
    }

    /// The township a demonstration site's enterprise is in now (its latest row).
    func township(of showcase: Showcase) -> String {
        rollup.enterprises[showcase.enterprise]?.key.regionCode ?? showcase.enterprise.regionCode
    }
}
