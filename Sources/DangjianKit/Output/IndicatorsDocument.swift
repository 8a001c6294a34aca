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
    }

    struct RegionYear: Encodable {
        let region: String
        let name: String
        let level: String
        let parent: String?
        let year: Int
        let indicators: [Entry]
        let counts: RegionCounts
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
                var indicators: [Entry] = []
                for id in IndicatorID.allCases {
                    if let ratio = figures.ratio(id) {
                        indicators.append(Self.rate(id.rawValue, id.title, ratio, decimals))
                        if id == .organisationPresence100 {
                            indicators.append(
                                Self.rate("I6b", "100人以上企业单独组建率", figures.ownOrganisationPresence100, decimals))
                        }
                    } else if id == .dueUnbuilt {
                        indicators.append(
                            Entry(
                                id: id.rawValue, name: id.title, numerator: nil, denominator: nil, excluded: nil,
                                value: nil, count: figures.dueUnbuilt.count))
                    }
                }
                entries.append(
                    RegionYear(
                        region: region.code, name: region.name, level: region.level.rawValue,
                        parent: region.parentCode, year: year, indicators: indicators, counts: figures.counts))
            }
        }
        regions = entries
    }

    private static func rate(_ id: String, _ name: String, _ ratio: Ratio, _ decimals: Int) -> Entry {
        Entry(
            id: id, name: name, numerator: ratio.numerator, denominator: ratio.denominator, excluded: ratio.excluded,
            value: ratio.percentage(decimals: decimals), count: nil)
    }

    /// The JSON bytes, keys sorted so output is stable.
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
