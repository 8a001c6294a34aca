import Foundation

/// Reads text pasted out of Word (`.txt`: UTF-8 with or without BOM, or GB18030/GBK; CRLF or LF)
/// into an `ImportedDocument`: every non-empty line is a paragraph, as Word pastes them.
public struct TextImportReader: Sendable {
    /// The file name used in diagnostics.
    public let file: String

    /// Creates a reader whose diagnostics name `file`.
    public init(file: String) {
        self.file = file
    }

    /// Reads the text file at `url`; a Markdown file (.md) keeps its Markdown.
    public func read(_ url: URL) throws(BuildFailure) -> ImportedDocument {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw BuildFailure("无法读取文件：\(FileSystemProblem.describe(error))", at: SourceLocation(file: file))
        }
        let text = try TextDecoder().decode(data, file: file).text
        let isMarkdown = ["md", "markdown"].contains(url.pathExtension.lowercased())
        return isMarkdown ? markdownDocument(from: text) : document(from: text)
    }

    /// A Markdown file, normalised only: line breaks, trailing spaces, a front matter left out;
    /// its first `# ` heading (or first line) becomes the title paragraph.
    public func markdownDocument(from text: String) -> ImportedDocument {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmedTrailingSpaces }
        var offset = 0
        if lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") {
            offset = close + 1
            lines.removeFirst(close + 1)
        }
        var blocks: [ImportedBlock] = []
        if let first = lines.firstIndex(where: { !$0.isEmpty }) {
            let title = lines[first].hasPrefix("# ") ? String(lines[first].dropFirst(2)) : lines[first]
            blocks.append(.paragraph(ImportedParagraph(text: title, isTitle: true, line: offset + first + 1)))
            lines[first] = ""
        }
        let body = lines.joined(separator: "\n").trimmingCharacters(in: .newlines)
        if !body.isEmpty { blocks.append(.markdown(body)) }
        return ImportedDocument(blocks: blocks)
    }

    /// The paragraphs of a text: its non-empty lines, trimmed, Markdown characters escaped.
    public func document(from text: String) -> ImportedDocument {
        var blocks: [ImportedBlock] = []
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let trimmed = String(line).trimmedOfSpaces
            guard !trimmed.isEmpty else { continue }
            blocks.append(
                .paragraph(
                    ImportedParagraph(
                        text: MarkdownEscaping.escapedLineStart(MarkdownEscaping.escaped(trimmed)), line: index + 1)))
        }
        return ImportedDocument(blocks: blocks)
    }
}

extension String {
    /// The text without trailing spaces and tabs.
    fileprivate var trimmedTrailingSpaces: String {
        var text = self
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}
