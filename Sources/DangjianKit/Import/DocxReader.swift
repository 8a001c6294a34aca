import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a Word `.docx` file into an `ImportedDocument`: paragraphs with the roles their styles
/// and numbering give them, tables, pictures and footnotes.
///
/// A .docx file is a ZIP of XML parts, opened with `WorkbookArchive` within the same limits as a
/// workbook. The main part is found through `_rels/.rels` (else `word/document.xml`), and its
/// styles, numbering, notes and pictures through its relationships. `word/styles.xml` says which
/// paragraph styles are headings (`heading 1`, `标题 1`, an outline level) or the title;
/// `word/numbering.xml` which lists are numbered and which bulleted. Runs become inline Markdown:
/// bold runs `**…**`, footnote references `[^1]`, and Markdown characters escaped.
///
/// A document is input from anyone: every part is bounded (see `Limits`), a document type
/// declaration is refused, and a picture or note that the document refers to but does not hold
/// is an error naming its paragraph, never a crash and never a silent loss.
public struct DocxReader: Sendable {
    /// The file name used in diagnostics.
    public let file: String
    /// The bounds a document must keep to.
    public let limits: Limits

    /// Creates a reader whose diagnostics name `file`.
    public init(file: String, limits: Limits = Limits()) {
        self.file = file
        self.limits = limits
    }

    /// How much of a document is read before it is refused as broken or hostile.
    public struct Limits: Sendable {
        /// The largest uncompressed `word/document.xml`, in bytes (64 MB: a 500-page report
        /// takes about 5 MB).
        public var documentPartSize: UInt64 = 64 << 20
        /// The largest styles, numbering, notes or relationships part, in bytes (32 MB).
        public var otherPartSize: UInt64 = 32 << 20
        /// The largest picture, in bytes (32 MB).
        public var pictureSize: UInt64 = 32 << 20
        /// The most bytes of pictures in one document (256 MB).
        public var totalPictureSize: UInt64 = 256 << 20
        /// The largest ratio of a part's uncompressed to compressed size…
        public var compressionRatio: UInt64 = 100
        /// …checked only for parts larger than this many bytes (8 MB).
        public var ratioExemptSize: UInt64 = 8 << 20

        /// The default limits.
        public init() {}
    }

    /// Reads the document at `url`.
    public func read(_ url: URL) throws(BuildFailure) -> ImportedDocument {
        let whole = SourceLocation(file: file)
        let archive: WorkbookArchive
        do {
            archive = try WorkbookArchive(url: url)
        } catch {
            throw WorkbookArchive.refusal(error, format: .word, at: whole)
        }
        let document = try mainPart(archive)
        guard archive.entries[document] != nil else {
            throw BuildFailure("不是有效的 .docx 文件：缺少正文 \(document)", at: whole)
        }
        let folder = Self.folder(of: document)
        let relations = RelationshipsParser()
        let relationsPath = folder + "_rels/" + document.dropFirst(folder.count) + ".rels"
        try parse(archive, relationsPath, with: relations)
        func part(_ type: String, _ name: String) -> String {
            relations.targetsByType[type].flatMap { Self.resolve($0, from: folder) } ?? folder + name
        }
        let styles = StylesParser()
        try parse(archive, part("styles", "styles.xml"), with: styles, namespaces: true)
        let numbering = NumberingParser()
        try parse(archive, part("numbering", "numbering.xml"), with: numbering, namespaces: true)
        var context = BodyContext(
            file: file, styles: styles.styles, numbering: numbering.numbering, pictureParts: [:], externalTargets: [:],
            notes: [:])
        let notes = BodyParser(context: context, readingNotes: true)
        try parse(archive, part("footnotes", "footnotes.xml"), with: notes, namespaces: true)
        try parse(archive, part("endnotes", "endnotes.xml"), with: notes, namespaces: true)
        if !notes.problems.isEmpty { throw BuildFailure(diagnostics: notes.problems) }
        context = BodyContext(
            file: file, styles: styles.styles, numbering: numbering.numbering,
            pictureParts: relations.targets.filter { !relations.externalIDs.contains($0.key) }
                .compactMapValues { Self.resolve($0, from: folder) },
            externalTargets: relations.targets.filter { relations.externalIDs.contains($0.key) },
            notes: notes.noteTexts)
        let body = BodyParser(context: context, readingNotes: false)
        try parse(archive, document, maximumSize: limits.documentPartSize, with: body, namespaces: true)
        if !body.problems.isEmpty { throw BuildFailure(diagnostics: body.problems) }
        let images = try pictures(body.pictures, in: archive)
        return ImportedDocument(blocks: body.blocks, images: images, notes: body.notes)
    }
}

extension DocxReader {
    /// The main document part named by the package relationships, else `word/document.xml`.
    fileprivate func mainPart(_ archive: WorkbookArchive) throws(BuildFailure) -> String {
        let package = RelationshipsParser()
        try parse(archive, "_rels/.rels", with: package)
        return package.targetsByType["officeDocument"].flatMap { Self.resolve($0, from: "") } ?? "word/document.xml"
    }

    /// The pictures' bytes, named `image-1.png` … in order of first use.
    fileprivate func pictures(_ uses: [(path: String, line: Int, place: String)], in archive: WorkbookArchive)
        throws(BuildFailure)
        -> [ImportedImage]
    {
        var images: [ImportedImage] = []
        var total: UInt64 = 0
        let partLimits = WorkbookArchive.PartLimits(
            maximumSize: limits.pictureSize, maximumRatio: limits.compressionRatio,
            ratioExemptSize: limits.ratioExemptSize)
        for (index, use) in uses.enumerated() {
            let location = SourceLocation(file: file, line: use.line)
            let stored = archive.entries[use.path] != nil ? use.path : Self.caseInsensitiveMatch(use.path, in: archive)
            guard let stored,
                let data = try archive.contents(of: stored, limits: partLimits, format: .word, at: location)
            else {
                throw BuildFailure("Word 文件已损坏：\(use.place)的图片 \(use.path) 不在文件中", at: location)
            }
            total += UInt64(data.count)
            if total > limits.totalPictureSize {
                throw BuildFailure(
                    "Word 文件中的图片合计超过上限 \(WorkbookArchive.size(limits.totalPictureSize))，已拒绝读取", at: location)
            }
            let name = "image-\(index + 1).\(Self.fileExtension(of: use.path))"
            images.append(ImportedImage(fileName: name, data: data, size: ImageSize(data: data)))
        }
        return images
    }

    /// Streams a part through `delegate` within the limits for its kind; false when it is missing.
    @discardableResult
    fileprivate func parse(
        _ archive: WorkbookArchive, _ path: String, maximumSize: UInt64? = nil, with delegate: some PartParser,
        namespaces: Bool = false
    ) throws(BuildFailure) -> Bool {
        let partLimits = WorkbookArchive.PartLimits(
            maximumSize: maximumSize ?? limits.otherPartSize, maximumRatio: limits.compressionRatio,
            ratioExemptSize: limits.ratioExemptSize)
        return try archive.parse(
            path, limits: partLimits, with: delegate, format: .word, namespaces: namespaces,
            at: SourceLocation(file: file))
    }

    /// The folder of a part, with its trailing slash: `word/` for `word/document.xml`.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// The archive path of a relationship's target, relative to `folder` unless it starts with
    /// `/`; nil when it climbs out of the package.
    static func resolve(_ target: String, from folder: String) -> String? {
        let decoded = target.removingPercentEncoding ?? target
        var components = decoded.hasPrefix("/") ? [] : folder.split(separator: "/")
        for component in decoded.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            default: components.append(component)
            }
        }
        return components.isEmpty ? nil : components.joined(separator: "/")
    }

    /// The stored path that differs from `path` only in case (part names are case-insensitive).
    static func caseInsensitiveMatch(_ path: String, in archive: WorkbookArchive) -> String? {
        let lowered = path.lowercased()
        return archive.entries.keys.first { $0.lowercased() == lowered }
    }

    /// A picture's file extension, lowercased and ASCII (`jpeg` → `jpg`); `bin` when it has none.
    static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return "bin" }
        let suffix = name[name.index(after: dot)...].lowercased()
        guard !suffix.isEmpty, suffix.count <= 5, suffix.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return "bin" }
        return suffix == "jpeg" || suffix == "jpe" ? "jpg" : suffix
    }
}
