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

    /// Reads the text file at `url`.
    public func read(_ url: URL) throws(BuildFailure) -> ImportedDocument {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw BuildFailure("无法读取文件：\(FileSystemProblem.describe(error))", at: SourceLocation(file: file))
        }
        return document(from: try TextDecoder().decode(data, file: file).text)
    }

    /// The paragraphs of a text: its non-empty lines, trimmed, Markdown characters escaped.
    public func document(from text: String) -> ImportedDocument {
        var blocks: [ImportedBlock] = []
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let trimmed = String(line).trimmedOfSpaces
            guard !trimmed.isEmpty else { continue }
            blocks.append(.paragraph(ImportedParagraph(text: Self.escapeMarkdown(trimmed), line: index + 1)))
        }
        return ImportedDocument(blocks: blocks)
    }

    /// Plain text made safe as Markdown: characters that would start markup are escaped.
    public static func escapeMarkdown(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\*_[]<>`".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        // A line starting with # or a number and a dot would become a heading or a list.
        if escaped.hasPrefix("#") || escaped.hasPrefix("+") || escaped.hasPrefix("-") || escaped.hasPrefix("=") {
            escaped = "\\" + escaped
        }
        return escaped
    }
}
