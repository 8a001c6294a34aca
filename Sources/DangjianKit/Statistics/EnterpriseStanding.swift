/// Where one enterprise-year stands in the figures: for each rate, whether the firm is in its
/// numerator, only in its denominator, left out for a missing input or outside the denominator;
/// whether it is on the 应建未建 list and why; and its 双达标 status. Read from
/// `Contribution.firmOutcomes` and `Contribution.dueUnbuiltReasons`, the same statements the
/// rollup sums, so a page can never say otherwise than the figures.
public struct EnterpriseStanding: Sendable {
    /// A firm's place in one rate.
    public enum Place: Sendable, Equatable {
        /// In the numerator (and so in the denominator).
        case counted
        /// In the denominator, not in the numerator.
        case uncounted
        /// Left out: an input the rate needs is missing.
        case missingInput
        /// Outside the rate's denominator (fewer staff or members than the threshold, not 规上 …).
        case outsideDenominator
        /// Not in the population (是否三有 = 否): counted in no rate.
        case outsidePopulation
    }

    /// One rate and the firm's place in it.
    public struct Verdict: Sendable, Equatable {
        /// The rate.
        public let rate: RateIndicator
        /// Where the firm stands.
        public let place: Place
    }

    /// 双达标: a firm with 50+ staff has a member and a firm with 100+ staff an organisation.
    public enum DoubleStandard: Sendable, Equatable {
        /// Every part that applies is met.
        case met
        /// These parts (I5, I6) apply and are not met.
        case notMet([RateIndicator])
        /// The firm has fewer staff than either threshold.
        case notApplicable
        /// An input is missing, so it cannot be told.
        case unknown
        /// Not in the population.
        case outsidePopulation
    }

    /// The row the standing is read from.
    public let record: EnterpriseRecord
    /// Every rate taken over firms (all but I14, which counts people), in catalogue order.
    public let verdicts: [Verdict]
    /// Why the firm is on the 应建未建 list; empty when it is not, nil when its inputs are missing
    /// (or it is outside the population).
    public let dueUnbuiltReasons: [DueUnbuiltReason]?
    /// Its 双达标 status.
    public let doubleStandard: DoubleStandard

    /// Reads a row's standing under the site's thresholds.
    public init(record: EnterpriseRecord, config: SiteConfig) {
        self.record = record
        let contribution = Contribution(record: record, config: config)
        let outcomes = Dictionary(
            contribution.firmOutcomes.map { ($0.rate, $0.counted) }, uniquingKeysWith: { first, _ in first })
        verdicts = IndicatorCatalogue.rates.filter { $0 != .memberShareOfStaff }.map { rate in
            guard record.isInPopulation else { return Verdict(rate: rate, place: .outsidePopulation) }
            guard let counted = outcomes[rate] else { return Verdict(rate: rate, place: .outsideDenominator) }
            switch counted {
            case true?: return Verdict(rate: rate, place: .counted)
            case false?: return Verdict(rate: rate, place: .uncounted)
            case nil: return Verdict(rate: rate, place: .missingInput)
            }
        }
        dueUnbuiltReasons = record.isInPopulation ? contribution.dueUnbuiltReasons : nil
        if !record.isInPopulation {
            doubleStandard = .outsidePopulation
        } else {
            let parts = [RateIndicator.memberPresence50, .organisationPresence100].compactMap { rate in
                outcomes.keys.contains(rate) ? (rate, outcomes[rate]!) : nil
            }
            if parts.isEmpty {
                doubleStandard = .notApplicable
            } else if parts.contains(where: { $0.1 == nil }) {
                doubleStandard = .unknown
            } else {
                let failed = parts.filter { $0.1 == false }.map(\.0)
                doubleStandard = failed.isEmpty ? .met : .notMet(failed)
            }
        }
    }

    /// The firm's place in one rate; nil for I14, which counts people.
    public func place(in rate: RateIndicator) -> Place? {
        verdicts.first { $0.rate == rate }?.place
    }
}

/// The joint branches (联合党组织) of every year: which firms share each one, counted under the
/// same id as the rollup counts them once (`Contribution.jointBranchID`).
public struct JointBranches: Sendable {
    /// Year → branch id → the member firms, by name.
    private var members: [Int: [String: [EnterpriseKey]]] = [:]
    /// Year → firm → its branch id.
    private var branches: [Int: [EnterpriseKey: String]] = [:]
    /// Year → branch id → the firm that holds the branch.
    private var holders: [Int: [String: EnterpriseKey]] = [:]

    /// No joint branches.
    init() {}

    /// Groups the joint-branch rows of every year by the id the rollup counts them under.
    init(records: [EnterpriseRecord], config: SiteConfig, jointIDsByName: [Int: [String: String]]) {
        var rows: [Int: [String: [EnterpriseRecord]]] = [:]
        for record in records where record.mode == .joint {
            let contribution = Contribution(record: record, config: config, jointIDsByName: jointIDsByName)
            guard let id = contribution.jointBranchID else { continue }
            rows[record.year, default: [:]][id, default: []].append(record)
            branches[record.year, default: [:]][record.key] = id
        }
        for (year, byID) in rows {
            for (id, group) in byID {
                members[year, default: [:]][id] = group.sorted { ($0.name, $0.key) < ($1.name, $1.key) }.map(\.key)
                holders[year, default: [:]][id] = Self.holder(of: group).key
            }
        }
    }

    /// The firm that holds a joint branch: the member whose name the branch's name contains, else
    /// the one with the most full members (then the most staff, then by name). The data has no
    /// column for it, and the branch usually sits where most of its members work.
    static func holder(of group: [EnterpriseRecord]) -> EnterpriseRecord {
        if let named = group.first(where: { record in
            record.organisationName.map { $0.contains(record.name) } ?? false
        }) {
            return named
        }
        return group.min { a, b in
            ((-(a.fullMembers ?? 0), -(a.staff ?? 0), a.name)) < ((-(b.fullMembers ?? 0), -(b.staff ?? 0), b.name))
        }!
    }

    /// The id of a firm's joint branch in a year; nil when it is in none.
    public func branch(of key: EnterpriseKey, year: Int) -> String? {
        branches[year]?[key]
    }

    /// The firms of a joint branch in a year, by name.
    public func members(of id: String, year: Int) -> [EnterpriseKey] {
        members[year]?[id] ?? []
    }

    /// The firm holding a joint branch in a year.
    public func holder(of id: String, year: Int) -> EnterpriseKey? {
        holders[year]?[id]
    }
}
