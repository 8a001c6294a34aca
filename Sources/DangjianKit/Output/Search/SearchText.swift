import Foundation

/// The text a search finds on a page: what a reader sees in its `<main>` element, without the
/// page's navigation (breadcrumbs, year switches), scripts, styles, charts (their data tables
/// carry the same figures) or elements marked `data-nosearch` (the print marking).
///
/// Taken from the rendered bytes as each page passes to the staging folder, so the index always
/// holds what the page shows, whatever template or model wrote it. Whitespace runs become one
/// space; a tag that starts a block (`<p>`, `<td>`, `<li>` …) separates words, an inline one
/// (`<a>`, `<strong>` …) does not, so `<strong>党</strong>组织` reads 党组织.
enum SearchText {
    /// The visible text of a page's `<main>` element; empty when the page has none.
    static func mainText(of html: Data) -> String {
        html.withUnsafeBytes { raw -> String in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return "" }
            let bytes = UnsafeBufferPointer(start: base, count: raw.count)
            guard let open = find(Array("<main".utf8), in: bytes, from: 0),
                let start = tagEnd(in: bytes, from: open)
            else { return "" }
            let end = find(Array("</main>".utf8), in: bytes, from: start) ?? bytes.count
            var extractor = Extractor()
            extractor.run(bytes, from: start, to: end)
            return extractor.text
        }
    }

    /// The folded form searched and indexed: NFKC (full-width letters, digits and punctuation as
    /// their half-width forms) and lower case, as `String.prototype.normalize("NFKC").toLowerCase()`
    /// does in the browser.
    static func fold(_ text: String) -> String {
        if let quick = quickFold(text) { return quick }
        return text.precomposedStringWithCompatibilityMapping.lowercased()
    }

    /// The fold of a text made only of characters NFKC leaves alone or maps one to one (ASCII,
    /// the CJK ideographs, full-width forms, the punctuation of Chinese text); nil for any other
    /// text. Foundation's normalisation took most of the index's time at city scale.
    static func quickFold(_ text: String) -> String? {
        quickFoldedScalars(text).map { values in
            String(String.UnicodeScalarView(values.map { Unicode.Scalar($0)! }))
        }
    }

    /// The folded text's Unicode scalars, as the index cuts them into grams.
    static func foldedScalars(_ text: String) -> [UInt32] {
        quickFoldedScalars(text) ?? fold(text).unicodeScalars.map(\.value)
    }

    private static func quickFoldedScalars(_ text: String) -> [UInt32]? {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count / 2)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x41...0x5A: scalars.append(value + 0x20)
            case 0x00...0x7F, 0x4E00...0x9FFF: scalars.append(value)
            case 0xFF21...0xFF3A: scalars.append(value - 0xFEE0 + 0x20)
            case 0xFF01...0xFF5E: scalars.append(value - 0xFEE0)
            case 0xB7, 0xD7, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2192, 0x25A0, 0x25B2, 0x25BC,
                0x3001, 0x3002, 0x3008...0x3011:
                scalars.append(value)
            default: return nil
            }
        }
        return scalars
    }

    /// A query as searched: folded, whitespace runs as one space, trimmed.
    static func foldQuery(_ query: String) -> String {
        fold(query).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Elements whose content is not text of the page.
    static let skippedElements: Set<String> = ["script", "style", "svg", "template", "nav", "noscript"]
    /// Elements inside a line of text: their tags do not separate words.
    static let inlineElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q",
        "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    ]
    /// Elements without content or end tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    /// The named character references templates and Markdown write.
    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "middot": "·", "mdash": "—",
        "ndash": "–", "hellip": "…", "times": "×", "copy": "©", "reg": "®", "ldquo": "“", "rdquo": "”",
        "lsquo": "‘", "rsquo": "’",
    ]
}

extension SearchText {
    /// Walks the bytes of `<main>`, collecting text with whitespace collapsed.
    fileprivate struct Extractor {
        private var output: [UInt8] = []
        /// Whether a space is owed before the next text (a separator or whitespace was seen).
        private var pendingSpace = false

        var text: String {
            String(decoding: output, as: UTF8.self)
        }

        mutating func run(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
            var index = start
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<") {
                    index = tag(bytes, at: index, end: end)
                } else if byte == UInt8(ascii: "&") {
                    index = entity(bytes, at: index, end: end)
                } else if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                    pendingSpace = true
                    index += 1
                } else if byte < 0x80 {
                    append([byte])
                    index += 1
                } else {
                    // A multi-byte scalar: Unicode whitespace (no-break, ideographic spaces …) collapses too.
                    var length = 1
                    while index + length < end, bytes[index + length] & 0xC0 == 0x80 { length += 1 }
                    if SearchText.isWhitespace(bytes, at: index, length: length) {
                        pendingSpace = true
                    } else {
                        append(bytes, from: index, count: length)
                    }
                    index += length
                }
            }
        }

        private mutating func append(_ bytes: [UInt8]) {
            if pendingSpace, !output.isEmpty { output.append(0x20) }
            pendingSpace = false
            output.append(contentsOf: bytes)
        }

        private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) {
            if pendingSpace, !output.isEmpty { output.append(0x20) }
            pendingSpace = false
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<(start + count)]))
        }

        /// Reads one tag (or comment) at `index`; skips a skipped element's content. Returns the
        /// index after it.
        private mutating func tag(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
            if SearchText.matches(Array("<!--".utf8), in: bytes, at: index) {
                let close = SearchText.find(Array("-->".utf8), in: bytes, from: index + 4) ?? end
                return min(close + 3, end)
            }
            guard let after = SearchText.tagEnd(in: bytes, from: index) else { return end }
            let (name, closing) = SearchText.tagName(bytes, at: index, end: after)
            if name.isEmpty {  // a lone "<" in text
                append([UInt8(ascii: "<")])
                return index + 1
            }
            if !SearchText.inlineElements.contains(name) { pendingSpace = true }
            guard !closing, !SearchText.voidElements.contains(name) else { return after }
            let skipped =
                SearchText.skippedElements.contains(name)
                || SearchText.find(Array("data-nosearch".utf8), in: bytes, from: index, before: after) != nil
            guard skipped, bytes[after - 2] != UInt8(ascii: "/") else { return after }
            return SearchText.elementEnd(bytes, named: name, from: after, end: end)
        }

        /// Decodes one character reference at `index`; returns the index after it.
        private mutating func entity(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
            var close = index + 1
            while close < end, close - index <= 10, bytes[close] != UInt8(ascii: ";") { close += 1 }
            guard close < end, bytes[close] == UInt8(ascii: ";") else {
                append([UInt8(ascii: "&")])
                return index + 1
            }
            let name = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
            var decoded: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                decoded = SearchText.namedEntities[name]
            }
            guard let decoded else {
                append([UInt8(ascii: "&")])
                return index + 1
            }
            if decoded.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                pendingSpace = true
            } else {
                append(Array(decoded.utf8))
            }
            return close + 1
        }
    }

    /// Whether the multi-byte UTF-8 scalar at `index` is Unicode whitespace (U+0085, U+00A0,
    /// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), decoded by hand: most of
    /// a page's text is multi-byte, and a String per scalar was most of the extraction's time.
    fileprivate static func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Bool {
        var scalar = UInt32(bytes[index]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
        switch scalar {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// The index after the `>` ending the tag that starts at `start` (quoted values may hold `>`).
    fileprivate static func tagEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var quote: UInt8?
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            }
            index += 1
        }
        return nil
    }

    /// A tag's lower-case name and whether it closes an element (empty for what is not a tag).
    fileprivate static func tagName(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> (String, Bool) {
        var index = start + 1
        let closing = index < end && bytes[index] == UInt8(ascii: "/")
        if closing { index += 1 }
        var name: [UInt8] = []
        while index < end {
            let byte = bytes[index] | 0x20
            guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (0x30...0x39).contains(bytes[index])
            else { break }
            name.append(byte)
            index += 1
        }
        return (String(decoding: name, as: UTF8.self), closing)
    }

    /// The index after the end tag of an element named `name` whose content starts at `start`,
    /// counting nested elements of the same name.
    fileprivate static func elementEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, named name: String, from start: Int, end: Int
    ) -> Int {
        var depth = 1
        var index = start
        while index < end {
            guard let open = find([UInt8(ascii: "<")], in: bytes, from: index, before: end) else { return end }
            guard let after = tagEnd(in: bytes, from: open) else { return end }
            let (tag, closing) = tagName(bytes, at: open, end: after)
            if tag == name {
                depth += closing ? -1 : (bytes[after - 2] == UInt8(ascii: "/") ? 0 : 1)
                if depth == 0 { return after }
            }
            index = after
        }
        return end
    }

    fileprivate static func matches(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + needle.count <= bytes.count else { return false }
        for offset in 0..<needle.count where bytes[index + offset] != needle[offset] { return false }
        return true
    }

    /// The first index of `needle` at or after `start` (and before `limit`).
    fileprivate static func find(
        _ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int? = nil
    ) -> Int? {
        let limit = min(limit ?? bytes.count, bytes.count)
        guard let first = needle.first, let base = bytes.baseAddress else { return nil }
        var index = start
        while index + needle.count <= limit {
            guard let found = memchr(base + index, Int32(first), limit - index) else { return nil }
            let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if position + needle.count > limit { return nil }
            if matches(needle, in: bytes, at: position) { return position }
            index = position + 1
        }
        return nil
    }
}
