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

    /// The HTML pages of the plan (the row files are scripts).
    public var htmlPages: [PlannedPage] { pages.filter { $0.path.hasSuffix(".html") } }

    /// The path of the dashboard.
    public static let dashboardPath = "index.html"
    /// The path of the machine-readable indicators.
    public static let indicatorsPath = "data/indicators.json"

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

    /// The path of an enterprise's page.
    public func enterprisePath(_ key: EnterpriseKey) -> String? {
        enterpriseIDs[key].map { "enterprises/\($0)/index.html" }
    }

    /// A relative link from the page at `from` to the file at `to`, both relative to the output root.
    ///
    /// Links name their file (`../regions/331190/index.html`) so the site works from disk.
    public static func link(from: String, to: String) -> String {
        let fromFolders = from.split(separator: "/").dropLast()
        let target = to.split(separator: "/")
        var common = 0
        while common < fromFolders.count, common < target.count - 1, fromFolders[common] == target[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: fromFolders.count - common)
        return (ups + target[common...].map(String.init)).joined(separator: "/")
    }
}
