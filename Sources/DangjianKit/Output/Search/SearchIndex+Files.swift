import Foundation

/// The index as the scripts the search page loads: classic scripts, because a page opened from
/// disk (a USB stick, file://) may not fetch() files beside it, but may load scripts. Each file
/// assigns its part to `window.dangjianSearchData[name]`; the search script loads a part when a
/// query needs it.
///
/// - `search/meta.js`: every page (path, name, kind, region, year, folded length) and the number
///   of parts.
/// - `search/index-NN.js`: the grams whose hash (FNV-1a over UTF-16 units) modulo the number of
///   parts is NN, each with its pages as a string of numbers (see `encode`).
/// - `search/text-NN.js`: the texts of the pages from `textStarts[NN]` on (about 48 KB a part),
///   for checking a longer query against the text and for the snippets.
extension SearchIndex {
    /// The folder of the index files and of the search page.
    static let folder = "search"
    /// The file listing the pages, loaded first.
    static let metaPath = "search/meta.js"
    /// About how many bytes of text a text part holds.
    static let textPartBytes = 48_000
    /// About how many bytes of postings a gram part holds.
    static let gramPartBytes = 64_000

    /// Every file of the index, meta.js first.
    func files() -> [RenderedFile] {
        // Text parts end where they pass textPartBytes: region pages hold ten times an enterprise's text.
        var textStarts: [Int] = []
        var partBytes = Self.textPartBytes
        for (id, text) in texts.enumerated() {
            if partBytes >= Self.textPartBytes {
                textStarts.append(id)
                partBytes = 0
            }
            partBytes += text.utf8.count
        }
        let encoded = postings.map { (key: Self.text(of: $0.key), value: Self.encode($0.value)) }
        let gramBytes = encoded.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count + 6 }
        var gramParts = 1
        while gramParts * Self.gramPartBytes < gramBytes { gramParts *= 2 }
        var parts = Array(repeating: [(key: String, value: String)](), count: gramParts)
        for entry in encoded { parts[Int(Self.hash(entry.key) % UInt32(gramParts))].append(entry) }
        var files = [
            RenderedFile(
                path: Self.metaPath, data: meta(textStarts: textStarts, gramParts: gramParts))
        ]
        for (number, part) in parts.enumerated() {
            var script = Self.opening("index-\(number)") + "{"
            for (position, entry) in part.sorted(by: { $0.key < $1.key }).enumerated() {
                if position > 0 { script += "," }
                script += Self.literal(entry.key) + ":\"" + entry.value + "\""
            }
            files.append(RenderedFile(path: "\(Self.folder)/index-\(number).js", data: Data((script + "};\n").utf8)))
        }
        for (number, start) in textStarts.enumerated() {
            let slice = texts[start..<(number + 1 < textStarts.count ? textStarts[number + 1] : texts.count)]
            let script =
                Self.opening("text-\(number)") + "[" + slice.map(Self.literal).joined(separator: ",\n") + "];\n"
            files.append(RenderedFile(path: "\(Self.folder)/text-\(number).js", data: Data(script.utf8)))
        }
        return files
    }

    /// meta.js: `{"textStarts" (the first page of each text part), "gramParts", "kinds", "regions", "pages": [[path, name, kind,
    /// region (index into regions, −1 for none), year (0 for none), length, folded name if it
    /// differs]]}`. Paths are relative to the site's root, without their final `index.html`.
    private func meta(textStarts: [Int], gramParts: Int) -> Data {
        var regions: [String] = []
        var regionIndex: [String: Int] = [:]
        var rows: [String] = []
        rows.reserveCapacity(documents.count)
        for (id, document) in documents.enumerated() {
            var region = -1
            if let name = document.region {
                if let known = regionIndex[name] {
                    region = known
                } else {
                    region = regions.count
                    regionIndex[name] = region
                    regions.append(name)
                }
            }
            let path = document.path.hasSuffix("index.html") ? String(document.path.dropLast(10)) : document.path
            var row =
                "[\(Self.literal(path)),\(Self.literal(document.name)),\(document.kind.rawValue),\(region),"
                + "\(document.year ?? 0),\(lengths[id])"
            let folded = SearchText.foldQuery(document.name)
            if folded != document.name { row += "," + Self.literal(folded) }
            rows.append(row + "]")
        }
        let kinds = SearchDocument.Kind.allCases.map { Self.literal($0.label) }.joined(separator: ",")
        let script =
            Self.opening("meta") + "{\"version\":1,\"gramParts\":\(gramParts),"
            + "\"textStarts\":[\(textStarts.map(String.init).joined(separator: ","))],"
            + "\"kinds\":[\(kinds)],\"regions\":[\(regions.map(Self.literal).joined(separator: ","))],\n\"pages\":[\n"
            + rows.joined(separator: ",\n") + "]};\n"
        return Data(script.utf8)
    }

    /// The start of a part's script: it adds its value to the global object of parts.
    private static func opening(_ name: String) -> String {
        "(window.dangjianSearchData=window.dangjianSearchData||{})[\"\(name)\"]="
    }

    /// A posting list as text: for each page, its distance from the previous page (the first
    /// from 0) times two, plus one when the count follows (as count − 2, for counts above one).
    /// Each number is written in printable ASCII without `"` and `\`: digits of base 45
    /// (`Q`…`~`, "more follows") then one digit of base 46 (`#`…`P`, "last").
    static func encode(_ postings: [Posting]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(postings.count * 2)
        var previous = 0
        for posting in postings {
            let page = Int(posting >> 8)
            let count = Int(posting & 0xFF)
            appendNumber((page - previous) * 2 + (count > 1 ? 1 : 0), to: &bytes)
            if count > 1 { appendNumber(count - 2, to: &bytes) }
            previous = page
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The inverse of `encode`, for tests: (page, count) pairs.
    static func decode(_ text: String) -> [(page: Int, count: Int)] {
        var numbers: [Int] = []
        var value = 0
        for byte in text.utf8 {
            let digit = Int(byte > 0x5C ? byte - 0x24 : byte - 0x23)
            if digit >= 46 {
                value = value * 45 + (digit - 46)
            } else {
                numbers.append(value * 46 + digit)
                value = 0
            }
        }
        var result: [(page: Int, count: Int)] = []
        var page = 0
        var index = 0
        while index < numbers.count {
            page += numbers[index] >> 1
            var count = 1
            if numbers[index] & 1 == 1 {
                index += 1
                count = numbers[index] + 2
            }
            result.append((page, count))
            index += 1
        }
        return result
    }

    private static func appendNumber(_ number: Int, to bytes: inout [UInt8]) {
        var rest = number / 46
        var more: [UInt8] = []
        while rest > 0 {
            more.append(character(46 + rest % 45))
            rest /= 45
        }
        bytes.append(contentsOf: more.reversed())
        bytes.append(character(number % 46))
    }

    /// Digit 0…90 as `#`…`~`, skipping `\`.
    private static func character(_ digit: Int) -> UInt8 {
        let code = 0x23 + digit
        return UInt8(code >= 0x5C ? code + 1 : code)
    }

    /// FNV-1a over the UTF-16 units of a gram, as the search script computes it.
    static func hash(_ gram: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for unit in gram.utf16 {
            hash ^= UInt32(unit)
            hash = hash &* 16_777_619
        }
        return hash
    }

    /// A JavaScript string literal: `"` and `\` escaped, control characters as `\uXXXX`.
    /// Over UTF-8 bytes: the texts of a city's pages are 30 MB.
    static func literal(_ text: String) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(text.utf8.count + 2)
        let hex = Array("0123456789abcdef".utf8)
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
            case 0x00..<0x20:
                bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            // U+2028 and U+2029 (E2 80 A8/A9) end a line in older JavaScript.
            case 0xE2
            where utf8.count >= 2 && utf8[utf8.startIndex] == 0x80 && (0xA8...0xA9).contains(utf8[utf8.startIndex + 1]):
                bytes +=
                    Array("\\u202".utf8) + [utf8[utf8.startIndex + 1] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9")]
                utf8.removeFirst(2)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }
}
