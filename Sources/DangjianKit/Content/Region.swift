/// The administrative level of a region (层级).
public enum RegionLevel: String, Sendable, CaseIterable {
    /// 省
    case province = "省"
    /// 市
    case city = "市"
    /// 县
    case county = "县"
    /// 区
    case district = "区"
    /// 乡镇
    case town = "乡镇"
    /// 街道
    case street = "街道"
    /// 园区
    case park = "园区"
}

/// One row of regions.csv (区划): a node of the county → township tree.
public struct Region: Sendable, Equatable {
    /// The region code (代码), also used in output paths.
    public let code: String
    /// The official name (名称).
    public let name: String
    /// The level (层级).
    public let level: RegionLevel
    /// The parent's code (上级代码); nil for a root.
    public let parentCode: String?
    /// Other names that enterprise rows may use for this region (别名).
    public let aliases: [String]
    /// The display order among siblings (排序).
    public let order: Int
    /// Where the region is defined.
    public let location: SourceLocation
}
