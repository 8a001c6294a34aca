import Yams

/// Reads typed fields from a YAML mapping (site.yaml or a front matter), reporting problems at
/// the line and column of the offending key or value in the original file.
struct YAMLFields {
    let mapping: Node?
    let file: String
    /// Lines of the file that come before the YAML text (the `---` of a front matter).
    let lineOffset: Int
    /// Whether the YAML failed to parse into a mapping: that error stands alone, so the fields it
    /// hides are not also reported missing.
    let isUnreadable: Bool
    var log = DiagnosticLog()

    /// Parses `yaml`; a syntax error is reported in Chinese at its cause and leaves an empty mapping.
    init(yaml: String, file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
        do {
            let node = try Yams.compose(yaml: yaml)
            if let node, node.mapping == nil {
                mapping = nil
                isUnreadable = true
                let syntax = YAMLSyntaxExplainer(yaml: yaml, file: file, lineOffset: lineOffset)
                log.report(syntax.notAMapping(at: location(of: node)))
            } else {
                mapping = node
                isUnreadable = false
            }
        } catch {
            mapping = nil
            isUnreadable = true
            log.report(YAMLSyntaxExplainer(yaml: yaml, file: file, lineOffset: lineOffset).explain(error))
        }
    }

    /// The file location of a node.
    func location(of node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: file, line: lineOffset + 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    /// The location of a key's value, or of the mapping when the key is absent.
    func location(ofKey key: String) -> SourceLocation {
        location(of: mapping?[key] ?? mapping)
    }

    /// Warns about each key of `node` (the top mapping by default) that is not among `known`: a
    /// misspelt key (`decimal:`, `titel:`) would otherwise be ignored without a word.
    mutating func warnUnknownKeys(_ known: [String], in node: Node? = nil, parent: String? = nil) {
        guard let pairs = (node ?? mapping)?.mapping else { return }
        let place = parent.map { "“\($0)”下" } ?? ""
        for (key, _) in pairs {
            let name = key.string ?? ""
            guard !known.contains(name) else { continue }
            let hint = NameSuggestions.closest(to: name, among: known).first.map { "，是否是“\($0)”？" } ?? ""
            let allowed = hint.isEmpty ? "（可用的键：\(known.joined(separator: "、"))）" : ""
            log.warning("\(place)无法识别的键“\(name)”，已忽略\(hint)\(allowed)", at: location(of: key))
        }
    }

    /// A string value; numbers and booleans are accepted as their text.
    func string(_ key: String) -> String? {
        guard let node = mapping?[key], node.scalar != nil else { return nil }
        let text = node.string ?? ""
        return text.isEmpty ? nil : text
    }

    /// A required string value; reports an error when absent.
    mutating func requiredString(_ key: String, meaning: String) -> String? {
        if let value = string(key) { return value }
        reportMissing(key, meaning: meaning)
        return nil
    }

    /// Reports a required key as missing, unless the YAML could not be read (that error says why).
    mutating func reportMissing(_ key: String, meaning: String) {
        guard !isUnreadable else { return }
        log.error("缺少必填项“\(key)”（\(meaning)）", at: location(ofKey: key))
    }

    /// An integer value; reports an error when present but not an integer.
    mutating func int(_ key: String) -> Int? {
        guard let node = mapping?[key] else { return nil }
        if let value = node.int { return value }
        log.error("“\(key)”应为整数，实际为“\(node.string ?? "")”", at: location(of: node))
        return nil
    }

    /// A boolean value; reports an error when present but not true/false.
    mutating func bool(_ key: String) -> Bool? {
        guard let node = mapping?[key] else { return nil }
        if let value = node.bool { return value }
        log.error("“\(key)”应为 true 或 false，实际为“\(node.string ?? "")”", at: location(of: node))
        return nil
    }

    /// A value that must be one of a fixed set of labels; reports an error otherwise.
    mutating func choice<Value: RawRepresentable & CaseIterable>(_ key: String, as type: Value.Type) -> Value?
    where Value.RawValue == String {
        guard let text = string(key) else { return nil }
        if let value = Value(rawValue: text) { return value }
        let allowed = Value.allCases.map(\.rawValue).joined(separator: "、")
        log.error("“\(key)”的值“\(text)”无法识别，应为：\(allowed)", at: location(ofKey: key))
        return nil
    }

    /// A list of strings; a single string is read as a one-element list.
    mutating func strings(_ key: String) -> [String] {
        guard let node = mapping?[key] else { return [] }
        if let sequence = node.sequence {
            return sequence.compactMap { $0.string }.filter { !$0.isEmpty }
        }
        if let text = node.string, !text.isEmpty { return [text] }
        return []
    }

    /// A nested mapping's fields, sharing this file and offset.
    func nested(_ key: String) -> Node? {
        mapping?[key]
    }
}
