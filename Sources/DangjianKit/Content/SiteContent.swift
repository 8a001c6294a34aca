import Foundation

/// Everything the load stage read from `content/`, validated; nothing is rendered yet.
public struct SiteContent: Sendable {
    /// site.yaml
    public let config: SiteConfig
    /// regions.csv, in file order.
    public let regions: [Region]
    /// Every enterprise-year row of every enterprises table.
    public let records: [EnterpriseRecord]
    /// honors.csv
    public let honors: [Honor]
    /// reports/*.md, drafts left out.
    public let reports: [Report]
    /// showcase/*.md
    public let showcases: [Showcase]
    /// Files under static/ and showcase photo folders, to copy as they are.
    public let staticFiles: [StaticFile]
    /// Warnings found while loading (errors make loading throw).
    public let diagnostics: [Diagnostic]
    /// data/published.csv: figures printed in official reports, cross-checked after aggregation.
    public var published: [PublishedFigure] = []
    /// data/map.geojson: the shapes of the townships, when the county has a map.
    public var map: CountyMap?
}

/// A file copied to the output unchanged.
public struct StaticFile: Sendable, Equatable {
    /// The file on disk.
    public let source: URL
    /// Its path relative to the output root.
    public let outputPath: String
}
