/// Parses Mustache template text into a `MustacheTemplate`.
///
/// Standalone lines (a section, inverted section, comment, partial, parent, block or delimiter
/// tag alone on its line with only spaces or tabs) leave no trace in the output; the whitespace
/// before a standalone partial indents every line the partial writes; the lines of a block
/// defined inside a parent lose the indentation of the block's first line.
struct MustacheParser {
    private let text: [UInt8]
    private var position = 0

    /// Parses `text`; a syntax error carries its byte offset.
    static func parse(_ text: [UInt8]) throws(MustacheSyntaxError) -> MustacheTemplate {
        var parser = MustacheParser(text: text)
        return try parser.parse(State())
    }

    private init(text: [UInt8]) {
        self.text = text
    }

    private struct State {
        var sectionName: String?
        var newLine = true
        /// Inside a parent tag (`{{<name}}`): only blocks may be defined.
        var isPartialDefinition = false
        /// Directly inside a parent tag, outside any block.
        var isPartialDefinitionTopLevel = false
        var startDelimiter: [UInt8] = Array("{{".utf8)
        var endDelimiter: [UInt8] = Array("}}".utf8)
        /// The indentation of the first line of a block defined in a parent.
        var partialDefinitionIndent: Int?

        func inSection(_ name: String, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func inParent(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    private enum Ending {
        case end, close
    }

    private mutating func parse(_ initial: State) throws(MustacheSyntaxError) -> MustacheTemplate {
        var nodes: [MustacheTemplate.Node] = []
        var state = initial
        var whitespaceBefore: [UInt8] = []
        func appendText(_ bytes: [UInt8]) {
            if case .text(let previous) = nodes.last {
                nodes[nodes.count - 1] = .text(previous + bytes)
            } else {
                nodes.append(.text(bytes))
            }
        }
        func flushWhitespace() {
            if !whitespaceBefore.isEmpty {
                appendText(whitespaceBefore)
                whitespaceBefore = []
            }
        }
        while position < text.count {
            if state.newLine {
                let whitespace = readSpacesAndTabs()
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whitespaceBefore = Array(whitespace.dropFirst(indent))
                    } else {
                        state.partialDefinitionIndent = whitespace.count
                    }
                } else {
                    whitespaceBefore = whitespace
                }
            }
            let (literal, foundTag) = readUntilTagOrNewline(state)
            if !foundTag, let newline = newlineLength(at: position) {
                appendText(whitespaceBefore + literal + text[position..<position + newline])
                position += newline
                state.newLine = true
                continue
            }
            if !literal.isEmpty {
                appendText(whitespaceBefore + literal)
                whitespaceBefore = []
                state.newLine = false
            }
            guard foundTag else { break }
            let tagStart = position - state.startDelimiter.count
            var setNewLine = false
            switch text[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = text[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName(state)
                if isStandalone(state) {
                    setNewLine = true
                } else {
                    flushWhitespace()
                }
                let body = try parse(state.inSection(name, newLine: setNewLine))
                let field = FieldName(name)
                nodes.append(inverted ? .invertedSection(field, body) : .section(field, body))
            case UInt8(ascii: "/"):
                position += 1
                let nameStart = position
                let name = try readName(state)
                guard name == state.sectionName else {
                    throw MustacheSyntaxError(
                        message: state.sectionName.map { "结束标签 {{/\(name)}} 与开始标签 {{#\($0)}} 不一致" }
                            ?? "多余的结束标签 {{/\(name)}}",
                        offset: nameStart)
                }
                if !isStandalone(state) { flushWhitespace() }
                return MustacheTemplate(nodes: nodes)
            case UInt8(ascii: "!"):
                position += 1
                guard let close = find(state.endDelimiter, from: position) else {
                    throw MustacheSyntaxError(message: "注释没有结束（缺少“}}”）", offset: tagStart)
                }
                position = close + state.endDelimiter.count
                setNewLine = isStandalone(state)
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let triple = text[position] == UInt8(ascii: "{")
                flushWhitespace()
                position += 1
                let name = try readName(state)
                if triple {
                    guard position < text.count, text[position] == UInt8(ascii: "}") else {
                        throw MustacheSyntaxError(message: "三重花括号标签缺少结尾的“}”", offset: tagStart)
                    }
                    position += 1
                }
                nodes.append(.variable(FieldName(name), escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                let name = try readPartialName(state, tagStart: tagStart)
                if !whitespaceBefore.isEmpty { appendText(whitespaceBefore) }
                if isStandalone(state) {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: whitespaceBefore, overrides: nil))
                } else {
                    nodes.append(.partial(name, indentation: nil, overrides: nil))
                }
                whitespaceBefore = []
            case UInt8(ascii: "<"):
                position += 1
                let name = try readPartialName(state, tagStart: tagStart)
                if !whitespaceBefore.isEmpty { appendText(whitespaceBefore) }
                if isStandalone(state) { setNewLine = true }
                let body = try parse(state.inParent(name))
                var overrides: [String: MustacheTemplate] = [:]
                for node in body.nodes {
                    switch node {
                    case .blockDefinition(let block, let template): overrides[block] = template
                    case .text: continue
                    default:
                        throw MustacheSyntaxError(
                            message: "{{<\(name)}} 与 {{/\(name)}} 之间只能定义块（{{$名称}}…{{/名称}}）", offset: tagStart)
                    }
                }
                nodes.append(.partial(name, indentation: whitespaceBefore, overrides: overrides))
                whitespaceBefore = []
            case UInt8(ascii: "$"):
                position += 1
                let name = try readName(state)
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.inSection(name, newLine: setNewLine))
                    nodes.append(.blockDefinition(name, body))
                } else {
                    if !whitespaceBefore.isEmpty { appendText(whitespaceBefore) }
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.inSection(name, newLine: setNewLine))
                    nodes.append(.block(name, default: body, indentation: whitespaceBefore))
                    whitespaceBefore = []
                }
            case UInt8(ascii: "="):
                position += 1
                try readDelimiters(&state, tagStart: tagStart)
                setNewLine = isStandalone(state)
            case UInt8(ascii: "%"):
                throw MustacheSyntaxError(message: "不支持配置标签 {{%…}}", offset: tagStart)
            default:
                flushWhitespace()
                nodes.append(.variable(FieldName(try readName(state)), escaped: true))
            }
            state.newLine = setNewLine
        }
        if let open = state.sectionName {
            throw MustacheSyntaxError(message: "缺少结束标签 {{/\(open)}}", offset: text.count)
        }
        return MustacheTemplate(nodes: nodes)
    }
}

extension MustacheParser {
    private static func isSpaceOrTab(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        isSpaceOrTab(byte) || (0x0A...0x0D).contains(byte)
    }

    /// The characters of a name (letters, digits and `.-_?*`); `(` starts a transform.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"),
            UInt8(ascii: "?"), UInt8(ascii: "*"):
            true
        default: false
        }
    }

    /// The length of the line break at `index` ("\n", "\r\n" or "\r"), nil if there is none.
    private func newlineLength(at index: Int) -> Int? {
        guard index < text.count else { return nil }
        switch text[index] {
        case UInt8(ascii: "\n"): return 1
        case UInt8(ascii: "\r"):
            return index + 1 < text.count && text[index + 1] == UInt8(ascii: "\n") ? 2 : 1
        default: return nil
        }
    }

    private mutating func readSpacesAndTabs() -> [UInt8] {
        let start = position
        while position < text.count, Self.isSpaceOrTab(text[position]) { position += 1 }
        return Array(text[start..<position])
    }

    private mutating func skipWhitespace() {
        while position < text.count, Self.isWhitespace(text[position]) { position += 1 }
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= text.count else { return nil }
        var index = start
        while index + needle.count <= text.count {
            if text[index] == first, text[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Reads literal text up to a line break (not consumed) or the start delimiter (consumed).
    private mutating func readUntilTagOrNewline(_ state: State) -> (text: [UInt8], foundTag: Bool) {
        let start = position
        let delimiter = state.startDelimiter
        while position < text.count {
            let byte = text[position]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if byte == delimiter[0], position + delimiter.count <= text.count,
                text[position..<position + delimiter.count].elementsEqual(delimiter)
            {
                let literal = Array(text[start..<position])
                position += delimiter.count
                return (literal, true)
            }
            position += 1
        }
        return (Array(text[start..<position]), false)
    }

    /// Whether the tag just read stands alone on its line; if so its line break is consumed.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if position >= text.count { return true }
        var index = position
        while index < text.count, Self.isSpaceOrTab(text[index]) { index += 1 }
        guard let newline = newlineLength(at: index) else { return false }
        position = index + newline
        return true
    }

    private mutating func readName(_ state: State) throws(MustacheSyntaxError) -> String {
        skipWhitespace()
        let start = position
        while position < text.count, Self.isNameByte(text[position]) { position += 1 }
        let name = String(decoding: text[start..<position], as: UTF8.self)
        if position < text.count, text[position] == UInt8(ascii: "(") {
            throw MustacheSyntaxError(message: "不支持变换函数（如 {{name(x)}}）", offset: position)
        }
        skipWhitespace()
        try readEndDelimiter(state, name: name, at: start)
        return name
    }

    private mutating func readPartialName(_ state: State, tagStart: Int) throws(MustacheSyntaxError) -> String {
        skipWhitespace()
        let start = position
        while position < text.count, Self.isNameByte(text[position]) || text[position] == UInt8(ascii: "/") {
            position += 1
        }
        let name = String(decoding: text[start..<position], as: UTF8.self)
        if name.hasPrefix("*") {
            throw MustacheSyntaxError(message: "不支持动态模板名（{{>*name}}）", offset: start)
        }
        skipWhitespace()
        try readEndDelimiter(state, name: name, at: start)
        return name
    }

    private mutating func readEndDelimiter(_ state: State, name: String, at start: Int) throws(MustacheSyntaxError) {
        let end = state.endDelimiter
        guard position + end.count <= text.count, text[position..<position + end.count].elementsEqual(end) else {
            throw MustacheSyntaxError(
                message: "标签“\(name)”没有正确结束：名称只能含字母、数字和 . - _，并以“\(String(decoding: end, as: UTF8.self))”结束",
                offset: start)
        }
        position += end.count
    }

    /// `{{=<% %>=}}`: new start and end delimiters.
    private mutating func readDelimiters(_ state: inout State, tagStart: Int) throws(MustacheSyntaxError) {
        let invalid = MustacheSyntaxError(message: "定界符标签格式应为 {{=<% %>=}}", offset: tagStart)
        skipWhitespace()
        let startBegin = position
        while position < text.count, !Self.isWhitespace(text[position]) { position += 1 }
        let start = Array(text[startBegin..<position])
        skipWhitespace()
        let endBegin = position
        while position < text.count, !Self.isWhitespace(text[position]), text[position] != UInt8(ascii: "=") {
            position += 1
        }
        let end = Array(text[endBegin..<position])
        skipWhitespace()
        guard position < text.count, text[position] == UInt8(ascii: "=") else { throw invalid }
        position += 1
        let close = state.endDelimiter
        guard position + close.count <= text.count, text[position..<position + close.count].elementsEqual(close),
            !start.isEmpty, !end.isEmpty
        else { throw invalid }
        position += close.count
        state.startDelimiter = start
        state.endDelimiter = end
        state.isPartialDefinitionTopLevel = false
    }
}
