/// One bar of a ranking chart: a region or enterprise and one of its rates.
public struct RankedBar: Sendable, Equatable {
    /// The name shown left of the bar; abbreviated with "…" when too long, the full name kept as a tooltip.
    public let label: String
    /// The rate in basis points (hundredths of a percent, 0...10000); nil when there is no data ("—").
    public let value: Int?
    /// The rate as pages show it, e.g. "73.9%".
    public let valueText: String
    /// The numerator/denominator pair behind the rate, e.g. "34/46".
    public let detail: String
    /// A relative href the bar links to, or nil.
    public let link: String?

    /// Creates a bar; `value` is in basis points.
    public init(label: String, value: Int?, valueText: String, detail: String, link: String? = nil) {
        self.label = label
        self.value = value
        self.valueText = valueText
        self.detail = detail
        self.link = link
    }
}

/// A rate compared across regions or enterprises: one horizontal bar each, in the caller's order.
public struct RankingChart: Sendable, Equatable {
    /// The accessible name of the chart (its `<title>`).
    public let title: String
    /// A sentence saying what the chart shows (its `<desc>`).
    public let summary: String
    /// The bars, top to bottom.
    public let bars: [RankedBar]
    /// The target rate in basis points, drawn as a labelled dashed line; nil for none.
    public let target: Int?
    /// The target's label, e.g. "目标 80%"; derived from `target` when nil.
    public let targetText: String?

    /// Whether a bar's value is below the target.
    func isBelowTarget(_ bar: RankedBar) -> Bool {
        guard let target, let value = bar.value else { return false }
        return value < target
    }

    /// Creates a ranking chart.
    public init(title: String, summary: String, bars: [RankedBar], target: Int? = nil, targetText: String? = nil) {
        self.title = title
        self.summary = summary
        self.bars = bars
        self.target = target
        self.targetText = targetText
    }
}

/// One line of a trend chart: a rate over the years.
public struct TrendSeries: Sendable, Equatable {
    /// The name shown in the legend.
    public let name: String
    /// The rate in basis points for each year of the chart, in the same order; nil breaks the line.
    public let points: [Int?]
    /// The text of each point as the tables show it (e.g. "54.5%", rounded from the exact ratio);
    /// nil writes the basis points with one decimal.
    public let labels: [String]?
    /// The target in basis points, drawn as a dashed line; points below it are flagged.
    public let target: Int?

    /// Creates a series; `points` are basis points, one per year, `labels` their texts.
    public init(name: String, points: [Int?], labels: [String]? = nil, target: Int? = nil) {
        self.name = name
        self.points = points
        self.labels = labels
        self.target = target
    }
}

/// Rates over the years: a small line chart per series.
public struct TrendChart: Sendable, Equatable {
    /// The accessible name of the chart (its `<title>`).
    public let title: String
    /// A sentence saying what the chart shows (its `<desc>`).
    public let summary: String
    /// The years along the horizontal axis, left to right.
    public let years: [Int]
    /// The lines, each with one point per year.
    public let series: [TrendSeries]

    /// Creates a trend chart.
    public init(title: String, summary: String, years: [Int], series: [TrendSeries]) {
        self.title = title
        self.summary = summary
        self.years = years
        self.series = series
    }
}

/// One bar of a stacked bar chart, e.g. a township and its enterprises by formation mode.
public struct StackedBar: Sendable, Equatable {
    /// The name shown left of the bar.
    public let label: String
    /// The count of each category, in the order of the chart's categories.
    public let segments: [Int]
    /// A relative href the bar links to, or nil.
    public let link: String?

    /// Creates a stacked bar.
    public init(label: String, segments: [Int], link: String? = nil) {
        self.label = label
        self.segments = segments
        self.link = link
    }
}

/// Counts split into categories (单独组建/联合组建/挂靠/未建 …): a horizontal stacked bar each.
public struct StackedBarChart: Sendable, Equatable {
    /// The accessible name of the chart (its `<title>`).
    public let title: String
    /// A sentence saying what the chart shows (its `<desc>`).
    public let summary: String
    /// The category names, in stacking order; the legend lists them.
    public let categories: [String]
    /// The bars, top to bottom.
    public let bars: [StackedBar]

    /// Creates a stacked bar chart.
    public init(title: String, summary: String, categories: [String], bars: [StackedBar]) {
        self.title = title
        self.summary = summary
        self.categories = categories
        self.bars = bars
    }
}

/// How many items fall in each of a few ordered classes (e.g. 星级 0…5): one vertical column each.
public struct DistributionChart: Sendable, Equatable {
    /// The accessible name of the chart (its `<title>`).
    public let title: String
    /// A sentence saying what the chart shows (its `<desc>`).
    public let summary: String
    /// The class names under the columns, left to right.
    public let labels: [String]
    /// The count of each class, in the order of `labels`.
    public let counts: [Int]

    /// Creates a distribution chart.
    public init(title: String, summary: String, labels: [String], counts: [Int]) {
        self.title = title
        self.summary = summary
        self.labels = labels
        self.counts = counts
    }
}

/// One count over the years (从业人员, 正式党员 …) in a panel of a `CountTrendChart`.
public struct CountSeries: Sendable, Equatable {
    /// The panel's heading.
    public let name: String
    /// The unit after each value (人, 名).
    public let unit: String
    /// The count of each year of the chart, in the same order; nil (not reported) breaks the line.
    public let values: [Int?]

    /// Creates a series.
    public init(name: String, unit: String, values: [Int?]) {
        self.name = name
        self.unit = unit
        self.values = values
    }
}

/// A few counts of one enterprise over the years, each in its own small panel with its own scale
/// from 0, so 690 staff do not flatten 3 probationary members into the axis.
public struct CountTrendChart: Sendable, Equatable {
    /// The accessible name of the chart (its `<title>`).
    public let title: String
    /// A sentence saying what the chart shows (its `<desc>`).
    public let summary: String
    /// The years along each panel's horizontal axis, left to right.
    public let years: [Int]
    /// The panels, left to right (top to bottom when narrow).
    public let series: [CountSeries]

    /// Creates a count trend chart.
    public init(title: String, summary: String, years: [Int], series: [CountSeries]) {
        self.title = title
        self.summary = summary
        self.years = years
        self.series = series
    }
}
