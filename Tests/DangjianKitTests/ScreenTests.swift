import Foundation
import Testing

@testable import DangjianKit

/// The meeting-room screen: one scaled 1920×1080 stage, its panels, and the carousel's figures
/// written into the page.
@Suite struct ScreenTests {
    static var sample: URL { TestSupport.templates.deletingLastPathComponent().appendingPathComponent("content") }

    /// The sample's screen page.
    func screen() throws -> String {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public")
            _ = try TestSupport.build(content: Self.sample, output: output)
            return try String(contentsOf: output.appendingPathComponent("screen/index.html"), encoding: .utf8)
        }
    }

    @Test func everyPanelIsOnTheStage() throws {
        let html = try screen()
        for panel in [
            "class=\"stage\" data-screen", "class=\"stage-cards\"", "class=\"stage-tallies\"", "panel panel-ranking",
            "id=\"township-map\"", "panel panel-trend", "panel panel-attention", "panel panel-showcase",
            "class=\"stage-honors\"", "data-screen-clock", "数据截至 2025年12月31日",
        ] {
            #expect(html.contains(panel), "\(panel)")
        }
        #expect(html.contains("目标 60%"), "the ranking draws the target line")
        #expect(html.contains("应建未建<") || html.contains("<span>应建未建</span>"))
        // Every honoree of the year is in the band, 两优一先 first.
        let content = try ContentLoader(contentDirectory: Self.sample).load()
        let honorees = content.honors.filter { $0.year == 2025 }.map(\.honoree)
        #expect(honorees.allSatisfy { html.contains("<strong>\($0)</strong>") })
        let band = String(html[html.range(of: "class=\"honor-track\"")!.lowerBound...])
        #expect(band.range(of: "优秀共产党员")!.lowerBound < band.range(of: "先进基层党组织")!.lowerBound)
    }

    @Test func theCarouselsFiguresAreInThePage() throws {
        let html = try screen()
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"screen-data\">"))
        let json = String(html[start.upperBound...].prefix { $0 != "<" })
        struct Card: Decodable {
            let value: String
            let below: Bool
        }
        struct Frame: Decodable {
            let name: String
            let code: String
            let cards: [Card]
            let tallies: [String]
            let due: String
        }
        let frames = try JSONDecoder().decode([Frame].self, from: Data(json.utf8))
        let content = try ContentLoader(contentDirectory: Self.sample).load()
        #expect(frames.count == content.regions.count, "the county, then every township")
        #expect(frames.first?.name == "青溪县")
        #expect(
            frames.allSatisfy { $0.cards.count == content.config.headlineIndicators.count && $0.tallies.count == 6 })
        #expect(frames.first?.cards.first?.value == "66.1%")
        #expect(frames.contains { $0.cards.first?.below == true }, "a township below its target is marked so")
        // No request: the page loads its own script and nothing else.
        #expect(!html.contains("fetch(") && !html.contains("XMLHttpRequest"))
    }

    @Test func theStageScalesWithTheScreenAndNeverScrolls() throws {
        let css = try String(
            contentsOf: TestSupport.templates.appendingPathComponent("assets/style.css"), encoding: .utf8)
        #expect(css.contains("--u: min(calc(100vw / 1920), calc(100vh / 1080))"))
        #expect(css.contains(".stage { width: calc(var(--u) * 1920); height: calc(var(--u) * 1080);"))
        #expect(css.contains("body.screen .kpi-value { margin: 0; font-size: calc(var(--u) * 72);"))
        let script = try String(
            contentsOf: TestSupport.templates.appendingPathComponent("assets/site.js"), encoding: .utf8)
        #expect(script.contains("rotate=(\\d+)"))
    }
}
