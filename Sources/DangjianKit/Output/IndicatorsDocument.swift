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
    }

    /// I11 and I12 of a region-year.
    struct Recognition: Encodable {
        let stars: [String: Int]
        let starsMissing: Int
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
        let counts: RegionCounts
        let recognition: Recognition
    }

    let title: String
    let decimals: Int
    let years: [Int]
    let regions: [RegionYear]

    init(content: SiteContent, rollup: Rollup) {
        let decimals = content.config.decimals
        title = content.config.title
        self.decimals = decimals
        years = rollup.years
        var entries: [RegionYear] = []
        for region in rollup.tree.allRegions {
            for year in rollup.years {
                let figures = rollup.figures(region.code, year)
                let previous = rollup.years.contains(year - 1) ? rollup.figures(region.code, year - 1) : nil
                var indicators: [Entry] = []
                for id in IndicatorID.allCases {
                    if let ratio = figures.ratio(id) {
                        indicators.append(Self.rate(id.rawValue, id.title, ratio, previous?.ratio(id), decimals))
                        if id == .organisationPresence100 {
                            indicators.append(
                                Self.rate(
                                    "I6b", "100人以上企业单独组建率", figures.ownOrganisationPresence100,
                                    previous?.ownOrganisationPresence100, decimals))
                        }
                    } else if id == .dueUnbuilt {
                        indicators.append(
                            Entry(
                                id: id.rawValue, name: id.title, numerator: nil, denominator: nil, excluded: nil,
                                value: nil, count: figures.dueUnbuilt.count,
                                change: previous.map {
                                    YearOnYear.difference(figures.dueUnbuilt.count, $0.dueUnbuilt.count)
                                }))
                    }
                }
                indicators.append(Self.rate("I11", "六有达标率", figures.sixHavesRate, previous?.sixHavesRate, decimals))
                let recognition = Recognition(
                    stars: Dictionary(uniqueKeysWithValues: (0...5).map { ("\($0)", figures.starDistribution[$0]) }),
                    starsMissing: figures.starsMissing,
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
                        parent: region.parentCode, year: year, indicators: indicators, counts: figures.counts,
                        recognition: recognition))
            }
        }
        regions = entries
    }

    private static func rate(_ id: String, _ name: String, _ ratio: Ratio, _ previous: Ratio?, _ decimals: Int)
        -> Entry
    {
        Entry(
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
