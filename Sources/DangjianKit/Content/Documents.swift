import Foundation

/// The kind of a report (type).
public enum ReportType: String, Sendable, CaseIterable {
    /// 工作总结
    case summary = "工作总结"
    /// 情况汇报
    case briefing = "情况汇报"
    /// 述职
    case accountability = "述职"
    /// 经验材料
    case experience = "经验材料"
}

/// Who may read a document (visibility).
public enum Visibility: String, Sendable, CaseIterable {
    /// 内部: not for a public build
    case `internal` = "内部"
    /// 公开
    case `public` = "公开"
}

/// A work report: `reports/<slug>.md`.
public struct Report: Sendable {
    /// The file name without extension, used in the output path.
    public let slug: String
    /// title
    public let title: String
    /// date, as written (YYYY-MM-DD).
    public let date: String
    /// The region the report is about.
    public let regionCode: String
    /// type
    public let type: ReportType
    /// visibility (default 内部)
    public let visibility: Visibility
    /// A one-line summary for lists.
    public let summary: String?
    /// The Markdown body after the front matter.
    public let body: String
    /// The local images the body embeds, checked and sized, and where they are published.
    public var images: [EmbeddedImage] = []
    /// `draft: true`: published only by a build with `--drafts`, never publicly.
    public var isDraft = false
    /// Where the file is.
    public let location: SourceLocation
}

/// A local image embedded in a Markdown body (`![说明](images/a.png)`): copied into the site
/// beside its page and shown with its size; an image from another host is refused at load.
public struct EmbeddedImage: Sendable, Equatable {
    /// The destination as the Markdown writes it.
    public let reference: String
    /// The file in the content folder.
    public let source: URL
    /// Where the copy is published, relative to the site root (ASCII: `reports/<slug>/images/1.png`).
    public let outputPath: String
    /// The pixel size, read from the file.
    public let size: ImageSize
}

/// 层级 of a demonstration site.
public enum ShowcaseLevel: String, Sendable, CaseIterable {
    /// 省级
    case province = "省级"
    /// 市级
    case city = "市级"
    /// 县级
    case county = "县级"
    /// 乡镇级
    case town = "乡镇级"
}

/// Status of a demonstration site.
public enum ShowcaseStatus: String, Sendable, CaseIterable {
    /// 培育: being developed.
    case developing = "培育"
    /// 命名: named.
    case named = "命名"
    /// 复查: under review.
    case reviewing = "复查"
    /// 撤销: revoked; shown apart and not counted.
    case revoked = "撤销"
}

/// A photo of a demonstration site.
public struct ShowcasePhoto: Sendable, Equatable {
    /// The file name under `showcase/<slug>/`.
    public let file: String
    /// The caption shown under it.
    public let caption: String
    /// The pixel size, read from the file.
    public let size: ImageSize
}

/// A demonstration site (示范点): `showcase/<slug>.md`.
public struct Showcase: Sendable {
    /// The file name without extension.
    public let slug: String
    /// The enterprise the site is, resolved against the data.
    public let enterprise: EnterpriseKey
    /// level
    public let level: ShowcaseLevel
    /// named_year
    public let namedYear: Int?
    /// status
    public let status: ShowcaseStatus
    /// features (特色载体)
    public let features: [String]
    /// photos
    public let photos: [ShowcasePhoto]
    /// summary
    public let summary: String?
    /// The Markdown narrative.
    public let body: String
    /// The local images the narrative embeds.
    public var images: [EmbeddedImage] = []
    /// `visibility` (default 公开: demonstration sites are meant to be shown).
    public var visibility: Visibility = .public
    /// `location: [经度, 纬度]`: where the map draws its marker; nil for none.
    public var position: GeoPoint?
    /// Where the file is.
    public let location: SourceLocation
}
