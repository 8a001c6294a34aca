/// Finds a region by code, name or alias, and suggests the closest names for an unknown one.
struct RegionDirectory {
    private var codeByLabel: [String: String] = [:]
    private let labels: [String]

    init(regions: [Region]) {
        var labels: [String] = []
        for region in regions {
            for label in [region.code, region.name] + region.aliases where codeByLabel[label] == nil {
                codeByLabel[label] = region.code
                labels.append(label)
            }
        }
        self.labels = labels
    }

    /// The code of the region with this code, name or alias.
    func code(for label: String) -> String? {
        codeByLabel[label]
    }

    /// Up to three names or aliases closest to `label`, best first.
    func suggestions(for label: String) -> [String] {
        NameSuggestions.closest(to: label, among: labels.filter { Int($0) == nil })
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
