/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter {
    /// The YAML between the `---` lines.
    let yaml: String
    /// The Markdown after the closing `---`.
    let body: String
    /// How many lines of the file come before the YAML (the opening `---`).
    let yamlLineOffset: Int
    /// How many lines of the file come before the body (the front matter and its `---` lines).
    let bodyLineOffset: Int

    /// Splits `text`; nil when it does not start with a `---` line or the block is not closed.
    init?(_ text: String) {
        // "\r\n" is one Character: split on it too, or a file saved on Windows has no front matter.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") {
            lines[0] = first.dropFirst()
        }
        guard lines.first?.trimmingTrailingSpaces == "---",
            let close = lines.dropFirst().firstIndex(where: {
                $0.trimmingTrailingSpaces == "---" || $0.trimmingTrailingSpaces == "..."
            })
        else { return nil }
        yaml = lines[1..<close].joined(separator: "\n")
        body = lines[(close + 1)...].joined(separator: "\n")
        yamlLineOffset = 1
        bodyLineOffset = close + 1
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var text = self
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return text
    }
}
