/// Plain text from Word or a paste made safe as Markdown, so that it renders as the words it is.
enum MarkdownEscaping {
    /// Text with the characters Markdown reads as syntax escaped: `\ * _ [ ] < > ` ~` (a `~` pair
    /// would strike through "1~3月、5~6月"), and `|` in a table cell.
    static func escaped(_ text: String, pipes: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\", "*", "_", "[", "]", "<", ">", "`", "~": result.append("\\")
            case "|" where pipes: result.append("\\")
            default: break
            }
            result.append(character)
        }
        return result
    }

    /// A paragraph's text escaped at its start where it would begin a heading (`#`), a setext
    /// underline (`=`) or a bulleted list (`-`, `+`).
    static func escapedLineStart(_ text: String) -> String {
        guard let first = text.first, "#=-+".contains(first) else { return text }
        return "\\" + text
    }
}
