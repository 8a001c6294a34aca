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

    /// Creates a planner.
    public init(content: SiteContent, rollup: Rollup, listLimit: Int = defaultListLimit) {
        self.content = content
        self.rollup = rollup
        self.listLimit = listLimit
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
        let ids = enterpriseIDs()
        for key in rollup.enterprises.keys.sorted() {
            pages.append(PlannedPage(kind: .enterprise(key), path: "enterprises/\(ids[key]!)/index.html"))
        }
        pages.append(PlannedPage(kind: .screen, path: SitePlan.screenPath, year: rollup.latestYear))
        pages.append(PlannedPage(kind: .reportIndex, path: SitePlan.reportIndexPath))
        for report in content.reports {
            pages.append(PlannedPage(kind: .report(slug: report.slug), path: SitePlan.reportPath(report.slug)))
        }
        pages.append(PlannedPage(kind: .showcaseIndex, path: SitePlan.showcaseIndexPath))
        var showcaseSlugs: [EnterpriseKey: String] = [:]
        for showcase in content.showcases {
            pages.append(PlannedPage(kind: .showcase(slug: showcase.slug), path: SitePlan.showcasePath(showcase.slug)))
            if showcase.status != .revoked { showcaseSlugs[showcase.enterprise] = showcase.slug }
        }
        pages.append(PlannedPage(kind: .honors, path: SitePlan.honorsPath))
        for year in Set(content.honors.map(\.year)).sorted(by: >) {
            pages.append(PlannedPage(kind: .honorYear(year), path: SitePlan.honorYearPath(year)))
        }
        return SitePlan(pages: pages, enterpriseIDs: ids, showcaseSlugs: showcaseSlugs, listLimit: listLimit)
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
