import Foundation
import Testing

@testable import DangjianKit

/// Every relative link of the site leads to a file of the site.
@Suite("Link check")
struct LinkCheckTests {
    @Test func linksAreFoundAndResolvedAsTheBrowserWould() {
        let html = Data(
            ##"<a href="../a/index.html#x">a</a><img src="p.png" alt=""><a class="external" href="https://x.cn">x</a><a href="#top">t</a><p data-href="no">"##
                .utf8)
        #expect(LinkCheck.links(in: html) == ["../a/index.html#x", "p.png", "https://x.cn", "#top"])
        #expect(LinkCheck.resolve("../a/index.html#x", from: "regions/1") == "regions/a/index.html")
        #expect(LinkCheck.resolve("images/%E5%9B%BE.png?v=1", from: "reports/r") == "reports/r/images/图.png")
        for external in ["https://x.cn", "mailto:a@b.cn", "data:image/png;base64,AA", "#top", "//cdn.x/a.js", ""] {
            #expect(LinkCheck.resolve(external, from: "") == nil, "\(external)")
        }
    }

    @Test func aBrokenLinkInAReportFailsTheBuildNamingThePage() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            try TestSupport.replace(
                "## ", with: "见[附件](files/通知.pdf)。\n\n## ",
                in: content.appendingPathComponent("reports/2025-summary.md"))
            let output = folder.appendingPathComponent("out")
            #expect {
                _ = try TestSupport.build(content: content, output: output)
            } throws: { error in
                let diagnostic = (error as? BuildFailure)?.diagnostics.first
                return diagnostic?.location.file == "reports/2025-summary/index.html"
                    && diagnostic?.message.contains("链接“files/%E9%80%9A%E7%9F%A5.pdf”") == true
            }
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }
}
