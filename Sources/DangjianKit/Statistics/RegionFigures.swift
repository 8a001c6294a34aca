/// Why an enterprise is on the 应建未建 list (I4).
public enum DueUnbuiltReason: String, Sendable, Codable {
    /// 3 or more full members without its own organisation.
    case enoughMembers = "正式党员达到单独组建条件但未单独组建"
    /// 100 or more staff and no organisation at all.
    case largeWithoutOrganisation = "从业人员达到建立党组织条件但未建"
}

/// An enterprise on the 应建未建 list, with the reason.
public struct DueUnbuiltEntry: Sendable, Equatable {
    /// The enterprise.
    public let enterprise: EnterpriseKey
    /// Why it is listed.
    public let reasons: [DueUnbuiltReason]
}

/// The I10 counts of a region in a year.
public struct RegionCounts: Sendable, Equatable, Codable {
    /// Enterprise-year rows, shells included.
    public var enterprises = 0
    /// The population P: rows with 是否三有 ≠ 否.
    public var population = 0
    /// Firms (非公企业) in P.
    public var firms = 0
    /// Social organisations in P.
    public var socialOrganisations = 0
    /// Organisations: own organisations plus joint branches, each joint branch counted once.
    public var organisations = 0
    /// Own organisations by type: 党委, 党总支, 党支部.
    public var committees = 0
    /// 党总支
    public var generalBranches = 0
    /// 党支部 (own)
    public var branches = 0
    /// Distinct joint branches (联合党支部).
    public var jointBranches = 0
    /// Firms covered by joint branches.
    public var firmsInJointBranches = 0
    /// Firms by mode in P.
    public var ownMode = 0
    /// 联合组建 firms
    public var jointMode = 0
    /// 挂靠 firms
    public var attachedMode = 0
    /// 未建 firms
    public var unbuiltMode = 0
    /// 正式党员
    public var fullMembers = 0
    /// 预备党员
    public var probationaryMembers = 0
    /// 入党积极分子
    public var activists = 0
    /// 当年发展党员
    public var recruited = 0
    /// 从业人员
    public var staff = 0
    /// Firms with an instructor (指导员).
    public var instructors = 0
    /// Members (正式 + 预备) of firms with an own or joint organisation, for members per organisation.
    public var membersInOrganisations = 0
    /// Firms in P whose 正式党员 is missing: left out of the member sums, never counted as 0.
    public var fullMembersMissing = 0
    /// Firms in P whose 从业人员 is missing.
    public var staffMissing = 0
}

/// Every indicator of one region in one year (I1–I14).
public struct RegionFigures: Sendable {
    /// The region code.
    public let regionCode: String
    /// The year.
    public let year: Int
    /// I1 组织覆盖率
    public var organisationCoverage = Ratio(0, 0)
    /// I2 单独组建率
    public var ownOrganisationRate = Ratio(0, 0)
    /// I3 应建已建率: own organisations among firms with ≥3 full members.
    public var eligibleFormationRate = Ratio(0, 0)
    /// I4 应建未建
    public var dueUnbuilt: [DueUnbuiltEntry] = []
    /// I5 50人以上企业有党员率
    public var memberPresence50 = Ratio(0, 0)
    /// I6 100人以上企业有党组织率
    public var organisationPresence100 = Ratio(0, 0)
    /// I6 variant: only 单独组建 counts.
    public var ownOrganisationPresence100 = Ratio(0, 0)
    /// I7 规上企业单独组建率
    public var aboveSizeOwnOrganisationRate = Ratio(0, 0)
    /// I8 工作覆盖率
    public var workCoverage = Ratio(0, 0)
    /// I9 指导员选派率
    public var instructorAssignment = Ratio(0, 0)
    /// I10 counts
    public var counts = RegionCounts()
    /// Whether the counts, the 星级 distribution and the 应建未建 count are withheld: a public
    /// build's region with fewer enterprises than `public.min_count` (see `SmallCountRule`).
    public var countsWithheld = false
    /// I11 星级: firms with an organisation (单独 or 联合) by stars 0–5.
    public var starDistribution = [Int](repeating: 0, count: 6)
    /// I11: firms with an organisation whose 星级 is missing.
    public var starsMissing = 0
    /// I11 六有达标率: firms with an organisation meeting the six-item standard.
    public var sixHavesRate = Ratio(0, 0)
    /// I14 党员占从业人员比例: Σ正式党员 / Σ从业人员 over firms with both present (a ratio of people).
    public var memberShareOfStaff = Ratio(0, 0)
    /// I12 示范点 (not revoked, named by this year) by level.
    public var showcasesByLevel: [ShowcaseLevel: Int] = [:]
    /// I12 示范点 (named by this year) by status, revoked included.
    public var showcasesByStatus: [ShowcaseStatus: Int] = [:]
    /// I12 honors of this year by category.
    public var honorsByCategory: [HonorCategory: Int] = [:]
    /// I12 honors of this year by level.
    public var honorsByLevel: [HonorLevel: Int] = [:]

    /// Creates empty figures.
    public init(regionCode: String, year: Int) {
        self.regionCode = regionCode
        self.year = year
    }

    /// The ratio of a rate indicator.
    /// A rate's ratio, to count into.
    subscript(rate: RateIndicator) -> Ratio {
        get { ratio(rate) }
        set {
            switch rate {
            case .organisationCoverage: organisationCoverage = newValue
            case .ownOrganisationRate: ownOrganisationRate = newValue
            case .eligibleFormationRate: eligibleFormationRate = newValue
            case .memberPresence50: memberPresence50 = newValue
            case .organisationPresence100: organisationPresence100 = newValue
            case .ownOrganisationPresence100: ownOrganisationPresence100 = newValue
            case .aboveSizeOwnOrganisationRate: aboveSizeOwnOrganisationRate = newValue
            case .workCoverage: workCoverage = newValue
            case .instructorAssignment: instructorAssignment = newValue
            case .sixHavesRate: sixHavesRate = newValue
            case .memberShareOfStaff: memberShareOfStaff = newValue
            }
        }
    }

    public func ratio(_ rate: RateIndicator) -> Ratio {
        switch rate {
        case .organisationCoverage: organisationCoverage
        case .ownOrganisationRate: ownOrganisationRate
        case .eligibleFormationRate: eligibleFormationRate
        case .memberPresence50: memberPresence50
        case .organisationPresence100: organisationPresence100
        case .ownOrganisationPresence100: ownOrganisationPresence100
        case .aboveSizeOwnOrganisationRate: aboveSizeOwnOrganisationRate
        case .workCoverage: workCoverage
        case .instructorAssignment: instructorAssignment
        case .sixHavesRate: sixHavesRate
        case .memberShareOfStaff: memberShareOfStaff
        }
    }

    /// Average members per organisation, as an exact pair (members, organisations).
    public var membersPerOrganisation: Ratio {
        Ratio(counts.membersInOrganisations, counts.organisations)
    }
}
