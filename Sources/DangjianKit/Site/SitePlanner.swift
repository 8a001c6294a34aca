/// The plan stage: decides which pages exist and where they go.
public struct SitePlanner: Sendable {
    /// What was loaded.
    public let content: SiteContent
    /// What was computed.
    public let rollup: Rollup
    /// The most enterprise rows a list page holds in its HTML; a longer list (a county's or a
    /// city's) shows that many and loads the rest from its townships' row files.
    public let listLimit: Int

    /// The default `listLimit`: about 300 KB of HTML.
    public static let defaultListLimit = 500

    /// Who the site is for: what it publishes.
    public let publication: Publication

    /// Creates a planner.
    public init(
        content: SiteContent, rollup: Rollup, listLimit: Int = defaultListLimit,
        publication: Publication = Publication(audience: .internal)
    ) {
        self.content = content
        self.rollup = rollup
        self.listLimit = listLimit
        self.publication = publication
    }

    /// The columns of the enterprise tables a public build does not show: 电话, 手机, 联系人 and
    /// site.yaml's `personal_columns`, as they appear in the data.
    func personalColumnsInData() -> [String] {
        let headers = Set(content.records.flatMap { $0.extraColumns.map(\.header) })
        return headers.filter { PublicationRules.isPersonal($0, configured: content.config.personalColumns) }.sorted()
    }

    /// The row files of the townships under lists too long for one page, in a year.
    func rowFiles(year: Int, folder: Int?) -> [PlannedPage] {
        var leaves: Set<String> = []
        for region in rollup.tree.allRegions
        where !rollup.tree.children(of: region.code).isEmpty && rollup.rowCount(in: region.code, year: year) > listLimit
        {
            leaves.formUnion(rollup.tree.leaves(under: region.code).map(\.code))
        }
        return rollup.tree.allRegions.filter {
            leaves.contains($0.code) && rollup.rowCount(in: $0.code, year: year) > 0
        }
        .map {
            PlannedPage(
                kind: .enterpriseRows(code: $0.code), path: SitePlan.enterpriseRowsPath($0.code, year: folder),
                year: year)
        }
    }

    /// Lists every page with its output path, the latest year's dashboard first.
    public func plan() -> SitePlan {
        var pages: [PlannedPage] = []
        // The latest year at the plain paths, every earlier year in its own folder.
        for year in rollup.years.reversed() {
            let folder = year == rollup.latestYear ? nil : year
            pages.append(PlannedPage(kind: .dashboard, path: SitePlan.dashboardPath(year: folder), year: year))
            for region in rollup.tree.allRegions {
                pages.append(
                    PlannedPage(
                        kind: .region(code: region.code), path: SitePlan.regionPath(region.code, year: folder),
                        year: year))
                pages.append(
                    PlannedPage(
                        kind: .dueUnbuilt(code: region.code), path: SitePlan.dueUnbuiltPath(region.code, year: folder),
                        year: year))
                pages.append(
                    PlannedPage(
                        kind: .enterpriseList(code: region.code),
                        path: SitePlan.enterpriseListPath(region.code, year: folder), year: year))
            }
            pages += rowFiles(year: year, folder: folder)
        }
        var leftOut = LeftOut()
        var ids = enterpriseIDs()
        // A public build may leave out the pages of small enterprises (public.min_staff).
        if publication.audience == .public, content.config.publicRules.minimumStaff > 0 {
            for (key, history) in rollup.enterprises
            where (history.latest.staff ?? 0) < content.config.publicRules.minimumStaff {
                ids[key] = nil
                leftOut.smallEnterprises += 1
            }
        }
        for key in rollup.enterprises.keys.sorted() {
            guard let id = ids[key] else { continue }
            pages.append(PlannedPage(kind: .enterprise(key), path: "enterprises/\(id)/index.html"))
        }
        pages.append(PlannedPage(kind: .screen, path: SitePlan.screenPath, year: rollup.latestYear))
        pages.append(PlannedPage(kind: .reportIndex, path: SitePlan.reportIndexPath))
        let reports = content.reports.filter { report in
            if report.isDraft && (publication.audience == .public || !publication.includesDrafts) {
                leftOut.drafts.append(report.title)
                return false
            }
            if report.visibility == .internal && publication.audience == .public {
                leftOut.internalReports.append(report.title)
                return false
            }
            return true
        }
        for report in reports {
            pages.append(PlannedPage(kind: .report(slug: report.slug), path: SitePlan.reportPath(report.slug)))
        }
        pages.append(PlannedPage(kind: .showcaseIndex, path: SitePlan.showcaseIndexPath))
        var showcaseSlugs: [EnterpriseKey: String] = [:]
        let showcases = content.showcases.filter { showcase in
            guard showcase.visibility == .internal && publication.audience == .public else { return true }
            leftOut.internalShowcases.append(showcase.slug)
            return false
        }
        for showcase in showcases {
            pages.append(PlannedPage(kind: .showcase(slug: showcase.slug), path: SitePlan.showcasePath(showcase.slug)))
            if showcase.status != .revoked { showcaseSlugs[showcase.enterprise] = showcase.slug }
        }
        pages.append(PlannedPage(kind: .honors, path: SitePlan.honorsPath))
        for year in Set(content.honors.map(\.year)).sorted(by: >) {
            pages.append(PlannedPage(kind: .honorYear(year), path: SitePlan.honorYearPath(year)))
        }
        pages.append(PlannedPage(kind: .indicatorNotes, path: SitePlan.indicatorNotesPath))
        pages.append(PlannedPage(kind: .regionIndex, path: SitePlan.regionIndexPath, year: rollup.latestYear))
        pages += briefingPages()
        if publication.audience == .public {
            leftOut.personalColumns = personalColumnsInData()
            if !content.config.publicRules.showsHonorDetails {
                leftOut.honorDetails = content.honors.filter { $0.kind == .person && $0.citation != nil }.count
            }
        }
        // Files of documents left out (a report's pictures, a showcase's photos) are not copied.
        let published = Set(reports.map { "reports/\($0.slug)/" } + showcases.map { "showcase/\($0.slug)/" })
        let staticFiles = content.staticFiles.filter { file in
            let folder = file.outputPath.split(separator: "/").prefix(2).joined(separator: "/") + "/"
            let belongsToDocument = file.outputPath.hasPrefix("reports/") || file.outputPath.hasPrefix("showcase/")
            return !belongsToDocument || published.contains(folder)
        }
        return SitePlan(
            pages: pages, enterpriseIDs: ids, showcaseSlugs: showcaseSlugs, listLimit: listLimit,
            publication: publication, reports: reports, showcases: showcases, staticFiles: staticFiles,
            leftOut: leftOut)
    }
}

extension SitePlanner {
    /// An enterprise's folder name: its credit code when that is a clean 18-character code, else a
    /// stable hash of its name and township, so paths never change between builds.
    func enterpriseIDs() -> [EnterpriseKey: String] {
        var ids: [EnterpriseKey: String] = [:]
        var taken: Set<String> = []
        for key in rollup.enterprises.keys.sorted() {
            var id: String
            if let code = key.creditCode, code.count == 18,
                code.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isUppercase) })
            {
                id = code
            } else {
                id = "e" + Self.stableHash(key.identity)
            }
            let base = id
            var suffix = 2
            while taken.contains(id) {
                id = "\(base)-\(suffix)"
                suffix += 1
            }
            taken.insert(id)
            ids[key] = id
        }
        return ids
    }

    /// The first 12 hex digits of FNV-1a over the UTF-8 bytes: stable across runs and platforms,
    /// unlike `Hasher`, which is seeded per process.
    static func stableHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(12))
    }
}
