import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Prints the briefing packs of a written site to PDF, beside their pages, and fills in what only
/// the printed document knows: the page numbers of the 目录 and the link to the PDF.
///
/// Chromium has no `target-counter()`, so a pack is printed, each chapter's first page is read
/// from the PDF's text (pdftotext), the numbers are written into the page, and the pack is printed
/// again, until the numbers no longer change (twice, in practice). Pages that share a PDF
/// (briefing/index.html and the latest year's) get the same numbers. Files are read from `site`
/// and written through `place`: a build's staging folder, or a published site where each file is
/// replaced whole (written beside it, then renamed), so a reader never sees half a page.
struct BriefingPrinter: Sendable {
    let printer: PDFPrinter
    /// The folder of the site.
    let site: URL
    /// Writes one file of the site (bytes, path in the site), replacing it when it exists.
    let place: @Sendable (Data, String) throws(BuildFailure) -> Void
    /// Receives progress and warnings.
    let log: @Sendable (String) -> Void

    /// One PDF and the pages that link to it, the page printed first.
    struct Document: Sendable {
        let pdfPath: String
        let pages: [String]
    }

    /// The start of the placeholder of the link to the PDF, and its form once the PDF exists.
    static let pendingLink = "<p class=\"pdf-download\" hidden><a data-pdf=\""
    static let linkPrefix = "<p class=\"pdf-download\"><a href=\""
    /// The start of a 目录 page number.
    static let tocMarker = "<span class=\"toc-page\" data-chapter=\""

    /// Prints every document of `pages` (paths relative to `site`); returns the PDFs' paths.
    func printAll(pages: [String]) throws(BuildFailure) -> [String] {
        let documents = try Self.documents(in: site, pages: pages)
        let results = documents.concurrentMap { document -> Result<[String], BuildFailure> in
            do throws(BuildFailure) {
                return .success(try printDocument(document))
            } catch {
                return .failure(error)
            }
        }
        var problems: [Diagnostic] = []
        for case .failure(let failure) in results { problems += failure.diagnostics }
        if !problems.isEmpty { throw BuildFailure(diagnostics: problems) }
        for case .success(let warnings) in results { warnings.forEach(log) }
        return documents.map(\.pdfPath)
    }

    /// The PDFs the pages link to (their `data-pdf`), each with the page in its own folder first.
    static func documents(in site: URL, pages: [String]) throws(BuildFailure) -> [Document] {
        var order: [String] = []
        var byPDF: [String: [String]] = [:]
        for page in pages {
            let html = try read(page, in: site)
            guard let href = attribute("data-pdf", in: html) else { continue }
            let folder = page.split(separator: "/").dropLast().joined(separator: "/")
            guard let target = LinkCheck.resolve(href, from: folder), target.hasSuffix(".pdf") else { continue }
            if byPDF[target] == nil { order.append(target) }
            byPDF[target, default: []].append(page)
        }
        return order.map { pdf in
            let folder = pdf.split(separator: "/").dropLast().joined(separator: "/")
            let pages = byPDF[pdf] ?? []
            let own = pages.filter { $0.split(separator: "/").dropLast().joined(separator: "/") == folder }
            return Document(pdfPath: pdf, pages: own + pages.filter { !own.contains($0) })
        }
    }

    /// Prints one document until its 目录 is right, then publishes the PDF and the link; returns
    /// warnings (a chapter the PDF does not show).
    func printDocument(_ document: Document) throws(BuildFailure) -> [String] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dangjian-print-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw BuildFailure(
                "无法创建临时目录：\(FileSystemProblem.describe(error))", at: SourceLocation(file: scratch.path))
        }
        guard let first = document.pages.first else { return [] }
        let draft = scratch.appendingPathComponent("draft.pdf")
        var missing: [String] = []
        for _ in 0..<3 {
            try printer.print(site.appendingPathComponent(first), to: draft, scratch: scratch)
            let texts = try printer.pageTexts(of: draft, scratch: scratch)
            let html = try Self.read(first, in: site)
            let titles = Self.tocTitles(in: html)
            let found = Self.startPages(of: titles, in: texts)
            missing = zip(titles, found).filter { $0.1 == nil }.map(\.0)
            let numbers = Dictionary(
                zip(titles, found).map { ($0.0, $0.1.map(String.init) ?? "") }, uniquingKeysWith: { a, _ in a })
            if Self.tocNumbers(in: html) == numbers { break }
            for page in document.pages {
                try place(Data(Self.fillingToc(try Self.read(page, in: site), numbers: numbers).utf8), page)
            }
        }
        guard let pdf = FileManager.default.contents(atPath: draft.path) else {
            throw BuildFailure("无法读取打印出的 PDF", at: SourceLocation(file: draft.path))
        }
        try place(pdf, document.pdfPath)
        for page in document.pages {
            try place(Data(Self.linkingPDF(try Self.read(page, in: site)).utf8), page)
        }
        return missing.map { "\(document.pdfPath)：目录中的“\($0)”在 PDF 中没有找到，未标页码" }
    }
}

extension BriefingPrinter {
    /// The page (1-based) where each title starts: the first line equal to it (spaces ignored) on
    /// a page after the 目录 and not before the previous title's page; nil when not found.
    static func startPages(of titles: [String], in pages: [String]) -> [Int?] {
        let lines = pages.map { page in page.split(separator: "\n").map(squeezed) }
        let toc = lines.firstIndex { $0.contains("目录") } ?? -1
        var from = toc + 1
        return titles.map { title in
            let wanted = squeezed(Substring(title))
            guard from < lines.count, let index = lines[from...].firstIndex(where: { $0.contains(wanted) }) else {
                return nil
            }
            from = index
            return index + 1
        }
    }

    /// A line without any whitespace (pdftotext spaces CJK text unevenly).
    static func squeezed(_ line: Substring) -> String {
        String(line.filter { !$0.isWhitespace })
    }

    /// The titles of the 目录, in order.
    static func tocTitles(in html: String) -> [String] {
        tocEntries(in: html).map(\.title)
    }

    /// The page numbers the 目录 shows now, by title.
    static func tocNumbers(in html: String) -> [String: String] {
        Dictionary(tocEntries(in: html).map { ($0.title, $0.number) }, uniquingKeysWith: { a, _ in a })
    }

    /// Each 目录 entry: its title (unescaped), its number, and the range of the number in the page.
    static func tocEntries(in html: String) -> [(title: String, number: String, range: Range<String.Index>)] {
        var entries: [(String, String, Range<String.Index>)] = []
        var rest = html.startIndex..<html.endIndex
        while let marker = html.range(of: tocMarker, range: rest),
            let titleEnd = html.range(of: "\">", range: marker.upperBound..<html.endIndex),
            let close = html.range(of: "</span>", range: titleEnd.upperBound..<html.endIndex)
        {
            let title = unescaped(String(html[marker.upperBound..<titleEnd.lowerBound]))
            let number = titleEnd.upperBound..<close.lowerBound
            entries.append((title, String(html[number]), number))
            rest = close.upperBound..<html.endIndex
        }
        return entries
    }

    /// The page with the 目录's numbers replaced.
    static func fillingToc(_ html: String, numbers: [String: String]) -> String {
        var result = html
        for entry in tocEntries(in: html).reversed() {
            result.replaceSubrange(entry.range, with: numbers[entry.title] ?? "")
        }
        return result
    }

    /// The page with its link to the PDF shown (unchanged when it is shown already).
    static func linkingPDF(_ html: String) -> String {
        guard let start = html.range(of: pendingLink),
            let end = html.range(of: "\"", range: start.upperBound..<html.endIndex)
        else { return html }
        let href = html[start.upperBound..<end.lowerBound]
        return html.replacingCharacters(in: start, with: linkPrefix + href + "\" data-pdf=\"")
    }

    /// The value of the first `name="…"` attribute of a page.
    static func attribute(_ name: String, in html: String) -> String? {
        guard let start = html.range(of: " \(name)=\""),
            let end = html.range(of: "\"", range: start.upperBound..<html.endIndex)
        else { return nil }
        return unescaped(String(html[start.upperBound..<end.lowerBound]))
    }

    /// Text with the HTML escapes the templates write turned back into characters.
    static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func read(_ page: String, in site: URL) throws(BuildFailure) -> String {
        let url = site.appendingPathComponent(page)
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw BuildFailure("无法读取页面：\(FileSystemProblem.describe(error))", at: SourceLocation(file: url.path))
        }
    }

    /// Replaces a file of a published site whole: written beside it, then renamed over it.
    static func replace(_ data: Data, at path: String, in site: URL) throws(BuildFailure) {
        let url = site.appendingPathComponent(path)
        let draft = url.deletingLastPathComponent().appendingPathComponent(".\(UUID().uuidString).part")
        do {
            try SiteWriter.write(data, to: draft)
            guard rename(draft.path, url.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            try? FileManager.default.removeItem(at: draft)
            throw BuildFailure("无法写入：\(FileSystemProblem.describe(error))", at: SourceLocation(file: url.path))
        }
    }
}
