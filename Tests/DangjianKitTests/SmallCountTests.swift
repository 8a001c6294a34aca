import Foundation
import Testing

@testable import DangjianKit

/// `public.min_count`: a public build shows no figure computed from fewer enterprises, while
/// every figure is still computed on all data. In the test site's 2025 data with min_count 3,
/// 甲镇 has 3 enterprises, 乙街道 2 and 丙园区 1; 甲镇's and the county's I3 (3名以上正式党员企业组建率)
/// are taken over 1 and 2 enterprises.
@Suite("Small counts")
struct SmallCountTests {
    static let rules = "public:\n  min_count: 3"

    /// Builds the test site with min_count 3 for both audiences.
    func withBuilds(_ body: (_ internalSite: URL, _ publicSite: URL) throws -> Void) throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            try TestSupport.appendLine(Self.rules, to: content.appendingPathComponent("site.yaml"))
            var sites: [URL] = []
            for audience in [Audience.internal, .public] {
                let output = folder.appendingPathComponent(audience.rawValue)
                var options = BuildOptions(
                    contentDirectory: content, templatesDirectory: TestSupport.templates, outputDirectory: output,
                    buildDate: TestSupport.buildDate)
                options.audience = audience
                _ = try BuildPipeline(options: options).build()
                sites.append(output)
            }
            try body(sites[0], sites[1])
        }
    }

    /// indicators.json's entries: region code → year → the region-year's object.
    func indicators(_ site: URL) throws -> [String: [Int: [String: Any]]] {
        let data = try Data(contentsOf: site.appendingPathComponent("data/indicators.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var result: [String: [Int: [String: Any]]] = [:]
        for region in try #require(document["regions"] as? [[String: Any]]) {
            let code = try #require(region["region"] as? String)
            let year = try #require(region["year"] as? Int)
            result[code, default: [:]][year] = region
        }
        return result
    }

    func entry(_ region: [String: Any]?, _ id: String) -> [String: Any]? {
        (region?["indicators"] as? [[String: Any]])?.first { $0["id"] as? String == id }
    }

    func page(_ site: URL, _ path: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func indicatorsJSONWithholdsEveryFigureFromFewerEnterprisesAndKeepsTheRest() throws {
        try withBuilds { internalSite, publicSite in
            let all = try indicators(internalSite)
            let shown = try indicators(publicSite)
            for (code, years) in all {
                for (year, region) in years {
                    let counts = try #require(region["counts"] as? [String: Any])
                    let population = try #require(counts["population"] as? Int)
                    let published = shown[code]?[year]
                    let withheldRegion = population > 0 && population < 3
                    #expect((published?["counts"] == nil) == withheldRegion, "\(code) \(year) counts")
                    for case let internalEntry as [String: Any] in region["indicators"] as? [Any] ?? [] {
                        let id = try #require(internalEntry["id"] as? String)
                        let publicEntry = try #require(entry(published, id))
                        guard let denominator = internalEntry["denominator"] as? Int else { continue }
                        let behind =
                            id == "I14" ? population - (internalEntry["excluded"] as? Int ?? 0) : denominator
                        if withheldRegion || (behind > 0 && behind < 3) {
                            #expect(publicEntry["withheld"] as? Bool == true, "\(code) \(year) \(id)")
                            for key in ["numerator", "denominator", "excluded", "value", "change"] {
                                #expect(publicEntry[key] == nil, "\(code) \(year) \(id) \(key) is shown")
                            }
                        } else {
                            #expect(publicEntry["withheld"] == nil, "\(code) \(year) \(id)")
                            #expect(publicEntry["numerator"] as? Int == internalEntry["numerator"] as? Int)
                            #expect(publicEntry["denominator"] as? Int == denominator, "\(code) \(year) \(id)")
                        }
                    }
                }
            }
            // Computed on all data: the county's I1 counts the small townships' enterprises.
            #expect(entry(shown["100"]?[2025], "I1")?["denominator"] as? Int == 6)
            #expect(entry(shown["100"]?[2025], "I3")?["withheld"] as? Bool == true, "I3 over 2 enterprises")
            #expect(entry(shown["101"]?[2025], "I1")?["numerator"] as? Int == 3)
            // An internal build shows everything.
            #expect(entry(all["102"]?[2025], "I1")?["denominator"] as? Int == 2)
        }
    }

    @Test func pagesShowADashWithTheNoteAndNoWithheldValue() throws {
        try withBuilds { internalSite, publicSite in
            let note = "不足 3 家企业，不公布"
            // 乙街道: 2 enterprises with 218 staff, 3 full members and 1 probationary.
            let internalTownship = try page(internalSite, "regions/102/index.html")
            let publicTownship = try page(publicSite, "regions/102/index.html")
            for value in ["0/2", ">218<", "1/1"] {
                #expect(internalTownship.contains(value), "internal shows \(value)")
                #expect(!publicTownship.contains(value), "public shows \(value)")
            }
            #expect(publicTownship.contains(note))
            #expect(!internalTownship.contains(note))
            #expect(publicTownship.contains("<span class=\"pair\">—</span>"), "a card's pair is a dash too")
            // The county's dashboard: its ranking lists 乙街道 and 丙园区 without figures; its own
            // I1 (3/6) stays; its I3 over 2 enterprises (1/2) goes.
            let internalDashboard = try page(internalSite, "index.html")
            let publicDashboard = try page(publicSite, "index.html")
            #expect(publicDashboard.contains("3/6"))
            #expect(internalDashboard.contains("1/2"))
            #expect(!publicDashboard.contains("1/2"))
            #expect(publicDashboard.contains(note))
            // Enterprise pages show the enterprise's own data in both builds.
            let enterprise = "enterprises/91100000MA0000001A/index.html"
            #expect(try page(publicSite, enterprise).contains("130"))
        }
    }

    @Test func minCountIsReadFromSiteYAMLAndChecked() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            try TestSupport.appendLine("public:\n  min_count: -2", to: content.appendingPathComponent("site.yaml"))
            let failure = try #require(TestSupport.loadFailure(content))
            #expect(failure.description.contains("“public.min_count”应为非负整数，实际为“-2”"))
        }
    }

    @Test func theRuleWithholdsNothingAtZeroOrOne() {
        var figures = RegionFigures(regionCode: "1", year: 2025)
        figures.counts.population = 1
        figures.organisationCoverage = Ratio(1, 1)
        for minimum in [0, 1] {
            let shown = SmallCountRule(minimumCount: minimum).disclosed(figures)
            #expect(!shown.countsWithheld)
            #expect(shown.organisationCoverage == Ratio(1, 1))
        }
        let shown = SmallCountRule(minimumCount: 2).disclosed(figures)
        #expect(shown.countsWithheld)
        #expect(shown.organisationCoverage.isWithheld)
        #expect(shown.organisationCoverage.percentage(decimals: 1) == nil)
        #expect(shown.counts.population == 0)
    }
}
