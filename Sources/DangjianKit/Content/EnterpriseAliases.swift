/// Other names of enterprises (data/aliases.csv), so that 新雅 and 新雅集团 are one enterprise.
struct EnterpriseAliases {
    /// One row's alias: `alias` is another name of `name`, in one township or (nil) anywhere.
    struct Entry {
        let alias: String
        let name: String
        let regionCode: String?
        let location: SourceLocation
    }

    private(set) var entries: [Entry] = []
    private var byAlias: [String: [Entry]] = [:]

    /// Registers an alias; an alias given twice for different enterprises in the same township
    /// is an error.
    mutating func add(_ entry: Entry, log: inout DiagnosticLog) {
        if let earlier = byAlias[entry.alias]?.first(where: { $0.regionCode == entry.regionCode }) {
            if earlier.name != entry.name {
                log.error(
                    "别名“\(entry.alias)”已在第 \(earlier.location.line) 行指向“\(earlier.name)”，不能再指向“\(entry.name)”",
                    at: entry.location)
            }
            return
        }
        entries.append(entry)
        byAlias[entry.alias, default: []].append(entry)
    }

    /// The registered name of `name` in a township; `name` itself when it is no alias.
    func canonical(_ name: String, regionCode: String) -> String {
        entry(for: name, regionCode: regionCode)?.name ?? name
    }

    private func entry(for name: String, regionCode: String) -> Entry? {
        guard let candidates = byAlias[name] else { return nil }
        return candidates.first { $0.regionCode == regionCode } ?? candidates.first { $0.regionCode == nil }
    }

    /// Errors at the alias rows that name no enterprise of the data, or whose alias is the name
    /// of a different enterprise (it appears beside the enterprise in the same year, or carries
    /// another credit code), which the alias would otherwise silently merge into it.
    func check(_ written: [WrittenName]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for entry in entries {
            let inScope = written.filter { entry.regionCode == nil || $0.regionCode == entry.regionCode }
            // Rows this entry renames, and rows that carry the enterprise's own name.
            let renamed = inScope.filter {
                $0.text == entry.alias
                    && self.entry(for: $0.text, regionCode: $0.regionCode)?.location == entry.location
            }
            let named = inScope.filter { $0.text == entry.name }
            if renamed.isEmpty && named.isEmpty {
                let hint = NameSuggestions.closest(to: entry.name, among: written.map(\.text)).map { "“\($0)”" }
                    .joined(separator: "、")
                problems.append(
                    .error(
                        "别名表中的企业“\(entry.name)”在企业数据中找不到（别名“\(entry.alias)”也没有出现）"
                            + (hint.isEmpty ? "" : "，是否是：\(hint)"), at: entry.location))
                continue
            }
            if let clash = renamed.first(where: { row in named.contains { $0.year == row.year } }) {
                problems.append(
                    .error(
                        "别名“\(entry.alias)”在 \(clash.year) 年的数据中与“\(entry.name)”同时出现（\(clash.location.file) 第 \(clash.location.line) 行），是另一家企业：别名会把它并入“\(entry.name)”。请删去这条别名或改正名称",
                        at: entry.location))
                continue
            }
            let ownCodes = Set(named.compactMap(\.creditCode))
            if let clash = renamed.first(where: { row in
                row.creditCode.map { !ownCodes.isEmpty && !ownCodes.contains($0) } ?? false
            }) {
                problems.append(
                    .error(
                        "别名“\(entry.alias)”所在的行（\(clash.location.file) 第 \(clash.location.line) 行）统一社会信用代码为 \(clash.creditCode ?? "")，与“\(entry.name)”的 \(ownCodes.sorted().joined(separator: "、")) 不同，是另一家企业。请删去这条别名或改正名称",
                        at: entry.location))
            }
        }
        return problems
    }
}

/// An enterprise name as a row wrote it, before aliases are applied.
struct WrittenName {
    let text: String
    let year: Int
    let regionCode: String
    let creditCode: String?
    let location: SourceLocation
}
