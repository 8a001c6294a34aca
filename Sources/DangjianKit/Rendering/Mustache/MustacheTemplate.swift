/// A parsed Mustache template: text and tags, sections holding their own nodes.
///
/// The engine is written here rather than taken from swift-mustache because that library looks
/// every tag up through dynamic casts on `Any` (perf on a 36,000-page city: casts and
/// conformance checks were most of the render). This one reads the typed `TemplateFields` of the
/// models and writes bytes. It follows the Mustache specification's rules for standalone lines,
/// partial indentation and inheritance (parents and blocks) exactly as swift-mustache applied
/// them to these templates, so the pages are byte for byte what they were; lambdas and
/// transforms are not supported and are refused when the template is loaded.
struct MustacheTemplate: Sendable {
    /// One piece of a template.
    indirect enum Node: Sendable {
        /// Literal bytes.
        case text([UInt8])
        /// `{{name}}` (escaped) or `{{{name}}}`, `{{&name}}` (not escaped).
        case variable(FieldName, escaped: Bool)
        /// `{{#name}}…{{/name}}`.
        case section(FieldName, MustacheTemplate)
        /// `{{^name}}…{{/name}}`.
        case invertedSection(FieldName, MustacheTemplate)
        /// `{{>name}}`: indentation is the whitespace before a standalone partial tag.
        case partial(String, indentation: [UInt8]?, overrides: [String: MustacheTemplate]?)
        /// `{{$name}}…{{/name}}` inside a template: the inherited override, else the default.
        case block(String, default: MustacheTemplate, indentation: [UInt8])
        /// `{{$name}}…{{/name}}` directly inside a parent tag: an override.
        case blockDefinition(String, MustacheTemplate)
    }

    let nodes: [Node]
}

/// A template syntax error at a byte offset of the template's text.
struct MustacheSyntaxError: Error {
    let message: String
    let offset: Int

    /// The 1-based line and column (in characters) of the error in `text`.
    func location(in text: [UInt8]) -> (line: Int, column: Int) {
        let before = text[..<min(offset, text.count)]
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let column = String(decoding: text[lineStart..<min(offset, text.count)], as: UTF8.self).count + 1
        return (line, column)
    }
}
