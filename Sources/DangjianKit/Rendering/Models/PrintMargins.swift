/// The running header and footer of a printed page, as an `@page` rule of margin boxes: the
/// title at the top left, the 内部资料 marking at the top right, the issuing office and data year
/// at the bottom left, the page's own title at the bottom right. The page number, "第 N 页 共 M 页",
/// is the stylesheet's, the same on every page.
///
/// Margin boxes take their text from CSS strings only, so each page carries its own rule in its
/// head; every text is escaped as a CSS string and cannot close the style element.
struct PrintMargins {
    let head: String
    let marking: String?
    let foot: String
    let title: String
    /// Whether the first page is a cover, without header or footer.
    var hasCover = false

    /// The rule, e.g. `@page { @top-left { content: "青溪县…" } … }`.
    var css: String {
        var boxes = ["top-left": head, "bottom-left": foot, "bottom-right": title]
        if let marking { boxes["top-right"] = marking }
        let rules = ["top-left", "top-right", "bottom-left", "bottom-right"].compactMap { box in
            boxes[box].map { "@\(box) { content: \(Self.string($0)) }" }
        }
        let cover =
            hasCover
            ? " @page :first { " + boxes.keys.sorted().map { "@\($0) { content: none }" }.joined(separator: " ")
                + " @bottom-center { content: none } }" : ""
        return "@page { " + rules.joined(separator: " ") + " }" + cover
    }

    /// A CSS string literal: quotes and backslashes escaped, `<` written as an escape so the text
    /// cannot end the style element, line breaks as spaces.
    static func string(_ text: String) -> String {
        var escaped = "\""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "<": escaped += "\\3C "
            case "\n", "\r", "\r\n", "\t": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped + "\""
    }
}
