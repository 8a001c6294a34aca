extension ChartRenderer {
    /// Small multiples: one panel per count, side by side (stacked below `stackBelow` units wide),
    /// each with its own axis from 0, a line through the years and every value written at its
    /// point. Each panel keeps its series' colour, dash and marker, so the panels read in black and
    /// white; a year without a value leaves a gap and writes "未填报".
    public static func countTrend(_ chart: CountTrendChart, width: Int = 720, panelHeight: Int = 160) -> String {
        let width = max(width, 240)
        let stackBelow = 560
        let columns = width >= stackBelow ? max(chart.series.count, 1) : 1
        let rows = (chart.series.count + columns - 1) / max(columns, 1)
        let panelWidth = (Double(width) - Metrics.margin * 2) / Double(columns)
        let height = Metrics.margin * 2 + Double(max(rows, 1) * panelHeight)
        return document(
            kind: "count-trend", title: chart.title, summary: chart.summary, width: width, height: height
        ) { svg, _ in
            guard !chart.series.isEmpty, !chart.years.isEmpty else {
                noDataNote(x: Double(width) / 2, y: height / 2, into: &svg)
                return
            }
            for (index, series) in chart.series.enumerated() {
                let left = Metrics.margin + Double(index % columns) * panelWidth
                let top = Metrics.margin + Double(index / columns * panelHeight)
                drawCountPanel(
                    series, years: chart.years, style: CountPanelStyle.at(index), left: left, top: top,
                    width: panelWidth, height: Double(panelHeight), into: &svg)
            }
        }
    }

    /// One panel: heading, baseline, gridline at the axis end, line, markers and value labels.
    private static func drawCountPanel(
        _ series: CountSeries, years: [Int], style: CountPanelStyle, left: Double, top: Double, width: Double,
        height: Double, into svg: inout SVGWriter
    ) {
        let values = Array(series.values.prefix(years.count))
        let scale = countScale(maximum: values.compactMap { $0 }.max() ?? 0)
        let plotLeft = left + 12
        let plotRight = left + width - 12
        let plotTop = top + 58
        let plotBottom = top + height - 26
        func x(_ index: Int) -> Double {
            years.count > 1
                ? plotLeft + 14 + (plotRight - plotLeft - 28) * Double(index) / Double(years.count - 1)
                : (plotLeft + plotRight) / 2
        }
        func y(_ value: Int) -> Double {
            plotBottom - (plotBottom - plotTop) * Double(min(max(value, 0), scale.end)) / Double(scale.end)
        }
        svg.text(
            series.name,
            [
                "x": plotLeft.svg, "y": (top + 16).svg, "font-size": Metrics.labelSize.svg, "font-weight": "700",
                "fill": ChartPalette.ink,
            ])
        svg.text(
            "（\(series.unit)，纵轴 0–\(ChartText.count(scale.end))）",
            [
                "x": plotLeft.svg, "y": (top + 32).svg, "font-size": Metrics.axisSize.svg, "fill": ChartPalette.muted,
            ])
        svg.element(
            "line",
            [
                "x1": plotLeft.svg, "y1": plotTop.svg, "x2": plotRight.svg, "y2": plotTop.svg,
                "stroke": ChartPalette.grid, "stroke-width": "1",
            ])
        svg.element(
            "line",
            [
                "x1": plotLeft.svg, "y1": plotBottom.svg, "x2": plotRight.svg, "y2": plotBottom.svg,
                "stroke": ChartPalette.axis, "stroke-width": "1",
            ])
        svg.open("g", ["font-size": Metrics.axisSize.svg, "fill": ChartPalette.muted, "text-anchor": "middle"])
        for (index, year) in years.enumerated() {
            svg.text(String(year), ["x": x(index).svg, "y": (plotBottom + 16).svg])
        }
        svg.close("g")
        var run: [String] = []
        func flush() {
            if run.count > 1 {
                var attributes: SVGAttributes = [
                    "d": run.joined(separator: " "), "fill": "none", "stroke": style.stroke, "stroke-width": "2.2",
                    "stroke-linejoin": "round",
                ]
                attributes.add("stroke-dasharray", style.dash)
                svg.element("path", attributes)
            }
            run = []
        }
        for (index, value) in values.enumerated() {
            guard let value else {
                flush()
                continue
            }
            run.append((run.isEmpty ? "M" : "L") + x(index).svg + "," + y(value).svg)
        }
        flush()
        svg.open("g", ["font-size": Metrics.legendSize.svg, "font-weight": "600", "text-anchor": "middle"])
        for (index, value) in values.enumerated() {
            guard let value else {
                svg.text("未填报", ["x": x(index).svg, "y": (plotBottom - 6).svg, "fill": ChartPalette.muted])
                continue
            }
            style.marker.draw(x: x(index), y: y(value), radius: 4, fill: style.stroke, into: &svg)
            svg.text(
                ChartText.count(value),
                haloed(["x": x(index).svg, "y": (y(value) - 9).svg, "fill": style.text]))
        }
        svg.close("g")
    }
}

/// How each panel of a count trend draws its line: data in the site's slate, told apart by dash
/// and marker, so the panels read in black and white.
private struct CountPanelStyle {
    let stroke: String
    let text: String
    let dash: String?
    let marker: MarkerShape

    static let all: [CountPanelStyle] = [
        CountPanelStyle(stroke: ChartPalette.series, text: ChartPalette.series, dash: nil, marker: .circle),
        CountPanelStyle(stroke: ChartPalette.series, text: ChartPalette.series, dash: "7 4", marker: .square),
        CountPanelStyle(stroke: ChartPalette.series, text: ChartPalette.series, dash: "2 3", marker: .triangle),
    ]

    static func at(_ index: Int) -> CountPanelStyle {
        all[index % all.count]
    }
}
