import Foundation
import Testing

@testable import DangjianKit

/// Printing with the real browser: the sample county's briefing pack and four ordinary pages are
/// printed to PDF with headless Chromium and read back with pdftotext and pdfinfo. Skipped where
/// chromium or poppler-utils is not installed (`make deps` installs them).
@Suite(
    "Printing to PDF", .serialized,
    .enabled(
        if: PrintSetup.tools != nil && PrintTools.executable(named: "pdfinfo") != nil,
        "chromium, fonts-noto-cjk or poppler-utils (pdftotext, pdfinfo) not installed: run make deps"))
struct PrintTests {
    static var tools: PrintTools? { PrintSetup.tools }
    static let sample = TestSupport.templates.deletingLastPathComponent().appendingPathComponent("content")

    /// Builds the sample site (without PDFs) into a temporary folder.
    func withSampleSite<T>(_ body: (URL) throws -> T) throws -> T {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public")
            try TestSupport.build(content: Self.sample, output: output)
            return try body(output)
        }
    }

    /// The output of a program.
    static func output(of program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = try #require(PrintTools.executable(named: program))
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Each page's lines, whitespace removed (pdftotext spaces CJK text unevenly), empty lines dropped.
    static func pages(of pdf: URL) throws -> [[String]] {
        var pages = try output(of: "pdftotext", ["-enc", "UTF-8", pdf.path, "-"]).components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages.map { page in
            page.split(separator: "\n").map { String($0.filter { !$0.isWhitespace }) }.filter { !$0.isEmpty }
        }
    }

    /// Whether every page is A4 portrait (595 × 842 pt).
    static func isA4(_ pdf: URL) throws -> Bool {
        let info = try output(of: "pdfinfo", ["-f", "1", "-l", "999", pdf.path])
        let sizes = info.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("size:") }
        return !sizes.isEmpty && sizes.allSatisfy { $0.hasSuffix("pts (A4)") }
    }

    /// The page's body lines: without the running header, the footer and the page number.
    static func body(_ lines: [String], furniture: [String]) -> [String] {
        lines.filter { line in
            line.wholeMatch(of: /第\d+页共\d+页/) == nil && !furniture.contains(line)
        }
    }

    /// The text of the h2 and h3 headings of a page, whitespace removed.
    static func headings(in html: String) -> Set<String> {
        Set(
            html.matches(of: /<h[23][^>]*>(.*?)<\/h[23]>/).map { match in
                String(match.1).replacing(/<[^>]+>/, with: "").filter { !$0.isWhitespace }
            })
    }

    @Test func theSampleCountysPackPrintsWithItsTocAndEveryName() throws {
        try withSampleSite { output in
            let printer = BriefingPrinter(
                printer: PDFPrinter(tools: try #require(Self.tools)), site: output,
                place: { (data, path) throws(BuildFailure) in try BriefingPrinter.replace(data, at: path, in: output) },
                log: { _ in })
            let written = try printer.printAll(pages: ["briefing/index.html", "briefing/2025/index.html"])
            #expect(written == ["briefing/2025/汇报材料-青溪县-2025.pdf"])
            let pdf = output.appendingPathComponent(written[0])
            let pages = try Self.pages(of: pdf)
            #expect(pages.count > 6)
            #expect(try Self.isA4(pdf))
            // Every page but the cover carries "第 N 页 共 M 页" with its own number.
            #expect(!pages[0].contains { $0.contains("页共") })
            for (index, lines) in pages.enumerated().dropFirst() {
                #expect(lines.contains("第\(index + 1)页共\(pages.count)页"), "page \(index + 1) has no page number")
            }
            // The 目录's numbers are the pages where the chapters start, in both pages sharing the PDF.
            let html = try String(contentsOf: output.appendingPathComponent("briefing/index.html"), encoding: .utf8)
            let entries = BriefingPrinter.tocEntries(in: html)
            #expect(entries.count == 10)
            let tocPage = try #require(pages.firstIndex { $0.contains("目录") })
            for entry in entries {
                let number = try #require(Int(entry.number), "no page number for \(entry.title)")
                let title = String(entry.title.filter { !$0.isWhitespace })
                #expect(pages[number - 1].contains(title), "\(entry.title) is not on page \(number)")
                #expect(
                    !pages[(tocPage + 1)..<(number - 1)].contains { $0.contains(title) },
                    "\(entry.title) appears before page \(number)")
            }
            let ownPage = try String(
                contentsOf: output.appendingPathComponent("briefing/2025/index.html"), encoding: .utf8)
            #expect(BriefingPrinter.tocNumbers(in: ownPage) == BriefingPrinter.tocNumbers(in: html))
            #expect(html.contains(#"<a href="2025/汇报材料-青溪县-2025.pdf""#))
            // The county, every township and every indicator by name.
            // Table headers may wrap a long name over two lines: the text is read without line breaks.
            let text = pages.flatMap { $0 }.joined()
            let content = try ContentLoader(contentDirectory: Self.sample).load()
            let catalogue = IndicatorCatalogue(thresholds: content.config.thresholds)
            for name in content.regions.map(\.name) + IndicatorCatalogue.rates.map(catalogue.title) {
                #expect(text.contains(name.filter { !$0.isWhitespace }), "\(name) is not in the PDF")
            }
            // No page ends with a heading whose text is on the next page.
            let furniture = [
                "青溪县两新组织党建工作汇报材料（2025年）", "内部资料注意保存", "中共青溪县委组织部·2025年度数据", "数据截至2025年12月31日",
            ]
            let headings = Self.headings(in: html)
            for (index, lines) in pages.enumerated() {
                let last = Self.body(lines, furniture: furniture).last ?? ""
                #expect(!headings.contains(last), "page \(index + 1) ends with the heading “\(last)”")
            }
            // The same input prints the same text.
            let again = try printer.printAll(pages: ["briefing/2025/index.html"])
            #expect(try Self.pages(of: output.appendingPathComponent(again[0])) == pages)
        }
    }

    @Test func ordinaryPagesPrintOnA4WithPageNumbersAndNoEmptyPage() throws {
        try withSampleSite { output in
            let printer = PDFPrinter(tools: try #require(Self.tools))
            let furniture = [
                "青溪县两新组织党建工作数据平台", "内部资料注意保存", "中共青溪县委组织部·2025年度数据",
            ]
            // The honor roll prints one A4 landscape poster per category and year: 17 in the sample.
            let pages = [
                "index.html": 4, "regions/331190100/index.html": 4, "honors/index.html": 17,
                "showcase/hengda-machinery/index.html": 3,
            ]
            try TestSupport.withTemporaryDirectory { scratch in
                for (page, most) in pages.sorted(by: { $0.key < $1.key }) {
                    let pdf = scratch.appendingPathComponent("page.pdf")
                    try printer.print(output.appendingPathComponent(page), to: pdf, scratch: scratch)
                    #expect(try Self.isA4(pdf), "\(page) is not A4")
                    let printed = try Self.pages(of: pdf)
                    #expect(printed.count <= most, "\(page) prints on \(printed.count) pages")
                    for (index, lines) in printed.enumerated() {
                        #expect(lines.contains("第\(index + 1)页共\(printed.count)页"), "\(page) page \(index + 1)")
                        let body = Self.body(lines, furniture: furniture).filter { line in
                            !furniture.contains { line.hasPrefix($0) }
                        }
                        #expect(body.count > 2, "\(page) page \(index + 1) holds no body text: \(body)")
                    }
                    // Navigation is not printed; the data tables behind the charts are.
                    let text = printed.flatMap { $0 }
                    #expect(!text.contains("查看数据表") && !text.contains("查看名单") && !text.contains("查看企业详情"))
                }
            }
        }
    }

    @Test func aBuildWithPDFPrintsEveryPackBeforePublishingAndLinksThem() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public")
            var options = BuildOptions(
                contentDirectory: TestSupport.tinySite, templatesDirectory: TestSupport.templates,
                outputDirectory: output, buildDate: TestSupport.buildDate)
            options.printsPDF = true
            let lines = LogLines()
            _ = try BuildPipeline(options: options, log: lines.append).build()
            let pdfs = TestSupport.files(under: output).filter { $0.hasSuffix(".pdf") }
            #expect(
                pdfs
                    == [
                        "briefing/2024/汇报材料-测试县-2024.pdf", "briefing/2025/汇报材料-测试县-2025.pdf",
                        "regions/101/briefing/汇报材料-甲镇-2025.pdf", "regions/102/briefing/汇报材料-乙街道-2025.pdf",
                        "regions/103/briefing/汇报材料-丙园区-2025.pdf",
                    ].sorted(), "\(pdfs)")
            #expect(lines.all.contains { $0.hasPrefix("PDF：已生成 5 份汇报材料") })
            let township = try String(
                contentsOf: output.appendingPathComponent("regions/101/briefing/index.html"), encoding: .utf8)
            #expect(township.contains(#"<a href="汇报材料-甲镇-2025.pdf""#))
            #expect(BriefingPrinter.tocNumbers(in: township).values.allSatisfy { Int($0) != nil })
            // Nothing of the printing is left beside the site.
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
                $0.contains("staging") || $0.contains("previous")
            }
            #expect(leftovers.isEmpty)
        }
    }
}

/// A build without a browser still writes the HTML site and says why there is no PDF.
@Suite("PDF without a browser")
struct MissingBrowserTests {
    @Test func aMissingBrowserIsAMessageAndTheSiteIsBuilt() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public")
            var options = BuildOptions(
                contentDirectory: TestSupport.tinySite, templatesDirectory: TestSupport.templates,
                outputDirectory: output, buildDate: TestSupport.buildDate)
            options.printsPDF = true
            options.browser = folder.appendingPathComponent("no-such-browser").path
            let lines = LogLines()
            _ = try BuildPipeline(options: options, log: lines.append).build()
            #expect(lines.all.contains { $0.hasPrefix("PDF：找不到 --chrome 指定的浏览器") && $0.hasSuffix("本次只生成 HTML 网站") })
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("briefing/index.html").path))
            #expect(!TestSupport.files(under: output).contains { $0.hasSuffix(".pdf") })
            // Without its PDF a pack shows no link to it.
            let pack = try String(contentsOf: output.appendingPathComponent("briefing/index.html"), encoding: .utf8)
            #expect(pack.contains(#"<p class="pdf-download" hidden><a data-pdf="2025/汇报材料-测试县-2025.pdf">"#))
        }
    }

    @Test func thePDFCommandRefusesAFolderThatIsNoSite() throws {
        try TestSupport.withTemporaryDirectory { folder in
            guard (try? PrintTools.locate()) != nil else { return }
            #expect {
                _ = try SitePDFs(outputDirectory: folder.appendingPathComponent("empty")).run()
            } throws: { error in
                (error as? BuildFailure)?.diagnostics.first?.message.contains("请先运行 dangjian build") == true
            }
        }
    }
}

/// The printing tools of this machine, if any.
enum PrintSetup {
    static let tools = try? PrintTools.locate()
}

/// Log lines collected from a build (which logs from one thread at a time).
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) { lock.withLock { lines.append(line) } }

    var all: [String] { lock.withLock { lines } }
}
