extension ChartRenderer {
    /// Horizontal bars on a 0–100% axis, one per region or enterprise, in the order given.
    ///
    /// Each bar is labelled with its rate and n/d pair ("73.9%  34/46"), written after the bar, or
    /// inside it in white when the bar is too long for the text to fit after it. A bar without data
    /// shows "—" and no bar. The optional target is a labelled dashed line. Labels longer than
    /// 30% of the width are abbreviated with "…" and keep the full name as a tooltip. A bar with a
    /// link is wrapped in `<a href>`. The chart grows 28 units taller per bar. Bars are slate; a
    /// bar below the target is hatched amber, with a legend entry, so it reads in black and white.
    public static func ranking(_ chart: RankingChart, width: Int = 720) -> String {
        let layout = RankingLayout(chart: chart, width: max(width, 240))
        return document(
            kind: "ranking", title: chart.title, summary: chart.summary, width: layout.width, height: layout.height
        ) { svg, prefix in
            let warning = "\(prefix)-below"
            let anyBelow = chart.bars.contains { chart.isBelowTarget($0) }
            if anyBelow {
                svg.open("defs")
                warningStyle.writePattern(id: warning, into: &svg)
                svg.close("defs")
            }
            drawGrid(layout, into: &svg)
            if chart.bars.isEmpty {
                noDataNote(x: (layout.plotLeft + layout.plotRight) / 2, y: layout.plotTop + 18, into: &svg)
            }
            for (index, bar) in chart.bars.enumerated() {
                drawBar(bar, row: index, below: chart.isBelowTarget(bar) ? warning : nil, layout, into: &svg)
            }
            if let target = chart.target {
                drawTarget(target, text: chart.targetText, layout, into: &svg)
                if anyBelow { drawWarningLegend(fill: warning, layout, into: &svg) }
            }
            svg.open("g", ["font-size": Metrics.labelSize.svg])
            for (index, bar) in chart.bars.enumerated() {
                drawValue(bar, row: index, below: chart.isBelowTarget(bar), layout, into: &svg)
            }
            svg.close("g")
        }
    }
}

/// Where everything of a ranking chart goes.
private struct RankingLayout {
    let width: Int
    let labelColumn: Double
    let plotLeft: Double
    let plotRight: Double
    let plotTop: Double
    let rows: Int

    init(chart: RankingChart, width: Int) {
        typealias Metrics = ChartRenderer.Metrics
        self.width = width
        labelColumn = ChartRenderer.labelColumnWidth(
            chart.bars.map(\.label), maxWidth: (Double(width) * 0.3).rounded(.down), fontSize: Metrics.labelSize)
        plotLeft = Metrics.margin + labelColumn + Metrics.gap
        plotRight = Double(width) - Metrics.margin - 14
        plotTop = Metrics.margin + (chart.target == nil ? 4 : 20)
        rows = max(chart.bars.count, 1)
    }

    var plotBottom: Double { plotTop + Double(rows) * ChartRenderer.Metrics.rowHeight }
    var height: Double { plotBottom + 20 + ChartRenderer.Metrics.margin }

    /// The x of a rate in basis points, clamped to 0…100%.
    func x(_ basisPoints: Int) -> Double {
        plotLeft + (plotRight - plotLeft) * Double(min(max(basisPoints, 0), 10_000)) / 10_000
    }

    /// The vertical centre of row `index`.
    func middle(_ index: Int) -> Double {
        plotTop + (Double(index) + 0.5) * ChartRenderer.Metrics.rowHeight
    }
}

extension ChartRenderer {
    /// Row stripes, gridlines every 20% and their labels under the plot.
    private static func drawGrid(_ layout: RankingLayout, into svg: inout SVGWriter) {
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
        svg.open("g", ["stroke-width": "1"])
        for step in 0...5 {
            let x = layout.x(step * 2000)
            svg.element(
                "line",
                [
                    "x1": x.svg, "y1": layout.plotTop.svg, "x2": x.svg, "y2": layout.plotBottom.svg,
                    "stroke": step == 0 ? ChartPalette.axis : ChartPalette.grid,
                ])
        }
        svg.close("g")
        svg.open("g", ["font-size": Metrics.axisSize.svg, "fill": ChartPalette.muted, "text-anchor": "middle"])
        for step in 0...5 {
            let text = ChartText.wholePercent(basisPoints: step * 2000)
            svg.text(text, ["x": layout.x(step * 2000).svg, "y": (layout.plotBottom + 15).svg])
        }
        svg.close("g")
    }

    /// The fill of bars below their target: amber hatched in dark amber.
    static let warningStyle = SegmentStyle(
        texture: .hatching, background: ChartPalette.warning, ink: ChartPalette.warningText, text: ChartPalette.ink)

    /// "▨ 低于目标" at the top left, above the labels, in the row of the target's label.
    private static func drawWarningLegend(fill: String, _ layout: RankingLayout, into svg: inout SVGWriter) {
        let y = layout.plotTop - 17
        svg.element(
            "rect",
            [
                "x": Metrics.margin.svg, "y": y.svg, "width": "12", "height": "10", "fill": "url(#\(fill))",
                "stroke": ChartPalette.warningText, "stroke-width": ".8",
            ])
        svg.text(
            "低于目标",
            [
                "x": (Metrics.margin + 16).svg, "y": (y + 9).svg, "font-size": Metrics.axisSize.svg,
                "fill": ChartPalette.warningText, "font-weight": "600",
            ])
    }

    /// The label and the bar of row `row`, in a link when the bar has one; `below` is the pattern
    /// of a bar below the target.
    private static func drawBar(
        _ bar: RankedBar, row: Int, below: String?, _ layout: RankingLayout, into svg: inout SVGWriter
    ) {
        let middle = layout.middle(row)
        if let link = bar.link { svg.open("a", ["href": link]) }
        rowLabel(
            bar.label, right: layout.plotLeft - Metrics.gap, middle: middle, columnWidth: layout.labelColumn,
            linked: bar.link != nil, into: &svg)
        if let value = bar.value {
            let length = layout.x(value) - layout.plotLeft
            var attributes: SVGAttributes = [
                "x": layout.plotLeft.svg, "y": (middle - Metrics.barHeight / 2).svg, "width": length.svg,
                "height": Metrics.barHeight.svg, "fill": below.map { "url(#\($0))" } ?? ChartPalette.series,
            ]
            if below != nil {
                attributes.add("stroke", ChartPalette.warningText)
                attributes.add("stroke-width", "1")
            }
            svg.element("rect", attributes)
        }
        if bar.link != nil { svg.close("a") }
    }

    /// The value text of row `row`: after the bar, inside it in white when it does not fit after, or "—".
    private static func drawValue(
        _ bar: RankedBar, row: Int, below: Bool, _ layout: RankingLayout, into svg: inout SVGWriter
    ) {
        let baseline = baseline(middle: layout.middle(row), fontSize: Metrics.labelSize)
        let detailGap = 6.0
        guard let value = bar.value else {
            var runs = [TextRun(text: "—", attributes: ["fill": ChartPalette.muted])]
            if !bar.detail.isEmpty {
                runs.append(TextRun(text: bar.detail, attributes: ["dx": detailGap.svg, "fill": ChartPalette.muted]))
            }
            svg.text(runs: runs, haloed(["x": (layout.plotLeft + Metrics.gap).svg, "y": baseline.svg]))
            return
        }
        let textWidth =
            ChartText.width(bar.valueText + (below ? " ▼" : ""), fontSize: Metrics.labelSize)
            + (bar.detail.isEmpty ? 0 : detailGap + ChartText.width(bar.detail, fontSize: Metrics.labelSize))
        let barEnd = layout.x(value)
        let fitsAfter = barEnd + Metrics.gap + textWidth <= Double(layout.width) - Metrics.margin
        let fitsInside = barEnd - layout.plotLeft >= textWidth + 2 * Metrics.gap
        let inside = !fitsAfter && fitsInside
        // White on slate; on the hatched warning bar, dark text on a white halo.
        let light = inside && !below
        var runs = [
            TextRun(
                text: bar.valueText + (below ? " ▼" : ""),
                attributes: [
                    "font-weight": "600",
                    "fill": light ? ChartPalette.white : below ? ChartPalette.warningText : ChartPalette.ink,
                ])
        ]
        if !bar.detail.isEmpty {
            runs.append(
                TextRun(
                    text: bar.detail,
                    attributes: ["dx": detailGap.svg, "fill": light ? ChartPalette.white : ChartPalette.muted]))
        }
        if inside {
            let attributes: SVGAttributes = ["x": (barEnd - Metrics.gap).svg, "y": baseline.svg, "text-anchor": "end"]
            svg.text(runs: runs, haloed(attributes, halo: light ? ChartPalette.series : ChartPalette.white))
        } else {
            svg.text(runs: runs, haloed(["x": (barEnd + Metrics.gap).svg, "y": baseline.svg]))
        }
    }

    /// The dashed target line across the bars, labelled above the plot.
    private static func drawTarget(_ target: Int, text: String?, _ layout: RankingLayout, into svg: inout SVGWriter) {
        let x = layout.x(target)
        let label = text ?? "目标 " + ChartText.percent(basisPoints: target)
        svg.element(
            "line",
            [
                "x1": x.svg, "y1": (layout.plotTop - 4).svg, "x2": x.svg, "y2": layout.plotBottom.svg,
                "stroke": ChartPalette.goldDark, "stroke-width": "1.5", "stroke-dasharray": "5 3",
            ])
        let half = ChartText.width(label, fontSize: Metrics.axisSize) / 2
        let centre = min(max(x, layout.plotLeft + half), Double(layout.width) - Metrics.margin - half)
        svg.text(
            label,
            [
                "x": centre.svg, "y": (layout.plotTop - 7).svg, "font-size": Metrics.axisSize.svg,
                "text-anchor": "middle", "font-weight": "600", "fill": ChartPalette.goldDark,
            ])
    }
}
