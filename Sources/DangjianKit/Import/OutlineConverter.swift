/// Turns an imported document into a report's Markdown body, recognising the outline of Chinese
/// official documents (公文): 一、 → `##`, （一） → `###`, 1. → `####` for a short heading-like line
/// (else a numbered item), （1） and ①② → list items. Word's own heading styles and lists are
/// kept. A heading line ends at its first 。 or ：, and the rest becomes the paragraph under it.
public struct OutlineConverter: Sendable {
    /// The file the document came from, for diagnostics.
    public let file: String
    /// Where the pictures are, relative to the report (`<slug>`).
    public let imageFolder: String

    /// Creates a converter.
    public init(file: String, imageFolder: String) {
        self.file = file
        self.imageFolder = imageFolder
    }

    /// The longest text a numbered line (1. / 1、) may have to be read as a heading.
    static let headingLength = 30

    /// The Markdown body and the warnings found on the way (placeholders).
    public func markdown(_ document: ImportedDocument) -> (body: String, warnings: [Diagnostic]) {
        var parts: [String] = []
        var warnings: [Diagnostic] = []
        var skipped: Set<Int> = []
        for (position, block) in document.blocks.enumerated() where !skipped.contains(position) {
            switch block {
            case .paragraph(let paragraph):
                warnings += placeholders(in: paragraph)
                parts.append(convert(paragraph))
            case .table(let rows):
                parts.append(table(rows))
            case .markdown(let text):
                parts.append(text)
            case .image(let index):
                guard index < document.images.count else { continue }
                // A short line right under a picture is its caption (as Word documents have it):
                // it becomes the alt text, which the site shows as the figure's caption.
                var alt = "图片\(index + 1)"
                if position + 1 < document.blocks.count, case .paragraph(let next) = document.blocks[position + 1],
                    Self.isCaption(next.text)
                {
                    alt = next.text
                    skipped.insert(position + 1)
                }
                parts.append("![\(alt)](\(imageFolder)/\(document.images[index].fileName))")
            }
        }
        for (number, note) in document.notes.enumerated() {
            parts.append("[^\(number + 1)]: \(note)")
        }
        return (joinBlocks(parts), warnings)
    }

    /// One paragraph as Markdown: a Word heading or list item, an outline heading or item, or text.
    func convert(_ paragraph: ImportedParagraph) -> String {
        let text = paragraph.text
        if let level = paragraph.headingLevel {
            return String(repeating: "#", count: min(level + 1, 6)) + " " + text
        }
        if let level = paragraph.listLevel {
            let indent = String(repeating: paragraph.isNumbered ? "   " : "  ", count: level)
            return indent + (paragraph.isNumbered ? "1. " : "- ") + text
        }
        switch Self.outlineMarker(of: text) {
        case .chapter: return heading(text, level: 2)
        case .section: return heading(text, level: 3)
        case .numbered:
            let (head, rest) = Self.splitHeading(text)
            if head.count <= Self.headingLength && (rest != nil || text.count <= Self.headingLength) {
                return heading(text, level: 4)
            }
            // A numbered paragraph: a Markdown ordered item keeping its number.
            guard let marker = text.prefixMatch(of: /([0-9０-９]{1,2})[.、．]\s*/) else { return text }
            let number = Int(CellParser.halfWidth(String(marker.1))) ?? 1
            return "\(number). " + text[marker.range.upperBound...]
        case .item: return "- " + text
        case nil: return text
        }
    }

    /// A heading of `level` for an outline line; the text after its first 。 or ： follows as a paragraph.
    func heading(_ text: String, level: Int) -> String {
        let (head, rest) = Self.splitHeading(text)
        let line = String(repeating: "#", count: level) + " " + head
        return rest.map { line + "\n\n" + $0 } ?? line
    }

    /// Whether a line reads as a picture's caption: short, one sentence at most, no outline marker.
    static func isCaption(_ text: String) -> Bool {
        text.count <= 40 && !text.dropLast().contains("。") && outlineMarker(of: text) == nil && !text.contains("](")
    }

    /// The outline level a line's marker says.
    enum OutlineMarker {
        /// 一、
        case chapter
        /// （一） or (一)
        case section
        /// 1. 1、 1．
        case numbered
        /// （1） (1) ① …
        case item
    }

    static func outlineMarker(of text: String) -> OutlineMarker? {
        if text.prefixMatch(of: chapterMarker) != nil { return .chapter }
        if text.prefixMatch(of: sectionMarker) != nil { return .section }
        if text.prefixMatch(of: numberedMarker) != nil { return .numbered }
        if text.prefixMatch(of: itemMarker) != nil { return .item }
        if let first = text.unicodeScalars.first, (0x2460...0x2473).contains(first.value) { return .item }
        return nil
    }

    // Kept once: a regex literal is parsed again each time it is evaluated, and every line of
    // every report is checked at each build (perf: a tenth of loading a city's content).
    nonisolated(unsafe) private static let chapterMarker = /[一二三四五六七八九十]{1,3}、/
    nonisolated(unsafe) private static let sectionMarker = /[（(][一二三四五六七八九十]{1,3}[）)]/
    nonisolated(unsafe) private static let numberedMarker = /[0-9０-９]{1,2}[.、．](?![0-9０-９])/
    nonisolated(unsafe) private static let itemMarker = /[（(][0-9０-９]{1,2}[）)]/

    /// A heading line up to (and without) its first 。 or ：, and the rest, if any.
    static func splitHeading(_ text: String) -> (head: String, rest: String?) {
        guard let stop = text.firstIndex(where: { $0 == "。" || $0 == "：" || $0 == ":" }) else {
            return (text, nil)
        }
        let head = String(text[..<stop])
        let rest = String(text[text.index(after: stop)...]).trimmedOfSpaces
        return (head, rest.isEmpty ? nil : rest)
    }

    /// A GFM table; every row padded to the widest.
    func table(_ rows: [[String]]) -> String {
        guard let first = rows.first else { return "" }
        let width = rows.map(\.count).max() ?? first.count
        let pad = { (row: [String]) in row + Array(repeating: "", count: width - row.count) }
        let line = { (row: [String]) in "| " + pad(row).joined(separator: " | ") + " |" }
        return ([line(first), "|" + Array(repeating: "---|", count: width).joined()] + rows.dropFirst().map(line))
            .joined(separator: "\n")
    }

    /// Blocks joined by blank lines; consecutive list items stay one list.
    func joinBlocks(_ parts: [String]) -> String {
        var text = ""
        var previousWasItem = false
        for part in parts {
            let isItem = part.prefixMatch(of: #/\s*(-|[0-9]+\.) /#) != nil
            if !text.isEmpty { text += previousWasItem && isItem ? "\n" : "\n\n" }
            text += part
            previousWasItem = isItem
        }
        return text + "\n"
    }

    /// 20XX, XX镇, ×× left in the text: warnings at their line and column.
    func placeholders(in paragraph: ImportedParagraph) -> [Diagnostic] {
        paragraph.text.matches(of: /[0-9]{2}[xXＸ×]{2}|[xXＸ×]{2,}[镇乡县区村街]|[×＊]{2,}/).map { match in
            let column = paragraph.text.distance(from: paragraph.text.startIndex, to: match.range.lowerBound) + 1
            return .warning(
                "文中有占位符“\(match.output)”，请在导入前后补上实际内容",
                at: SourceLocation(file: file, line: paragraph.line, column: column))
        }
    }
}
