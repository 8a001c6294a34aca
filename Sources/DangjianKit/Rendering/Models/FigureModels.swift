/// The pieces pages share: figures as cards and table rows, rankings, charts, honors, lists.
/// Each is what a partial or a table row of the templates reads, already formatted.

/// A rate as a card or a table row: its value, exact pair, 同比 and drill-down.
struct RateFigure {
    let id: String
    let title: String
    /// "98.4%", or "—" when the denominator is zero.
    let value: String
    let numerator: Int
    let denominator: Int
    /// "230/348".
    let pair: String
    /// The unit of the pair (家, 名).
    let unit: String
    /// The unit written after the pair in tables whose caption says 家, when it is another one
    /// (a stored property: templates see stored properties only).
    let pairUnit: String?
    /// "另有 3 家因数据缺失未计入".
    let excludedNote: String?
    /// The list of the enterprises in the denominator.
    var listHref: String? = nil
    /// The list of the enterprises the numerator counts (rates over firms).
    var countedHref: String? = nil
    /// The list of the enterprises in the denominator the numerator does not count.
    var uncountedHref: String? = nil
    /// How many those are (denominator − numerator).
    var uncounted = 0
    /// "+6.0 个百分点".
    var change: String? = nil
    /// up, down or flat (a CSS class).
    var direction: String? = nil
    /// ▲, ▼ or ■.
    var arrow: String? = nil
    /// The target configured for the rate, "60%"; nil without one.
    var target: String? = nil
    /// Whether the rate is below its target (drawn in the warning colour, with a ▼ flag).
    var belowTarget = false
    /// Whether the denominator is under `RateFigure.smallBase`: the pair comes first, the rate is
    /// marked as resting on few enterprises.
    var smallBase = false

    /// Denominators below this are small bases (one enterprise moves the rate by more than 10 points).
    static let smallBase = 10
}

/// A headline count beside the cards.
struct SummaryFigure {
    let label: String
    let value: String
    let unit: String
    /// What the figure counts (its 口径), shown as a tooltip and in the 口径 panel.
    let note: String
    var href: String? = nil
}

/// A row of the 基本数据 table.
struct CountRow {
    let label: String
    let value: String
    /// "另有 2 家未填报，未计入".
    var note: String? = nil
    /// "+12".
    var change: String? = nil
    /// "+3.6%", or "—".
    var changePercent: String? = nil
    var href: String? = nil
}

/// A child region in the ranking table.
struct ChildRow {
    let rank: Int
    let name: String
    let level: String
    let href: String
    /// Counts as shown ("—" when withheld).
    let population: String
    let organisations: String
    let members: String
    let dueUnbuilt: String
    let populationHref: String
    let dueUnbuiltHref: String
    let rates: [RateFigure]
}

/// A column title.
struct TitleItem {
    let title: String
}

/// The headline indicators of a region over the years.
struct TrendTable {
    struct Row {
        let year: Int
        /// Counts as shown ("—" when withheld).
        let population: String
        let members: String
        let rates: [RateFigure]
    }

    let titles: [TitleItem]
    let rows: [Row]
}

/// The charts of a region-year with the rows of their data tables.
struct ChartsModel {
    struct CompositionRow {
        let name: String
        /// Counts as shown ("—" when withheld).
        let own: String
        let joint: String
        let attached: String
        let unbuilt: String
        let total: String
        let href: String
        let isTotal: Bool
    }

    let composition: String
    let compositionRows: [CompositionRow]
    let stars: String
    let starRows: [LabelCount]
    let rankingChart: String?
    let trendChart: String?
    /// Whether the region has no children (no ranking; the trend spans the row).
    let isLeaf: Bool
}

/// A label and a count.
struct LabelCount {
    let label: String
    let count: Int
}

/// The same page in another year.
struct YearLink {
    let year: Int
    let href: String
    let current: Bool
}

/// A line of the dashboard's attention panel.
struct AttentionItem {
    struct Entry {
        let label: String
        var href: String? = nil
    }

    let title: String
    let items: [Entry]
}

/// I12 of a region-year: demonstration sites and honors by level, status and category.
struct RecognitionModel {
    let showcaseLevels: [LabelCount]
    let showcaseStatuses: [LabelCount]
    let honorCategoryCounts: [LabelCount]
    let honorLevelCounts: [LabelCount]
}

/// An honor as a table row or a list item.
struct HonorRow {
    let year: Int
    let category: String
    let level: String
    let honoree: String
    let kind: String
    let enterprise: String
    let township: String
    let awardedBy: String
    let documentNumber: String?
    let citation: String?
    var enterpriseHref: String? = nil
    var showcaseHref: String? = nil
    var photoHref: String? = nil
}

/// Honors of one category, by level.
struct HonorCategoryGroup {
    struct Level {
        let level: String
        let count: Int
        let honors: [HonorRow]
    }

    let category: String
    let count: Int
    let levels: [Level]
}

/// An enterprise in a list, with the attributes its filters match.
struct EnterpriseRow {
    struct Attribute {
        let key: String
        let value: String
    }

    let name: String
    let href: String?
    let township: String
    let category: String
    let industry: String
    let staff: String
    let members: String
    let probationary: String
    let mode: String
    let stars: String
    let isShowcase: Bool
    let showcaseHref: String?
    let filters: [Attribute]
}

/// An option of a filter's select.
struct NameOption {
    let name: String
}

/// A demonstration site as a card (and the head of its page).
struct ShowcaseCard {
    struct Feature {
        let feature: String
    }

    struct Cover {
        let src: String
        let width: Int
        let height: Int
    }

    let name: String
    let level: String
    let status: String
    let namedYear: String
    /// How the site is named: 县级示范点, 县级示范点培育对象, 示范点（已撤销）.
    let badge: String
    /// The year in words that fit the status: 2024年命名, 2025年起培育, 2023年命名，已撤销.
    let yearNote: String
    /// Named or under review: the level is one the site holds now.
    let isCurrent: Bool
    let township: String
    let summary: String?
    let features: [Feature]
    let hasFeatures: Bool
    let href: String
    let cover: Cover?
}
