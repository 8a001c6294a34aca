/// A set of enterprises a figure counts, as the enterprise lists filter them.
///
/// One definition gives both sides of a drill-down: the address fragment a figure links with
/// (`#population=1&mode=未建`) and the data attribute each row of a list carries for it
/// (`data-mode="未建"`), which `site.js` matches word by word.
public enum EnterpriseFilter: Hashable, Sendable {
    /// The population P (是否三有 ≠ 否): every figure counts within it.
    case population
    /// 组织类别
    case category(OrganisationCategory)
    /// 组建方式
    case mode(FormationMode)
    /// Firms with at least the configured number of full members (the I3 denominator).
    case eligible
    /// Firms with at least this many staff (the I5 and I6 denominators).
    case staffAtLeast(Int)
    /// 规上 firms.
    case aboveSize
    /// Firms with an instructor (指导员).
    case instructor
    /// Firms on the 应建未建 list.
    case dueUnbuilt
    /// Firms a rate counts in its numerator (the 230 of 230/348).
    case counted(RateIndicator)
    /// Firms in a rate's denominator that its numerator does not count (the 118 of 230/348).
    case uncounted(RateIndicator)

    /// The attribute key rows carry and addresses name.
    public var key: String {
        switch self {
        case .population: "population"
        case .category: "category"
        case .mode: "mode"
        case .eligible: "eligible"
        case .staffAtLeast: "size"
        case .aboveSize: "above"
        case .instructor: "instructor"
        case .dueUnbuilt: "due"
        case .counted: "counted"
        case .uncounted: "uncounted"
        }
    }

    /// The value wanted in the address.
    public var value: String {
        switch self {
        case .category(let category): category.rawValue
        case .mode(let mode): mode.rawValue
        case .staffAtLeast(let staff): String(staff)
        case .counted(let rate), .uncounted(let rate): rate.rawValue
        case .population, .eligible, .aboveSize, .instructor, .dueUnbuilt: "1"
        }
    }

    /// The address fragment of a list filtered to these enterprises; every figure counts the
    /// population, so it is always included.
    public var fragment: String {
        self == .population ? "population=1" : "population=1&\(key)=\(value)"
    }

    /// The attributes a list row carries for every filter key, sorted by key: the words a filter
    /// value must be one of.
    /// `outcomes` are the firm's places in the rates (`Contribution.firmOutcomes`): `counted`
    /// lists the rates whose numerator counts it, `uncounted` those whose denominator holds it and
    /// whose numerator does not.
    public static func attributes(
        of record: EnterpriseRecord, thresholds: Thresholds, isDueUnbuilt: Bool,
        outcomes: [(rate: RateIndicator, counted: Bool?)] = []
    ) -> [(key: String, value: String)] {
        let members = (record.fullMembers ?? 0) + (record.probationaryMembers ?? 0)
        let staff = record.staff ?? 0
        let sizes = [thresholds.staffForMember, thresholds.staffForOrganisation].filter { staff >= $0 }
        let flag = { (condition: Bool) in condition ? "1" : "0" }
        return [
            ("above", flag(record.isAboveSize == true)), ("category", record.category?.rawValue ?? ""),
            ("counted", outcomes.filter { $0.counted == true }.map(\.rate.rawValue).joined(separator: " ")),
            ("due", flag(isDueUnbuilt)),
            ("eligible", flag((record.fullMembers ?? 0) >= thresholds.fullMembersForOrganisation)),
            ("instructor", flag(record.hasInstructor)), ("members", flag(members > 0)),
            ("mode", record.mode?.rawValue ?? ""), ("population", flag(record.isInPopulation)),
            ("size", Set(sizes).sorted().map(String.init).joined(separator: " ")),
            ("uncounted", outcomes.filter { $0.counted == false }.map(\.rate.rawValue).joined(separator: " ")),
        ]
    }
}
