/// The indicators by their ids (I1–I10, listed in the README), as site.yaml and indicators.json name them.
public enum IndicatorID: String, Sendable, CaseIterable, Codable {
    /// I1 组织覆盖率
    case organisationCoverage = "I1"
    /// I2 单独组建率
    case ownOrganisationRate = "I2"
    /// I3 应建已建率 (3名以上正式党员企业组建率)
    case eligibleFormationRate = "I3"
    /// I4 应建未建 (a list)
    case dueUnbuilt = "I4"
    /// I5 50人以上企业有党员率 (双达标 ①)
    case memberPresence50 = "I5"
    /// I6 100人以上企业有党组织率 (双达标 ②)
    case organisationPresence100 = "I6"
    /// I7 规上企业单独组建率
    case aboveSizeOwnOrganisationRate = "I7"
    /// I8 工作覆盖率
    case workCoverage = "I8"
    /// I9 指导员选派率
    case instructorAssignment = "I9"
    /// I10 counts
    case counts = "I10"

    /// The Chinese name shown to users.
    public var title: String {
        switch self {
        case .organisationCoverage: "组织覆盖率"
        case .ownOrganisationRate: "单独组建率"
        case .eligibleFormationRate: "应建已建率"
        case .dueUnbuilt: "应建未建"
        case .memberPresence50: "50人以上企业有党员率"
        case .organisationPresence100: "100人以上企业有党组织率"
        case .aboveSizeOwnOrganisationRate: "规上企业单独组建率"
        case .workCoverage: "工作覆盖率"
        case .instructorAssignment: "指导员选派率"
        case .counts: "基本数据"
        }
    }
}

/// The rate indicators, each an exact ratio of two counts, as site.yaml (`headline_indicators`,
/// `targets`), published.csv and indicators.json name them.
public enum RateIndicator: String, Sendable, CaseIterable, Codable {
    /// I1 组织覆盖率
    case organisationCoverage = "I1"
    /// I2 单独组建率
    case ownOrganisationRate = "I2"
    /// I3 应建已建率 (3名以上正式党员企业组建率)
    case eligibleFormationRate = "I3"
    /// I5 50人以上企业有党员率 (双达标 ①)
    case memberPresence50 = "I5"
    /// I6 100人以上企业有党组织率 (双达标 ②)
    case organisationPresence100 = "I6"
    /// I6b 100人以上企业单独组建率 (I6 counting 单独组建 only)
    case ownOrganisationPresence100 = "I6b"
    /// I7 规上企业单独组建率
    case aboveSizeOwnOrganisationRate = "I7"
    /// I8 工作覆盖率
    case workCoverage = "I8"
    /// I9 指导员选派率
    case instructorAssignment = "I9"
    /// I11 六有达标率
    case sixHavesRate = "I11"
    /// I14 党员占从业人员比例: Σ正式党员 ÷ Σ从业人员 over firms with both present.
    case memberShareOfStaff = "I14"

    /// The indicator named by an id as users write it (`i6b`, `I6B` and `I6b` alike).
    public init?(id: String) {
        let key = id.filter { !$0.isWhitespace }.uppercased()
        guard let rate = Self.allCases.first(where: { $0.rawValue.uppercased() == key }) else { return nil }
        self = rate
    }
}
