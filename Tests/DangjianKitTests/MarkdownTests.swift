import Foundation
import Testing

@testable import DangjianKit

/// MarkdownRenderer: GFM extensions through libcmark-gfm, and the safe default.
@Suite("Markdown")
struct MarkdownTests {
    let renderer = MarkdownRenderer()

    @Test func gfmTableRendersATable() {
        let html = renderer.html("| 乡镇 | 企业 |\n|---|---:|\n| 甲镇 | 3 |\n")
        #expect(html.contains("<table>"))
        #expect(html.contains("<th>乡镇</th>"))
        #expect(html.contains("<td>甲镇</td>"))
        // Alignment as a style attribute: HTML5 made align obsolete.
        #expect(html.contains("<td style=\"text-align: right\">3</td>"))
        #expect(html.contains("</table>"))
    }

    @Test func strikethroughRendersDel() {
        let html = renderer.html("二是~~抓空壳~~。")
        #expect(html.contains("<del>抓空壳</del>"))
        #expect(!html.contains("~~"))
    }

    @Test func bareURLBecomesALinkMarkedExternal() {
        let html = renderer.html("详见 https://example.org/report 。")
        #expect(
            html.contains(
                "<a class=\"external\" rel=\"external noopener noreferrer\" href=\"https://example.org/report\">https://example.org/report</a>"
            ))
    }

    @Test func imagesAreListedWithTheirPlaceAndPointedAtTheirCopies() {
        let text = "第一段\n\n前文 ![图一](a.png) 后文\n\n![](<b c.jpg>)"
        #expect(
            renderer.images(in: text) == [
                .init(url: "a.png", line: 3, column: 4), .init(url: "b c.jpg", line: 5, column: 1),
            ])
        let html = renderer.html(
            text, images: ["a.png": .init(source: "images/1.png", size: ImageSize(data: HostileInputTests.png)!)])
        #expect(html.contains(#"<img src="images/1.png" width="640" height="480" loading="lazy" alt="图一" />"#))
        #expect(html.contains(#"<img src="b%20c.jpg" alt="" />"#), "an image left out of the map is unchanged")
    }

    @Test func taskListRendersCheckboxes() {
        let html = renderer.html("- [ ] 抓组建\n- [x] 抓覆盖\n")
        let checkboxes = html.components(separatedBy: "type=\"checkbox\"").count - 1
        #expect(checkboxes == 2)
        #expect(html.components(separatedBy: "checked").count - 1 == 1)
        #expect(!html.contains("[ ]"))
        #expect(!html.contains("[x]"))
    }

    @Test func rawHTMLIsOmittedByDefault() {
        let html = renderer.html("前文\n\n<script>alert(1)</script>\n\n内联 <img src=x onerror=alert(1)> 结束\n")
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("onerror"))
        #expect(!html.contains("<img"))
        #expect(html.contains("前文"))
        #expect(html.contains("结束"))
    }

    @Test func javascriptLinksLoseTheirTarget() {
        let html = renderer.html("[危险链接](javascript:alert(1)) 和 [也危险](JavaScript:alert(2))")
        #expect(!html.lowercased().contains("javascript:"))
        #expect(html.contains("危险链接"))
        #expect(html.contains("也危险"))
    }

    @Test func chineseTextIsIntact() {
        let text = "## 一、基本情况\n\n全县共有非公企业党组织 **84** 个，其中联合党支部 6 个；党员 1037 名。\n"
        let html = renderer.html(text)
        #expect(html.contains("<h2>一、基本情况</h2>"))
        #expect(html.contains("<p>全县共有非公企业党组织 <strong>84</strong> 个，其中联合党支部 6 个；党员 1037 名。</p>"))
    }

    @Test func textIsEscaped() {
        let html = renderer.html("a < b & c > d \"e\"")
        #expect(html.contains("a &lt; b &amp; c &gt; d &quot;e&quot;"))
    }

    @Test func rawHTMLPassesWhenAllowed() {
        let unsafe = MarkdownRenderer(allowRawHTML: true)
        let html = unsafe.html("<div class=\"note\">原样保留</div>\n\n正文 <span>内联</span>\n")
        #expect(html.contains("<div class=\"note\">原样保留</div>"))
        #expect(html.contains("<span>内联</span>"))
        // The default renderer would have dropped both.
        #expect(!renderer.html("<div class=\"note\">原样保留</div>\n").contains("<div"))
    }

    @Test func emptyInputGivesEmptyOutput() {
        #expect(renderer.html("") == "")
    }

    /// PageRenderer renders pages with DispatchQueue.concurrentPerform, so one render must not
    /// disturb another running at the same time.
    @Test func concurrentRendersAgree() {
        let text = String(
            repeating: "| a | b |\n|---|---|\n| 党 | ~~建~~ |\n\n- [x] https://example.org 二是~~抓空壳~~\n\n", count: 20)
        let expected = renderer.html(text)
        #expect(expected.contains("<table>") && expected.contains("<del>") && expected.contains("checkbox"))
        let attempts = 1000
        let differing = Counter()
        DispatchQueue.concurrentPerform(iterations: attempts) { _ in
            if MarkdownRenderer().html(text) != expected { differing.increment() }
        }
        #expect(differing.value == 0, "\(differing.value) of \(attempts) concurrent renders differ from a lone render")
    }
}

/// A thread-safe counter for the concurrent test.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}

extension MarkdownRenderer {
    /// The HTML of a text in the tests; a render failure fails the test.
    func html(_ markdown: String, images: [String: PublishedImage] = [:]) -> String {
        do {
            return try html(markdown, images: images, file: SourceLocation(file: "test.md"))
        } catch {
            Issue.record("render failed: \(error)")
            return ""
        }
    }
}
