/// What a page shows.
public enum PageKind: Sendable, Equatable {
    /// The dashboard of the root region (index.html).
    case dashboard
    /// A region's page.
    case region(code: String)
    /// A region's 应建未建 list (I4), with the reason for each enterprise.
    case dueUnbuilt(code: String)
    /// Every enterprise of a region and the regions below it, filterable by the figures that count them.
    case enterpriseList(code: String)
    /// A township's rows of the enterprise list as a script (rows.js), loaded by the lists of the
    /// regions above it that are too long for one page.
    case enterpriseRows(code: String)
    /// An enterprise's page.
    case enterprise(EnterpriseKey)
    /// The list of reports.
    case reportIndex
    /// One report, by its slug (its file name).
    case report(slug: String)
    /// The list of demonstration sites.
    case showcaseIndex
    /// One demonstration site, by its slug (its file name).
    case showcase(slug: String)
    /// The meeting-room screen (数据大屏): headline cards, ranking and trend on one 1920×1080 screen.
    case screen
    /// The honor roll of every year.
    case honors
    /// The honor roll of one year.
    case honorYear(Int)
    /// 指标说明: every indicator's definition, thresholds as configured, and how gaps count.
    case indicatorNotes
    /// 区划: every region of the tree in the latest year, with its headline figures.
    case regionIndex
    /// 汇报材料: the printed briefing pack of a region in a year (cover, 目录, chapters, 附表).
    case briefing(code: String)
}

/// One page of the site and where it is written.
public struct PlannedPage: Sendable {
    /// What the page shows.
    public let kind: PageKind
    /// The output path, relative to the output root, always ending in `index.html`.
    public let path: String
    /// The data year a dashboard, region or 应建未建 page shows; nil for pages not tied to a year.
    public var year: Int? = nil
}

/// The plan stage's result: every page, its path, and how pages link to one another.
public struct SitePlan: Sendable {
    /// Every HTML page, dashboard first.
    public let pages: [PlannedPage]
    /// The output folder of each enterprise (its id: the credit code, else a stable hash).
    public let enterpriseIDs: [EnterpriseKey: String]
    /// The showcase slug of each enterprise that is a demonstration site.
    public let showcaseSlugs: [EnterpriseKey: String]
    /// The most rows a list page holds in its HTML (see `SitePlanner.listLimit`).
    public let listLimit: Int
    /// Who the site is for.
    public var publication = Publication(audience: .internal)
    /// The reports the site publishes (newest first).
    public var reports: [Report] = []
    /// The demonstration sites the site publishes.
    public var showcases: [Showcase] = []
    /// The files copied into the site (static/, photos, pictures of published documents).
    public var staticFiles: [StaticFile] = []
    /// What the audience leaves out, for the build's manifest.
    public var leftOut = LeftOut()

    /// Creates a plan.
    public init(
        pages: [PlannedPage], enterpriseIDs: [EnterpriseKey: String], showcaseSlugs: [EnterpriseKey: String],
        listLimit: Int, publication: Publication = Publication(audience: .internal), reports: [Report] = [],
        showcases: [Showcase] = [], staticFiles: [StaticFile] = [], leftOut: LeftOut = LeftOut()
    ) {
        self.pages = pages
        self.enterpriseIDs = enterpriseIDs
        self.showcaseSlugs = showcaseSlugs
        self.listLimit = listLimit
        self.publication = publication
        self.reports = reports
        self.showcases = showcases
        self.staticFiles = staticFiles
        self.leftOut = leftOut
    }

    /// The HTML pages of the plan (the row files are scripts).
    public var htmlPages: [PlannedPage] { pages.filter { $0.path.hasSuffix(".html") } }

    /// The path of the dashboard.
    public static let dashboardPath = "index.html"
    /// The path of the machine-readable indicators.
    public static let indicatorsPath = "data/indicators.json"
    /// The path of the manifest: the audience and what it left out.
    public static let manifestPath = ".dangjian-manifest.json"

    /// The path of a region's page; `year` nil is the latest year, an earlier year has its own folder.
    public static func regionPath(_ code: String, year: Int? = nil) -> String {
        year.map { "regions/\(code)/\($0)/index.html" } ?? "regions/\(code)/index.html"
    }
    /// The path of the dashboard of an earlier year (nil: the latest, index.html).
    public static func dashboardPath(year: Int?) -> String {
        year.map { "years/\($0)/index.html" } ?? dashboardPath
    }
    /// The path of a region's 应建未建 list.
    public static func dueUnbuiltPath(_ code: String, year: Int? = nil) -> String {
        year.map { "regions/\(code)/\($0)/due-unbuilt/index.html" } ?? "regions/\(code)/due-unbuilt/index.html"
    }
    /// The path of a region's enterprise list.
    public static func enterpriseListPath(_ code: String, year: Int? = nil) -> String {
        year.map { "regions/\(code)/\($0)/enterprises/index.html" } ?? "regions/\(code)/enterprises/index.html"
    }
    /// The path of a township's row file for the lists above it.
    public static func enterpriseRowsPath(_ code: String, year: Int? = nil) -> String {
        year.map { "regions/\(code)/\($0)/enterprises/rows.js" } ?? "regions/\(code)/enterprises/rows.js"
    }
    /// The path of a report.
    public static func reportPath(_ slug: String) -> String { "reports/\(slug)/index.html" }
    /// The path of a showcase page.
    public static func showcasePath(_ slug: String) -> String { "showcase/\(slug)/index.html" }
    /// The path of the report list.
    public static let reportIndexPath = "reports/index.html"
    /// The path of the showcase list.
    public static let showcaseIndexPath = "showcase/index.html"
    /// The path of the meeting-room screen.
    public static let screenPath = "screen/index.html"
    /// The path of the honor roll.
    public static let honorsPath = "honors/index.html"
    /// The path of one year's honor roll.
    public static func honorYearPath(_ year: Int) -> String { "honors/\(year)/index.html" }
    /// The path of the indicator notes.
    public static let indicatorNotesPath = "indicators/index.html"
    /// The path of the list of regions (the 区划 tab).
    public static let regionIndexPath = "regions/index.html"
    /// The path of the root region's briefing pack of a year; nil is the latest, also at briefing/.
    public static func briefingPath(year: Int?) -> String {
        year.map { "briefing/\($0)/index.html" } ?? "briefing/index.html"
    }
    /// The path of a region's briefing pack (the latest year; earlier years are the root's archive).
    public static func regionBriefingPath(_ code: String) -> String { "regions/\(code)/briefing/index.html" }
    /// The path of the PDF of a briefing pack, beside its page (`briefing/2025/汇报材料-青溪县-2025.pdf`).
    public static func briefingPDFPath(folderOf page: String, region: String, year: Int) -> String {
        let name = region.map { "/\\:*?\"<>|".contains($0) || $0.isNewline ? "_" : $0 }
        let folder = page.split(separator: "/").dropLast().joined(separator: "/")
        return folder + "/汇报材料-\(String(name))-\(year).pdf"
    }

    /// The path of an enterprise's page.
    public func enterprisePath(_ key: EnterpriseKey) -> String? {
        enterpriseIDs[key].map { "enterprises/\($0)/index.html" }
    }

    /// A relative link from the page at `from` to the file at `to`, both relative to the output root.
    ///
    /// Links name their file (`../regions/331190/index.html`) so the site works from disk.
    public static func link(from: String, to: String) -> String {
        // Over UTF-8 bytes: every link of every page is made here (a tenth of a city's render
        // went to splitting paths into substrings).
        var from = from
        var to = to
        return from.withUTF8 { source in
            to.withUTF8 { target in
                // The folders both paths share end at the last "/" of their common prefix.
                var shared = 0
                var index = 0
                while index < source.count, index < target.count, source[index] == target[index] {
                    if source[index] == UInt8(ascii: "/") { shared = index + 1 }
                    index += 1
                }
                var ups = 0
                for byte in source[shared...] where byte == UInt8(ascii: "/") { ups += 1 }
                var link: [UInt8] = []
                link.reserveCapacity(ups * 3 + target.count - shared)
                for _ in 0..<ups { link.append(contentsOf: [UInt8(ascii: "."), UInt8(ascii: "."), UInt8(ascii: "/")]) }
                link.append(contentsOf: target[shared...])
                return String(decoding: link, as: UTF8.self)
            }
        }
    }
}

/// Who a build is for, and whether drafts are published.
public struct Publication: Sendable, Equatable {
    /// The audience.
    public var audience: Audience
    /// `--drafts`: drafts are published (never in a public build).
    public var includesDrafts = false

    /// Creates a publication.
    public init(audience: Audience, includesDrafts: Bool = false) {
        self.audience = audience
        self.includesDrafts = includesDrafts
    }
}

/// What a build did not publish, and why: the manifest printed after the build and written to
/// `.dangjian-manifest.json`.
public struct LeftOut: Sendable, Equatable, Encodable {
    /// Titles of reports marked 内部 (public builds).
    public var internalReports: [String] = []
    /// Titles of draft reports.
    public var drafts: [String] = []
    /// Slugs of demonstration sites marked 内部 (public builds).
    public var internalShowcases: [String] = []
    /// Headers of personal columns not shown (public builds).
    public var personalColumns: [String] = []
    /// Enterprises below `public.min_staff` without a page (public builds).
    public var smallEnterprises = 0
    /// Individual honorees whose 事迹 is not shown (public builds with `honor_details: false`).
    public var honorDetails = 0

    /// Nothing left out.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case internalReports, drafts, internalShowcases, personalColumns, smallEnterprises, honorDetails
    }

    /// Counts only, and the personal columns' headers: the manifest sits in the published site, so
    /// it must not name what it left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(internalReports.count, forKey: .internalReports)
        try container.encode(drafts.count, forKey: .drafts)
        try container.encode(internalShowcases.count, forKey: .internalShowcases)
        try container.encode(personalColumns, forKey: .personalColumns)
        try container.encode(smallEnterprises, forKey: .smallEnterprises)
        try container.encode(honorDetails, forKey: .honorDetails)
    }

    /// "未发布：3 篇内部报告，1 个草稿，2 个个人信息列"; nil when nothing was left out.
    public var summary: String? {
        var parts: [String] = []
        if !internalReports.isEmpty { parts.append("\(internalReports.count) 篇内部报告") }
        if !drafts.isEmpty { parts.append("\(drafts.count) 个草稿") }
        if !internalShowcases.isEmpty { parts.append("\(internalShowcases.count) 个内部示范点") }
        if !personalColumns.isEmpty {
            parts.append("\(personalColumns.count) 个个人信息列（\(personalColumns.joined(separator: "、"))）")
        }
        if smallEnterprises > 0 { parts.append("\(smallEnterprises) 家小企业的页面") }
        if honorDetails > 0 { parts.append("\(honorDetails) 条个人事迹") }
        return parts.isEmpty ? nil : "未发布：" + parts.joined(separator: "，")
    }
}

/// Which columns count as personal details.
public enum PublicationRules {
    /// Headers always treated as personal in public builds.
    public static let personalWords = ["电话", "手机", "联系人", "联系方式", "邮箱"]

    /// Whether a column header holds personal details (its words or a configured column).
    public static func isPersonal(_ header: String, configured: [String]) -> Bool {
        let key = TableColumn.normalise(header)
        return personalWords.contains { key.contains($0) } || configured.contains { TableColumn.normalise($0) == key }
    }
}
