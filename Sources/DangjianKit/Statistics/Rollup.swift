/// The aggregate stage's result: every indicator for every region and year, plus the enterprises
/// behind them, ready for planning pages.
public struct Rollup: Sendable {
    /// The region tree.
    public let tree: RegionTree
    /// The years in the data (or configured), ascending.
    public let years: [Int]
    /// The figures of each region (by code) and year.
    public let figures: [String: [Int: RegionFigures]]
    /// Every enterprise, its rows by year.
    public let enterprises: [EnterpriseKey: EnterpriseHistory]
    /// Every honor of honors.csv, in file order.
    public let honors: [Honor]
    /// The enterprise each honor was matched to.
    public let honorEnterprises: [HonorKey: EnterpriseKey]
    /// The township each honor of a year in the data counts in: its enterprise's township that
    /// year, else the enterprise's current township, else the honor's 乡镇, else the root.
    public let honorTownships: [HonorKey: String]
    /// Figures printed in reports that differ from the computed ones, in file order.
    public var publishedMismatches: [PublishedMismatch] = []
    /// Warnings found while aggregating: unmatched honors, published-figure mismatches.
    public var diagnostics: [Diagnostic] = []

    /// The honors matched to an enterprise, in file order.
    public func honors(of key: EnterpriseKey) -> [Honor] {
        honors.filter { honorEnterprises[$0.key] == key }
    }

    /// The honors of a year that count in a region (in one of its townships), in file order; the
    /// same attribution as the region's honor counts.
    public func honors(in regionCode: String, year: Int) -> [Honor] {
        honors.filter { honor in
            honor.year == year
                && honorTownships[honor.key].map { tree.lineage(of: $0).contains { $0.code == regionCode } } == true
        }
    }

    /// The children of a region whose rate in a year is below a target (in basis points), in
    /// display order; children without data are not below anything.
    public func regionsBelowTarget(of regionCode: String, year: Int, rate: RateIndicator, target: Int) -> [Region] {
        tree.children(of: regionCode).filter { child in
            figures(child.code, year).ratio(rate).basisPoints.map { $0 < target } ?? false
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
