import Foundation
import Testing

@testable import DangjianKit

/// The township map: golden SVGs of a small map and of the tile grid, the projection, the
/// simplification and the label placement on known shapes, and every diagnostic of the map file.
@Suite("Township map")
struct MapTests {
    // MARK: Fixture: a square of 0.2° split into four townships, the north-west one with a lake

    static func square(_ west: Double, _ south: Double, _ side: Double) -> [GeoPoint] {
        [
            GeoPoint(longitude: west, latitude: south), GeoPoint(longitude: west + side, latitude: south),
            GeoPoint(longitude: west + side, latitude: south + side), GeoPoint(longitude: west, latitude: south + side),
        ]
    }

    static let fourTownships = TownshipMapChart(
        title: "2025年四乡镇组织覆盖率分级图",
        summary: "2025年各乡镇组织覆盖率（目标 60%，警戒线 50%）。2 个乡镇低于目标：北镇 45.0%、东镇 55.0%；其中 1 个低于警戒线：北镇；1 个达到目标；1 个无数据。",
        areas: [
            MapArea(
                name: "北镇",
                polygons: [
                    GeoPolygon(rings: [square(120.0, 30.1, 0.1), square(120.03, 30.13, 0.04)])
                ], mapClass: .belowWarning, valueText: "45.0%", tooltip: "北镇：组织覆盖率 45.0%（9/20）",
                link: "regions/1/index.html"),
            MapArea(
                name: "东镇", polygons: [GeoPolygon(rings: [square(120.1, 30.1, 0.1)])], mapClass: .belowTarget,
                valueText: "55.0%", tooltip: "东镇：组织覆盖率 55.0%（11/20）", link: "regions/2/index.html"),
            MapArea(
                name: "南街道", polygons: [GeoPolygon(rings: [square(120.0, 30.0, 0.1)])], mapClass: .meetsTarget,
                valueText: "80.0%", tooltip: "南街道：组织覆盖率 80.0%（16/20）", link: "regions/3/index.html"),
            MapArea(
                name: "西园区", polygons: [GeoPolygon(rings: [square(120.1, 30.0, 0.1)])], mapClass: .noData,
                valueText: "—", tooltip: "西园区：组织覆盖率 —（0/0）", link: nil),
        ],
        markers: [
            MapMarker(
                name: "甲公司", level: .province, position: GeoPoint(longitude: 120.15, latitude: 30.15), area: 1,
                link: "showcase/a/index.html"),
            MapMarker(
                name: "乙协会", level: .town, position: GeoPoint(longitude: 120.05, latitude: 30.03), area: 2,
                link: "showcase/b/index.html"),
        ],
        legend: [
            MapLegendEntry(mapClass: .belowWarning, label: "红 <50%", count: 1),
            MapLegendEntry(mapClass: .belowTarget, label: "黄 50%–<60%", count: 1),
            MapLegendEntry(mapClass: .meetsTarget, label: "绿 ≥60%", count: 1),
            MapLegendEntry(mapClass: .noData, label: "无数据", count: 1),
        ])

    /// The same townships without shapes: the tile grid.
    static var fourTiles: TownshipMapChart {
        let chart = fourTownships
        return TownshipMapChart(
            title: chart.title, summary: chart.summary,
            areas: chart.areas.map {
                MapArea(
                    name: $0.name, polygons: [], mapClass: $0.mapClass, valueText: $0.valueText, tooltip: $0.tooltip,
                    link: $0.link)
            }, markers: chart.markers, legend: chart.legend)
    }

    // MARK: Drawing

    @Test func mapOfFourTownshipsMatchesItsGoldenFile() throws {
        let svg = ChartRenderer.map(Self.fourTownships)
        try ChartTests.assertGolden(svg, named: "map-four-townships")
        let document = try #require(SVGDocument(svg))
        #expect(document.elements.first?.attributes["role"] == "img")
        // Each township a link with its tooltip; the one with a lake drawn with its hole.
        #expect(svg.contains("<a href=\"regions/1/index.html\">"))
        #expect(svg.contains("<title>北镇：组织覆盖率 45.0%（9/20）</title>"))
        let paths = document.elements.filter { $0.name == "path" && $0.attributes["fill-rule"] == "evenodd" }
        #expect(paths.count == 4)
        #expect(paths.first?.attributes["d"]?.components(separatedBy: "Z").count == 3)  // two rings
        // Classes differ by pattern, not colour only.
        for mapClass in [MapClass.belowWarning, .belowTarget, .meetsTarget, .noData] {
            #expect(svg.contains("-class-\(mapClass.rawValue)\""))
        }
        #expect(svg.contains("红 &lt;50%（1）"))
        #expect(svg.contains("甲公司（省级示范点）"))
    }

    @Test func withoutShapesTheTownshipsAreTilesInTheirOrder() throws {
        let svg = ChartRenderer.map(Self.fourTiles)
        try ChartTests.assertGolden(svg, named: "map-tiles")
        let document = try #require(SVGDocument(svg))
        let tiles = document.elements.filter { $0.name == "rect" && $0.attributes["stroke-width"] == "0.8" }
            .filter { ($0.attributes["width"] ?? "") != "16" }
        #expect(tiles.count == 4)
        // Two columns: 北镇 and 东镇 on the first row, in order.
        #expect(
            tiles.map { $0.attributes["y"] } == [
                tiles[0].attributes["y"], tiles[0].attributes["y"], tiles[2].attributes["y"], tiles[2].attributes["y"],
            ])
        let names = document.elements.filter { $0.name == "text" }.map(\.text)
        #expect(Array(names.prefix(2)) == ["北镇", "45.0%"])
        #expect(svg.contains("<a href=\"showcase/b/index.html\">"))
    }

    @Test func classesFollowTheTargetAndTheWarningLine() {
        #expect(MapClass.of(basisPoints: 4999, target: 6000, warning: 5000) == .belowWarning)
        #expect(MapClass.of(basisPoints: 5000, target: 6000, warning: 5000) == .belowTarget)
        #expect(MapClass.of(basisPoints: 6000, target: 6000, warning: 5000) == .meetsTarget)
        #expect(MapClass.of(basisPoints: nil, target: 6000, warning: 5000) == .noData)
        #expect(MapClass.of(basisPoints: 4000, target: nil, warning: nil) == .unrated)
        #expect(MapClass.of(basisPoints: 4000, target: nil, warning: 5000) == .belowWarning)
    }

    // MARK: Geometry

    @Test func projectionScalesLongitudeByTheCosineOfTheMiddleLatitude() throws {
        let bounds = try #require(GeoBounds(Self.square(120.0, 30.0, 0.2)))
        let projection = MapProjection(bounds: bounds, width: 640, maxHeight: 520, margin: 8)
        let factor = cos(30.1 * Double.pi / 180)
        #expect(abs(projection.longitudeFactor - factor) < 1e-12)
        #expect(abs(projection.scale - 2520) < 1e-9)  // the height decides: 504 units for 0.2°
        #expect(abs(projection.height - 520) < 1e-9)
        let northWest = projection.project(GeoPoint(longitude: 120.0, latitude: 30.2))
        let southEast = projection.project(GeoPoint(longitude: 120.2, latitude: 30.0))
        let width = 0.2 * factor * 2520
        #expect(abs(northWest.x - (640 - width) / 2) < 1e-9 && abs(northWest.y - 8) < 1e-9)
        #expect(abs(southEast.x - (640 + width) / 2) < 1e-9 && abs(southEast.y - 512) < 1e-9)
        // At the middle latitude a kilometre east is drawn as long as a kilometre north.
        let kmEast = 1 / (111.32 * factor)
        let kmNorth = 1 / 111.32
        let origin = projection.project(GeoPoint(longitude: 120.1, latitude: 30.1))
        let east = projection.project(GeoPoint(longitude: 120.1 + kmEast, latitude: 30.1))
        let north = projection.project(GeoPoint(longitude: 120.1, latitude: 30.1 + kmNorth))
        #expect(abs((east.x - origin.x) - (origin.y - north.y)) < 1e-9)
    }

    @Test func simplificationDropsWhatHalfAPixelCannotShow() {
        // A square with points along its sides, some off the line by less than the tolerance.
        var ring: [PlanePoint] = []
        for step in 0..<10 { ring.append(PlanePoint(x: Double(step) * 10, y: step % 2 == 0 ? 0 : 0.3)) }
        for step in 0..<10 { ring.append(PlanePoint(x: 100, y: Double(step) * 10)) }
        for step in 0..<10 { ring.append(PlanePoint(x: 100 - Double(step) * 10, y: 100)) }
        for step in 0..<10 { ring.append(PlanePoint(x: 0, y: 100 - Double(step) * 10)) }
        let simplified = PathSimplifier.ring(ring, tolerance: 0.5)
        #expect(
            Set(simplified.map { "\($0.x),\($0.y)" }) == ["0.0,0.0", "100.0,0.0", "100.0,100.0", "0.0,100.0"])
        // A spike larger than the tolerance stays.
        let line = [PlanePoint(x: 0, y: 0), PlanePoint(x: 5, y: 1.4), PlanePoint(x: 10, y: 3), PlanePoint(x: 20, y: 0)]
        #expect(PathSimplifier.line(line, tolerance: 0.5) == [line[0], line[2], line[3]])
        // A ring smaller than the tolerance is not drawn.
        let speck = [
            PlanePoint(x: 0, y: 0), PlanePoint(x: 0.2, y: 0), PlanePoint(x: 0.2, y: 0.2), PlanePoint(x: 0, y: 0.2),
        ]
        #expect(PathSimplifier.ring(speck, tolerance: 0.5).isEmpty)
    }

    @Test func poleOfInaccessibilityIsWhereALabelHasTheMostRoom() {
        let strip = PlanePolygon(rings: [
            [PlanePoint(x: 0, y: 0), PlanePoint(x: 100, y: 0), PlanePoint(x: 100, y: 20), PlanePoint(x: 0, y: 20)]
        ])
        let pole = PoleOfInaccessibility.find(in: strip, precision: 0.1)
        #expect(abs(pole.distance - 10) < 0.1 && abs(pole.point.y - 10) < 0.1)
        // A square with a square hole in the middle: the centroid is in the hole; the pole lies
        // in a corner, where the largest circle touches two outer sides and a corner of the hole.
        let frame = PlanePolygon(rings: [
            [PlanePoint(x: 0, y: 0), PlanePoint(x: 100, y: 0), PlanePoint(x: 100, y: 100), PlanePoint(x: 0, y: 100)],
            [PlanePoint(x: 40, y: 40), PlanePoint(x: 60, y: 40), PlanePoint(x: 60, y: 60), PlanePoint(x: 40, y: 60)],
        ])
        let corner = PoleOfInaccessibility.find(in: frame, precision: 0.1)
        let expected = 40 * 2.squareRoot() / (1 + 2.squareRoot())  // 23.43
        #expect(frame.contains(corner.point))
        #expect(abs(corner.distance - expected) < 0.2)
        #expect(!frame.contains(PlanePoint(x: 50, y: 50)))
    }

    @Test func aLabelThatDoesNotFitIsDropped() {
        let narrow = TownshipMapChart(
            title: "t", summary: "s",
            areas: [
                MapArea(
                    name: "很长的名字的乡镇", polygons: [GeoPolygon(rings: [Self.square(120, 30, 0.01)])],
                    mapClass: .meetsTarget, valueText: "60.0%", tooltip: "很长的名字的乡镇"),
                MapArea(
                    name: "大镇", polygons: [GeoPolygon(rings: [Self.square(120.01, 29.8, 0.2)])],
                    mapClass: .meetsTarget, valueText: "60.0%", tooltip: "大镇"),
            ], legend: [])
        let svg = ChartRenderer.map(narrow)
        #expect(svg.contains(">大镇</text>"))
        #expect(!svg.contains(">很长的名字的乡镇</text>"))
        #expect(svg.contains("<title>很长的名字的乡镇</title>"))
    }

    // MARK: The map file

    /// The tiny site (townships 甲镇, 乙街道, 丙园区) with `data/map.geojson` holding `geojson`.
    static func withMap<T>(_ geojson: String, _ body: (URL) throws -> T) throws -> T {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            try geojson.write(
                to: content.appendingPathComponent("data/map.geojson"), atomically: true, encoding: .utf8)
            return try body(content)
        }
    }

    static func feature(_ properties: String, _ west: Double, hole: Bool = false, multi: Bool = false) -> String {
        let ring = "[[\(west),30],[\(west + 0.1),30],[\(west + 0.1),30.1],[\(west),30.1],[\(west),30]]"
        let lake = "[[\(west + 0.03),30.03],[\(west + 0.03),30.06],[\(west + 0.06),30.06],[\(west + 0.03),30.03]]"
        let polygon = hole ? "[\(ring),\(lake)]" : "[\(ring)]"
        let geometry =
            multi
            ? "{\"type\":\"MultiPolygon\",\"coordinates\":[\(polygon),[[[\(west),30.2],[\(west + 0.01),30.2],[\(west),30.21]]]]}"
            : "{\"type\":\"Polygon\",\"coordinates\":\(polygon)}"
        return "{\"type\":\"Feature\",\"properties\":{\(properties)},\"geometry\":\(geometry)}"
    }

    static func collection(_ features: [String]) -> String {
        "{\"type\":\"FeatureCollection\",\"features\":[\n" + features.joined(separator: ",\n") + "\n]}\n"
    }

    @Test func townshipsAreMatchedByCodeNameOrAliasWithHolesAndMultiPolygons() throws {
        let geojson = Self.collection([
            Self.feature("\"代码\":\"101\"", 120.0, hole: true), Self.feature("\"name\":\"乙街道\"", 120.1, multi: true),
            Self.feature("\"名称\":\"丙园区\"", 120.2),
        ])
        try Self.withMap(geojson) { content in
            let loaded = try ContentLoader(contentDirectory: content).load()
            let map = try #require(loaded.map)
            #expect(map.shapes.map(\.code) == ["101", "102", "103"])
            #expect(map.shape(of: "101")?.polygons.first?.rings.count == 2)
            #expect(map.shape(of: "102")?.polygons.count == 2)
            #expect(map.shape(of: "101")?.polygons.first?.rings.first?.count == 4)  // closing point dropped
            #expect(!loaded.diagnostics.contains { $0.location.file.hasSuffix("map.geojson") })
        }
    }

    @Test func aFeatureMatchingNoTownshipIsAWarningNamingTheClosest() throws {
        let geojson = Self.collection([
            Self.feature("\"代码\":\"101\"", 120.0), Self.feature("\"名称\":\"乙街道\"", 120.1),
            Self.feature("\"名称\":\"丙园\"", 120.2), Self.feature("\"备注\":\"水库\"", 120.3),
        ])
        try Self.withMap(geojson) { content in
            let loaded = try ContentLoader(contentDirectory: content).load()
            let warnings = loaded.diagnostics.compactMap { ParsedDiagnostic($0.description) }
                .filter { $0.path.hasSuffix("map.geojson") }
            let unknown = try #require(warnings.first { $0.message.contains("“丙园”") })
            #expect(unknown.severity == "warning" && unknown.line == 4 && unknown.column == 38)
            #expect(unknown.message.contains("是否是：“丙园区”"))
            #expect(warnings.contains { $0.line == 5 && $0.message.contains("第 4 个要素的 properties 中没有乡镇的代码或名称") })
            // 丙园区 has no area now: named, with the unmatched feature that may be it.
            #expect(
                loaded.diagnostics.contains {
                    $0.severity == .warning && $0.message.contains("“丙园区”（代码 103）在地图文件中没有区域")
                        && $0.message.contains("“丙园”")
                })
            #expect(loaded.map?.shapes.map(\.code) == ["101", "102"])
        }
    }

    @Test func aMissingTownshipIsAWarning() throws {
        let geojson = Self.collection([Self.feature("\"代码\":\"101\"", 120.0), Self.feature("\"代码\":\"102\"", 120.1)])
        try Self.withMap(geojson) { content in
            let loaded = try ContentLoader(contentDirectory: content).load()
            let missing = loaded.diagnostics.filter { $0.message.contains("在地图文件中没有区域") }
            #expect(missing.count == 1)
            #expect(missing.first?.message.contains("丙园区") == true)
            #expect(missing.first?.severity == .warning)
        }
    }

    @Test func invalidJSONIsALocatedError() throws {
        let geojson =
            "{\"type\": \"FeatureCollection\",\n \"features\": [\n  {\"type\": \"Feature\" \"properties\": {}}\n]}\n"
        try Self.withMap(geojson) { content in
            let failure = try #require(TestSupport.loadFailure(content))
            let error = try #require(
                failure.diagnostics.compactMap { ParsedDiagnostic($0.description) }.first {
                    $0.path.hasSuffix("map.geojson")
                })
            #expect(error.severity == "error" && error.line == 3 && error.column == 22)
            #expect(error.message.contains("地图文件不是有效的 JSON") && error.message.contains("逗号"))
        }
        // Line and column count characters, not bytes, after Chinese text.
        try Self.withMap("{\"名称\": \"甲镇\", x}") { content in
            let failure = try #require(TestSupport.loadFailure(content))
            #expect(failure.diagnostics.contains { $0.location.line == 1 && $0.location.column == 14 })
        }
    }

    @Test func aFileOver20MBIsRefused() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let url = content.appendingPathComponent("data/map.geojson")
            // 25 MB of spaces around an empty collection: valid JSON, but too large to read.
            var data = Data("{\"type\":\"FeatureCollection\",\"features\":[]}".utf8)
            data.append(Data(repeating: 0x20, count: 25 * 1024 * 1024))
            try data.write(to: url)
            let failure = try #require(TestSupport.loadFailure(content))
            let error = try #require(failure.diagnostics.first { $0.location.file.hasSuffix("map.geojson") })
            #expect(error.severity == .error)
            #expect(error.message.contains("25.0 MB") && error.message.contains("20 MB"))
        }
    }

    @Test func coordinatesThatAreNotDegreesOrSpanMoreThanACountyAreErrors() throws {
        let projected = Self.collection([
            "{\"type\":\"Feature\",\"properties\":{\"代码\":\"101\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[13358338,3503549],[13368338,3503549],[13368338,3513549]]]}}"
        ])
        try Self.withMap(projected) { content in
            let failure = try #require(TestSupport.loadFailure(content))
            let error = try #require(failure.diagnostics.first { $0.location.file.hasSuffix("map.geojson") })
            #expect(error.location.line == 2 && error.location.column == 90)
            #expect(error.message.contains("不是经纬度"))
        }
        let wide = Self.collection([Self.feature("\"代码\":\"101\"", 100.0), Self.feature("\"代码\":\"102\"", 120.0)])
        try Self.withMap(wide) { content in
            let failure = try #require(TestSupport.loadFailure(content))
            #expect(failure.diagnostics.contains { $0.message.contains("远大于一个县") })
        }
    }

    @Test func showcaseLocationsAndMapSettingsAreValidated() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let showcase = content.appendingPathComponent("showcase/demo.md")
            try TestSupport.replace("---\n", with: "---\nlocation: [30.1, 120.1]\n", in: showcase)
            try TestSupport.appendLine(
                "map: {indicator: I9x, warning: 50}", to: content.appendingPathComponent("site.yaml"))
            let failure = try #require(TestSupport.loadFailure(content))
            let messages = failure.diagnostics.map(\.description)
            #expect(messages.contains { $0.contains("demo.md:2:") && $0.contains("纬度在 -90 到 90 之间") })
            #expect(messages.contains { $0.contains("site.yaml") && $0.contains("“map.indicator”的值“I9x”不是比率指标") })
        }
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let showcase = content.appendingPathComponent("showcase/demo.md")
            try TestSupport.replace("---\n", with: "---\nlocation: [120.05, 30.05]\n", in: showcase)
            let loaded = try ContentLoader(contentDirectory: content).load()
            #expect(loaded.showcases.first?.position == GeoPoint(longitude: 120.05, latitude: 30.05))
        }
    }

    // MARK: Pages

    @Test func everyCountyGetsTheMapAsTilesWithoutAMapFile() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public")
            _ = try TestSupport.build(content: TestSupport.tinySite, output: output)
            let dashboard = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(dashboard.contains("class=\"chart chart-map\""))
            #expect(dashboard.contains("方格图"))
            #expect(dashboard.contains("<summary>查看数据表</summary>"))
            // A township has no children, so no map.
            let township = try String(
                contentsOf: output.appendingPathComponent("regions/101/index.html"), encoding: .utf8)
            #expect(!township.contains("chart-map"))
        }
    }

    @Test func theSampleCountyMapIsSmallAndLinksEveryTownship() throws {
        let sample = TestSupport.templates.deletingLastPathComponent().appendingPathComponent("content")
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public")
            _ = try TestSupport.build(content: sample, output: output)
            let dashboard = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
            let start = try #require(dashboard.range(of: "<svg viewBox=\"0 0 640"))
            let end = try #require(dashboard.range(of: "</svg>", range: start.upperBound..<dashboard.endIndex))
            let svg = String(dashboard[start.lowerBound..<end.upperBound])
            #expect(svg.utf8.count < 60_000)
            #expect(svg.contains("class=\"chart chart-map\""))
            for code in ["331190001", "331190100", "331190400"] {
                #expect(svg.contains("href=\"regions/\(code)/index.html\""))
            }
            #expect(svg.contains("示范点）</title>"))
            let screen = try String(contentsOf: output.appendingPathComponent("screen/index.html"), encoding: .utf8)
            #expect(screen.contains("chart-map"))
        }
    }

    @Test func withheldFiguresAreNoDataAndNotShown() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            try TestSupport.appendLine(
                "audience: public\npublic: {min_count: 50}", to: content.appendingPathComponent("site.yaml"))
            let output = folder.appendingPathComponent("public")
            _ = try TestSupport.build(content: content, output: output)
            let dashboard = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
            let start = try #require(dashboard.range(of: "class=\"chart chart-map\""))
            let end = try #require(dashboard.range(of: "</figure>", range: start.upperBound..<dashboard.endIndex))
            let map = String(dashboard[start.lowerBound..<end.lowerBound])
            #expect(map.contains("无数据（不公布）"))
            #expect(map.contains("无数据（3）"))
            #expect(!map.contains("%（"))  // no rate with its n/d pair
            #expect(!map.contains("-class-0\"") && !map.contains("-class-2\""))
        }
    }

    @Test func aRegionWithoutItsOwnPolygonIsDrawnFromThoseBelowIt() throws {
        // A city of two counties; the map has only townships.
        let regions = """
            代码,名称,层级,上级代码,别名,排序
            1,某市,市,,,1
            10,东县,县,1,,1
            11,甲镇,乡镇,10,,1
            12,乙镇,乡镇,10,,2
            20,西县,县,1,,2
            21,丙镇,乡镇,20,,1

            """
        let csv = "年度,企业名称,乡镇,组建方式,从业人员,正式党员\n2025,一,甲镇,单独组建,10,3\n2025,二,丙镇,未建,10,0\n"
        let geojson = Self.collection([
            Self.feature("\"代码\":\"11\"", 120.0), Self.feature("\"代码\":\"12\"", 120.1),
            Self.feature("\"代码\":\"21\"", 120.2),
        ])
        try TestSupport.withContentSite(
            ["data/enterprises.csv": csv, "data/map.geojson": geojson], regions: regions
        ) { site in
            let loaded = try ContentLoader(contentDirectory: site).load()
            #expect(!loaded.diagnostics.contains { $0.message.contains("没有区域") })
            let output = TestSupport.output(beside: site)
            _ = try TestSupport.build(content: site, output: output)
            let dashboard = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(dashboard.contains("各下辖区划组织覆盖率分级图"))
            #expect(dashboard.contains("<title>东县：组织覆盖率 100.0%（1/1）"))
            // 东县's area is its two townships: two rings in one path.
            let east = try #require(dashboard.range(of: "<title>东县："))
            let path = try #require(dashboard.range(of: "d=\"", range: east.upperBound..<dashboard.endIndex))
            let data = dashboard[path.upperBound...].prefix { $0 != "\"" }
            #expect(data.filter { $0 == "Z" }.count == 2)
            // A county's page maps its townships.
            let county = try String(
                contentsOf: output.appendingPathComponent("regions/10/index.html"), encoding: .utf8)
            #expect(county.contains("各乡镇组织覆盖率分级图"))
        }
    }
}
