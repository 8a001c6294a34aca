/// Renders parsed templates over typed models into UTF-8 bytes.
///
/// Mustache's rules: a name is looked up from the innermost context outwards (a nil field is
/// absent, so the lookup goes on); a section repeats over a list, is entered once for `true` or
/// any other value (even an empty string), and skipped for `false`, nil or an empty list; an
/// inverted section is the opposite. Variables are HTML-escaped unless written `{{{…}}}`/`{{&…}}`.
struct MustacheRenderer {
    /// Every template by name, for partials and parents.
    let library: [String: MustacheTemplate]
    /// The bytes written so far.
    private(set) var output: [UInt8] = []
    /// The partial or parent that was nested too deeply (a template that includes itself).
    private(set) var runaway: String?
    private var stack: [Frame] = []

    /// A context on the stack: a value, or an element of a list read in place.
    private enum Frame {
        case value(TemplateValue)
        case element(any TemplateList, Int)
    }
    private var depth = 0

    /// How deeply partials may nest: far more than any real template needs, and far less than
    /// what would exhaust the thread's stack.
    static let maximumDepth = 64

    init(library: [String: MustacheTemplate], capacity: Int = 1 << 16) {
        self.library = library
        output.reserveCapacity(capacity)
    }

    /// Renders `template` with `context` as the outermost context.
    mutating func render(_ template: MustacheTemplate, context: any TemplateContext) {
        stack.append(.value(.model(context)))
        render(template.nodes, indentation: [], inherited: nil)
        stack.removeLast()
    }

    private mutating func render(
        _ nodes: [MustacheTemplate.Node], indentation: [UInt8], inherited: [String: MustacheTemplate]?
    ) {
        guard !indentation.isEmpty else {
            for node in nodes { render(node, indentation: indentation, inherited: inherited) }
            return
        }
        // Inside an indented partial: a node that writes something right after a line break of
        // this template's own output is indented (swift-mustache's rule, kept for identical pages).
        let start = output.count
        for node in nodes {
            let nodeStart = output.count
            render(node, indentation: indentation, inherited: inherited)
            if output.count > nodeStart, nodeStart > start, output[nodeStart - 1] == UInt8(ascii: "\n") {
                output.insert(contentsOf: indentation, at: nodeStart)
            }
        }
    }

    private mutating func render(
        _ node: MustacheTemplate.Node, indentation: [UInt8], inherited: [String: MustacheTemplate]?
    ) {
        switch node {
        case .text(let bytes):
            if indentation.isEmpty {
                output.append(contentsOf: bytes)
            } else {
                appendIndented(bytes, indentation)
            }
        case .variable(let name, let escaped):
            guard let value = lookup(name) else { return }
            switch value {
            case .text(let text): escaped ? appendEscaped(text) : output.append(contentsOf: text.utf8)
            case .number(let number): output.append(contentsOf: String(number).utf8)
            case .flag(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
            case .model(let model):
                let text = String(describing: model)
                escaped ? appendEscaped(text) : output.append(contentsOf: text.utf8)
            case .list(let list):
                let text = String(describing: list)
                escaped ? appendEscaped(text) : output.append(contentsOf: text.utf8)
            }
        case .section(let name, let body):
            switch lookup(name) {
            case nil, .flag(false): return
            case .flag(true): render(body.nodes, indentation: indentation, inherited: inherited)
            case .list(let list):
                for index in 0..<list.count {
                    stack.append(.element(list, index))
                    render(body.nodes, indentation: indentation, inherited: inherited)
                    stack.removeLast()
                }
            case let value?:
                stack.append(.value(value))
                render(body.nodes, indentation: indentation, inherited: inherited)
                stack.removeLast()
            }
        case .invertedSection(let name, let body):
            switch lookup(name) {
            case nil, .flag(false): render(body.nodes, indentation: indentation, inherited: inherited)
            case .list(let list) where list.count == 0:
                render(body.nodes, indentation: indentation, inherited: inherited)
            default: return
            }
        case .partial(let name, let partialIndentation, let overrides):
            guard let template = library[name] else { return }
            guard depth < Self.maximumDepth else {
                runaway = runaway ?? name
                return
            }
            var merged = inherited
            if let overrides {
                // An outer override wins over an inner one.
                merged = (inherited ?? [:]).merging(overrides) { outer, _ in outer }
            }
            depth += 1
            render(template.nodes, indentation: indentation + (partialIndentation ?? []), inherited: merged)
            depth -= 1
        case .block(let name, let defaultBody, let blockIndentation):
            let body = inherited?[name] ?? defaultBody
            render(body.nodes, indentation: indentation + blockIndentation, inherited: inherited)
        case .blockDefinition:
            // Only inside a parent tag, where the parser collects it as an override.
            return
        }
    }

    /// Looks `name` up from the innermost context outwards.
    private func lookup(_ name: FieldName) -> TemplateValue? {
        guard let first = name.parts.first else {
            switch stack.last {
            case .value(let value)?: return value
            case .element(let list, let index)?: return list.element(at: index)
            case nil: return nil
            }
        }
        var value: TemplateValue?
        var depth = stack.count - 1
        while depth >= 0 {
            switch stack[depth] {
            case .value(.model(let context)): value = context.value(of: first)
            case .element(let list, let index): value = list.value(of: first, at: index)
            case .value: break
            }
            if value != nil || name.isAnchored { break }
            depth -= 1
        }
        for part in name.parts.dropFirst() {
            guard case .model(let context)? = value else { return nil }
            value = context.value(of: part)
        }
        return value
    }

    /// Text inside an indented partial: every line after a line break starts with the indentation.
    private mutating func appendIndented(_ bytes: [UInt8], _ indentation: [UInt8]) {
        var lineStart = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            output.append(contentsOf: bytes[lineStart...index])
            lineStart = index + 1
            if lineStart < bytes.count { output.append(contentsOf: indentation) }
        }
        output.append(contentsOf: bytes[lineStart...])
    }

    /// Appends `text` with `&`, `<`, `>`, `"` and `'` escaped for HTML.
    private mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count {
                let replacement: StaticString
                switch bytes[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                output.append(
                    contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }
}
