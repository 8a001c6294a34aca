/// The colours of every chart (see assets/style.css): data in a neutral slate, what is below its
/// target in amber with a pattern or a ▼ marker, the target line in dark gold; red is the site's
/// brand and marks no data.
enum ChartPalette {
    /// The data series.
    static let series = "#35597a"
    /// A light slate, the second category of stacked bars.
    static let seriesLight = "#9db4c9"
    /// A pale slate, the third category of stacked bars.
    static let seriesPale = "#dde6ee"
    /// The warning colour: bars and markers below their target.
    static let warning = "#e08a1e"
    /// The warning colour for text and hatching on white (contrast above 4.5:1).
    static let warningText = "#9a4a0b"
    /// A darker red, for linked labels as the site's links.
    static let redDark = "#8a0f17"
    /// A dark gold that reads on white, for gold text and hatching.
    static let goldDark = "#7a5c00"
    /// Body text.
    static let ink = "#1f2328"
    /// Secondary text: axis labels, n/d pairs.
    static let muted = "#5f6670"
    /// The zero line and outlines.
    static let axis = "#8c939b"
    /// Gridlines.
    static let grid = "#e3e5e8"
    /// The background of every other row.
    static let stripe = "#f7f6f3"
    /// Text drawn on the series colour.
    static let white = "#ffffff"
}

/// The shape of a trend chart's point markers: a dot, or a downward triangle below the target.
enum MarkerShape: CaseIterable {
    case circle, square, triangle, diamond, triangleDown, cross

    /// Writes the marker centred on (x, y); `radius` is about half its width.
    func draw(x: Double, y: Double, radius: Double, fill: String, into svg: inout SVGWriter) {
        var attributes: SVGAttributes
        if self == .circle {
            attributes = ["cx": x.svg, "cy": y.svg, "r": radius.svg]
        } else {
            let corners = corners(x: x, y: y, radius: radius)
            attributes = ["d": "M" + corners.map { "\($0.0.svg),\($0.1.svg)" }.joined(separator: " L") + " Z"]
        }
        attributes.add("fill", fill)
        attributes.add("stroke", ChartPalette.white)
        attributes.add("stroke-width", "1.2")
        svg.element(self == .circle ? "circle" : "path", attributes)
    }

    /// The corners of the polygon shapes, clockwise from the top.
    private func corners(x: Double, y: Double, radius: Double) -> [(Double, Double)] {
        switch self {
        case .circle:
            return []
        case .square:
            let side = radius * 0.9
            return [(x - side, y - side), (x + side, y - side), (x + side, y + side), (x - side, y + side)]
        case .triangle:
            let r = radius * 1.25
            return [(x, y - r), (x + r * 0.95, y + r * 0.65), (x - r * 0.95, y + r * 0.65)]
        case .diamond:
            let r = radius * 1.3
            return [(x, y - r), (x + r, y), (x, y + r), (x - r, y)]
        case .triangleDown:
            let r = radius * 1.25
            return [(x - r * 0.95, y - r * 0.65), (x + r * 0.95, y - r * 0.65), (x, y + r)]
        case .cross:
            let (r, arm) = (radius * 1.15, radius * 0.42)
            return [
                (x - arm, y - r), (x + arm, y - r), (x + arm, y - arm), (x + r, y - arm), (x + r, y + arm),
                (x + arm, y + arm), (x + arm, y + r), (x - arm, y + r), (x - arm, y + arm), (x - r, y + arm),
                (x - r, y - arm), (x - arm, y - arm),
            ]
        }
    }
}

/// How one category of a stacked bar chart is filled: a colour and a `<pattern>`, so it reads in black and white.
struct SegmentStyle {
    /// The texture drawn over the background colour.
    enum Texture {
        case solid, hatching, dots, crossHatching, horizontalLines, verticalLines
    }

    /// The texture.
    let texture: Texture
    /// The pattern's background colour.
    let background: String
    /// The colour of the pattern's lines or dots.
    let ink: String
    /// The colour of counts written inside the segment.
    let text: String

    /// The styles of categories 0, 1, 2 …; they repeat after the last.
    /// Dark to light in grey as in colour, each with its own texture, so the categories stay apart
    /// in black and white; the fourth (未建, a gap) is amber cross-hatching.
    static let all: [SegmentStyle] = [
        SegmentStyle(
            texture: .solid, background: ChartPalette.series, ink: ChartPalette.series, text: ChartPalette.white),
        SegmentStyle(
            texture: .hatching, background: ChartPalette.seriesLight, ink: ChartPalette.series, text: ChartPalette.ink),
        SegmentStyle(
            texture: .dots, background: ChartPalette.seriesPale, ink: ChartPalette.series, text: ChartPalette.ink),
        SegmentStyle(
            texture: .crossHatching, background: ChartPalette.white, ink: ChartPalette.warning, text: ChartPalette.ink),
        SegmentStyle(texture: .horizontalLines, background: ChartPalette.white, ink: "#4b5563", text: ChartPalette.ink),
        SegmentStyle(texture: .verticalLines, background: "#d5d8dc", ink: ChartPalette.muted, text: ChartPalette.ink),
    ]

    /// The style of the category at `index`.
    static func at(_ index: Int) -> SegmentStyle {
        all[index % all.count]
    }

    /// Writes the `<pattern>` with `id` into `<defs>`.
    func writePattern(id: String, into svg: inout SVGWriter) {
        svg.open("pattern", ["id": id, "patternUnits": "userSpaceOnUse", "width": "6", "height": "6"])
        svg.element("rect", ["width": "6", "height": "6", "fill": background])
        let lines: String? =
            switch texture {
            case .solid, .dots: nil
            case .hatching: "M-1,1 L1,-1 M0,6 L6,0 M5,7 L7,5"
            case .crossHatching: "M-1,1 L1,-1 M0,6 L6,0 M5,7 L7,5 M-1,5 L1,7 M0,0 L6,6 M5,-1 L7,1"
            case .horizontalLines: "M0,3 L6,3"
            case .verticalLines: "M3,0 L3,6"
            }
        if let lines {
            svg.element("path", ["d": lines, "stroke": ink, "stroke-width": "1.2", "fill": "none"])
        }
        if texture == .dots {
            svg.element("circle", ["cx": "3", "cy": "3", "r": "1.3", "fill": ink])
        }
        svg.close("pattern")
    }
}
