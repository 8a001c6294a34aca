/// The indicators of domain.md, by their ids (I1–I10), as site.yaml and indicators.json name them.
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
