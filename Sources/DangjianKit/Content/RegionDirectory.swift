/// Finds a region of the county's tree by code, name or alias, and explains an unknown one.
///
/// Names repeat at city scale (every county has a 城关镇): a name or alias shared by several
/// regions of the tree resolves to none of them, and the message lists the candidates with their
/// codes, unless the caller names the county (`code(for:within:)`) or the label is a code.
struct RegionDirectory {
    private var codesByLabel: [String: [String]] = [:]
    private var outsideByLabel: [String: String] = [:]
    private var regionsByCode: [String: Region] = [:]
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
            if regionsByCode[region.code] == nil { regionsByCode[region.code] = region }
            for label in [region.code, region.name] + region.aliases {
                if inTree.contains(region.code) {
                    let codes = codesByLabel[label] ?? []
                    guard !codes.contains(region.code) else { continue }
                    if codes.isEmpty { labels.append(label) }
                    codesByLabel[label] = codes + [region.code]
                } else if outsideByLabel[label] == nil {
                    outsideByLabel[label] = region.name
                }
            }
        }
        // A code always means its own region, whatever other region uses it as a name or alias.
        for region in regions where inTree.contains(region.code) {
            codesByLabel[region.code] = [region.code]
        }
        self.labels = labels
        self.rootName = regions.first { $0.code == rootCode }?.name ?? rootCode ?? ""
    }

    /// The code of the one region of the tree with this code, name or alias; nil when there is
    /// none or several.
    func code(for label: String) -> String? {
        guard let codes = codesByLabel[label], codes.count == 1 else { return nil }
        return codes[0]
    }

    /// The code of the one region with this label that lies under the region named `ancestor`
    /// (a 区县 column: code, name or alias); nil when there is none or several.
    func code(for label: String, within ancestor: String) -> String? {
        guard let ancestorCode = code(for: ancestor) else { return nil }
        let codes = (codesByLabel[label] ?? []).filter { lineage(of: $0).contains(ancestorCode) }
        return codes.count == 1 ? codes[0] : nil
    }

    /// The longest name or alias of one region of the tree that `text` contains, and its code
    /// (a report's title or signature naming its township).
    func longestName(in text: String) -> (label: String, code: String)? {
        let found = labels.filter { Int($0) == nil && $0.count >= 2 && text.contains($0) }
            .compactMap { label in code(for: label).map { (label, $0) } }
        return found.max { $0.0.count < $1.0.count }
    }

    /// Whether a label names more than one region of the tree.
    func isAmbiguous(_ label: String) -> Bool {
        (codesByLabel[label]?.count ?? 0) > 1
    }

    /// Up to three names or aliases closest to `label`, best first.
    func suggestions(for label: String) -> [String] {
        NameSuggestions.closest(to: label, among: labels.filter { Int($0) == nil })
    }

    /// Why `label` in `column` names no single region of the tree: the candidates with their
    /// codes when it names several, else the closest names.
    func unknownMessage(column: String, label: String) -> String {
        if let codes = codesByLabel[label], codes.count > 1 {
            let candidates = codes.map { code in
                let parent = regionsByCode[code]?.parentCode.flatMap { regionsByCode[$0]?.name }
                return "\(regionsByCode[code]?.name ?? code)（代码 \(code)" + (parent.map { "，属\($0)" } ?? "") + "）"
            }
            return
                "“\(column)”的值“\(label)”对应区划表中的 \(codes.count) 个区划：\(candidates.joined(separator: "、"))；请改填区划代码，或在“区县”列注明所属区县"
        }
        if let name = outsideByLabel[label] {
            return "“\(column)”的值“\(label)”（\(name)）不在根区划“\(rootName)”之下（site.yaml 的 root_region），不能计入"
        }
        let hint = suggestions(for: label).map { "“\($0)”" }.joined(separator: "、")
        return "“\(column)”的值“\(label)”在区划表中找不到（按代码、名称和别名查找）" + (hint.isEmpty ? "" : "，是否是：\(hint)")
    }

    /// The codes from a region up to the top of its tree, itself first (a loop is walked once).
    private func lineage(of code: String) -> [String] {
        var chain = [code]
        var current = regionsByCode[code]?.parentCode
        while let parent = current, !chain.contains(parent) {
            chain.append(parent)
            current = regionsByCode[parent]?.parentCode
        }
        return chain
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
