import Foundation
import Testing

@testable import DangjianKit

/// `build --pdf`: the briefing packs printed by headless Chromium into the published site.
/// Needs Debian's chromium (installed by make and .ci/run); skipped with a message without it.
@Suite("Briefing PDF")
struct BriefingPDFTests {
    @Test(.enabled(if: PDFPrinter.find(nil) != nil, "chromium is not installed: the PDF is not checked"))
    func everyYearsPackIsPrintedOnA4WithPageNumbers() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public")
            var options = BuildOptions(
                contentDirectory: TestSupport.tinySite, templatesDirectory: TestSupport.templates,
                outputDirectory: output, buildDate: TestSupport.buildDate)
            options.printsPDF = true
            let summary = try BuildPipeline(options: options).build()
            let pdfs = TestSupport.files(under: output).filter { $0.hasSuffix(".pdf") }.sorted()
            #expect(pdfs == ["briefing/2024/汇报材料-测试县-2024.pdf", "briefing/汇报材料-测试县-2025.pdf"], "\(pdfs)")
            #expect(summary.files == TestSupport.files(under: output).count - 1, "the marker is not counted")
            for pdf in pdfs {
                let data = try Data(contentsOf: output.appendingPathComponent(pdf))
                #expect(data.starts(with: Data("%PDF".utf8)))
                guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else { continue }
                // pdftotext drops the spaces between CJK characters.
                let text = try run("/usr/bin/pdftotext", [output.appendingPathComponent(pdf).path, "-"])
                    .filter { !$0.isWhitespace }
                let info = try run("/usr/bin/pdfinfo", [output.appendingPathComponent(pdf).path])
                #expect(info.contains("(A4)"), "\(info)")
                let pages = try #require(info.firstMatch(of: /Pages:\s+(\d+)/).flatMap { Int($0.1) })
                #expect(pages > 4, "cover, 目录 and a page per chapter")
                for page in 1...pages { #expect(text.contains("第\(page)页共\(pages)页"), "page \(page) of \(pdf)") }
                #expect(text.contains("一、基本情况") && text.contains("五、光荣榜") && text.contains("附表：指标说明"))
                #expect(text.contains("测试县") && text.contains("甲镇"))
            }
        }
    }

    @Test func aNamedBrowserThatIsNotThereFailsTheBuildAndLeavesNoSite() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public")
            var options = BuildOptions(
                contentDirectory: TestSupport.tinySite, templatesDirectory: TestSupport.templates,
                outputDirectory: output, buildDate: TestSupport.buildDate)
            options.printsPDF = true
            options.browser = folder.appendingPathComponent("no-such-chromium").path
            #expect {
                _ = try BuildPipeline(options: options).build()
            } throws: { error in
                (error as? BuildFailure)?.diagnostics.first?.message.contains("--chrome") == true
            }
            #expect(!FileManager.default.fileExists(atPath: output.path))
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
                $0.contains("staging")
            }
            #expect(leftovers.isEmpty)
        }
    }

    private func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
