extension ChartRenderer {
    /// Small multiples: one small line chart per series, in a grid, every panel with the same years
    /// along its horizontal axis, so six indicators never share one crowded axis.
    ///
    /// Each panel is titled with its indicator and its latest value. Its vertical axis zooms to the
    /// panel's own data and target, rounded out to 10% steps, and both ends are labelled, so a change
    /// from 92% to 95% stays visible and the range is always stated. Every point is labelled (the
    /// first and last only past four years). The target is a labelled dashed line; a point below it
    /// is a downward triangle in the warning colour instead of a dot, so it reads in black and white.
    /// A nil point breaks the line.
    public static func trend(_ chart: TrendChart, width: Int = 720) -> String {
        let layout = PanelGrid(panels: chart.series.count, width: max(width, 240))
        return document(
            kind: "trend", title: chart.title, summary: chart.summary, width: layout.width, height: layout.height
        ) { svg, _ in
            let hasPoints = chart.series.contains { $0.points.prefix(chart.years.count).contains { $0 != nil } }
            guard hasPoints else {
                noDataNote(x: Double(layout.width) / 2, y: layout.height / 2, into: &svg)
                return
            }
            for (index, series) in chart.series.enumerated() {
                let panel = TrendPanel(series: series, years: chart.years, frame: layout.frame(of: index))
                drawPanel(panel, into: &svg)
            }
        }
    }
}

/// Where the panels of a small-multiples chart go: three to a row on drawings 1000 wide or more,
/// else two, so titles and labels keep a readable size.
struct PanelGrid {
    typealias Metrics = ChartRenderer.Metrics

    let width: Int
    let columns: Int
    let rows: Int
    let panelWidth: Double
    static let panelHeight = 136.0
    static let gap = 14.0

    init(panels: Int, width: Int) {
        self.width = width
        columns = max(1, min(panels, width >= 1000 ? 3 : 2))
        rows = max(1, (panels + columns - 1) / columns)
        panelWidth =
            (Double(width) - 2 * Metrics.margin - Double(columns - 1) * Self.gap) / Double(columns)
    }

    var height: Double {
        2 * Metrics.margin + Double(rows) * Self.panelHeight + Double(rows - 1) * Self.gap
    }

    /// The top-left corner of panel `index`, left to right, then down.
    func frame(of index: Int) -> (x: Double, y: Double, width: Double, height: Double) {
        let (row, column) = (index / columns, index % columns)
        return (
            Metrics.margin + Double(column) * (panelWidth + Self.gap),
            Metrics.margin + Double(row) * (Self.panelHeight + Self.gap), panelWidth, Self.panelHeight
        )
    }
}

/// One panel of a small-multiples trend: its plot area and its own zoomed axis.
struct TrendPanel {
    let series: TrendSeries
    let years: [Int]
    let left: Double
    let right: Double
    let top: Double
    let bottom: Double
    let frame: (x: Double, y: Double, width: Double, height: Double)
    /// The bottom and top of the vertical axis, in basis points.
    let low: Int
    let high: Int

    static let titleSize = 13.0
    static let smallSize = 11.0

    init(series: TrendSeries, years: [Int], frame: (x: Double, y: Double, width: Double, height: Double)) {
        self.series = series
        self.years = years
        self.frame = frame
        let values = series.points.prefix(years.count).compactMap { $0 } + (series.target.map { [$0] } ?? [])
        (low, high) = Self.range(values.map { min(max($0, 0), 10_000) })
        let axisWidth = ChartText.width("100%", fontSize: Self.smallSize) + 6
        left = frame.x + axisWidth
        right = frame.x + frame.width - 4
        top = frame.y + 50
        bottom = frame.y + frame.height - 20
    }

    /// The data's extremes rounded out to 10% steps, never empty.
    static func range(_ values: [Int]) -> (low: Int, high: Int) {
        guard let smallest = values.min(), let largest = values.max() else { return (0, 10_000) }
        var (low, high) = (smallest / 1000 * 1000, (largest + 999) / 1000 * 1000)
        if low == high {
            if high < 10_000 { high += 1000 } else { low -= 1000 }
        }
        return (low, high)
    }

    /// The x of the year at `index`; a single year sits in the middle.
    func x(_ index: Int) -> Double {
        let inset = 16.0
        guard years.count > 1 else { return (left + right) / 2 }
        return left + inset + (right - left - 2 * inset) * Double(index) / Double(years.count - 1)
    }

    /// The y of a rate in basis points on the panel's axis.
    func y(_ basisPoints: Int) -> Double {
        let clamped = min(max(basisPoints, low), high)
        return bottom - (bottom - top) * Double(clamped - low) / Double(high - low)
    }

    /// The points that have a value, as (year index, basis points).
    var points: [(Int, Int)] {
        series.points.prefix(years.count).enumerated().compactMap { index, value in value.map { (index, $0) } }
    }

    /// Whether a value is below the series' target.
    func isBelowTarget(_ value: Int) -> Bool {
        series.target.map { value < $0 } ?? false
    }

    /// The text of the point at `index`.
    func label(_ index: Int, _ value: Int) -> String {
        series.labels?[safe: index] ?? ChartText.percent(basisPoints: value)
    }
}

extension Array {
    /// The element at `index`, or nil past either end.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

extension ChartRenderer {
    /// One panel: title and latest value, axis ends, years, target, line, points and their labels.
    private static func drawPanel(_ panel: TrendPanel, into svg: inout SVGWriter) {
        let frame = panel.frame
        let latest = panel.points.last
        let title = ChartText.fitted(panel.series.name, maxWidth: frame.width, fontSize: TrendPanel.titleSize)
        svg.text(
            title.shown,
            [
                "x": frame.x.svg, "y": (frame.y + 13).svg, "font-size": TrendPanel.titleSize.svg, "font-weight": "600",
                "fill": ChartPalette.ink,
            ], tooltip: title.isAbbreviated ? title.full : nil)
        let latestBelow = latest.map { panel.isBelowTarget($0.1) } ?? false
        svg.text(
            (latest.map { panel.label($0.0, $0.1) } ?? "—") + (latestBelow ? " ▼" : "")
                // A latest value from an earlier year says which.
                + (latest.map { $0.0 < panel.years.count - 1 ? "（\(panel.years[$0.0])年）" : "" } ?? ""),
            [
                "x": frame.x.svg, "y": (frame.y + 32).svg, "font-size": "15", "font-weight": "700",
                "fill": latestBelow ? ChartPalette.warningText : ChartPalette.series,
            ])
        // The axis: both ends as gridlines, labelled, and the years underneath.
        svg.open("g", ["font-size": TrendPanel.smallSize.svg, "fill": ChartPalette.muted])
        for end in [panel.low, panel.high] {
            let y = panel.y(end)
            svg.element(
                "line",
                [
                    "x1": panel.left.svg, "y1": y.svg, "x2": panel.right.svg, "y2": y.svg,
                    "stroke": end == panel.low ? ChartPalette.axis : ChartPalette.grid,
                ])
            svg.text(
                ChartText.wholePercent(basisPoints: end),
                [
                    "x": (panel.left - 4).svg, "y": baseline(middle: y, fontSize: TrendPanel.smallSize).svg,
                    "text-anchor": "end",
                ])
        }
        for (index, year) in panel.years.enumerated() {
            svg.text(
                String(year), ["x": panel.x(index).svg, "y": (panel.bottom + 14).svg, "text-anchor": "middle"])
        }
        svg.close("g")
        if let target = panel.series.target {
            let y = panel.y(target)
            svg.element(
                "line",
                [
                    "x1": panel.left.svg, "y1": y.svg, "x2": panel.right.svg, "y2": y.svg,
                    "stroke": ChartPalette.goldDark, "stroke-width": "1.2", "stroke-dasharray": "4 3",
                ])
            // Beside the latest value, clear of the plot and its labels.
            svg.text(
                "目标 " + ChartText.target(basisPoints: target) + "（虚线）",
                [
                    "x": (frame.x + frame.width).svg, "y": (frame.y + 31).svg, "font-size": TrendPanel.smallSize.svg,
                    "text-anchor": "end", "fill": ChartPalette.goldDark,
                ])
        }
        drawPanelLine(panel, into: &svg)
    }

    /// The line (broken at gaps), the points and their value labels.
    private static func drawPanelLine(_ panel: TrendPanel, into svg: inout SVGWriter) {
        var path = ""
        var previous: Int?
        for (index, value) in panel.points {
            path +=
                (previous == index - 1 ? " L" : (path.isEmpty ? "M" : " M"))
                + "\(panel.x(index).svg),\(panel.y(value).svg)"
            previous = index
        }
        if path.contains("L") {
            svg.element(
                "path",
                [
                    "d": path, "fill": "none", "stroke": ChartPalette.series, "stroke-width": "2",
                    "stroke-linejoin": "round",
                ])
        }
        let labelled =
            panel.points.count > 4 ? [panel.points.first, panel.points.last].compactMap { $0 } : panel.points
        for (index, value) in panel.points {
            let (x, y) = (panel.x(index), panel.y(value))
            if panel.isBelowTarget(value) {
                MarkerShape.triangleDown.draw(x: x, y: y, radius: 4.2, fill: ChartPalette.warning, into: &svg)
            } else {
                MarkerShape.circle.draw(x: x, y: y, radius: 3.6, fill: ChartPalette.series, into: &svg)
            }
        }
        for (index, value) in labelled {
            svg.text(
                panel.label(index, value),
                haloed([
                    "x": panel.x(index).svg, "y": (panel.y(value) - 7).svg, "font-size": TrendPanel.smallSize.svg,
                    "text-anchor": "middle",
                    "fill": panel.isBelowTarget(value) ? ChartPalette.warningText : ChartPalette.ink,
                ]))
        }
    }
}
