/// 组织类别: a firm or a social organisation.
public enum OrganisationCategory: String, Sendable, CaseIterable {
    /// 非公企业
    case enterprise = "非公企业"
    /// 社会组织
    case socialOrganisation = "社会组织"
}

/// 组建方式: how a firm's members are organised.
public enum FormationMode: String, Sendable, CaseIterable {
    /// 单独组建: the firm has its own organisation.
    case own = "单独组建"
    /// 联合组建: a joint branch shared with other firms.
    case joint = "联合组建"
    /// 挂靠: members attached to an organisation outside the firm.
    case attached = "挂靠"
    /// 未建: no organisation.
    case unbuilt = "未建"
}

/// 党组织类型: the kind of organisation, by size.
public enum OrganisationType: String, Sendable, CaseIterable {
    /// 党委 (≥100 members)
    case committee = "党委"
    /// 党总支 (50–99 members)
    case generalBranch = "党总支"
    /// 党支部 (3–49 members)
    case branch = "党支部"
    /// 联合党支部
    case jointBranch = "联合党支部"
}

/// One enterprise in one year: a row of an enterprises table (企业年度).
///
/// Counts are optional: a missing value stays missing and is excluded from the indicators that
/// need it, never read as 0.
public struct EnterpriseRecord: Sendable {
    /// 年度
    public let year: Int
    /// 企业名称
    public let name: String
    /// 统一社会信用代码, when given.
    public let creditCode: String?
    /// The code of the township (乡镇) the firm belongs to.
    public let regionCode: String
    /// 组织类别
    public let category: OrganisationCategory?
    /// 行业
    public let industry: String?
    /// 是否三有: false only for shells, which are outside the population.
    public let isActive: Bool?
    /// 是否规上
    public let isAboveSize: Bool?
    /// 从业人员
    public let staff: Int?
    /// 正式党员
    public let fullMembers: Int?
    /// 预备党员
    public let probationaryMembers: Int?
    /// 入党积极分子
    public let activists: Int?
    /// 当年发展党员
    public let recruited: Int?
    /// 组建方式
    public let mode: FormationMode?
    /// 党组织名称
    public let organisationName: String?
    /// 党组织类型
    public let organisationType: OrganisationType?
    /// 联合党组织编号: the shared id of a joint branch.
    public let jointOrganisationID: String?
    /// 指导员: the instructor sent to the firm, if any.
    public let instructor: String?
    /// 星级 (0–5)
    public let stars: Int?
    /// 六有达标
    public let meetsSixHaves: Bool?
    /// 备注
    public let note: String?
    /// Columns the schema does not know, kept for display.
    public let extraColumns: [ExtraColumn]
    /// Where the row is.
    public let location: SourceLocation

    /// The identity of the enterprise across years: the credit code, else name and township.
    public var key: EnterpriseKey {
        EnterpriseKey(creditCode: creditCode, name: name, regionCode: regionCode)
    }

    /// Whether the firm is in the population P (是否三有 ≠ 否).
    public var isInPopulation: Bool { isActive != false }

    /// Whether an instructor is named.
    public var hasInstructor: Bool { instructor != nil }
}

/// A column of a data row that the schema does not know: shown, never dropped.
public struct ExtraColumn: Sendable, Equatable {
    /// The header as written.
    public let header: String
    /// The value as written.
    public let value: String
}

/// Identifies one enterprise across years.
public struct EnterpriseKey: Hashable, Sendable, Comparable {
    /// 统一社会信用代码, when known.
    public let creditCode: String?
    /// 企业名称
    public let name: String
    /// The township code.
    public let regionCode: String
    /// The string that decides identity: the credit code when there is one. Kept, not computed:
    /// keys are hashed and compared for every row of every index (perf: building this string on
    /// each comparison was a tenth of aggregating a city).
    public let identity: String

    /// Creates a key.
    public init(creditCode: String?, name: String, regionCode: String) {
        self.creditCode = creditCode
        self.name = name
        self.regionCode = regionCode
        identity = creditCode.map { "uscc:" + $0 } ?? "name:" + regionCode + "/" + name
    }

    public static func == (lhs: EnterpriseKey, rhs: EnterpriseKey) -> Bool {
        lhs.identity == rhs.identity
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(identity)
    }

    public static func < (lhs: EnterpriseKey, rhs: EnterpriseKey) -> Bool {
        lhs.identity < rhs.identity
    }
}
