import Foundation

/// A report read from a Word file or from pasted text, before it becomes Markdown: what the
/// readers (`DocxReader`, `TextImportReader`) produce and `ReportImporter` turns into a report.
public struct ImportedDocument: Sendable, Equatable {
    /// The document's blocks in reading order.
    public var blocks: [ImportedBlock]
    /// The pictures the document embeds, written beside the report.
    public var images: [ImportedImage]
    /// The footnotes' text, in order; `[^1]` in a paragraph refers to the first.
    public var notes: [String]

    /// Creates a document.
    public init(blocks: [ImportedBlock] = [], images: [ImportedImage] = [], notes: [String] = []) {
        self.blocks = blocks
        self.images = images
        self.notes = notes
    }
}

/// One block of an imported document.
public enum ImportedBlock: Sendable, Equatable {
    /// A paragraph of text.
    case paragraph(ImportedParagraph)
    /// A table: rows of cells, the first row the header; cell text is inline Markdown.
    case table([[String]])
    /// A picture on its own, by its index in `ImportedDocument.images`.
    case image(Int)
    /// Markdown kept as written (an imported .md file's body, only normalised).
    case markdown(String)
}

/// A paragraph and what the source says about its role.
public struct ImportedParagraph: Sendable, Equatable {
    /// The text as inline Markdown: `**bold**`, footnote references `[^1]`; Markdown characters
    /// that were plain text in the source are escaped.
    public var text: String
    /// The heading level a Word style gives (标题 1 / Heading 1 → 1 …); nil for body text.
    public var headingLevel: Int?
    /// Whether the Word style is the document title (Title / 标题).
    public var isTitle: Bool
    /// The list level (0 the outermost) when Word numbers or bullets the paragraph.
    public var listLevel: Int?
    /// Whether that list is numbered (else bulleted).
    public var isNumbered: Bool
    /// Where the paragraph is, for diagnostics: its line in a text file, its paragraph number
    /// (1-based) in a Word file.
    public var line: Int

    /// Creates a paragraph.
    public init(
        text: String, headingLevel: Int? = nil, isTitle: Bool = false, listLevel: Int? = nil,
        isNumbered: Bool = false, line: Int
    ) {
        self.text = text
        self.headingLevel = headingLevel
        self.isTitle = isTitle
        self.listLevel = listLevel
        self.isNumbered = isNumbered
        self.line = line
    }
}

/// A picture taken out of a document.
public struct ImportedImage: Sendable, Equatable {
    /// A file name for it beside the report (ASCII, e.g. `image-1.png`).
    public let fileName: String
    /// Its bytes.
    public let data: Data
    /// Its pixel size when it is a PNG or JPEG.
    public let size: ImageSize?

    /// Creates an image.
    public init(fileName: String, data: Data, size: ImageSize?) {
        self.fileName = fileName
        self.data = data
        self.size = size
    }
}
