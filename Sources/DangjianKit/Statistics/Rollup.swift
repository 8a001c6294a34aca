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
    /// The enterprise each honor (by index in `SiteContent.honors`) was matched to.
    public let honorEnterprises: [Int: EnterpriseKey]
    /// Warnings found while aggregating: published figures that differ from the computed ones.
    public var diagnostics: [Diagnostic] = []

    /// The indexes of the honors matched to an enterprise, in file order.
    public func honorIndexes(of key: EnterpriseKey) -> [Int] {
        honorEnterprises.filter { $0.value == key }.keys.sorted()
    }

    /// The latest year.
    public var latestYear: Int { years.last ?? 0 }

    /// The figures of a region in a year; empty figures when it has no enterprises that year.
    public func figures(_ regionCode: String, _ year: Int) -> RegionFigures {
        figures[regionCode]?[year] ?? RegionFigures(regionCode: regionCode, year: year)
    }
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
