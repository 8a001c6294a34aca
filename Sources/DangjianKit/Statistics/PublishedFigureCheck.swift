/// A figure printed in a report that differs from the computed one after rounding to the printed
/// precision: flagged on the dashboard of its year and as a warning, never corrected.
public struct PublishedMismatch: Sendable {
    /// The printed figure.
    public let figure: PublishedFigure
    /// The region's name.
    public let regionName: String
    /// The indicator's or count's name, as the catalogue titles it.
    public let label: String
    /// The computed figure at the printed precision ("96.9%", "—（分母为 0）", "348").
    public let computed: String
    /// The exact pair behind a computed rate ("（187/193）"), empty for a count.
    public let detail: String

    /// The sentence pages and diagnostics show.
    public var message: String {
        "\(regionName) \(figure.year) 年“\(label)”公布值为“\(figure.text)”，按数据计算为 \(computed)\(detail)，两者不一致"
    }

    /// The warning at the published figure's row.
    public var diagnostic: Diagnostic {
        .warning(message, at: figure.location)
    }
}

/// Compares figures printed in official reports with the computed ones.
struct PublishedFigureCheck {
    let published: [PublishedFigure]
    let figures: (String, Int) -> RegionFigures
    let regionName: (String) -> String
    let catalogue: IndicatorCatalogue

    func mismatches() -> [PublishedMismatch] {
        published.compactMap { entry in
            let regionFigures = figures(entry.regionCode, entry.year)
            let computedText: String
            let computedScaled: Int?
            let detail: String
            let label: String
            switch entry.measure {
            case .rate(let rate):
                let ratio = regionFigures.ratio(rate)
                computedScaled = ratio.percentage(decimals: entry.decimals).flatMap { Int($0.filter(\.isNumber)) }
                computedText = ratio.percentage(decimals: entry.decimals).map { $0 + "%" } ?? "—（分母为 0）"
                detail = "（\(ratio.numerator)/\(ratio.denominator)）"
                label = catalogue.title(rate)
            case .count(let measure):
                let value = count(measure, regionFigures)
                computedScaled = value * Ratio.scale(entry.decimals)
                computedText = String(value)
                detail = ""
                label = measure.rawValue
            }
            guard computedScaled != entry.scaled else { return nil }
            return PublishedMismatch(
                figure: entry, regionName: regionName(entry.regionCode), label: label, computed: computedText,
                detail: detail)
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
}
