/// The aggregate stage's result: every indicator for every region and year, plus the enterprises
/// behind them, ready for planning pages.
public struct Rollup: Sendable {
    /// The region tree.
    public let tree: RegionTree
    /// The years in the data (or configured), ascending.
    public let years: [Int]
    /// The figures of each region (by code) and year.
    public internal(set) var figures: [String: [Int: RegionFigures]]
    /// Every enterprise, its rows by year.
    public let enterprises: [EnterpriseKey: EnterpriseHistory]
    /// Every honor of honors.csv, in file order.
    public let honors: [Honor]
    /// The enterprise each honor was matched to.
    public let honorEnterprises: [HonorKey: EnterpriseKey]
    /// The township each honor of a year in the data counts in: its enterprise's township that
    /// year, else the enterprise's current township, else the honor's 乡镇, else the root.
    public let honorTownships: [HonorKey: String]
    /// Indexes into `honors` by enterprise, and by region and year (every region above the
    /// honor's township), in file order: pages read their slice instead of scanning every honor.
    private let honorsByEnterprise: [EnterpriseKey: [Int]]
    private let honorsByRegionYear: [String: [Int: [Int]]]
    /// Every enterprise-year row, as loaded.
    let records: [EnterpriseRecord]
    /// Each region's rows of each year (indexes into `records`), by name then township.
    let rowIndexes: [String: [Int: [Int]]]
    /// Figures printed in reports that differ from the computed ones, in file order.
    public var publishedMismatches: [PublishedMismatch] = []
    /// The firms sharing each joint branch, every year.
    public internal(set) var jointBranches = JointBranches()
    /// Warnings found while aggregating: unmatched honors, published-figure mismatches.
    public var diagnostics: [Diagnostic] = []

    /// The rows of a year of every enterprise in a region and the regions below it, by name then
    /// township.
    public func records(in regionCode: String, year: Int, limit: Int? = nil) -> [EnterpriseRecord] {
        (rowIndexes[regionCode]?[year] ?? []).prefix(limit ?? Int.max).map { records[$0] }
    }

    init(
        tree: RegionTree, years: [Int], figures: [String: [Int: RegionFigures]],
        enterprises: [EnterpriseKey: EnterpriseHistory], honors: [Honor], honorEnterprises: [HonorKey: EnterpriseKey],
        honorTownships: [HonorKey: String], records: [EnterpriseRecord], rowIndexes: [String: [Int: [Int]]]
    ) {
        self.tree = tree
        self.years = years
        self.figures = figures
        self.enterprises = enterprises
        self.honors = honors
        self.honorEnterprises = honorEnterprises
        self.honorTownships = honorTownships
        self.records = records
        self.rowIndexes = rowIndexes
        var byEnterprise: [EnterpriseKey: [Int]] = [:]
        var byRegionYear: [String: [Int: [Int]]] = [:]
        for (index, honor) in honors.enumerated() {
            if let key = honorEnterprises[honor.key] { byEnterprise[key, default: []].append(index) }
            guard let township = honorTownships[honor.key] else { continue }
            for region in tree.lineage(of: township) {
                byRegionYear[region.code, default: [:]][honor.year, default: []].append(index)
            }
        }
        honorsByEnterprise = byEnterprise
        honorsByRegionYear = byRegionYear
    }

    /// How many rows of a year a region and the regions below it have.
    public func rowCount(in regionCode: String, year: Int) -> Int {
        rowIndexes[regionCode]?[year]?.count ?? 0
    }

    /// The honors matched to an enterprise, in file order.
    public func honors(of key: EnterpriseKey) -> [Honor] {
        (honorsByEnterprise[key] ?? []).map { honors[$0] }
    }

    /// The honors of a year that count in a region (in one of its townships), in file order; the
    /// same attribution as the region's honor counts.
    public func honors(in regionCode: String, year: Int) -> [Honor] {
        (honorsByRegionYear[regionCode]?[year] ?? []).map { honors[$0] }
    }

    /// The children of a region whose rate in a year is below a target (in basis points), in
    /// display order; children without data are not below anything.
    public func regionsBelowTarget(of regionCode: String, year: Int, rate: RateIndicator, target: Int) -> [Region] {
        tree.children(of: regionCode).filter { child in
            figures(child.code, year).ratio(rate).isBelow(target)
        }
    }

    /// The children of a region ranked by a rate in a year: highest first, regions without data
    /// last, ties in display order. Tables and charts rank with this one order.
    public func ranking(of regionCode: String, year: Int, by rate: RateIndicator) -> [RankedRegion] {
        let children = tree.children(of: regionCode).map { ($0, figures($0.code, year)) }
        let ranked = children.sorted { a, b in
            let (left, right) = (a.1.ratio(rate).basisPoints ?? -1, b.1.ratio(rate).basisPoints ?? -1)
            return left != right ? left > right : (a.0.order, a.0.code) < (b.0.order, b.0.code)
        }
        return ranked.enumerated().map {
            RankedRegion(rank: $0.offset + 1, region: $0.element.0, figures: $0.element.1)
        }
    }

    /// The latest year.
    public var latestYear: Int { years.last ?? 0 }

    /// The figures of a region in a year; empty figures when it has no enterprises that year.
    public func figures(_ regionCode: String, _ year: Int) -> RegionFigures {
        figures[regionCode]?[year] ?? RegionFigures(regionCode: regionCode, year: year)
    }
}

/// A child region in a ranking.
public struct RankedRegion: Sendable {
    /// 1 for the highest.
    public let rank: Int
    /// The region.
    public let region: Region
    /// Its figures in the ranked year.
    public let figures: RegionFigures
}

/// One enterprise across the years.
public struct EnterpriseHistory: Sendable {
    /// The enterprise's identity.
    public let key: EnterpriseKey
    /// Its rows, ascending by year.
    public let records: [EnterpriseRecord]

    /// The latest row.
    public var latest: EnterpriseRecord { records[records.count - 1] }

    /// The row of a year, if the enterprise is in that year's data.
    public func record(in year: Int) -> EnterpriseRecord? {
        records.first { $0.year == year }
    }
}
