/// What an indicator is: a rate of two counts, a count, or a list of enterprises.
public enum IndicatorKind: String, Sendable {
    /// An exact ratio n/d shown as a percentage.
    case rate
    /// A count.
    case count
    /// A list of enterprises (应建未建), shown as its length.
    case list
}

/// One rate indicator as every page, chart, table, indicators.json and the published-figure
/// check read it: its title under the configured thresholds, the unit of its two counts, the
/// enterprises in its denominator (the drill-down of its n/d pair) and its value in a region-year.
public struct RateDefinition: Sendable {
    /// The indicator.
    public let rate: RateIndicator
    /// The title under the configured thresholds ("30人以上企业有党员率" when staff_for_member is 30).
    public let title: String
    /// The unit of the numerator and denominator: 家 for enterprises, 名 for people.
    public let unit: String
    /// The enterprises the denominator counts, for the link from the n/d pair; nil when the
    /// denominator is not a set of enterprises (a sum of people).
    public let denominator: EnterpriseFilter?
    /// The definition in words, for the indicator notes.
    public let definition: String
    /// The inputs an enterprise needs to count: without them it is left out of the rate and
    /// counted as excluded.
    public let inputs: String
}

/// Every indicator once: adding one means a case of `RateIndicator`, its entry here, and its
/// counting rule in `Contribution`; cards, charts, tables, indicators.json and the published-figure
/// check all read it from here.
public struct IndicatorCatalogue: Sendable {
    /// The thresholds the titles and denominators depend on.
    public let thresholds: Thresholds

    /// Creates the catalogue for configured thresholds.
    public init(thresholds: Thresholds) {
        self.thresholds = thresholds
    }

    /// The rates in the order of a region's rate table.
    public static let rates: [RateIndicator] = RateIndicator.allCases

    /// The rates of the child-region ranking table, in column order.
    public static let rankingColumns: [RateIndicator] = [
        .organisationCoverage, .ownOrganisationRate, .eligibleFormationRate, .memberPresence50,
        .organisationPresence100, .workCoverage,
    ]

    /// The definition of a rate.
    public func definition(_ rate: RateIndicator) -> RateDefinition {
        let members = thresholds.fullMembersForOrganisation
        let staffForMember = thresholds.staffForMember
        let staffForOrganisation = thresholds.staffForOrganisation
        func define(
            _ title: String, _ denominator: EnterpriseFilter?, _ definition: String, inputs: String,
            unit: String = "家"
        ) -> RateDefinition {
            RateDefinition(
                rate: rate, title: title, unit: unit, denominator: denominator, definition: definition, inputs: inputs)
        }
        switch rate {
        case .organisationCoverage:
            return define("组织覆盖率", .population, "单独组建或联合组建党组织的企业 ÷ 三有企业", inputs: "组建方式")
        case .ownOrganisationRate:
            return define("单独组建率", .population, "单独组建党组织的企业 ÷ 三有企业", inputs: "组建方式")
        case .eligibleFormationRate:
            return define(
                "\(members)名以上正式党员企业组建率", .eligible, "单独组建的企业 ÷ 正式党员 \(members) 名以上的企业", inputs: "正式党员、组建方式")
        case .memberPresence50:
            return define(
                "\(staffForMember)人以上企业有党员率", .staffAtLeast(staffForMember),
                "有党员的企业 ÷ 从业人员 \(staffForMember) 人以上的企业", inputs: "从业人员、正式党员、预备党员")
        case .organisationPresence100:
            return define(
                "\(staffForOrganisation)人以上企业有党组织率", .staffAtLeast(staffForOrganisation),
                "单独、联合组建或挂靠的企业 ÷ 从业人员 \(staffForOrganisation) 人以上的企业", inputs: "从业人员、组建方式")
        case .ownOrganisationPresence100:
            return define(
                "\(staffForOrganisation)人以上企业单独组建率（仅单独组建）", .staffAtLeast(staffForOrganisation),
                "单独组建的企业 ÷ 从业人员 \(staffForOrganisation) 人以上的企业", inputs: "从业人员、组建方式")
        case .aboveSizeOwnOrganisationRate:
            return define("规上企业单独组建率", .aboveSize, "单独组建的规上企业 ÷ 规上企业", inputs: "是否规上、组建方式")
        case .workCoverage:
            return define("工作覆盖率", .population, "有党组织或选派了指导员的企业 ÷ 三有企业", inputs: "组建方式（已选派指导员的企业不需要）")
        case .instructorAssignment:
            return define("指导员选派率", .mode(.unbuilt), "选派了指导员的未建企业 ÷ 未建企业", inputs: "组建方式")
        case .sixHavesRate:
            return define("六有达标率", nil, "六有达标的企业 ÷ 单独或联合组建党组织的企业", inputs: "六有达标")
        case .memberShareOfStaff:
            return define(
                "党员占从业人员比例", nil, "正式党员之和 ÷ 从业人员之和（两项都填报的企业）", inputs: "正式党员、从业人员",
                unit: "名")
        }
    }

    /// The title of a rate under the configured thresholds.
    public func title(_ rate: RateIndicator) -> String {
        definition(rate).title
    }

    /// The title of any indicator id.
    public func title(_ id: IndicatorID) -> String {
        RateIndicator(id: id.rawValue).map(title) ?? id.title
    }
}
