import Foundation

/// A page the search finds: what a result shows besides its snippet.
struct SearchDocument: Sendable, Equatable {
    /// The kinds of page searched, in the order the search page offers them.
    enum Kind: Int, Sendable, CaseIterable {
        case enterprise, region, showcase, honors, report

        /// The label of the kind filter and of a result.
        var label: String {
            switch self {
            case .enterprise: "企业"
            case .region: "区划"
            case .showcase: "示范点"
            case .honors: "光荣榜"
            case .report: "报告"
            }
        }
    }

    /// The page's output path.
    let path: String
    /// What the page is about: the enterprise's, region's or site's name, the report's title.
    let name: String
    /// What the page is (the kind filter).
    let kind: Kind
    /// The region a result names: an enterprise's township, a region's parent, a report's region.
    let region: String?
    /// The data year of a region page, an honor roll's year, a report's year, the year a
    /// demonstration site was named, an enterprise's latest year.
    let year: Int?
}

/// The search index of a site: the text of every searched page, and for every character and
/// every pair of adjacent characters of the folded text (`SearchText.fold`) the pages holding it
/// and how often.
///
/// A query of one or two characters is answered by its own entry, exactly. A longer query takes
/// the pages holding all of its pairs, then keeps those whose text holds the query itself, so a
/// result always contains the query as written, never its pieces apart (the browser does the
/// same with the same files, `SearchIndex+Files`). Pairs across a space are not indexed: a query
/// with a space is narrowed by its other pairs and checked against the text.
struct SearchIndex: Sendable {
    /// A character, or two adjacent ones: `first << 21 | second` (second 0 for one character).
    typealias Gram = UInt64

    /// One page holding a gram: `page << 8 | min(count, 255)`.
    typealias Posting = UInt32

    /// The searched pages, in the order of their ids.
    let documents: [SearchDocument]
    /// Each page's text as shown (`SearchText.mainText`).
    let texts: [String]
    /// Each page's folded text, in Unicode scalars.
    let lengths: [Int]
    /// The pages holding each gram, by page id.
    let postings: [Gram: [Posting]]

    /// Indexes pages and their texts (in the same order).
    init(documents: [SearchDocument], texts: [String]) {
        self.documents = documents
        self.texts = texts
        var postings: [Gram: [Posting]] = [:]
        var lengths: [Int] = []
        lengths.reserveCapacity(texts.count)
        // Pages are folded and cut into grams on every core, a chunk at a time (so that memory
        // holds one chunk's grams, not the site's), then added to the lists in page order.
        let chunk = 1_024
        for start in stride(from: 0, to: texts.count, by: chunk) {
            let pages = Array(start..<min(start + chunk, texts.count))
            let grams = pages.concurrentMap { page -> (length: Int, grams: [(Gram, Int)]) in
                let scalars = SearchText.foldedScalars(texts[page])
                return (scalars.count, Self.grams(of: scalars))
            }
            for (page, found) in zip(pages, grams) {
                lengths.append(found.length)
                for (gram, count) in found.grams {
                    postings[gram, default: []].append(Posting(page) << 8 | Posting(min(count, 255)))
                }
            }
        }
        self.lengths = lengths
        self.postings = postings
    }

    /// The grams of a folded text and how often each occurs, sorted by gram.
    static func grams(of scalars: [UInt32]) -> [(Gram, Int)] {
        var keys: [Gram] = []
        keys.reserveCapacity(scalars.count * 2)
        let space: UInt32 = 0x20
        for index in scalars.indices where scalars[index] != space {
            let first = Gram(scalars[index]) << 21
            keys.append(first)
            if index + 1 < scalars.count, scalars[index + 1] != space {
                keys.append(first | Gram(scalars[index + 1]))
            }
        }
        keys.sort()
        var counted: [(Gram, Int)] = []
        for key in keys {
            if let last = counted.last, last.0 == key {
                counted[counted.count - 1].1 += 1
            } else {
                counted.append((key, 1))
            }
        }
        return counted
    }

    /// The grams a folded query is narrowed by: its pairs without a space, else its characters.
    static func queryGrams(_ folded: String) -> [Gram] {
        let scalars = folded.unicodeScalars.map(\.value)
        if scalars.count == 1 { return [Gram(scalars[0]) << 21] }
        let pairs = grams(of: scalars).map(\.0).filter { $0 & 0x1F_FFFF != 0 }
        return pairs.isEmpty ? grams(of: scalars).map(\.0) : pairs
    }

    /// The ids of the pages whose folded text contains the folded query, in id order.
    func search(_ query: String) -> [Int] {
        let folded = SearchText.foldQuery(query)
        guard !folded.isEmpty else { return [] }
        var candidates: [Int]?
        for gram in Self.queryGrams(folded) {
            let pages = (postings[gram] ?? []).map { Int($0 >> 8) }
            candidates =
                candidates.map { current in
                    let holding = Set(pages)
                    return current.filter(holding.contains)
                } ?? pages
        }
        return (candidates ?? []).filter { SearchText.fold(texts[$0]).contains(folded) }
    }

    /// The gram as text (one or two characters).
    static func text(of gram: Gram) -> String {
        var text = String(Unicode.Scalar(UInt32(gram >> 21)).map(Character.init) ?? " ")
        if let second = Unicode.Scalar(UInt32(gram & 0x1F_FFFF)), second.value != 0 { text.append(Character(second)) }
        return text
    }
}

/// Collects the text of each searched page as the render step hands it on (from any thread).
final class SearchIndexBuilder: @unchecked Sendable {
    /// The searched pages by output path, with their ids.
    private let byPath: [String: (id: Int, document: SearchDocument)]
    private let documents: [SearchDocument]
    private let lock = NSLock()
    private var texts: [String?]

    /// Starts an index of these pages (their order gives their ids).
    init(documents: [SearchDocument]) {
        self.documents = documents
        var byPath: [String: (id: Int, document: SearchDocument)] = [:]
        for (id, document) in documents.enumerated() { byPath[document.path] = (id, document) }
        self.byPath = byPath
        texts = Array(repeating: nil, count: documents.count)
    }

    /// Takes the text of a rendered file when it is a searched page.
    func add(_ file: RenderedFile) {
        guard let (id, _) = byPath[file.path] else { return }
        let text = SearchText.mainText(of: file.data)
        lock.withLock { texts[id] = text }
    }

    /// The index of every page added (a page never added is searched as empty).
    func build() -> SearchIndex {
        SearchIndex(documents: documents, texts: lock.withLock { texts.map { $0 ?? "" } })
    }
}
