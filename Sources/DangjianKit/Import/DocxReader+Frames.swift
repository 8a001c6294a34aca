import Foundation

extension DocxReader.BodyParser {
    /// A paragraph being read: its text so far, its properties and the run being read.
    final class Paragraph {
        /// Its number among the body's paragraphs; 0 inside a table, text box or note.
        let line: Int
        var inline = DocxReader.InlineMarkdown()
        var styleID: String?
        var numberingID: Int?
        var listLevel: Int?
        var outlineLevel: Int?
        var inProperties = false
        var run: Run?

        init(line: Int) {
            self.line = line
        }

        /// The paragraph, still without its text, with the role its style, outline level and
        /// numbering give it: a direct outline level wins over the style's; a direct list (or
        /// list number 0, no list) over the style's.
        func imported(styles: DocxReader.Styles, numbering: DocxReader.Numbering) -> ImportedParagraph {
            let styleID = styleID ?? styles.defaultParagraphStyle
            var (headingLevel, isTitle) = styles.role(of: styleID)
            if let outlineLevel {
                headingLevel = DocxReader.headingLevel(outlineLevel: outlineLevel)
                isTitle = false
            }
            let styleList = styles.numbering(of: styleID)
            var listLevel: Int?
            var isNumbered = false
            if let numberingID = numberingID ?? styleList?.numberingID, numberingID != 0 {
                let level = min(max(self.listLevel ?? styleList?.level ?? 0, 0), 8)
                if let numbered = numbering.isNumbered(numberingID, level: level) {
                    listLevel = level
                    isNumbered = numbered
                }
            }
            return ImportedParagraph(
                text: "", headingLevel: headingLevel, isTitle: isTitle, listLevel: listLevel, isNumbered: isNumbered,
                line: line)
        }
    }

    /// The formatting of the run being read.
    struct Run {
        var bold: Bool?
        var complexBold: Bool?
        var styleID: String?
        var hidden = false
        var inProperties = false
        var inText = false
    }

    /// Text gathered from paragraphs that are not blocks of their own: a cell, a text box, a note.
    final class Collector {
        var texts: [String] = []
        /// The columns a table cell spans (`w:gridSpan`).
        var span = 1
    }

    /// The rows of a table being read, and the row being read.
    final class Table {
        var rows: [[String]] = []
        var row: [String]?
        /// The empty columns after the current row's last cell (`w:gridAfter`).
        var gridAfter = 0

        /// The rows padded with empty cells to the widest.
        var paddedRows: [[String]] {
            let width = rows.map(\.count).max() ?? 0
            return rows.map { $0 + repeatElement("", count: width - $0.count) }
        }
    }

    /// What the paragraphs being read belong to, innermost last.
    enum Frame {
        case table(Table)
        case cell(Collector)
        case textBox(Collector)
        case note(DocxReader.NoteKey, Collector)
    }
}
