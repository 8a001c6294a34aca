extension ChartRenderer {
    /// Horizontal stacked bars of counts, one per region, with a legend above the plot.
    ///
    /// Each category has its own colour and `<pattern>` (solid, hatching, dots, cross-hatching …),
    /// defined in `<defs>` with ids derived from the chart so several charts share a page, and
    /// repeated in the legend. A segment wide enough shows its count inside; the bar's total
    /// follows its end. The axis runs from 0 to a round count. A bar with a link is wrapped in `<a href>`.
    public static func stacked(_ chart: StackedBarChart, width: Int = 720) -> String {
        let layout = StackedLayout(chart: chart, width: max(width, 240))
        return document(
            kind: "stacked", title: chart.title, summary: chart.summary, width: layout.width, height: layout.height
        ) { svg, prefix in
            let patternID = { (category: Int) in "\(prefix)-pattern-\(category)" }
            svg.open("defs")
            for category in chart.categories.indices {
                SegmentStyle.at(category).writePattern(id: patternID(category), into: &svg)
            }
            svg.close("defs")
            drawStackedLegend(chart, layout, patternID: patternID, into: &svg)
            drawCountGrid(layout, into: &svg)
            if chart.bars.isEmpty {
                noDataNote(x: (layout.plotLeft + layout.plotRight) / 2, y: layout.plotTop + 18, into: &svg)
            }
            for (row, bar) in chart.bars.enumerated() {
                drawStackedBar(
                    bar, row: row, categories: chart.categories.count, layout, patternID: patternID, into: &svg)
            }
        }
    }
}

/// Where everything of a stacked bar chart goes.
private struct StackedLayout {
    typealias Metrics = ChartRenderer.Metrics

    let width: Int
    let labelColumn: Double
    let plotLeft: Double
    let plotRight: Double
    let plotTop: Double
    let rows: Int
    let legend: [(x: Double, row: Int)]
    /// The count axis: gridline step and end.
    let step: Int
    let end: Int

    init(chart: StackedBarChart, width: Int) {
        self.width = width
        labelColumn = ChartRenderer.labelColumnWidth(
            chart.bars.map(\.label), maxWidth: (Double(width) * 0.3).rounded(.down), fontSize: Metrics.labelSize)
        plotLeft = Metrics.margin + labelColumn + Metrics.gap
        let totals = chart.bars.map { Self.counts($0, categories: chart.categories.count).reduce(0, +) }
        let totalWidth = totals.map { ChartText.width(ChartText.count($0), fontSize: Metrics.labelSize) * 1.1 }
        plotRight = Double(width) - Metrics.margin - Metrics.gap - (totalWidth.max() ?? 0)
        (step, end) = ChartRenderer.countScale(maximum: totals.max() ?? 0)
        legend = ChartRenderer.legendLayout(
            widths: chart.categories.map {
                min(20 + ChartText.width($0, fontSize: Metrics.legendSize), Double(width) - 2 * Metrics.margin)
            },
            left: Metrics.margin, right: Double(width) - Metrics.margin)
        let legendRows = (legend.map(\.row).max() ?? -1) + 1
        plotTop = Metrics.margin + Double(legendRows) * Metrics.legendRowHeight + 8
        rows = max(chart.bars.count, 1)
    }

    /// The bar's counts, one per category: missing ones are 0, negative ones count as 0.
    static func counts(_ bar: StackedBar, categories: Int) -> [Int] {
        (0..<categories).map { $0 < bar.segments.count ? max(bar.segments[$0], 0) : 0 }
    }

    var plotBottom: Double { plotTop + Double(rows) * Metrics.rowHeight }
    var height: Double { plotBottom + 20 + Metrics.margin }

    /// The length of `count` on the axis.
    func length(_ count: Int) -> Double {
        (plotRight - plotLeft) * Double(count) / Double(end)
    }

    /// The vertical centre of row `index`.
    func middle(_ index: Int) -> Double {
        plotTop + (Double(index) + 0.5) * Metrics.rowHeight
    }
}

extension ChartRenderer {
    /// A swatch filled with each category's pattern, then its name.
    private static func drawStackedLegend(
        _ chart: StackedBarChart, _ layout: StackedLayout, patternID: (Int) -> String, into svg: inout SVGWriter
    ) {
        for (category, name) in chart.categories.enumerated() {
            let (x, row) = layout.legend[category]
            let middle = Metrics.margin + (Double(row) + 0.5) * Metrics.legendRowHeight
            svg.element(
                "rect",
                [
                    "x": x.svg, "y": (middle - 7).svg, "width": "14", "height": "14",
                    "fill": "url(#\(patternID(category)))",
                    "stroke": ChartPalette.axis, "stroke-width": "0.5",
                ])
            let available = Double(layout.width) - Metrics.margin - x - 20
            let fitted = ChartText.fitted(name, maxWidth: available, fontSize: Metrics.legendSize)
            svg.text(
                fitted.shown,
                [
                    "x": (x + 20).svg, "y": baseline(middle: middle, fontSize: Metrics.legendSize).svg,
                    "font-size": Metrics.legendSize.svg, "fill": ChartPalette.ink,
                ],
                tooltip: fitted.isAbbreviated ? fitted.full : nil)
        }
    }

    /// Row stripes, vertical gridlines at round counts and their labels under the plot.
    private static func drawCountGrid(_ layout: StackedLayout, into svg: inout SVGWriter) {
        svg.open("g", ["fill": ChartPalette.stripe])
        for row in stride(from: 1, to: layout.rows, by: 2) {
            let top = layout.plotTop + Double(row) * Metrics.rowHeight
            svg.element(
                "rect",
                [
                    "x": Metrics.margin.svg, "y": top.svg, "width": (Double(layout.width) - 2 * Metrics.margin).svg,
                    "height": Metrics.rowHeight.svg,
                ])
        }
        svg.close("g")
        let ticks = Array(stride(from: 0, through: layout.end, by: layout.step))
        svg.open("g", ["stroke-width": "1"])
        for tick in ticks {
            let x = layout.plotLeft + layout.length(tick)
            svg.element(
                "line",
                [
                    "x1": x.svg, "y1": layout.plotTop.svg, "x2": x.svg, "y2": layout.plotBottom.svg,
                    "stroke": tick == 0 ? ChartPalette.axis : ChartPalette.grid,
                ])
        }
        svg.close("g")
        svg.open("g", ["font-size": Metrics.axisSize.svg, "fill": ChartPalette.muted, "text-anchor": "middle"])
        for tick in ticks {
            let x = layout.plotLeft + layout.length(tick)
            svg.text(ChartText.count(tick), ["x": x.svg, "y": (layout.plotBottom + 15).svg])
        }
        svg.close("g")
    }

    /// One bar: label, a patterned segment per category with its count when it fits, and the total.
    private static func drawStackedBar(
        _ bar: StackedBar, row: Int, categories: Int, _ layout: StackedLayout, patternID: (Int) -> String,
        into svg: inout SVGWriter
    ) {
        let middle = layout.middle(row)
        let top = middle - Metrics.barHeight / 2
        if let link = bar.link { svg.open("a", ["href": link]) }
        rowLabel(
            bar.label, right: layout.plotLeft - Metrics.gap, middle: middle, columnWidth: layout.labelColumn,
            linked: bar.link != nil, into: &svg)
        let counts = StackedLayout.counts(bar, categories: categories)
        var start = 0
        for (category, count) in counts.enumerated() where count > 0 {
            let x = layout.plotLeft + layout.length(start)
            let length = layout.length(start + count) - layout.length(start)
            svg.element(
                "rect",
                [
                    "x": x.svg, "y": top.svg, "width": length.svg, "height": Metrics.barHeight.svg,
                    "fill": "url(#\(patternID(category)))", "stroke": ChartPalette.white, "stroke-width": "1",
                ])
            let text = ChartText.count(count)
            if ChartText.width(text, fontSize: Metrics.axisSize) + 6 <= length {
                let style = SegmentStyle.at(category)
                svg.text(
                    text,
                    haloed(
                        [
                            "x": (x + length / 2).svg, "y": baseline(middle: middle, fontSize: Metrics.axisSize).svg,
                            "font-size": Metrics.axisSize.svg, "text-anchor": "middle", "fill": style.text,
                        ], halo: style.background))
            }
            start += count
        }
        svg.text(
            ChartText.count(start),
            [
                "x": (layout.plotLeft + layout.length(start) + Metrics.gap).svg,
                "y": baseline(middle: middle, fontSize: Metrics.labelSize).svg, "font-size": Metrics.labelSize.svg,
                "font-weight": "600", "fill": ChartPalette.ink,
            ])
        if bar.link != nil { svg.close("a") }
    }
}
