import Foundation

/// `data/indicators.json`: every indicator of every region and year, machine-readable.
struct IndicatorsDocument: Encodable {
    struct Entry: Encodable {
        let id: String
        let name: String
        let numerator: Int?
        let denominator: Int?
        let excluded: Int?
        let value: String?
        let count: Int?
        /// I13 同比: for a rate, the change in percentage points; for a count, the difference.
        let change: String?
        /// Computed from fewer enterprises than `public.min_count` in a public build: no numbers.
        var withheld: Bool? = nil
    }

    /// I11 and I12 of a region-year.
    struct Recognition: Encodable {
        let stars: [String: Int]
        let starsMissing: Int?
        let showcasesByLevel: [String: Int]
        let showcasesByStatus: [String: Int]
        let honorsByCategory: [String: Int]
        let honorsByLevel: [String: Int]
    }

    struct RegionYear: Encodable {
        let region: String
        let name: String
        let level: String
        let parent: String?
        let year: Int
        let indicators: [Entry]
        /// nil when withheld (`public.min_count`).
        let counts: RegionCounts?
        let recognition: Recognition
    }

    let title: String
    let decimals: Int
    let years: [Int]
    let regions: [RegionYear]

    init(content: SiteContent, rollup: Rollup) {
        let decimals = content.config.decimals
        let catalogue = IndicatorCatalogue(thresholds: content.config.thresholds)
        title = content.config.title
        self.decimals = decimals
        years = rollup.years
        var entries: [RegionYear] = []
        for region in rollup.tree.allRegions {
            for year in rollup.years {
                let figures = rollup.figures(region.code, year)
                let previous = rollup.years.contains(year - 1) ? rollup.figures(region.code, year - 1) : nil
                var indicators: [Entry] = []
                for rate in IndicatorCatalogue.rates {
                    indicators.append(
                        Self.rate(
                            rate.rawValue, catalogue.title(rate), figures.ratio(rate), previous?.ratio(rate), decimals))
                    // I4, a list, keeps its place after I3 in the file.
                    if rate == .eligibleFormationRate {
                        indicators.append(
                            Entry(
                                id: IndicatorID.dueUnbuilt.rawValue, name: IndicatorID.dueUnbuilt.title, numerator: nil,
                                denominator: nil, excluded: nil, value: nil,
                                count: figures.countsWithheld ? nil : figures.dueUnbuilt.count,
                                change: previous.flatMap {
                                    figures.countsWithheld || $0.countsWithheld
                                        ? nil : YearOnYear.difference(figures.dueUnbuilt.count, $0.dueUnbuilt.count)
                                }, withheld: figures.countsWithheld ? true : nil))
                    }
                }
                let recognition = Recognition(
                    stars: figures.countsWithheld
                        ? [:]
                        : Dictionary(uniqueKeysWithValues: (0...5).map { ("\($0)", figures.starDistribution[$0]) }),
                    starsMissing: figures.countsWithheld ? nil : figures.starsMissing,
                    showcasesByLevel: Dictionary(
                        uniqueKeysWithValues: figures.showcasesByLevel.map { ($0.key.rawValue, $0.value) }),
                    showcasesByStatus: Dictionary(
                        uniqueKeysWithValues: figures.showcasesByStatus.map { ($0.key.rawValue, $0.value) }),
                    honorsByCategory: Dictionary(
                        uniqueKeysWithValues: figures.honorsByCategory.map { ($0.key.rawValue, $0.value) }),
                    honorsByLevel: Dictionary(
                        uniqueKeysWithValues: figures.honorsByLevel.map { ($0.key.rawValue, $0.value) }))
                entries.append(
                    RegionYear(
                        region: region.code, name: region.name, level: region.level.rawValue,
                        parent: region.parentCode, year: year, indicators: indicators,
                        counts: figures.countsWithheld ? nil : figures.counts,
                        recognition: recognition))
            }
        }
        regions = entries
    }

    private static func rate(_ id: String, _ name: String, _ ratio: Ratio, _ previous: Ratio?, _ decimals: Int)
        -> Entry
    {
        if ratio.isWithheld {
            return Entry(
                id: id, name: name, numerator: nil, denominator: nil, excluded: nil, value: nil, count: nil,
                change: nil, withheld: true)
        }
        return Entry(
            id: id, name: name, numerator: ratio.numerator, denominator: ratio.denominator, excluded: ratio.excluded,
            value: ratio.percentage(decimals: decimals), count: nil,
            change: previous.flatMap { YearOnYear.points(ratio, $0, decimals: decimals) })
    }

    /// The JSON bytes, keys sorted so output is stable.
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
