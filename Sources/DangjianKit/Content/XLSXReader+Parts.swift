import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The delegate that reads one XML part of an Office file (a workbook's sheet, a document's body).
///
/// Each part has its own delegate class conforming directly to XMLParserDelegate: on Linux the
/// delegate methods are protocol-extension defaults, so a subclass's methods would never be called.
protocol PartParser: XMLParserDelegate {
    /// Set when the delegate stopped the parse itself: the diagnostics saying why.
    var stopped: [Diagnostic]? { get }
}

extension PartParser {
    var stopped: [Diagnostic]? { nil }
}

/// `xl/workbook.xml`: `<sheet name="…" r:id="rId1"/>` in order.
final class WorkbookParser: NSObject, PartParser {
    private(set) var sheets: [(name: String, relationID: String)] = []

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard element == "sheet", let name = attributes["name"] else { return }
        let relation = attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value ?? ""
        sheets.append((name, relation))
    }
}

/// A relationships part (`xl/_rels/workbook.xml.rels`, `word/_rels/document.xml.rels`,
/// `_rels/.rels`): relationship id → target path, as written (relative to the part's folder).
final class RelationshipsParser: NSObject, PartParser {
    private(set) var targets: [String: String] = [:]
    /// The ids whose target lies outside the package (`TargetMode="External"`: a linked picture, a web address).
    private(set) var externalIDs: Set<String> = []
    /// The first target of each relationship type, by the type's last path component
    /// (`officeDocument`, `styles`, `numbering`, `footnotes` …).
    private(set) var targetsByType: [String: String] = [:]

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        targets[id] = target
        if attributes["TargetMode"] == "External" {
            externalIDs.insert(id)
        } else if let type = attributes["Type"]?.split(separator: "/").last.map(String.init),
            targetsByType[type] == nil
        {
            targetsByType[type] = target
        }
    }
}

/// `xl/sharedStrings.xml`: the text of each `<si>`, its runs joined, phonetic hints left out.
///
/// Stops with an error past `limit` entries: `<si/>` is 5 bytes of XML but 16 bytes of String, so
/// the part's size alone would let a table of empty strings take three times its size in memory.
final class SharedStringsParser: NSObject, PartParser {
    private(set) var strings: [String] = []
    private(set) var stopped: [Diagnostic]?
    private let file: String
    private let limit: Int
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    init(file: String, limit: Int) {
        self.file = file
        self.limit = limit
    }

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch element {
        case "si": current = ""
        case "rPh": inPhonetic = true
        case "t": inText = !inPhonetic
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "si":
            guard strings.count < limit else {
                stopped = [
                    .error(
                        "Excel 文件中的 xl/sharedStrings.xml 有超过 \(limit) 个共享字符串，超过上限，已拒绝读取",
                        at: SourceLocation(file: file))
                ]
                parser.abortParsing()
                return
            }
            strings.append(current)
            current = ""
        case "rPh": inPhonetic = false
        case "t": inText = false
        default: break
        }
    }
}

/// `xl/styles.xml`: which cell style indexes (`s="…"`) show a date.
final class StylesParser: NSObject, PartParser {
    private var customDateFormats: Set<Int> = []
    private var inCellFormats = false
    private var formatIDs: [Int] = []

    /// Built-in number formats that are dates (ECMA-376 §18.8.30).
    static let builtinDateFormats: Set<Int> = [14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57]

    /// Excel keeps at most 64,000 cell styles; styles past this many are read as not dates.
    static let maximumCellFormats = 65_536

    /// The style indexes whose number format is a date; any other index, in range or not, is not.
    var dateStyleIndexes: Set<Int> {
        var indexes: Set<Int> = []
        for (index, format) in formatIDs.enumerated()
        where Self.builtinDateFormats.contains(format) || customDateFormats.contains(format) {
            indexes.insert(index)
        }
        return indexes
    }

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch element {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"],
                Self.isDateFormat(code), customDateFormats.count < Self.maximumCellFormats
            {
                customDateFormats.insert(id)
            }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats && formatIDs.count < Self.maximumCellFormats:
            formatIDs.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if element == "cellXfs" { inCellFormats = false }
    }

    /// A format code shows a date when it has y, m or d outside quotes and brackets.
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false
        var inBrackets = false
        for character in code.lowercased() {
            switch character {
            case "\"": inQuotes.toggle()
            case "[": inBrackets = true
            case "]": inBrackets = false
            case "y", "d", "m": if !inQuotes && !inBrackets { return true }
            default: break
            }
        }
        return false
    }
}

/// Hands a part's bytes to XMLParser, stopping at a document type declaration (`<!DOCTYPE`).
///
/// Office parts never have one (ECMA-376 Part 2 forbids DTDs in a package), and it is the only
/// way into entity tricks: external entities that read local files (XXE) and nested entities that
/// expand to gigabytes. libxml2 already refuses to load external entities and stops exponential
/// expansion, but declared entities still mangle the text silently; refusing the declaration
/// outright keeps the reader's behaviour independent of the libxml2 version.
final class DoctypeRefusingStream: InputStream {
    /// Whether the part had a document type declaration; reading stopped there.
    private(set) var foundDoctype = false
    private let source: InputStream
    private var scanner = PrologScanner()

    init(_ source: InputStream) {
        self.source = source
        super.init(data: Data())
    }

    override func open() { source.open() }
    override func close() { source.close() }
    override var hasBytesAvailable: Bool { !foundDoctype && source.hasBytesAvailable }
    override var streamError: Error? { source.streamError }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        guard !foundDoctype else { return -1 }
        let count = source.read(buffer, maxLength: length)
        if count > 0, scanner.findsDoctype(in: UnsafeBufferPointer(start: buffer, count: count)) {
            foundDoctype = true
            return -1
        }
        return count
    }
}

/// Reads the prolog of an XML document (before its root element) a chunk at a time, looking for `<!D`.
///
/// In the prolog, `<!D` starts a document type declaration or is malformed; comments and
/// processing instructions are skipped so their text cannot trigger it. Scanning ends at the root
/// element, where a declaration can no longer appear.
struct PrologScanner {
    private enum State {
        case prolog, lessThan, bang, bangDash
        case comment(dashes: Int)
        case instruction(questionMark: Bool)
        case done
    }

    private var state = State.prolog

    /// Whether these next bytes of the document complete a `<!D` in the prolog.
    mutating func findsDoctype(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes {
            switch (state, byte) {
            case (.done, _): return false
            case (.prolog, UInt8(ascii: "<")): state = .lessThan
            case (.prolog, _): break
            case (.lessThan, UInt8(ascii: "?")): state = .instruction(questionMark: false)
            case (.lessThan, UInt8(ascii: "!")): state = .bang
            case (.lessThan, _): state = .done
            case (.bang, UInt8(ascii: "D")): return true
            case (.bang, UInt8(ascii: "-")): state = .bangDash
            case (.bang, _): state = .done
            case (.bangDash, UInt8(ascii: "-")): state = .comment(dashes: 0)
            case (.bangDash, _): state = .done
            case (.comment(let dashes), UInt8(ascii: "-")): state = .comment(dashes: dashes + 1)
            case (.comment(let dashes), UInt8(ascii: ">")) where dashes >= 2: state = .prolog
            case (.comment, _): state = .comment(dashes: 0)
            case (.instruction(true), UInt8(ascii: ">")): state = .prolog
            case (.instruction, UInt8(ascii: "?")): state = .instruction(questionMark: true)
            case (.instruction, _): state = .instruction(questionMark: false)
            }
        }
        return false
    }
}
