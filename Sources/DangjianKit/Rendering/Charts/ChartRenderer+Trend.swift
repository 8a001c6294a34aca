extension ChartRenderer {
    /// A line per series across the years, with a legend above the plot.
    ///
    /// The vertical axis zooms to the data, rounded out to 10% steps (20% when the data spans more
    /// than half the scale), so a change from 55% to 66% stays visible; its gridlines are labelled
    /// with their percentages, so the range is always stated. Every series has its own colour,
    /// dash pattern and marker shape (circle, square, triangle, diamond …), repeated in the
    /// legend, and its value labelled at its last point. A nil point breaks the line.
    public static func trend(_ chart: TrendChart, width: Int = 720, height: Int = 300) -> String {
        let layout = TrendLayout(chart: chart, width: max(width, 240), height: max(height, 160))
        return document(
            kind: "trend", title: chart.title, summary: chart.summary, width: layout.width,
            height: Double(layout.height)
        ) { svg, _ in
            drawLegend(chart, layout, into: &svg)
            drawAxes(chart, layout, into: &svg)
            let hasPoints = chart.series.contains { $0.points.prefix(chart.years.count).contains { $0 != nil } }
            guard hasPoints else {
                noDataNote(x: (layout.plotLeft + layout.plotRight) / 2, y: layout.middleOfPlot, into: &svg)
                return
            }
            // The first series is drawn last, on top of the others.
            for (index, series) in chart.series.enumerated().reversed() {
                drawLine(series, style: SeriesStyle.at(index), layout, into: &svg)
            }
            for (index, series) in chart.series.enumerated().reversed() {
                let style = SeriesStyle.at(index)
                for (year, value) in layout.points(series) {
                    style.marker.draw(
                        x: layout.x(year), y: layout.y(value), radius: 4, fill: style.stroke, into: &svg)
                }
            }
            drawValueLabels(chart, layout, into: &svg)
        }
    }
}

/// Where everything of a trend chart goes.
private struct TrendLayout {
    typealias Metrics = ChartRenderer.Metrics

    let width: Int
    let height: Int
    let years: Int
    /// The bottom and top of the vertical axis and its step, in basis points.
    let low: Int
    let high: Int
    let step: Int
    let legend: [(x: Double, row: Int)]
    let plotLeft: Double
    let plotRight: Double
    let plotTop: Double
    let plotBottom: Double

    init(chart: TrendChart, width: Int, height: Int) {
        self.width = width
        self.height = height
        years = chart.years.count
        let values = chart.series.flatMap { $0.points.prefix(chart.years.count).compactMap { $0 } }
            .map { min(max($0, 0), 10_000) }
        (low, high, step) = Self.range(values)
        let tickLabelWidth =
            stride(from: low, through: high, by: step)
            .map { ChartText.width(ChartText.wholePercent(basisPoints: $0), fontSize: Metrics.axisSize) }.max() ?? 0
        plotLeft = Metrics.margin + tickLabelWidth + 8
        let valueLabelWidth = ChartText.width("100.0%", fontSize: Metrics.legendSize) * 1.1
        plotRight = Double(width) - Metrics.margin - valueLabelWidth - 12
        legend = ChartRenderer.legendLayout(
            widths: chart.series.map { Self.legendEntryWidth($0.name, available: Double(width)) },
            left: plotLeft, right: Double(width) - Metrics.margin)
        let legendRows = (legend.map(\.row).max() ?? -1) + 1
        plotTop = Metrics.margin + Double(legendRows) * Metrics.legendRowHeight + 12
        plotBottom = Double(height) - Metrics.margin - 20
    }

    /// The axis range: the data's extremes rounded out to 10% steps (20% for a wide range), never empty.
    static func range(_ values: [Int]) -> (low: Int, high: Int, step: Int) {
        guard let smallest = values.min(), let largest = values.max() else { return (0, 10_000, 2000) }
        var (low, high) = (smallest / 1000 * 1000, (largest + 999) / 1000 * 1000)
        if low == high {
            if high < 10_000 { high += 1000 } else { low -= 1000 }
        }
        guard high - low > 5000 else { return (low, high, 1000) }
        return (low / 2000 * 2000, (high + 1999) / 2000 * 2000, 2000)
    }

    /// The width of a legend entry: line sample, marker, gap and name.
    static func legendEntryWidth(_ name: String, available: Double) -> Double {
        min(34 + ChartText.width(name, fontSize: Metrics.legendSize), available - 2 * Metrics.margin)
    }

    var middleOfPlot: Double { (plotTop + plotBottom) / 2 }

    /// The x of the year at `index`; a single year sits in the middle.
    func x(_ index: Int) -> Double {
        let inset = 18.0
        guard years > 1 else { return (plotLeft + plotRight) / 2 }
        return plotLeft + inset + (plotRight - plotLeft - 2 * inset) * Double(index) / Double(years - 1)
    }

    /// The y of a rate in basis points on the zoomed axis.
    func y(_ basisPoints: Int) -> Double {
        let clamped = min(max(basisPoints, low), high)
        return plotBottom - (plotBottom - plotTop) * Double(clamped - low) / Double(high - low)
    }

    /// The series' points that have a value, as (year index, basis points).
    func points(_ series: TrendSeries) -> [(Int, Int)] {
        series.points.prefix(years).enumerated().compactMap { index, value in value.map { (index, $0) } }
    }
}

extension ChartRenderer {
    /// The legend: for each series a short line with its dash and marker, then its name.
    private static func drawLegend(_ chart: TrendChart, _ layout: TrendLayout, into svg: inout SVGWriter) {
        for (index, series) in chart.series.enumerated() {
            let style = SeriesStyle.at(index)
            let (x, row) = layout.legend[index]
            let middle = Metrics.margin + (Double(row) + 0.5) * Metrics.legendRowHeight
            var line: SVGAttributes = [
                "x1": x.svg, "y1": middle.svg, "x2": (x + 28).svg, "y2": middle.svg, "stroke": style.stroke,
                "stroke-width": "2.2",
            ]
            line.add("stroke-dasharray", style.dash)
            svg.element("line", line)
            style.marker.draw(x: x + 14, y: middle, radius: 4, fill: style.stroke, into: &svg)
            let available = Double(layout.width) - Metrics.margin - x - 34
            let name = ChartText.fitted(series.name, maxWidth: available, fontSize: Metrics.legendSize)
            svg.text(
                name.shown,
                [
                    "x": (x + 34).svg, "y": baseline(middle: middle, fontSize: Metrics.legendSize).svg,
                    "font-size": Metrics.legendSize.svg, "fill": ChartPalette.ink,
                ],
                tooltip: name.isAbbreviated ? name.full : nil)
        }
    }

    /// Horizontal gridlines with percentage labels on the left, and the years under the plot.
    private static func drawAxes(_ chart: TrendChart, _ layout: TrendLayout, into svg: inout SVGWriter) {
        let ticks = Array(stride(from: layout.low, through: layout.high, by: layout.step))
        svg.open("g", ["stroke-width": "1"])
        for tick in ticks {
            let y = layout.y(tick)
            svg.element(
                "line",
                [
                    "x1": layout.plotLeft.svg, "y1": y.svg, "x2": layout.plotRight.svg, "y2": y.svg,
                    "stroke": tick == layout.low ? ChartPalette.axis : ChartPalette.grid,
                ])
        }
        svg.close("g")
        svg.open("g", ["font-size": Metrics.axisSize.svg, "fill": ChartPalette.muted])
        for tick in ticks {
            svg.text(
                ChartText.wholePercent(basisPoints: tick),
                [
                    "x": (layout.plotLeft - 6).svg,
                    "y": baseline(middle: layout.y(tick), fontSize: Metrics.axisSize).svg,
                    "text-anchor": "end",
                ])
        }
        let slot = layout.years > 1 ? (layout.x(1) - layout.x(0)) : Double(layout.width)
        let labelWidth = ChartText.width("0000", fontSize: Metrics.axisSize) + 8
        let every = max(1, Int((labelWidth / slot).rounded(.up)))
        for (index, year) in chart.years.enumerated() where index % every == 0 {
            svg.text(
                String(year),
                ["x": layout.x(index).svg, "y": (layout.plotBottom + 16).svg, "text-anchor": "middle"])
        }
        svg.close("g")
    }

    /// The series' line: one path per run of consecutive points, so a missing year leaves a gap.
    private static func drawLine(
        _ series: TrendSeries, style: SeriesStyle, _ layout: TrendLayout, into svg: inout SVGWriter
    ) {
        var runs: [[(Int, Int)]] = []
        for point in layout.points(series) {
            if let previous = runs.last?.last, previous.0 == point.0 - 1 {
                runs[runs.count - 1].append(point)
            } else {
                runs.append([point])
            }
        }
        for run in runs where run.count > 1 {
            let path = run.enumerated().map { offset, point in
                (offset == 0 ? "M" : "L") + layout.x(point.0).svg + "," + layout.y(point.1).svg
            }
            var attributes: SVGAttributes = [
                "d": path.joined(separator: " "), "fill": "none", "stroke": style.stroke, "stroke-width": "2.2",
                "stroke-linejoin": "round",
            ]
            attributes.add("stroke-dasharray", style.dash)
            svg.element("path", attributes)
        }
    }

    /// Each series' value at its last point, right of the point, moved apart vertically so labels
    /// at the same year never overlap.
    private static func drawValueLabels(_ chart: TrendChart, _ layout: TrendLayout, into svg: inout SVGWriter) {
        var labels: [(series: Int, year: Int, value: Int, y: Double)] = []
        for (index, series) in chart.series.enumerated() {
            guard let (year, value) = layout.points(series).last else { continue }
            labels.append((series: index, year: year, value: value, y: layout.y(value)))
        }
        /// The text of a series' point: the caller's, which is rounded once from the exact ratio.
        func text(_ label: (series: Int, year: Int, value: Int, y: Double)) -> String {
            let series = chart.series[label.series]
            if let texts = series.labels, let position = chart.years.firstIndex(of: label.year),
                position < texts.count
            {
                return texts[position]
            }
            return ChartText.percent(basisPoints: label.value)
        }
        let spacing = Metrics.legendSize + 2
        var placed: [(series: Int, year: Int, value: Int, y: Double)] = []
        for year in Set(labels.map(\.year)).sorted() {
            var column = labels.filter { $0.year == year }.sorted { ($0.y, $0.series) < ($1.y, $1.series) }
            for index in column.indices.dropFirst() where column[index].y < column[index - 1].y + spacing {
                column[index].y = column[index - 1].y + spacing
            }
            if let last = column.last, last.y > layout.plotBottom {
                column[column.count - 1].y = layout.plotBottom
                for index in column.indices.dropLast().reversed() where column[index].y > column[index + 1].y - spacing
                {
                    column[index].y = column[index + 1].y - spacing
                }
            }
            placed += column
        }
        svg.open("g", ["font-size": Metrics.legendSize.svg, "font-weight": "600"])
        for label in placed.sorted(by: { $0.series < $1.series }) {
            svg.text(
                text(label),
                haloed([
                    "x": (layout.x(label.year) + 8).svg,
                    "y": baseline(middle: label.y, fontSize: Metrics.legendSize).svg,
                    "fill": SeriesStyle.at(label.series).text,
                ]))
        }
        svg.close("g")
    }
}
