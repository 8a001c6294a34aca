/// 类别 of an honor (光荣榜).
public enum HonorCategory: String, Sendable, CaseIterable {
    /// 先进基层党组织
    case advancedOrganisation = "先进基层党组织"
    /// 优秀共产党员
    case outstandingMember = "优秀共产党员"
    /// 优秀党务工作者
    case outstandingWorker = "优秀党务工作者"
    /// 优秀党建之友: given to a non-member.
    case friendOfPartyBuilding = "优秀党建之友"
    /// 五好党组织
    case fiveGoodOrganisation = "五好党组织"
    /// 其他
    case other = "其他"
}

/// 层级 of an honor: who awarded it.
public enum HonorLevel: String, Sendable, CaseIterable {
    /// 全国
    case national = "全国"
    /// 省
    case province = "省"
    /// 市
    case city = "市"
    /// 县
    case county = "县"
    /// 乡镇
    case town = "乡镇"
}

/// 对象类型: an organisation or a person.
public enum HonoreeKind: String, Sendable, CaseIterable {
    /// 组织
    case organisation = "组织"
    /// 个人
    case person = "个人"
}

/// One row of honors.csv.
public struct Honor: Sendable {
    /// 年度
    public let year: Int
    /// 类别
    public let category: HonorCategory
    /// 层级
    public let level: HonorLevel?
    /// 对象: the organisation's or person's name.
    public let honoree: String
    /// 对象类型
    public let kind: HonoreeKind?
    /// 所在企业, with an alias from data/aliases.csv replaced by the enterprise's name.
    public let enterpriseName: String?
    /// 统一社会信用代码 of the enterprise, when given.
    public var creditCode: String? = nil
    /// The township code, when 乡镇 is given and known.
    public let regionCode: String?
    /// 授予机关
    public let awardedBy: String?
    /// 文号
    public let documentNumber: String?
    /// 事迹
    public let citation: String?
    /// 照片 (a path under static/), when given.
    public let photo: String?
    /// The photo's pixel size, read from its header, so pages set width and height.
    public var photoSize: ImageSize? = nil
    /// Where the row is.
    public let location: SourceLocation

    /// The honor's identity: its row in honors.csv.
    public var key: HonorKey { HonorKey(file: location.file, line: location.line) }
}

/// An honor's identity across a build: the file and line of its row.
public struct HonorKey: Hashable, Sendable, Comparable {
    /// The file of the row.
    public let file: String
    /// The row's line.
    public let line: Int

    public static func < (lhs: HonorKey, rhs: HonorKey) -> Bool {
        (lhs.file, lhs.line) < (rhs.file, rhs.line)
    }
}
