/// Compares figures printed in official reports with the computed ones: a difference after rounding
/// to the printed precision is a warning naming both values; nothing is corrected.
struct PublishedFigureCheck {
    let published: [PublishedFigure]
    let figures: (String, Int) -> RegionFigures
    let regionName: (String) -> String

    func warnings() -> [Diagnostic] {
        published.compactMap { entry in
            let regionFigures = figures(entry.regionCode, entry.year)
            let computedText: String
            let computedScaled: Int?
            let detail: String
            switch entry.measure {
            case .rate(let id, let ownOnly):
                let ratio = ownOnly ? regionFigures.ownOrganisationPresence100 : regionFigures.ratio(id)!
                computedScaled = ratio.percentage(decimals: entry.decimals).map { Int($0.filter(\.isNumber))! }
                computedText = ratio.percentage(decimals: entry.decimals).map { $0 + "%" } ?? "—（分母为 0）"
                detail = "（\(ratio.numerator)/\(ratio.denominator)）"
            case .count(let measure):
                let value = count(measure, regionFigures)
                computedScaled = value * Ratio.scale(entry.decimals)
                computedText = String(value)
                detail = ""
            }
            guard computedScaled != entry.scaled else { return nil }
            return .warning(
                "\(regionName(entry.regionCode)) \(entry.year) 年“\(label(entry.measure))”公布值为“\(entry.text)”，按数据计算为 \(computedText)\(detail)，两者不一致",
                at: entry.location)
        }
    }

    private func count(_ measure: PublishedFigure.CountMeasure, _ figures: RegionFigures) -> Int {
        switch measure {
        case .enterprises: figures.counts.population
        case .organisations: figures.counts.organisations
        case .fullMembers: figures.counts.fullMembers
        case .probationaryMembers: figures.counts.probationaryMembers
        case .recruited: figures.counts.recruited
        case .dueUnbuilt: figures.dueUnbuilt.count
        }
    }

    private func label(_ measure: PublishedFigure.Measure) -> String {
        switch measure {
        case .rate(let id, let ownOnly): ownOnly ? "100人以上企业单独组建率" : id.title
        case .count(let measure): measure.rawValue
        }
    }
}
