extension ChartRenderer {
    /// The simplification tolerance of outlines, in viewBox units: what a screen pixel cannot show.
    static let mapTolerance = 0.5

    /// A township map: each township a linked area filled by its warning class, its name inside it
    /// at the pole of inaccessibility when it fits, 示范点 markers by level, and the legend below.
    /// Without any shape the townships are drawn as a grid of tiles in their order.
    public static func map(_ chart: TownshipMapChart, width: Int = 640, maxHeight: Int = 520) -> String {
        let width = max(width, 240)
        if !chart.hasShapes { return tileGrid(chart, width: width) }
        let points = chart.areas.flatMap(\.polygons).flatMap(\.rings).flatMap { $0 }
        guard let bounds = GeoBounds(points) else { return tileGrid(chart, width: width) }
        let projection = MapProjection(
            bounds: bounds, width: Double(width), maxHeight: Double(max(maxHeight, 160)), margin: Metrics.margin)
        let areas = chart.areas.map { area in
            area.polygons.map { polygon in
                PlanePolygon(
                    rings: polygon.rings.map {
                        PathSimplifier.ring($0.map(projection.project), tolerance: mapTolerance)
                    }.enumerated().filter { $0.offset == 0 || !$0.element.isEmpty }.map(\.element))
            }.filter { ($0.rings.first?.count ?? 0) >= 3 }
        }
        let legendTop = projection.height + 6
        let legend = mapLegendLayout(chart, width: Double(width))
        return document(
            kind: "map", title: chart.title, summary: chart.summary, width: width,
            height: legendTop + legend.height
        ) { svg, prefix in
            writeMapPatterns(chart, prefix: prefix, into: &svg)
            svg.open("g", ["stroke": ChartPalette.white, "stroke-width": "1", "stroke-linejoin": "round"])
            for (index, area) in chart.areas.enumerated() where !areas[index].isEmpty {
                openArea(area, into: &svg)
                svg.element(
                    "path",
                    [
                        "d": areas[index].map(\.pathData).joined(),
                        "fill": "url(#\(prefix)-class-\(area.mapClass.rawValue))",
                        "fill-rule": "evenodd",
                    ])
                svg.close(area.link == nil ? "g" : "a")
            }
            svg.close("g")
            let markers = chart.markers.compactMap { marker -> (MapMarker, PlanePoint)? in
                guard let position = marker.position else { return nil }
                let point = projection.project(position)
                guard (0...Double(width)).contains(point.x), (0...projection.height).contains(point.y) else {
                    return nil
                }
                return (marker, point)
            }
            svg.open("g", ["text-anchor": "middle", "fill": ChartPalette.ink, "pointer-events": "none"])
            for (index, area) in chart.areas.enumerated() {
                guard let largest = areas[index].max(by: { $0.area < $1.area }) else { continue }
                writeAreaLabel(area, in: largest, avoiding: markers.map(\.1), into: &svg)
            }
            svg.close("g")
            for (marker, point) in markers {
                writeMarker(marker, at: point, into: &svg)
            }
            writeMapLegend(chart, layout: legend, top: legendTop, prefix: prefix, into: &svg)
        }
    }

    /// The townships as square tiles in rows, in their order: for a county without a map file.
    static func tileGrid(_ chart: TownshipMapChart, width: Int) -> String {
        let count = max(chart.areas.count, 1)
        let gap = 4.0
        let usable = Double(width) - 2 * Metrics.margin
        var columns = 1
        while columns * columns < count { columns += 1 }
        let side = min(120, (usable - gap * Double(columns - 1)) / Double(columns))
        let rows = (count + columns - 1) / columns
        let gridWidth = side * Double(columns) + gap * Double(columns - 1)
        let left = (Double(width) - gridWidth) / 2
        let top = Metrics.margin
        let legendTop = top + Double(rows) * (side + gap) + 2
        let legend = mapLegendLayout(chart, width: Double(width))
        return document(
            kind: "map", title: chart.title, summary: chart.summary, width: width, height: legendTop + legend.height
        ) { svg, prefix in
            guard !chart.areas.isEmpty else {
                noDataNote(x: Double(width) / 2, y: top + side / 2, into: &svg)
                return
            }
            writeMapPatterns(chart, prefix: prefix, into: &svg)
            for (index, area) in chart.areas.enumerated() {
                let x = left + Double(index % columns) * (side + gap)
                let y = top + Double(index / columns) * (side + gap)
                openArea(area, into: &svg)
                svg.element(
                    "rect",
                    [
                        "x": x.svg, "y": y.svg, "width": side.svg, "height": side.svg,
                        "fill": "url(#\(prefix)-class-\(area.mapClass.rawValue))", "stroke": ChartPalette.axis,
                        "stroke-width": "0.8",
                    ])
                let fontSize = side < 70 ? 11.0 : 13.0
                let name = ChartText.fitted(area.name, maxWidth: side - 8, fontSize: fontSize)
                svg.text(
                    name.shown,
                    haloed([
                        "x": (x + side / 2).svg, "y": (y + side * 0.36).svg, "font-size": fontSize.svg,
                        "text-anchor": "middle", "fill": ChartPalette.ink, "font-weight": "600",
                    ]))
                svg.text(
                    area.valueText,
                    haloed([
                        "x": (x + side / 2).svg, "y": (y + side * 0.36 + fontSize + 3).svg,
                        "font-size": (fontSize - 1).svg, "text-anchor": "middle", "fill": ChartPalette.ink,
                    ]))
                svg.close(area.link == nil ? "g" : "a")
                let markers = chart.markers.filter { $0.area == index }
                let spacing = 13.0
                let perRow = max(1, Int((side - 8) / spacing))
                for (number, marker) in markers.prefix(perRow * 2).enumerated() {
                    let row = Double(number / perRow)
                    let inRow = min(markers.count - (number / perRow) * perRow, perRow)
                    let rowLeft = x + side / 2 - Double(inRow - 1) * spacing / 2
                    let point = PlanePoint(
                        x: rowLeft + Double(number % perRow) * spacing, y: y + side - 10 - row * spacing)
                    writeMarker(marker, at: point, into: &svg)
                }
            }
            writeMapLegend(chart, layout: legend, top: legendTop, prefix: prefix, into: &svg)
        }
    }

    /// Opens the link (or group) of an area with its tooltip as the first child; the caller closes it.
    private static func openArea(_ area: MapArea, into svg: inout SVGWriter) {
        if let link = area.link {
            svg.open("a", ["href": link])
        } else {
            svg.open("g")
        }
        svg.element("title", content: area.tooltip)
    }

    /// The name (and the rate, when there is room for both lines) at the polygon's pole of
    /// inaccessibility, in the largest size that fits; nothing when none fits. A label that would
    /// cover a marker moves just below or above it when it still fits there.
    private static func writeAreaLabel(
        _ area: MapArea, in polygon: PlanePolygon, avoiding markers: [PlanePoint], into svg: inout SVGWriter
    ) {
        let pole = PoleOfInaccessibility.find(in: polygon, precision: 0.5).point
        for fontSize in [12.0, 10.5] {
            let nameWidth = ChartText.width(area.name, fontSize: fontSize)
            let width = max(nameWidth, ChartText.width(area.valueText, fontSize: fontSize - 1)) + 4
            var placed: (centre: PlanePoint, twoLines: Bool)?
            for height in [fontSize * 2.3, fontSize * 1.2] {
                let boxWidth = height > fontSize * 2 ? width : nameWidth + 4
                let shift = height / 2 + 7
                let candidates = [
                    pole, PlanePoint(x: pole.x, y: pole.y + shift), PlanePoint(x: pole.x, y: pole.y - shift),
                ]
                let fitting = candidates.filter { fits(polygon, centre: $0, width: boxWidth, height: height) }
                let clear = fitting.first { centre in
                    !markers.contains {
                        abs($0.x - centre.x) < boxWidth / 2 + 5 && abs($0.y - centre.y) < height / 2 + 5
                    }
                }
                if let centre = clear ?? fitting.first {
                    placed = (centre, height > fontSize * 2)
                    break
                }
            }
            guard let (centre, twoLines) = placed else { continue }
            let nameBaseline = twoLines ? centre.y - 1 : baseline(middle: centre.y, fontSize: fontSize)
            svg.text(
                area.name,
                haloed(["x": centre.x.svg, "y": nameBaseline.svg, "font-size": fontSize.svg, "font-weight": "600"]))
            if twoLines {
                svg.text(
                    area.valueText,
                    haloed(["x": centre.x.svg, "y": (nameBaseline + fontSize).svg, "font-size": (fontSize - 1).svg]))
            }
            return
        }
    }

    /// Whether a label box centred on `centre` lies inside the polygon: its corners and the middles
    /// of its sides all inside.
    static func fits(_ polygon: PlanePolygon, centre: PlanePoint, width: Double, height: Double) -> Bool {
        let (dx, dy) = (width / 2, height / 2)
        let probes = [(-1.0, -1.0), (0, -1), (1, -1), (1, 0), (1, 1), (0, 1), (-1, 1), (-1, 0)]
        return probes.allSatisfy { polygon.contains(PlanePoint(x: centre.x + $0.0 * dx, y: centre.y + $0.1 * dy)) }
    }

    /// A 示范点 marker, linked to its page, its name and level as the tooltip.
    private static func writeMarker(_ marker: MapMarker, at point: PlanePoint, into svg: inout SVGWriter) {
        if let link = marker.link {
            svg.open("a", ["href": link])
        } else {
            svg.open("g")
        }
        svg.element("title", content: "\(marker.name)（\(marker.level.rawValue)示范点）")
        MapMarker.shape(of: marker.level).draw(
            x: point.x, y: point.y, radius: 5, fill: ChartPalette.ink, into: &svg)
        svg.close(marker.link == nil ? "g" : "a")
    }

    /// The `<pattern>` of every class in the chart, as `<prefix>-class-<n>`.
    private static func writeMapPatterns(_ chart: TownshipMapChart, prefix: String, into svg: inout SVGWriter) {
        let used = Set(chart.areas.map(\.mapClass)).union(chart.legend.map(\.mapClass))
        svg.open("defs")
        for mapClass in MapClass.allCases where used.contains(mapClass) {
            mapClass.style.writePattern(id: "\(prefix)-class-\(mapClass.rawValue)", into: &svg)
        }
        svg.close("defs")
    }

    /// Where the legend's entries go: the classes, then the marker levels present.
    private static func mapLegendLayout(_ chart: TownshipMapChart, width: Double)
        -> (texts: [String], positions: [(x: Double, row: Int)], height: Double)
    {
        let levels = ShowcaseLevel.allCases.filter { level in chart.markers.contains { $0.level == level } }
        let texts =
            chart.legend.map { "\($0.label)（\($0.count)）" } + levels.map { "\($0.rawValue)示范点" }
        let widths = texts.map { 22 + ChartText.width($0, fontSize: Metrics.legendSize) }
        let positions = legendLayout(widths: widths, left: Metrics.margin, right: width - Metrics.margin)
        let rows = (positions.map(\.row).max() ?? -1) + 1
        return (texts, positions, Double(rows) * Metrics.legendRowHeight + Metrics.margin)
    }

    private static func writeMapLegend(
        _ chart: TownshipMapChart, layout: (texts: [String], positions: [(x: Double, row: Int)], height: Double),
        top: Double, prefix: String, into svg: inout SVGWriter
    ) {
        let levels = ShowcaseLevel.allCases.filter { level in chart.markers.contains { $0.level == level } }
        svg.open("g", ["font-size": Metrics.legendSize.svg, "fill": ChartPalette.ink])
        for (index, text) in layout.texts.enumerated() {
            let (x, row) = layout.positions[index]
            let middle = top + Double(row) * Metrics.legendRowHeight + Metrics.legendRowHeight / 2
            if index < chart.legend.count {
                svg.element(
                    "rect",
                    [
                        "x": x.svg, "y": (middle - 6).svg, "width": "16", "height": "12",
                        "fill": "url(#\(prefix)-class-\(chart.legend[index].mapClass.rawValue))",
                        "stroke": ChartPalette.axis, "stroke-width": "0.8",
                    ])
            } else {
                MapMarker.shape(of: levels[index - chart.legend.count]).draw(
                    x: x + 8, y: middle, radius: 5, fill: ChartPalette.ink, into: &svg)
            }
            svg.text(text, ["x": (x + 22).svg, "y": baseline(middle: middle, fontSize: Metrics.legendSize).svg])
        }
        svg.close("g")
    }
}
