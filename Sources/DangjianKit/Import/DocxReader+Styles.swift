import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

extension DocxReader {
    /// The WordprocessingML namespaces: transitional (what Word writes) and strict.
    static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]

    /// The value of the attribute whose local name is `name` (`w:val`, `r:embed` …), whatever its prefix.
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { $0.key.hasSuffix(":" + name) }?.value
    }

    /// An on/off property (`<w:b/>`, `<w:b w:val="0"/>`): on unless its value says off.
    static func isOn(_ attributes: [String: String]) -> Bool {
        !["0", "false", "off"].contains(attribute("val", in: attributes) ?? "on")
    }

    /// A number attribute (`w:val`, `w:ilvl` …); nil when missing or not an integer.
    static func integer(_ name: String, in attributes: [String: String]) -> Int? {
        attribute(name, in: attributes).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// The styles of a document, from `word/styles.xml`.
    struct Styles {
        /// What one style says about the paragraphs or runs that use it.
        struct Style {
            var name = ""
            var basedOn: String?
            var outlineLevel: Int?
            var numberingID: Int?
            var listLevel: Int?
            var bold: Bool?
            var complexBold: Bool?
        }

        /// The styles by id.
        var byID: [String: Style] = [:]
        /// The paragraph style of paragraphs that name none (Normal / 正文).
        var defaultParagraphStyle: String?

        /// The heading level and title flag a paragraph style gives: its name (`heading 2`,
        /// `标题 2`, `Title`, `标题`) or its outline level, else its parent's. A style id missing
        /// from the styles part is read as a name (`Heading2`, `Title`).
        func role(of styleID: String?) -> (headingLevel: Int?, isTitle: Bool) {
            var id = styleID
            if let styleID, byID[styleID] == nil { return Self.role(named: styleID) ?? (nil, false) }
            for _ in 0..<Self.maximumDepth {
                guard let current = id, let style = byID[current] else { break }
                if let role = Self.role(named: style.name) { return role }
                if let level = style.outlineLevel { return (DocxReader.headingLevel(outlineLevel: level), false) }
                id = style.basedOn
            }
            return (nil, false)
        }

        /// The list a paragraph style numbers its paragraphs with: its own or its parent's.
        func numbering(of styleID: String?) -> (numberingID: Int, level: Int?)? {
            var id = styleID
            for _ in 0..<Self.maximumDepth {
                guard let current = id, let style = byID[current] else { break }
                if let numberingID = style.numberingID { return (numberingID, style.listLevel) }
                id = style.basedOn
            }
            return nil
        }

        /// Whether a character style (Strong / 要点 …) makes its runs bold, and bold in complex scripts.
        func bold(of styleID: String?) -> (bold: Bool?, complexBold: Bool?) {
            var id = styleID
            var result: (bold: Bool?, complexBold: Bool?) = (nil, nil)
            for _ in 0..<Self.maximumDepth {
                guard let current = id, let style = byID[current] else { break }
                result = (result.bold ?? style.bold, result.complexBold ?? style.complexBold)
                id = style.basedOn
            }
            return result
        }

        /// How far a chain of `basedOn` is followed (a cycle stops here too).
        static let maximumDepth = 32

        /// The role a style name gives: `heading 1`…`heading 9`, `标题 1`…, `Title`, `标题`.
        static func role(named name: String) -> (headingLevel: Int?, isTitle: Bool)? {
            let compact = name.lowercased().filter { !$0.isWhitespace }
            if compact == "title" || compact == "标题" { return (nil, true) }
            for prefix in ["heading", "标题"] where compact.hasPrefix(prefix) {
                if let level = Int(compact.dropFirst(prefix.count)), (1...9).contains(level) {
                    return (min(level, 6), false)
                }
            }
            return nil
        }
    }

    /// The heading level of a Word outline level: 0 → 1 … (Markdown stops at 6); 9 is body text.
    static func headingLevel(outlineLevel: Int) -> Int? {
        (0...8).contains(outlineLevel) ? min(outlineLevel + 1, 6) : nil
    }

    /// `word/styles.xml`: each style's name, parent, outline level, numbering and bold.
    final class StylesParser: NSObject, PartParser {
        private(set) var styles = Styles()
        private var current: (id: String, style: Styles.Style)?
        private var inParagraphProperties = false
        private var inRunProperties = false
        private var skipped = SkippedElements()

        func parser(
            _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            guard skipped.entering(element, namespace: namespaceURI) else { return }
            switch element {
            case "style":
                let id = DocxReader.attribute("styleId", in: attributes) ?? ""
                current = (id, Styles.Style())
                let type = DocxReader.attribute("type", in: attributes)
                if type == "paragraph", DocxReader.attribute("default", in: attributes).map({ $0 == "1" }) == true {
                    styles.defaultParagraphStyle = id
                }
            case "tblStylePr", "pPrChange", "rPrChange": skipped.skipCurrent()
            case "pPr": inParagraphProperties = current != nil
            case "rPr": inRunProperties = current != nil
            default: read(element, attributes)
            }
        }

        func parser(
            _ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?
        ) {
            guard skipped.leaving(namespace: namespaceURI) else { return }
            switch element {
            case "style":
                if let (id, style) = current, styles.byID[id] == nil { styles.byID[id] = style }
                current = nil
            case "pPr": inParagraphProperties = false
            case "rPr": inRunProperties = false
            default: break
            }
        }

        /// A property of the current style.
        private func read(_ element: String, _ attributes: [String: String]) {
            guard current != nil else { return }
            let value = DocxReader.attribute("val", in: attributes)
            switch element {
            case "name": current?.style.name = value ?? ""
            case "basedOn": current?.style.basedOn = value
            case "outlineLvl" where inParagraphProperties:
                current?.style.outlineLevel = DocxReader.integer("val", in: attributes)
            case "numId" where inParagraphProperties:
                current?.style.numberingID = DocxReader.integer("val", in: attributes)
            case "ilvl" where inParagraphProperties:
                current?.style.listLevel = DocxReader.integer("val", in: attributes)
            case "b" where inRunProperties: current?.style.bold = DocxReader.isOn(attributes)
            case "bCs" where inRunProperties: current?.style.complexBold = DocxReader.isOn(attributes)
            default: break
            }
        }
    }

    /// The lists of a document, from `word/numbering.xml`: the number format of each level.
    struct Numbering {
        /// The formats (`decimal`, `bullet`, `chineseCounting` …) by abstract list and level.
        var abstractFormats: [Int: [Int: String]] = [:]
        /// Each list instance (`w:num`): its abstract list and the formats it overrides by level.
        var instances: [Int: (abstractID: Int?, overrides: [Int: String])] = [:]

        /// Whether level `level` of list `numberingID` is numbered (not bulleted); nil when
        /// there is no such list. A level without a format is numbered, as Word's default is decimal.
        func isNumbered(_ numberingID: Int, level: Int) -> Bool? {
            guard let instance = instances[numberingID] else { return nil }
            let format = instance.overrides[level] ?? instance.abstractID.flatMap { abstractFormats[$0]?[level] }
            return format != "bullet"
        }
    }

    /// `word/numbering.xml`: abstract lists with their levels' formats, and the list instances
    /// paragraphs refer to.
    final class NumberingParser: NSObject, PartParser {
        private(set) var numbering = Numbering()
        private var abstractID: Int?
        private var numberingID: Int?
        private var level: Int?
        private var skipped = SkippedElements()

        func parser(
            _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            guard skipped.entering(element, namespace: namespaceURI) else { return }
            switch element {
            case "abstractNum":
                abstractID = DocxReader.integer("abstractNumId", in: attributes)
            case "num":
                numberingID = DocxReader.integer("numId", in: attributes)
                if let numberingID, numbering.instances[numberingID] == nil {
                    numbering.instances[numberingID] = (nil, [:])
                }
            case "abstractNumId":
                if let numberingID, level == nil {
                    numbering.instances[numberingID]?.abstractID = DocxReader.integer("val", in: attributes)
                }
            case "lvl", "lvlOverride":
                level = DocxReader.integer("ilvl", in: attributes)
            case "numFmt":
                guard let level, let format = DocxReader.attribute("val", in: attributes) else { return }
                if let numberingID {
                    if numbering.instances[numberingID]?.overrides[level] == nil {
                        numbering.instances[numberingID]?.overrides[level] = format
                    }
                } else if let abstractID, numbering.abstractFormats[abstractID]?[level] == nil {
                    numbering.abstractFormats[abstractID, default: [:]][level] = format
                }
            default: break
            }
        }

        func parser(
            _ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?
        ) {
            guard skipped.leaving(namespace: namespaceURI) else { return }
            switch element {
            case "abstractNum": abstractID = nil
            case "num": numberingID = nil
            case "lvlOverride": level = nil
            case "lvl": if numberingID == nil { level = nil }
            default: break
            }
        }
    }
}

/// Elements the style and numbering parsers ignore with everything inside them: `mc:Fallback`
/// copies, elements of other namespaces, and those a parser chooses to skip (`skipCurrent`).
struct SkippedElements {
    private var depth = 0

    /// Whether an opening element is to be read; false inside a skipped element or for one to skip.
    mutating func entering(_ element: String, namespace: String?) -> Bool {
        guard depth == 0, DocxReader.wordNamespaces.contains(namespace ?? "") else {
            if depth > 0 || element == "Fallback" { depth += 1 }
            return false
        }
        return true
    }

    /// Skips the element just opened and everything inside it.
    mutating func skipCurrent() {
        depth = 1
    }

    /// Whether a closing element is to be read; false for the end of a skipped element.
    mutating func leaving(namespace: String?) -> Bool {
        if depth > 0 {
            depth -= 1
            return false
        }
        return DocxReader.wordNamespaces.contains(namespace ?? "")
    }
}
