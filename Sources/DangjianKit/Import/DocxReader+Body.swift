import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

extension DocxReader {
    /// A footnote or an endnote: which part holds it and its `w:id`.
    struct NoteKey: Hashable {
        let isEndnote: Bool
        let id: String
    }

    /// What the body parser needs besides the XML: the document's other parts, already read.
    struct BodyContext {
        /// The file name used in diagnostics.
        let file: String
        let styles: Styles
        let numbering: Numbering
        /// Pictures stored in the document: relationship id → the part's path in the archive.
        let pictureParts: [String: String]
        /// Relationships to files outside the document: id → target.
        let externalTargets: [String: String]
        /// The text of every note by part and id; empty while the notes parts themselves are read.
        let notes: [NoteKey: String]
    }

    /// `word/document.xml` turned into blocks as it streams past, or (`readingNotes`) the notes of
    /// `word/footnotes.xml` and `word/endnotes.xml` turned into text.
    ///
    /// Runs become inline Markdown (`InlineMarkdown`); table cells, text boxes and notes gather
    /// their paragraphs' text, joined by spaces; pictures are numbered in order of first use and
    /// placed after the paragraph or table that holds them. Deleted revisions, hidden text,
    /// earlier formatting kept for tracked changes and `mc:Fallback` copies are skipped.
    final class BodyParser: NSObject, PartParser {
        private(set) var blocks: [ImportedBlock] = []
        /// The pictures' parts in order of first use, with where that use is (`here`).
        private(set) var pictures: [(path: String, line: Int, place: String)] = []
        /// The referenced notes' text, in order of first reference.
        private(set) var notes: [String] = []
        /// When reading the notes parts: every note's text.
        private(set) var noteTexts: [NoteKey: String] = [:]
        private(set) var problems: [Diagnostic] = []
        private(set) var stopped: [Diagnostic]?

        private let context: BodyContext
        private let readingNotes: Bool
        private var paragraphs: [Paragraph] = []
        private var frames: [Frame] = []
        private var pendingPictures: [Int] = []
        private var pictureIndexes: [String: Int] = [:]
        private var noteNumbers: [NoteKey: Int] = [:]
        private var paragraphCount = 0
        private var skipped = 0
        private var mustStop = false

        /// The most problems collected before reading stops.
        static let maximumProblems = 100
        /// Word tables have at most 63 columns.
        static let maximumColumns = 63

        init(context: BodyContext, readingNotes: Bool) {
            self.context = context
            self.readingNotes = readingNotes
        }

        func parser(
            _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if skipped > 0 {
                skipped += 1
                return
            }
            if DocxReader.wordNamespaces.contains(namespaceURI ?? "") {
                start(element, attributes)
            } else {
                switch element {
                case "Fallback": skipped = 1
                case "blip":
                    picture(
                        DocxReader.attribute("embed", in: attributes),
                        linked: DocxReader.attribute("link", in: attributes))
                case "imagedata": picture(DocxReader.attribute("id", in: attributes), linked: nil)
                default: break
                }
            }
            stopIfNeeded(parser)
        }

        func parser(
            _ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?
        ) {
            if skipped > 0 {
                skipped -= 1
                return
            }
            guard DocxReader.wordNamespaces.contains(namespaceURI ?? "") else { return }
            end(element)
            stopIfNeeded(parser)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if skipped == 0, paragraphs.last?.run?.inText == true { appendText(string) }
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            if skipped == 0, paragraphs.last?.run?.inText == true { appendText(String(decoding: block, as: UTF8.self)) }
        }
    }
}

extension DocxReader.BodyParser {
    private func start(_ element: String, _ attributes: [String: String]) {
        switch element {
        case "p":
            let isBody = !readingNotes && frames.isEmpty && paragraphs.isEmpty
            if isBody { paragraphCount += 1 }
            paragraphs.append(Paragraph(line: isBody ? paragraphCount : 0))
        case "pPr": paragraphs.last?.inProperties = paragraphs.last?.run == nil
        case "r": paragraphs.last?.run = Run()
        case "rPr":
            if paragraphs.last?.run != nil, paragraphs.last?.inProperties == false {
                paragraphs.last?.run?.inProperties = true
            } else {
                skipped = 1  // the paragraph mark's formatting, or a content control's
            }
        case "t": paragraphs.last?.run?.inText = true
        case "tab", "ptab", "cr": appendText(" ")
        case "br":
            let type = DocxReader.attribute("type", in: attributes) ?? "textWrapping"
            if type != "page" && type != "column" { appendText(" ") }
        case "noBreakHyphen": appendText("-")
        case "footnoteReference", "endnoteReference":
            noteReference(DocxReader.attribute("id", in: attributes), isEndnote: element == "endnoteReference")
        case "txbxContent": frames.append(.textBox(Collector()))
        case "tbl": frames.append(.table(Table()))
        case "tr": if case .table(let table) = frames.last { table.row = [] }
        case "tc": frames.append(.cell(Collector()))
        case "gridSpan": if case .cell(let cell) = frames.last { cell.span = columns(attributes, minimum: 1) }
        case "gridBefore":
            if case .table(let table) = frames.last {
                table.row?.append(contentsOf: repeatElement("", count: columns(attributes, minimum: 0)))
            }
        case "gridAfter": if case .table(let table) = frames.last { table.gridAfter = columns(attributes, minimum: 0) }
        case "footnote", "endnote":
            guard readingNotes else { return }
            let type = DocxReader.attribute("type", in: attributes) ?? "normal"
            guard type == "normal", let id = DocxReader.attribute("id", in: attributes) else {
                skipped = 1  // separators and continuation notices
                return
            }
            frames.append(.note(DocxReader.NoteKey(isEndnote: element == "endnote", id: id), Collector()))
        case "del", "moveFrom", "rPrChange", "pPrChange", "sectPr", "tabs", "tblPrChange", "trPrChange", "tcPrChange",
            "sectPrChange", "numberingChange":
            skipped = 1
        default: property(element, attributes)
        }
    }

    private func end(_ element: String) {
        switch element {
        case "t": paragraphs.last?.run?.inText = false
        case "rPr": paragraphs.last?.run?.inProperties = false
        case "pPr": paragraphs.last?.inProperties = false
        case "r": paragraphs.last?.run = nil
        case "p": if let paragraph = paragraphs.popLast() { finish(paragraph) }
        case "txbxContent": if case .textBox(let collector) = frames.popLast() { finishTextBox(collector) }
        case "tbl": if case .table(let table) = frames.popLast() { finish(table) }
        case "tr":
            if case .table(let table) = frames.last, let row = table.row {
                table.rows.append(row + repeatElement("", count: table.gridAfter))
                table.row = nil
                table.gridAfter = 0
            }
        case "tc": if case .cell(let cell) = frames.popLast() { finish(cell) }
        case "footnote", "endnote":
            if readingNotes, case .note(let key, let collector) = frames.popLast() {
                noteTexts[key] = collector.texts.joined(separator: " ")
            }
        default: break
        }
    }

    /// A paragraph or run property.
    private func property(_ element: String, _ attributes: [String: String]) {
        guard let paragraph = paragraphs.last else { return }
        if paragraph.inProperties {
            switch element {
            case "pStyle": paragraph.styleID = DocxReader.attribute("val", in: attributes)
            case "numId": paragraph.numberingID = DocxReader.integer("val", in: attributes)
            case "ilvl": paragraph.listLevel = DocxReader.integer("val", in: attributes)
            case "outlineLvl": paragraph.outlineLevel = DocxReader.integer("val", in: attributes)
            default: break
            }
        } else if paragraph.run?.inProperties == true {
            switch element {
            case "b": paragraph.run?.bold = DocxReader.isOn(attributes)
            case "bCs": paragraph.run?.complexBold = DocxReader.isOn(attributes)
            case "rStyle": paragraph.run?.styleID = DocxReader.attribute("val", in: attributes)
            case "vanish": paragraph.run?.hidden = DocxReader.isOn(attributes)
            default: break
            }
        }
    }

    /// Text of the current run, unless the run is hidden.
    private func appendText(_ text: String) {
        guard let paragraph = paragraphs.last, let run = paragraph.run, !run.inProperties, !run.hidden else { return }
        let inherited = context.styles.bold(of: run.styleID)
        let bold = (run.bold ?? inherited.bold ?? false) || (run.complexBold ?? inherited.complexBold ?? false)
        paragraph.inline.append(text, bold: bold)
    }

    private func finish(_ paragraph: Paragraph) {
        switch frames.last {
        case .cell(let collector), .textBox(let collector), .note(_, let collector):
            let inTable = frames.contains { if case .table = $0 { true } else { false } }
            let text = paragraph.inline.markdown(escapingPipes: inTable, escapingLineStart: false)
            if !text.isEmpty { collector.texts.append(text) }
        case .table: break
        case nil:
            guard paragraph.line > 0 else { return }
            var imported = paragraph.imported(styles: context.styles, numbering: context.numbering)
            // A heading or title is shown bold anyway: `**` would only clutter it.
            let keepingBold = imported.headingLevel == nil && !imported.isTitle
            imported.text = paragraph.inline.markdown(
                escapingPipes: false, escapingLineStart: true, keepingBold: keepingBold)
            if !imported.text.isEmpty { blocks.append(.paragraph(imported)) }
            placePictures()
        }
    }

    private func finishTextBox(_ collector: Collector) {
        let text = collector.texts.joined(separator: " ")
        if !text.isEmpty { paragraphs.last?.inline.appendMarkdown(" " + text + " ") }
    }

    private func finish(_ cell: Collector) {
        guard case .table(let table) = frames.last, table.row != nil else { return }
        table.row?.append(cell.texts.joined(separator: " "))
        table.row?.append(contentsOf: repeatElement("", count: cell.span - 1))
        if let count = table.row?.count, count > Self.maximumColumns {
            let place = readingNotes ? "脚注或尾注中" : paragraphCount == 0 ? "文档开头" : "第 \(paragraphCount) 段之后"
            problem("\(place)的表格超过 \(Self.maximumColumns) 列（Word 表格最多 \(Self.maximumColumns) 列），已停止读取")
            mustStop = true
        }
    }

    /// A table of equal rows; nested in a cell, text box or note, its cells' text joined.
    private func finish(_ table: Table) {
        let rows = table.paddedRows
        switch frames.last {
        case .cell(let collector), .textBox(let collector), .note(_, let collector):
            let text = rows.joined().filter { !$0.isEmpty }.joined(separator: " ")
            if !text.isEmpty { collector.texts.append(text) }
        case .table: break
        case nil:
            if rows.contains(where: { $0.contains { !$0.isEmpty } }) { blocks.append(.table(rows)) }
            placePictures()
        }
    }

    /// A count of grid columns (`w:gridSpan`, `w:gridBefore` …), at least `minimum` and at most
    /// one more than a table may have, so that a hostile count costs nothing and is still caught.
    private func columns(_ attributes: [String: String], minimum: Int) -> Int {
        min(max(DocxReader.integer("val", in: attributes) ?? minimum, minimum), Self.maximumColumns + 1)
    }

    private func placePictures() {
        blocks += pendingPictures.map(ImportedBlock.image)
        pendingPictures = []
    }

    /// A picture in the current run, by its relationship; `linked` when it is only linked.
    private func picture(_ relationshipID: String?, linked: String?) {
        guard !readingNotes, let run = paragraphs.last?.run, !run.hidden else { return }
        guard let id = relationshipID else {
            if let linked { linkedPicture(context.externalTargets[linked] ?? linked) }
            return
        }
        if let path = context.pictureParts[id] {
            if let index = pictureIndexes[path] {
                pendingPictures.append(index)
            } else {
                pictureIndexes[path] = pictures.count
                pendingPictures.append(pictures.count)
                pictures.append((path, here.line, here.description))
            }
        } else if let target = context.externalTargets[id] {
            linkedPicture(target)
        } else {
            problem("Word 文件已损坏：\(here.description)的图片引用了不存在的关系“\(id)”")
        }
    }

    private func linkedPicture(_ target: String) {
        problem("\(here.description)的图片链接到文档外的文件“\(target)”，没有保存在文档中；请在 Word 中将图片嵌入文档后再导入")
    }

    private func noteReference(_ id: String?, isEndnote: Bool) {
        guard !readingNotes, let id, let paragraph = paragraphs.last, let run = paragraph.run, !run.hidden else {
            return
        }
        let key = DocxReader.NoteKey(isEndnote: isEndnote, id: id)
        let number: Int
        if let known = noteNumbers[key] {
            number = known
        } else if let text = context.notes[key] {
            notes.append(text)
            number = notes.count
            noteNumbers[key] = number
        } else {
            let kind = isEndnote ? "尾注" : "脚注"
            problem("Word 文件已损坏：\(here.description)引用的\(kind)（编号 \(id)）不存在")
            return
        }
        paragraph.inline.appendMarkdown("[^\(number)]")
    }

    /// Where reading is, for diagnostics: the body paragraph, or the table after the last one.
    private var here: (line: Int, description: String) {
        if readingNotes { return (0, "脚注或尾注中") }
        if let line = paragraphs.first?.line, line > 0 { return (line, "第 \(line) 段") }
        return (paragraphCount, paragraphCount == 0 ? "文档开头的表格中" : "第 \(paragraphCount) 段之后的表格中")
    }

    private func problem(_ message: String) {
        problems.append(.error(message, at: SourceLocation(file: context.file, line: here.line)))
    }

    private func stopIfNeeded(_ parser: XMLParser) {
        guard stopped == nil, mustStop || problems.count >= Self.maximumProblems else { return }
        stopped = problems
        parser.abortParsing()
    }
}
