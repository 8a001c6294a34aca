/// Ordered SVG attributes, written as a dictionary literal: `["x": "10", "fill": "#b4141e"]`.
///
/// Order is kept as written, so the markup is the same on every build.
struct SVGAttributes: ExpressibleByDictionaryLiteral {
    private(set) var pairs: [(name: String, value: String)]

    init(dictionaryLiteral elements: (String, String)...) {
        pairs = elements.map { (name: $0.0, value: $0.1) }
    }

    /// Adds an attribute; nothing when `value` is nil.
    mutating func add(_ name: String, _ value: String?) {
        if let value { pairs.append((name: name, value: value)) }
    }

    /// The attributes as markup, each preceded by a space, values escaped.
    var markup: String {
        var markup = ""
        for pair in pairs {
            markup += " "
            markup += pair.name
            markup += "=\""
            markup += ChartText.escaped(pair.value)
            markup += "\""
        }
        return markup
    }
}

/// A piece of a `<text>` element drawn as a `<tspan>` with its own attributes.
struct TextRun {
    /// The characters, unescaped.
    let text: String
    /// The tspan's attributes.
    let attributes: SVGAttributes
}

/// Builds SVG markup one element a line, indented by nesting, every text and attribute escaped.
struct SVGWriter {
    private var lines: [String] = []
    private var depth = 0

    /// The markup written so far, ending with a line break.
    var markup: String { lines.joined(separator: "\n") + "\n" }

    /// Opens an element that `close` ends.
    mutating func open(_ name: String, _ attributes: SVGAttributes = [:]) {
        append("<\(name)\(attributes.markup)>")
        depth += 1
    }

    /// Closes the element last opened with `name`.
    mutating func close(_ name: String) {
        depth -= 1
        append("</\(name)>")
    }

    /// An element without content: `<rect …/>`.
    mutating func element(_ name: String, _ attributes: SVGAttributes) {
        append("<\(name)\(attributes.markup)/>")
    }

    /// An element holding only text: `<title id="…">…</title>`.
    mutating func element(_ name: String, _ attributes: SVGAttributes = [:], content: String) {
        append("<\(name)\(attributes.markup)>\(ChartText.escaped(content))</\(name)>")
    }

    /// A `<text>` element; `tooltip` becomes its `<title>` child (the full text of an abbreviation).
    mutating func text(_ content: String, _ attributes: SVGAttributes, tooltip: String? = nil) {
        let title = tooltip.map { "<title>\(ChartText.escaped($0))</title>" } ?? ""
        append("<text\(attributes.markup)>\(title)\(ChartText.escaped(content))</text>")
    }

    /// A `<text>` element made of `<tspan>` runs, on one line so no whitespace creeps between them.
    mutating func text(runs: [TextRun], _ attributes: SVGAttributes) {
        let spans = runs.map { "<tspan\($0.attributes.markup)>\(ChartText.escaped($0.text))</tspan>" }.joined()
        append("<text\(attributes.markup)>\(spans)</text>")
    }

    private mutating func append(_ line: String) {
        lines.append(String(repeating: "  ", count: max(depth, 0)) + line)
    }
}

extension Double {
    /// The number as an SVG coordinate: at most one decimal, rounded half away from zero with
    /// integer arithmetic, "." as the separator whatever the locale; non-finite values become 0.
    var svg: String {
        guard isFinite else { return "0" }
        let tenths = Int((self * 10).rounded(.toNearestOrAwayFromZero))
        let magnitude = abs(tenths)
        let sign = tenths < 0 ? "-" : ""
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
