import Foundation
import Testing

@testable import DangjianKit

/// Lists too long for one page (a county's, a city's) hold their first rows and load the rest
/// from their townships' row files; long 应建未建 lists are shown by child region.
@Suite("Long lists")
struct LongListTests {
    static let regions = "代码,名称,层级,上级代码,别名,排序\n1,某县,县,,,1\n11,甲镇,乡镇,1,,1\n12,乙镇,乡镇,1,,2\n"

    /// Six firms in 甲镇 and five in 乙镇, every one 应建未建 (100 staff, no organisation).
    static var enterprises: String {
        let rows = (1...6).map { "2025,甲\($0)厂,甲镇,未建,100,0" } + (1...5).map { "2025,乙\($0)厂,乙镇,未建,100,0" }
        return (["年度,企业名称,乡镇,组建方式,从业人员,正式党员"] + rows).joined(separator: "\n") + "\n"
    }

    func build(_ site: URL, limit: Int) throws -> URL {
        let output = TestSupport.output(beside: site)
        var options = BuildOptions(
            contentDirectory: site, templatesDirectory: TestSupport.templates, outputDirectory: output,
            buildDate: TestSupport.buildDate)
        options.listLimit = limit
        _ = try BuildPipeline(options: options).build()
        return output
    }

    func text(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    @Test func aLongListHoldsItsFirstRowsAndNamesItsTownshipsRowFiles() throws {
        try TestSupport.withContentSite(["data/enterprises.csv": Self.enterprises], regions: Self.regions) { site in
            let output = try build(site, limit: 4)
            let county = try text(output.appendingPathComponent("regions/1/enterprises/index.html"))
            #expect(county.components(separatedBy: "<tr data-filter-item").count - 1 == 4)
            #expect(county.contains(#"data-rows-from="../../11/enterprises/rows.js ../../12/enterprises/rows.js""#))
            #expect(county.contains("前 4 家") && county.contains("全部 11 家"))
            #expect(county.contains(#"<a href="../../11/enterprises/index.html">甲镇</a>"#))
            // Each township's file holds all its rows, linked as from a list page.
            let rows = try text(output.appendingPathComponent("regions/11/enterprises/rows.js"))
            #expect(rows.hasPrefix("(window.dangjianRows = window.dangjianRows || []).push(\""))
            #expect(rows.components(separatedBy: "data-filter-item").count - 1 == 6)
            #expect(rows.contains("../../../enterprises/"))
            // A township's own list is short: all rows, no row file needed by it.
            let township = try text(output.appendingPathComponent("regions/12/enterprises/index.html"))
            #expect(township.components(separatedBy: "<tr data-filter-item").count - 1 == 5)
            #expect(!township.contains("data-rows-from"))
        }
    }

    @Test func aShortListNeedsNoRowFiles() throws {
        try TestSupport.withContentSite(["data/enterprises.csv": Self.enterprises], regions: Self.regions) { site in
            let output = try build(site, limit: 500)
            let county = try text(output.appendingPathComponent("regions/1/enterprises/index.html"))
            #expect(county.components(separatedBy: "<tr data-filter-item").count - 1 == 11)
            #expect(
                !FileManager.default.fileExists(
                    atPath: output.appendingPathComponent("regions/11/enterprises/rows.js").path))
        }
    }

    @Test func aLongDueUnbuiltListIsShownByChildRegion() throws {
        try TestSupport.withContentSite(["data/enterprises.csv": Self.enterprises], regions: Self.regions) { site in
            let output = try build(site, limit: 4)
            let county = try text(output.appendingPathComponent("regions/1/due-unbuilt/index.html"))
            #expect(county.contains(#"<a href="../../11/due-unbuilt/index.html">甲镇</a></th><td class="num">6</td>"#))
            #expect(!county.contains("甲1厂"))
            #expect(!county.contains("本年度没有应建未建的企业"))
            let township = try text(output.appendingPathComponent("regions/11/due-unbuilt/index.html"))
            #expect(township.contains("甲1厂"))
        }
    }
}
