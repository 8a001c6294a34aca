extension ChartRenderer {
    /// Vertical columns of counts, one per class, left to right (e.g. 未评星, 1星 … 5星).
    ///
    /// The tallest column fills the plot; each column carries its count on top and its class name
    /// below, abbreviated with "…" (full name as a tooltip) when wider than its slot.
    public static func distribution(_ chart: DistributionChart, width: Int = 480, height: Int = 260) -> String {
        let width = max(width, 160)
        let height = max(height, 120)
        return document(
            kind: "distribution", title: chart.title, summary: chart.summary, width: width, height: Double(height)
        ) { svg, _ in
            let plotLeft = Metrics.margin
            let plotRight = Double(width) - Metrics.margin
            let plotTop = Metrics.margin + 18
            let plotBottom = Double(height) - Metrics.margin - 22
            guard !chart.labels.isEmpty else {
                noDataNote(x: Double(width) / 2, y: (plotTop + plotBottom) / 2, into: &svg)
                return
            }
            let counts = chart.labels.indices.map { $0 < chart.counts.count ? max(chart.counts[$0], 0) : 0 }
            let largest = max(counts.max() ?? 0, 1)
            let slot = (plotRight - plotLeft) / Double(counts.count)
            let columnWidth = min(slot * 0.62, 64)
            svg.element(
                "line",
                [
                    "x1": plotLeft.svg, "y1": plotBottom.svg, "x2": plotRight.svg, "y2": plotBottom.svg,
                    "stroke": ChartPalette.axis, "stroke-width": "1",
                ])
            svg.open("g", ["fill": ChartPalette.series])
            for (index, count) in counts.enumerated() where count > 0 {
                let columnHeight = (plotBottom - plotTop) * Double(count) / Double(largest)
                let x = plotLeft + slot * (Double(index) + 0.5) - columnWidth / 2
                svg.element(
                    "rect",
                    [
                        "x": x.svg, "y": (plotBottom - columnHeight).svg, "width": columnWidth.svg,
                        "height": columnHeight.svg,
                    ])
            }
            svg.close("g")
            svg.open("g", ["font-size": Metrics.legendSize.svg, "text-anchor": "middle"])
            for (index, count) in counts.enumerated() {
                let centre = plotLeft + slot * (Double(index) + 0.5)
                let top = plotBottom - (plotBottom - plotTop) * Double(count) / Double(largest)
                svg.text(
                    ChartText.count(count),
                    ["x": centre.svg, "y": (top - 5).svg, "font-weight": "600", "fill": ChartPalette.ink])
                let label = ChartText.fitted(chart.labels[index], maxWidth: slot - 4, fontSize: Metrics.legendSize)
                svg.text(
                    label.shown, ["x": centre.svg, "y": (plotBottom + 16).svg, "fill": ChartPalette.muted],
                    tooltip: label.isAbbreviated ? label.full : nil)
            }
            svg.close("g")
        }
    }
}
