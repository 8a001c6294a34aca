/// Finds a region of the county's tree by code, name or alias, and explains an unknown one.
struct RegionDirectory {
    private var codeByLabel: [String: String] = [:]
    private var outsideByLabel: [String: String] = [:]
    private let labels: [String]
    private let rootName: String

    /// Indexes the regions at or below `rootCode`; the others are known only to explain that they
    /// lie outside the tree.
    init(regions: [Region], rootCode: String?) {
        // Without a known root (already an error of its own) every region is indexed, so that one
        // mistake in site.yaml does not turn every row into another error.
        let rootKnown = regions.contains { $0.code == rootCode }
        let inTree = rootKnown ? Self.subtree(of: rootCode, in: regions) : Set(regions.map(\.code))
        var labels: [String] = []
        for region in regions {
            for label in [region.code, region.name] + region.aliases {
                if inTree.contains(region.code) {
                    guard codeByLabel[label] == nil else { continue }
                    codeByLabel[label] = region.code
                    labels.append(label)
                } else if outsideByLabel[label] == nil {
                    outsideByLabel[label] = region.name
                }
            }
        }
        self.labels = labels
        self.rootName = regions.first { $0.code == rootCode }?.name ?? rootCode ?? ""
    }

    /// The code of the region of the tree with this code, name or alias.
    func code(for label: String) -> String? {
        codeByLabel[label]
    }

    /// Up to three names or aliases closest to `label`, best first.
    func suggestions(for label: String) -> [String] {
        NameSuggestions.closest(to: label, among: labels.filter { Int($0) == nil })
    }

    /// Why `label` in `column` names no region of the tree, with the closest names.
    func unknownMessage(column: String, label: String) -> String {
        if let name = outsideByLabel[label] {
            return "“\(column)”的值“\(label)”（\(name)）不在根区划“\(rootName)”之下（site.yaml 的 root_region），不能计入"
        }
        let hint = suggestions(for: label).map { "“\($0)”" }.joined(separator: "、")
        return "“\(column)”的值“\(label)”在区划表中找不到（按代码、名称和别名查找）" + (hint.isEmpty ? "" : "，是否是：\(hint)")
    }

    /// The codes at or below `rootCode`, following 上级代码 (a loop is never followed twice).
    static func subtree(of rootCode: String?, in regions: [Region]) -> Set<String> {
        guard let rootCode else { return [] }
        var children: [String: [String]] = [:]
        for region in regions {
            if let parent = region.parentCode { children[parent, default: []].append(region.code) }
        }
        var found: Set<String> = [rootCode]
        var pending = [rootCode]
        while let code = pending.popLast() {
            for child in children[code] ?? [] where found.insert(child).inserted { pending.append(child) }
        }
        return found
    }
}

/// Suggests the names closest to a misspelt one, for diagnostics.
enum NameSuggestions {
    /// Up to three candidates within half the name's length in edit distance (or containing it,
    /// or contained in it), best first.
    static func closest(to name: String, among candidates: some Sequence<String>, minimumLimit: Int = 1) -> [String] {
        let limit = max(minimumLimit, name.count / 2)
        var scored: [(name: String, distance: Int)] = []
        for candidate in Set(candidates) {
            let distance = distance(candidate, name)
            if distance <= limit || candidate.contains(name) || name.contains(candidate) {
                scored.append((candidate, distance))
            }
        }
        scored.sort { $0.distance == $1.distance ? $0.name < $1.name : $0.distance < $1.distance }
        return scored.prefix(3).map(\.name)
    }

    /// Levenshtein distance in characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
