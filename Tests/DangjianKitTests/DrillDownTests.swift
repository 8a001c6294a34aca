import Foundation
import Testing

@testable import DangjianKit

/// Every figure's links land on exactly the enterprises it counts: a card's numerator on a list
/// whose rows, filtered as site.js filters them by the link's address, number the numerator; its
/// denominator on the denominator; "其余" on the difference. Checked on every card and rate table
/// of every region and year, from the built pages (rows.js included).
@Suite("Drill-downs")
struct DrillDownTests {
    /// The sample county, whole lists; the test site with every list paged into rows.js files.
    static let sites: [(URL, listLimit: Int)] = [
        (TestSupport.templates.deletingLastPathComponent().appendingPathComponent("content"), 500),
        (TestSupport.tinySite, 0),
    ]

    @Test(arguments: sites)
    func everyNumeratorDenominatorAndRestLinkShowsThatManyRows(site: URL, listLimit: Int) throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public")
            var options = BuildOptions(
                contentDirectory: site, templatesDirectory: TestSupport.templates, outputDirectory: output,
                buildDate: TestSupport.buildDate)
            options.listLimit = listLimit
            _ = try BuildPipeline(options: options).build()
            var checked = 0
            var rowsByList: [String: [[String: String]]] = [:]
            for path in TestSupport.files(under: output)
            where path.hasSuffix(".html") && !path.hasPrefix("enterprises/") {
                let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
                let pairs = html.matches(
                    of:
                        /<a href="([^"]+)" title="(?:查看)?计入分子的企业">(\d+)<\/a>\/<a href="([^"]+)" title="(?:查看)?分母中的企业">(\d+)<\/a>/
                )
                for pair in pairs {
                    for (href, expected) in [(String(pair.1), Int(pair.2)!), (String(pair.3), Int(pair.4)!)] {
                        let (list, filters) = try resolve(href, from: path)
                        if rowsByList[list] == nil { rowsByList[list] = try rows(of: list, in: output) }
                        let shown = rowsByList[list]!.filter { row in
                            filters.allSatisfy { key, value in
                                (row[key] ?? "").split(separator: " ").contains { $0 == value }
                            }
                        }
                        #expect(
                            shown.count == expected,
                            "\(path): \(href) shows \(shown.count) rows, the figure says \(expected)")
                        checked += 1
                    }
                }
                for rest in html.matches(of: /<a href="([^"]+)">其余 (\d+) 家<\/a>/) {
                    let (list, filters) = try resolve(String(rest.1), from: path)
                    if rowsByList[list] == nil { rowsByList[list] = try rows(of: list, in: output) }
                    let shown = rowsByList[list]!.filter { row in
                        filters.allSatisfy { key, value in
                            (row[key] ?? "").split(separator: " ").contains { $0 == value }
                        }
                    }
                    #expect(shown.count == Int(rest.2)!, "\(path): \(rest.1)")
                    checked += 1
                }
            }
            #expect(checked > 100, "links checked: \(checked)")
        }
    }

    /// The list page a link leads to and the filters of its address.
    func resolve(_ href: String, from page: String) throws -> (String, [String: String]) {
        let decoded = href.replacingOccurrences(of: "&amp;", with: "&")
        let parts = decoded.split(separator: "#", maxSplits: 1).map(String.init)
        let folder = page.split(separator: "/").dropLast().joined(separator: "/")
        let list = try #require(LinkCheck.resolve(parts[0], from: folder))
        var filters: [String: String] = [:]
        for pair in (parts.count > 1 ? parts[1] : "").split(separator: "&") {
            let keyValue = pair.split(separator: "=", maxSplits: 1).map {
                String($0).removingPercentEncoding ?? String($0)
            }
            if keyValue.count == 2 { filters[keyValue[0]] = keyValue[1] }
        }
        return (list, filters)
    }

    /// Every row of a list page, its own and those of the row files it loads, as data attributes.
    func rows(of list: String, in output: URL) throws -> [[String: String]] {
        let html = try String(contentsOf: output.appendingPathComponent(list), encoding: .utf8)
        var fragments = [html]
        if let from = html.firstMatch(of: /data-rows-from="([^"]*)"/) {
            fragments = []
            let folder = list.split(separator: "/").dropLast().joined(separator: "/")
            for source in from.1.split(separator: " ") {
                let path = try #require(LinkCheck.resolve(String(source), from: folder))
                let script = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
                let open = try #require(script.range(of: ".push(")).upperBound
                let close = try #require(script.range(of: ");", options: .backwards)).lowerBound
                let json = script[open..<close]
                let strings = try JSONDecoder().decode([String].self, from: Data("[\(json)]".utf8))
                fragments += strings
            }
        }
        var rows: [[String: String]] = []
        for fragment in fragments {
            for row in fragment.matches(of: /<tr data-filter-item([^>]*)>/) {
                var attributes: [String: String] = [:]
                for attribute in row.1.matches(of: /data-([a-z]+)="([^"]*)"/) {
                    attributes[String(attribute.1)] = String(attribute.2)
                }
                rows.append(attributes)
            }
        }
        return rows
    }
}
