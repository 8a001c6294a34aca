import Yams

/// Turns a YAML error into one Chinese diagnostic at its cause.
///
/// libyaml's English problem is translated and placed at its mark (front matter offset included);
/// the classic mistakes of people who write YAML by hand — a tab for indentation, no space after
/// a colon, an unclosed quote, a full-width colon as key separator — are named where they are.
/// The message never quotes the whole file.
struct YAMLSyntaxExplainer {
    /// The YAML text.
    let yaml: String
    /// The file named in diagnostics.
    let file: String
    /// Lines of the file before the YAML text.
    let lineOffset: Int
    /// The YAML's lines, without line breaks, as Unicode scalars (libyaml counts columns in them).
    private let lines: [[Unicode.Scalar]]

    /// Prepares to explain the errors of `yaml`, which starts after `lineOffset` lines of `file`.
    init(yaml: String, file: String, lineOffset: Int) {
        self.yaml = yaml
        self.file = file
        self.lineOffset = lineOffset
        // "\r\n" is one Character, so breaks are found by kind, as libyaml finds them.
        lines = yaml.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
            Array($0.unicodeScalars)
        }
    }

    /// The diagnostic for an error thrown while composing the YAML.
    func explain(_ error: any Error) -> Diagnostic {
        guard let error = error as? YamlError else {
            return .error("YAML 无法解析（\(type(of: error))）", at: location(line: 1, column: 0))
        }
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            return duplicateKey(duplicates, first: context.mark)
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return syntaxError(problem, at: mark, context: context)
        case .reader(let problem, let offset, _, _):
            let (line, column) = position(ofCharacter: offset ?? 0)
            let text = Self.translations[problem] ?? "无法读取（\(problem)）"
            return .error("YAML 语法错误：\(text)", at: location(line: line, column: column))
        default:
            return .error("YAML 无法解析（\(error)）", at: location(line: 1, column: 0))
        }
    }

    /// The diagnostic for YAML that parsed into something other than a mapping (a lone line of
    /// text, a list): most often every colon was written full-width.
    func notAMapping(at location: SourceLocation) -> Diagnostic {
        for number in lines.indices.map({ $0 + 1 }) {
            if let mistake = fullWidthColon(onLine: number) { return mistake }
        }
        return .error("YAML 的顶层应是“键: 值”的映射（每行一项，如“title: 标题”）", at: location)
    }
}

extension YAMLSyntaxExplainer {
    /// libyaml's problems, in Chinese.
    static let translations: [String: String] = [
        "mapping values are not allowed in this context":
            "这里不能出现“键: 值”：冒号的位置不对（常见原因：这一行的缩进与上一行不一致，或值里含有“: ”却没有用引号括起来）",
        "could not find expected ':'": "这一行缺少冒号“:”：每一项应写成“键: 值”，续行要比键多缩进",
        "did not find expected key": "这里应是一项“键: 值”，但格式不对（常见原因：缩进不一致，或上面有未闭合的引号）",
        "did not find expected ',' or ']'": "方括号列表“[…]”没有闭合，或列表项之间缺少逗号",
        "did not find expected ',' or '}'": "花括号“{…}”没有闭合，或各项之间缺少逗号",
        "did not find expected '-' indicator": "这里应是以“- ”开头的列表项（检查缩进是否与上面的列表项对齐）",
        "did not find expected node content": "这里缺少值",
        "block sequence entries are not allowed in this context": "这里不能出现列表项“- ”（检查缩进，或把值用引号括起来）",
        "found unknown escape character": "双引号中的反斜杠“\\”组成了无法识别的转义：反斜杠要写成“\\\\”，或改用单引号",
        "found undefined alias": "以“*”开头的值被当成了引用，但没有对应的“&”锚点：请把整个值用引号括起来",
        "found undefined tag handle": "以“!”开头的值被当成了 YAML 标签：请把整个值用引号括起来",
        "found unexpected end of stream": "内容意外结束（常见原因：引号或括号未闭合）",
        "found a tab character that violates indentation": tabMessage,
        "found a tab character where an indentation space is expected": tabMessage,
        "control characters are not allowed": "含有不可见的控制字符，请删除",
        "found unexpected document indicator": "值中出现了文档分隔符“---”或“...”：请把整个值用引号括起来",
    ]

    /// What is wrong with a tab in the indentation, and what to do.
    static let tabMessage = "缩进中用了制表符（Tab）：YAML 只能用空格缩进，请把 Tab 换成空格"

    /// The file location of a 1-based line and column of the YAML text.
    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + lineOffset, column: column)
    }

    /// A scanner, parser or composer error: the classic mistake behind it when one is found
    /// nearby, else libyaml's problem in Chinese at its mark.
    private func syntaxError(_ problem: String, at mark: Mark, context: YamlError.Context?) -> Diagnostic {
        let contextText = context?.text ?? ""
        let atMark = location(line: mark.line, column: mark.column)
        if problem.contains("tab character") {
            return .error("YAML 语法错误：\(Self.tabMessage)", at: atMark)
        }
        if let context, contextText.contains("quoted scalar"), problem == "found unexpected end of stream" {
            return .error(
                "YAML 语法错误：引号未闭合：从这里开始的引号直到\(lineOffset > 0 ? "头信息" : "文件")结束都没有对应的结束引号",
                at: location(line: context.mark.line, column: context.mark.column))
        }
        // The lines a classic mistake may sit on: the problem's, the one before (a value that
        // swallowed the next line) and the one libyaml was scanning.
        let scanned = contextText.hasPrefix("while scanning") ? context?.mark.line : nil
        var candidates = [mark.line, mark.line - 1]
        if let scanned, !candidates.contains(scanned) { candidates.append(scanned) }
        // Where libyaml stopped, when that is a line of text (not the end of the YAML).
        let stoppedOnText = lines.indices.contains(mark.line - 1) && !lines[mark.line - 1].isEmpty
        let noticed = stoppedOnText ? "（YAML 解析在第 \(mark.line + lineOffset) 行第 \(mark.column) 列处出错）" : ""
        for number in candidates {
            if let mistake = classicMistake(onLine: number) {
                let detail = number == mark.line ? "" : noticed
                return .error(mistake.message + detail, at: mistake.location)
            }
        }
        for number in stride(from: mark.line, through: max(1, context?.mark.line ?? mark.line - 1), by: -1) {
            if let mistake = unclosedQuote(onLine: number) {
                let detail = number == mark.line ? "" : noticed
                return .error(mistake.message + detail, at: mistake.location)
            }
        }
        if problem == "could not find expected ':'", let context, contextText.contains("simple key") {
            return .error(
                "YAML 语法错误：\(Self.translations[problem]!)", at: location(line: context.mark.line, column: 1))
        }
        if problem == "found character that cannot start any token" {
            let character = scalar(line: mark.line, column: mark.column).map { "“\($0)”" } ?? "这个字符"
            return .error(
                "YAML 语法错误：值不能以\(character)开头（它在 YAML 中有特殊含义）：请把整个值用引号括起来", at: atMark)
        }
        if contextText.contains("alias") || contextText.contains("anchor") {
            return .error("YAML 语法错误：以“*”或“&”开头的值会被当成引用：请把整个值用引号括起来", at: atMark)
        }
        if let text = Self.translations[problem] {
            return .error("YAML 语法错误：\(text)", at: atMark)
        }
        return .error("YAML 语法错误（\(problem)）", at: atMark)
    }

    /// A key written twice in one mapping, reported at its second occurrence.
    private func duplicateKey(_ duplicates: [String], first: Mark) -> Diagnostic {
        let key = duplicates.first ?? ""
        let others = duplicates.dropFirst().map { "“\($0)”" }.joined(separator: "、")
        let more = others.isEmpty ? "" : "（同一层中重复的键还有：\(others)）"
        let message = "键“\(key)”重复：第 \(first.line + lineOffset) 行已经有“\(key)”，同一层中每个键只能写一次\(more)"
        let indent = first.column - 1
        for number in (first.line + 1)..<(lines.count + 1) {
            let line = lines[number - 1]
            let spaces = line.prefix { $0 == " " }.count
            if spaces == line.count || line[spaces] == "#" { continue }
            if spaces < indent { break }
            guard spaces == indent else { continue }
            let rest = String(String.UnicodeScalarView(line[spaces...]))
            let names = [key, "\"\(key)\"", "'\(key)'"]
            if names.contains(where: { name in
                rest.hasPrefix(name) && rest.dropFirst(name.count).drop { $0 == " " }.hasPrefix(":")
            }) {
                return .error(message, at: location(line: number, column: first.column))
            }
        }
        return .error(message, at: location(line: first.line, column: first.column))
    }

    /// A tab in a line's indentation, a missing space after a key's colon, or a full-width colon.
    private func classicMistake(onLine number: Int) -> (message: String, location: SourceLocation)? {
        guard lines.indices.contains(number - 1) else { return nil }
        let line = lines[number - 1]
        let indentEnd = line.firstIndex { $0 != " " && $0 != "\t" } ?? line.count
        guard indentEnd < line.count, line[indentEnd] != "#" else { return nil }
        if let tab = line[..<indentEnd].firstIndex(of: "\t") {
            return ("YAML 语法错误：\(Self.tabMessage)", location(line: number, column: tab + 1))
        }
        if let mistake = fullWidthColon(onLine: number) {
            return (mistake.message, mistake.location)
        }
        let start = keyStart(line, indentEnd)
        guard let colon = line[start...].firstIndex(of: ":"), colon > start, colon + 1 < line.count else { return nil }
        let key = line[start..<colon]
        let isKey = key.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
        guard isKey, ![" ", "\t", "/"].contains(line[colon + 1]) else { return nil }
        let keyText = String(String.UnicodeScalarView(key))
        let value = String(String.UnicodeScalarView(line[(colon + 1)...]))
        return (
            "YAML 语法错误：“\(keyText):\(value)”的冒号后缺少空格：键和值之间要用“: ”（冒号加空格）分开，应写作“\(keyText): \(value)”",
            location(line: number, column: colon + 1)
        )
    }

    /// A key separated from its value by a full-width colon “：” (typed with a Chinese input method).
    private func fullWidthColon(onLine number: Int) -> Diagnostic? {
        guard lines.indices.contains(number - 1) else { return nil }
        let line = lines[number - 1]
        let indentEnd = line.firstIndex { $0 != " " && $0 != "\t" } ?? line.count
        guard indentEnd < line.count, line[indentEnd] != "#", line[indentEnd] != "\"", line[indentEnd] != "'" else {
            return nil
        }
        let start = keyStart(line, indentEnd)
        guard let colon = line[start...].firstIndex(of: "："), colon > start,
            !line[start..<colon].contains(":"), !line[start..<colon].contains(" ")
        else { return nil }
        let key = String(String.UnicodeScalarView(line[start..<colon]))
        let value = String(String.UnicodeScalarView(line[(colon + 1)...]))
        return .error(
            "YAML 语法错误：“\(key)”后面用了全角冒号“：”：键和值之间应使用半角冒号加空格，写作“\(key): \(value)”",
            at: location(line: number, column: colon + 1))
    }

    /// A value that opens a quote the line never closes.
    private func unclosedQuote(onLine number: Int) -> (message: String, location: SourceLocation)? {
        guard lines.indices.contains(number - 1) else { return nil }
        let line = lines[number - 1]
        let indentEnd = line.firstIndex { $0 != " " } ?? line.count
        guard indentEnd < line.count, line[indentEnd] != "#" else { return nil }
        var open = keyStart(line, indentEnd)
        if let colon = line[open...].firstIndex(of: ":"), colon + 1 < line.count, line[colon + 1] == " " {
            open = line[(colon + 1)...].firstIndex { $0 != " " } ?? line.count
        }
        guard open < line.count, line[open] == "\"" || line[open] == "'" else { return nil }
        let quote = line[open]
        var index = open + 1
        while index < line.count {
            if quote == "\"" && line[index] == "\\" {
                index += 2
                continue
            }
            if line[index] == quote {
                if quote == "'" && index + 1 < line.count && line[index + 1] == "'" {
                    index += 2
                    continue
                }
                return nil
            }
            index += 1
        }
        return (
            "YAML 语法错误：引号未闭合：这一行的值以引号\(quote)开头，但行末没有对应的结束引号\(quote)",
            location(line: number, column: open + 1)
        )
    }

    /// Where a line's key starts: after its indentation and a list item's “- ”.
    private func keyStart(_ line: [Unicode.Scalar], _ indentEnd: Int) -> Int {
        guard indentEnd + 1 < line.count, line[indentEnd] == "-", line[indentEnd + 1] == " " else { return indentEnd }
        return line[(indentEnd + 1)...].firstIndex { $0 != " " } ?? line.count
    }

    /// The scalar at a 1-based line and column of the YAML text.
    private func scalar(line: Int, column: Int) -> Unicode.Scalar? {
        guard lines.indices.contains(line - 1), lines[line - 1].indices.contains(column - 1) else { return nil }
        return lines[line - 1][column - 1]
    }

    /// The 1-based line and column of the character at `offset` (in characters) of the YAML text.
    private func position(ofCharacter offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in yaml.prefix(offset) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (line, column)
    }
}
