import Foundation

/// Every relative `href` and `src` of every page must name a file of the site: a broken link is
/// an error naming the page and the link, before anything is written. Links to other sites,
/// `mailto:`, `data:` and fragments within a page are not checked.
struct LinkCheck: Sendable {
    /// Every output path of the site: pages, data and copied files.
    let existing: Set<String>

    /// Errors for the links of one file that lead to no file of the site (none for a file that is
    /// not HTML).
    func problems(in file: RenderedFile) -> [Diagnostic] {
        guard file.path.hasSuffix(".html") else { return [] }
        let folder = file.path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(file.path[..<$0]) } ?? ""
        return Self.links(in: file.data).compactMap { link in
            guard let target = Self.resolve(link, from: folder), !existing.contains(target) else { return nil }
            return .error("链接“\(link)”指向的文件不在网站中（\(target)）", at: SourceLocation(file: file.path))
        }
    }

    /// At most `limit` problems, and a line counting the rest.
    static func limited(_ problems: [Diagnostic], to limit: Int) -> [Diagnostic] {
        guard problems.count > limit, let last = problems.prefix(limit).last else { return problems }
        return Array(problems.prefix(limit)) + [.error("……另有 \(problems.count - limit) 个无效链接未列出", at: last.location)]
    }

    /// The values of the `href="…"` and `src="…"` attributes of a page, as written.
    ///
    /// A scan for `="` with `memchr` rather than a regular expression or a byte-by-byte loop:
    /// this runs over every page of the site (360 MB at city scale), and the simple loop made the
    /// render step three times slower.
    static func links(in html: Data) -> [String] {
        html.withUnsafeBytes { raw -> [String] in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return [] }
            let count = raw.count
            var links: [String] = []
            var index = 0
            while index < count, let found = memchr(base + index, Int32(UInt8(ascii: "=")), count - index) {
                let equals = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                index = equals + 1
                guard equals + 1 < count, base[equals + 1] == UInt8(ascii: "\"") else { continue }
                let isHref = equals >= 5 && matches(base, at: equals - 5, " href")
                let isSrc = equals >= 4 && matches(base, at: equals - 4, " src")
                guard isHref || isSrc else { continue }
                let start = equals + 2
                guard let close = memchr(base + start, Int32(UInt8(ascii: "\"")), count - start) else { break }
                let end = base.distance(to: close.assumingMemoryBound(to: UInt8.self))
                links.append(
                    String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self))
                index = end + 1
            }
            return links
        }
    }

    /// Whether a link starts with a URL scheme (`https:`, `mailto:`, `data:`): letters, digits,
    /// `+ . -`, then a colon, before any `/`.
    static func hasScheme(_ link: String) -> Bool {
        for (offset, byte) in link.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: ":"): return offset > 0
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "-"):
                if offset == 0 { return false }
            default: return false
            }
        }
        return false
    }

    private static func matches(_ base: UnsafePointer<UInt8>, at offset: Int, _ text: StaticString) -> Bool {
        memcmp(base + offset, text.utf8Start, text.utf8CodeUnitCount) == 0
    }

    /// The output path a relative link leads to from a page in `folder` ("regions/331190"; empty
    /// at the root); nil for links that are not checked (other sites, fragments, data).
    ///
    /// Over UTF-8 bytes: this runs for every link of every page (a tenth of a city's build went to
    /// splitting paths into substrings).
    static func resolve(_ link: String, from folder: String) -> String? {
        guard let first = link.utf8.first, first != UInt8(ascii: "#"), !link.hasPrefix("//"), !hasScheme(link) else {
            return nil
        }
        var path = Substring(link)
        if let cut = path.utf8.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) {
            path = path[..<cut]
        }
        // Foundation's percent decoding is slow; pages rarely need it.
        var decoded =
            path.utf8.contains(UInt8(ascii: "%"))
            ? (String(path).removingPercentEncoding ?? String(path)) : String(path)
        var resolved = Array(folder.utf8)
        decoded.withUTF8 { bytes in
            var start = 0
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "/")) ?? bytes.count
                let part = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                if part.isEmpty || (part.count == 1 && part[0] == UInt8(ascii: ".")) { continue }
                if part.count == 2, part[0] == UInt8(ascii: "."), part[1] == UInt8(ascii: ".") {
                    resolved.removeSubrange((resolved.lastIndex(of: UInt8(ascii: "/")) ?? 0)..<resolved.count)
                    continue
                }
                if !resolved.isEmpty { resolved.append(UInt8(ascii: "/")) }
                resolved.append(contentsOf: part)
            }
        }
        return String(decoding: resolved, as: UTF8.self)
    }
}
