import Foundation

extension DocxReader {
    /// The text of one Word paragraph as its runs are read, turned into inline Markdown at its end.
    ///
    /// Adjacent bold runs become one `**…**`; bold that is only whitespace is plain; whitespace
    /// and, where CommonMark needs it, punctuation at the edges of a bold span move outside the
    /// markers, so that `**一是加强组织建设。**内容` (which CommonMark leaves unbolded: a closing
    /// `**` after punctuation must be followed by whitespace or punctuation) is written
    /// `**一是加强组织建设**。内容`. Markdown characters in the text are escaped.
    struct InlineMarkdown {
        /// A run's text, or Markdown written by the reader (a footnote reference) kept as is.
        fileprivate enum Piece {
            case text(String, bold: Bool)
            case markdown(String)
        }

        private var pieces: [Piece] = []

        /// Appends a run's text; line breaks inside it become spaces.
        mutating func append(_ text: String, bold: Bool) {
            guard !text.isEmpty else { return }
            let flat = text.contains(where: \.isNewline) ? String(text.map { $0.isNewline ? " " : $0 }) : text
            pieces.append(.text(flat, bold: bold))
        }

        /// Appends Markdown the reader wrote, such as `[^1]`, which is neither escaped nor bolded.
        mutating func appendMarkdown(_ markdown: String) {
            pieces.append(.markdown(markdown))
        }

        /// The paragraph as inline Markdown, trimmed. `pipes` escapes `|` (for a table cell);
        /// `lineStart` escapes a `#` that begins the text (for a paragraph of its own); without
        /// `keepingBold`, bold runs are written as plain text.
        func markdown(escapingPipes pipes: Bool, escapingLineStart lineStart: Bool, keepingBold: Bool = true)
            -> String
        {
            var result = ""
            let segments = pieces.map { Segment($0, keepingBold: keepingBold) }
            for segment in Self.flanked(Self.merged(segments)) {
                switch segment.kind {
                case .plain: result += MarkdownEscaping.escaped(segment.text, pipes: pipes)
                case .bold: result += "**" + MarkdownEscaping.escaped(segment.text, pipes: pipes) + "**"
                case .markdown: result += segment.text
                }
            }
            result = result.trimmingCharacters(in: .whitespacesAndNewlines)
            if lineStart { result = MarkdownEscaping.escapedLineStart(result) }
            return result
        }
    }
}

extension DocxReader.InlineMarkdown {
    /// Text of one kind after adjacent pieces of that kind are merged.
    fileprivate struct Segment {
        enum Kind { case plain, bold, markdown }
        var kind: Kind
        var text: String

        init(kind: Kind, text: String) {
            self.kind = kind
            self.text = text
        }

        init(_ piece: Piece, keepingBold: Bool) {
            switch piece {
            case .text(let text, let bold): self.init(kind: bold && keepingBold ? .bold : .plain, text: text)
            case .markdown(let markdown): self.init(kind: .markdown, text: markdown)
            }
        }
    }

    /// Adjacent segments of the same kind joined; bold that is only whitespace made plain.
    fileprivate static func merged(_ segments: [Segment]) -> [Segment] {
        var output: [Segment] = []
        for segment in segments {
            append(segment, to: &output)
        }
        for index in output.indices where output[index].kind == .bold && output[index].text.allSatisfy(\.isWhitespace) {
            output[index].kind = .plain
        }
        var remerged: [Segment] = []
        for segment in output {
            append(segment, to: &remerged)
        }
        return remerged
    }

    /// Each bold segment with the characters that would stop its markers from working moved
    /// outside them: whitespace at either edge, punctuation at the start after a letter, and
    /// punctuation at the end before a letter.
    fileprivate static func flanked(_ segments: [Segment]) -> [Segment] {
        var output: [Segment] = []
        for (index, segment) in segments.enumerated() {
            guard segment.kind == .bold else {
                append(segment, to: &output)
                continue
            }
            var text = Substring(segment.text)
            var leading = ""
            var previous = output.last?.text.last
            while let first = text.first,
                first.isWhitespace || (first.isMarkdownPunctuation && previous?.isWordLike == true)
            {
                leading.append(first)
                previous = first
                text.removeFirst()
            }
            var trailing = ""
            var next = index + 1 < segments.count ? segments[index + 1].text.first : nil
            while let last = text.last, last.isWhitespace || (last.isMarkdownPunctuation && next?.isWordLike == true) {
                trailing.insert(last, at: trailing.startIndex)
                next = last
                text.removeLast()
            }
            append(Segment(kind: .plain, text: leading), to: &output)
            append(Segment(kind: text.isEmpty ? .plain : .bold, text: String(text)), to: &output)
            append(Segment(kind: .plain, text: trailing), to: &output)
        }
        return output
    }

    /// Appends `segment` to `segments`, joining it to the last one when they are of the same kind.
    fileprivate static func append(_ segment: Segment, to segments: inout [Segment]) {
        guard !segment.text.isEmpty else { return }
        if let last = segments.last, last.kind == segment.kind, segment.kind != .markdown {
            segments[segments.count - 1].text += segment.text
        } else {
            segments.append(segment)
        }
    }
}

extension Character {
    /// Punctuation as CommonMark's emphasis rules count it: Unicode punctuation and symbols,
    /// which include all ASCII punctuation (`$ + < = > ^ ` | ~` are symbols in Unicode).
    fileprivate var isMarkdownPunctuation: Bool { isPunctuation || isSymbol }

    /// Neither whitespace nor punctuation: a character beside which a delimiter after (or before)
    /// punctuation cannot close (or open) emphasis.
    fileprivate var isWordLike: Bool { !isWhitespace && !isMarkdownPunctuation }
}
