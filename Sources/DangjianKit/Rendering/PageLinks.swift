/// The links of one page: every target of the site as a relative link from the page's path.
///
/// Pages of the latest year live at the plain paths (regions/<code>/index.html); an earlier
/// year has its own folder (regions/<code>/2024/index.html). Every link names its file, so the
/// site works from disk.
struct PageLinks {
    /// The page's path, relative to the output root.
    let from: String
    /// The plan, for the enterprise ids and showcase slugs.
    let plan: SitePlan
    /// The latest year of the data: its pages have no year folder.
    let latestYear: Int

    /// A link to any output path.
    func to(_ path: String) -> String {
        SitePlan.link(from: from, to: path)
    }

    /// The folder year of a year's pages: nil for the latest year.
    func folder(_ year: Int?) -> Int? {
        year.flatMap { $0 == latestYear ? nil : $0 }
    }

    /// A region's page in a year (nil: the latest).
    func region(_ code: String, year: Int? = nil) -> String {
        to(SitePlan.regionPath(code, year: folder(year)))
    }

    /// The dashboard of a year (nil: the latest).
    func dashboard(year: Int? = nil) -> String {
        to(SitePlan.dashboardPath(year: folder(year)))
    }

    /// A region's 应建未建 list in a year.
    func dueUnbuilt(_ code: String, year: Int? = nil) -> String {
        to(SitePlan.dueUnbuiltPath(code, year: folder(year)))
    }

    /// A region's enterprise list in a year, filtered to the enterprises `filter` selects.
    func enterpriseList(_ code: String, year: Int? = nil, filter: EnterpriseFilter? = nil) -> String {
        to(SitePlan.enterpriseListPath(code, year: folder(year))) + (filter.map { "#" + $0.fragment } ?? "")
    }

    /// An enterprise's page; nil when it has none.
    func enterprise(_ key: EnterpriseKey) -> String? {
        plan.enterprisePath(key).map(to)
    }

    /// The page of the demonstration site an enterprise is; nil when it is none.
    func showcase(of key: EnterpriseKey) -> String? {
        plan.showcaseSlugs[key].map(showcase)
    }

    /// A demonstration site's page.
    func showcase(_ slug: String) -> String {
        to(SitePlan.showcasePath(slug))
    }

    /// A report's page.
    func report(_ slug: String) -> String {
        to(SitePlan.reportPath(slug))
    }

    /// One year's honor roll.
    func honorYear(_ year: Int) -> String {
        to(SitePlan.honorYearPath(year))
    }
}
