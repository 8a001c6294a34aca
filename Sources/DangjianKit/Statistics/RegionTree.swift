/// The county → township tree of regions.csv, below the configured root.
public struct RegionTree: Sendable {
    /// The root region (usually the county).
    public let root: Region
    private let byCode: [String: Region]
    private let childrenByCode: [String: [Region]]

    /// Builds the tree; regions outside the root's subtree are left out. Throws when the root is
    /// not among the regions (the loader reports that at site.yaml first).
    public init(regions: [Region], rootCode: String) throws(BuildFailure) {
        var byCode: [String: Region] = [:]
        var children: [String: [Region]] = [:]
        for region in regions {
            byCode[region.code] = region
            if let parent = region.parentCode { children[parent, default: []].append(region) }
        }
        for (code, list) in children {
            children[code] = list.sorted { ($0.order, $0.code) < ($1.order, $1.code) }
        }
        guard let root = byCode[rootCode] else {
            throw BuildFailure("根区划“\(rootCode)”不在区划表中", at: SourceLocation(file: "site.yaml"))
        }
        self.root = root
        self.byCode = byCode
        self.childrenByCode = children
    }

    /// The region with a code.
    public func region(_ code: String) -> Region? {
        byCode[code]
    }

    /// The children of a region, in display order.
    public func children(of code: String) -> [Region] {
        childrenByCode[code] ?? []
    }

    /// The region and its ancestors up to the root, nearest first; empty when outside the tree.
    public func lineage(of code: String) -> [Region] {
        var chain: [Region] = []
        var current = byCode[code]
        while let region = current, chain.count <= byCode.count {
            chain.append(region)
            if region.code == root.code { return chain }
            current = region.parentCode.flatMap { byCode[$0] }
        }
        return []
    }

    /// The regions without children at or below a region, in display order.
    public func leaves(under code: String) -> [Region] {
        let children = children(of: code)
        if children.isEmpty { return region(code).map { [$0] } ?? [] }
        return children.flatMap { leaves(under: $0.code) }
    }

    /// Every region of the tree, root first, depth-first in display order.
    public var allRegions: [Region] {
        var result: [Region] = []
        func visit(_ region: Region) {
            result.append(region)
            children(of: region.code).forEach(visit)
        }
        visit(root)
        return result
    }
}
