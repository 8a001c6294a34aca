/// `public.min_count`: a public build shows no figure computed from fewer than `minimumCount`
/// enterprises, so that no single firm's numbers can be read off a small township's totals.
///
/// Everything is computed on all data first (a county's totals include its small townships);
/// the rule then withholds, for display only:
/// - a rate whose enterprises behind it (its denominator; for I14, a rate of people, the firms
///   with both 正式党员 and 从业人员) are fewer than `minimumCount`, but not zero (a rate over
///   no enterprise is "—" anyway);
/// - every count of a region-year with fewer than `minimumCount` enterprises in its population:
///   the I10 counts, the 星级 distribution and the 应建未建 count, and with them all its rates.
///
/// A withheld figure keeps no number: its ratio becomes 0/0 and its counts 0, so whatever is
/// formatted from it cannot show the computed value; pages write "—" with `note`. An
/// enterprise's own page and the enterprise lists show enterprises, not figures computed from
/// several, and are not affected.
public struct SmallCountRule: Sendable {
    /// The fewest enterprises a shown figure may be computed from; 0 or 1 withholds nothing.
    public let minimumCount: Int

    /// Creates the rule.
    public init(minimumCount: Int) {
        self.minimumCount = minimumCount
    }

    /// The note shown beside a withheld figure.
    public var note: String { "不足 \(minimumCount) 家企业，不公布" }

    /// The enterprises a rate is computed from.
    static func enterprises(behind rate: RateIndicator, in figures: RegionFigures) -> Int {
        let ratio = figures.ratio(rate)
        return rate == .memberShareOfStaff ? max(figures.counts.population - ratio.excluded, 0) : ratio.denominator
    }

    /// The figures with every withheld figure emptied and marked.
    public func disclosed(_ figures: RegionFigures) -> RegionFigures {
        guard minimumCount > 1 else { return figures }
        var shown = figures
        let hidesCounts = figures.counts.population > 0 && figures.counts.population < minimumCount
        for rate in RateIndicator.allCases {
            let behind = Self.enterprises(behind: rate, in: figures)
            if hidesCounts || (behind > 0 && behind < minimumCount) {
                var withheld = Ratio(0, 0)
                withheld.isWithheld = true
                shown.set(rate, withheld)
            }
        }
        if hidesCounts {
            shown.counts = RegionCounts()
            shown.countsWithheld = true
            shown.starDistribution = [Int](repeating: 0, count: 6)
            shown.starsMissing = 0
        }
        return shown
    }

    /// The rollup with `disclosed` applied to every region-year (rankings then put withheld
    /// regions last, with those without data).
    public func disclosed(_ rollup: Rollup) -> Rollup {
        guard minimumCount > 1 else { return rollup }
        var shown = rollup
        shown.figures = rollup.figures.mapValues { years in years.mapValues(disclosed) }
        return shown
    }
}

extension RegionFigures {
    /// Replaces the ratio of a rate indicator.
    mutating func set(_ rate: RateIndicator, _ ratio: Ratio) {
        switch rate {
        case .organisationCoverage: organisationCoverage = ratio
        case .ownOrganisationRate: ownOrganisationRate = ratio
        case .eligibleFormationRate: eligibleFormationRate = ratio
        case .memberPresence50: memberPresence50 = ratio
        case .organisationPresence100: organisationPresence100 = ratio
        case .ownOrganisationPresence100: ownOrganisationPresence100 = ratio
        case .aboveSizeOwnOrganisationRate: aboveSizeOwnOrganisationRate = ratio
        case .workCoverage: workCoverage = ratio
        case .instructorAssignment: instructorAssignment = ratio
        case .sixHavesRate: sixHavesRate = ratio
        case .memberShareOfStaff: memberShareOfStaff = ratio
        }
    }
}
