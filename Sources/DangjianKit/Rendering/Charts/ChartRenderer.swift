/// The chart part of the render stage: turns chart data into inline SVG.
///
/// Charts are drawn in Swift at build time — no script, no chart library, no font, no URL — so they
/// work offline, from disk, and print as vectors. Each is an `<svg role="img">` named by its
/// `<title>` and described by its `<desc>`, as wide as its container (`width="100%"` and a viewBox).
/// Text inherits the page's font. Data is slate, what falls below its target amber (see
/// `ChartPalette`), and every category or warning also differs by pattern or marker shape, so
/// charts read in black and white.
/// The output depends on the input only: the same data gives the same bytes on every build.
public enum ChartRenderer {}

extension ChartRenderer {
    /// Measures shared by every chart, in viewBox units.
    enum Metrics {
        /// Space left free around the drawing.
        static let margin = 8.0
        /// Row labels and value labels.
        static let labelSize = 13.0
        /// Legend entries and counts.
        static let legendSize = 12.0
        /// Axis labels.
        static let axisSize = 11.0
        /// The height of one horizontal bar's row.
        static let rowHeight = 28.0
        /// The thickness of a horizontal bar.
        static let barHeight = 16.0
        /// The height of one row of legend entries.
        static let legendRowHeight = 20.0
        /// The gap between a label column and the plot, or a bar and its value.
        static let gap = 8.0
    }

    /// The root `<svg>` with its `<title>` and `<desc>`; `draw` writes the rest and gets the chart's id prefix.
    static func document(
        kind: String, title: String, summary: String, width: Int, height: Double,
        draw: (inout SVGWriter, String) -> Void
    ) -> String {
        // The width is part of the id, so a page may carry a wide and a narrow drawing of one chart.
        let prefix = ChartText.idPrefix(kind: "\(kind)@\(width)", title: title, summary: summary)
        var svg = SVGWriter()
        svg.open(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(width) \(Int(height.rounded(.up)))",
                "width": "100%", "role": "img", "aria-labelledby": "\(prefix)-title \(prefix)-desc",
                "class": "chart chart-\(kind)",
            ])
        svg.element("title", ["id": "\(prefix)-title"], content: title)
        svg.element("desc", ["id": "\(prefix)-desc"], content: summary)
        draw(&svg, prefix)
        svg.close("svg")
        return svg.markup
    }

    /// The baseline that centres text of `fontSize` on `middle` (no `dominant-baseline`, which printers ignore).
    static func baseline(middle: Double, fontSize: Double) -> Double {
        middle + fontSize * 0.35
    }

    /// Attributes of text that stays legible across lines: a `halo`-coloured outline drawn under the glyphs.
    static func haloed(_ attributes: SVGAttributes, halo: String = ChartPalette.white) -> SVGAttributes {
        var attributes = attributes
        attributes.add("stroke", halo)
        attributes.add("stroke-width", "3")
        attributes.add("stroke-linejoin", "round")
        // As a style property: the HTML checker knows paint-order only from CSS, not as an SVG 1.1 attribute.
        attributes.add("style", "paint-order: stroke")
        return attributes
    }

    /// The width of a label column: the widest label, at most `maxWidth`.
    static func labelColumnWidth(_ labels: [String], maxWidth: Double, fontSize: Double) -> Double {
        min(maxWidth, labels.map { ChartText.width($0, fontSize: fontSize) }.max() ?? 0)
    }

    /// A row label right-aligned at `right`, abbreviated to `columnWidth` with the full text as tooltip.
    static func rowLabel(
        _ label: String, right: Double, middle: Double, columnWidth: Double, linked: Bool, into svg: inout SVGWriter
    ) {
        let fitted = ChartText.fitted(label, maxWidth: columnWidth, fontSize: Metrics.labelSize)
        svg.text(
            fitted.shown,
            [
                "x": right.svg, "y": baseline(middle: middle, fontSize: Metrics.labelSize).svg,
                "font-size": Metrics.labelSize.svg, "text-anchor": "end",
                "fill": linked ? ChartPalette.redDark : ChartPalette.ink,
            ],
            tooltip: fitted.isAbbreviated ? fitted.full : nil)
    }

    /// Where legend entries of the given widths go, left to right from `left`, wrapping before `right`.
    static func legendLayout(widths: [Double], left: Double, right: Double) -> [(x: Double, row: Int)] {
        let spacing = 18.0
        var positions: [(x: Double, row: Int)] = []
        var (x, row) = (left, 0)
        for width in widths {
            if x > left && x + width > right {
                (x, row) = (left, row + 1)
            }
            positions.append((x: x, row: row))
            x += width + spacing
        }
        return positions
    }

    /// A round step for a count axis from 0 to at least `maximum`, and the axis end, with at most 5 steps.
    static func countScale(maximum: Int) -> (step: Int, end: Int) {
        guard maximum > 0 else { return (step: 1, end: 1) }
        var magnitude = 1
        while true {
            for multiple in [1, 2, 5] {
                let step = multiple * magnitude
                let steps = maximum / step + (maximum % step == 0 ? 0 : 1)
                let (end, overflow) = steps.multipliedReportingOverflow(by: step)
                if steps <= 5 && !overflow { return (step: step, end: end) }
            }
            // Past a tenth of Int.max no round step fits: the axis ends at the maximum itself.
            guard magnitude <= Int.max / 100 else { return (step: maximum, end: maximum) }
            magnitude *= 10
        }
    }

    /// "暂无数据" centred in the chart, for a chart without anything to draw.
    static func noDataNote(x: Double, y: Double, into svg: inout SVGWriter) {
        svg.text(
            "暂无数据",
            [
                "x": x.svg, "y": y.svg, "font-size": Metrics.labelSize.svg, "text-anchor": "middle",
                "fill": ChartPalette.muted,
            ])
    }
}
