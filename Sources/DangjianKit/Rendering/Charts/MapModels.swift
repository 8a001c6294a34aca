/// The warning class of a township on the map (三色预警), from its rate, the target and the warning line.
public enum MapClass: Int, Sendable, CaseIterable, Comparable {
    /// 红: below the warning line.
    case belowWarning
    /// 黄: at or above the warning line, below the target.
    case belowTarget
    /// 绿: at or above the target.
    case meetsTarget
    /// The indicator has neither a target nor a warning line: every township with data is drawn alike.
    case unrated
    /// 无数据: no enterprise counted, or the figure is withheld in a public build.
    case noData

    /// The class of a rate in basis points, compared as the dashboard compares targets.
    public static func of(basisPoints: Int?, target: Int?, warning: Int?) -> MapClass {
        guard let basisPoints else { return .noData }
        if let warning, basisPoints < warning { return .belowWarning }
        if let target, basisPoints < target { return .belowTarget }
        return target == nil && warning == nil ? .unrated : .meetsTarget
    }

    public static func < (lhs: MapClass, rhs: MapClass) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The colour word of the class, for tooltips and the data table.
    public var colourName: String {
        switch self {
        case .belowWarning: "红"
        case .belowTarget: "黄"
        case .meetsTarget: "绿"
        case .unrated: "—"
        case .noData: "无数据"
        }
    }

    /// The fill: a colour and a texture, so the classes differ in black and white too (红 cross-hatched,
    /// 黄 hatched, 绿 dotted, 无数据 lined).
    var style: SegmentStyle {
        switch self {
        case .belowWarning:
            SegmentStyle(texture: .crossHatching, background: "#d9434b", ink: "#6e0a10", text: ChartPalette.white)
        case .belowTarget:
            SegmentStyle(texture: .hatching, background: "#f2cc5b", ink: ChartPalette.goldDark, text: ChartPalette.ink)
        case .meetsTarget: SegmentStyle(texture: .dots, background: "#6cae79", ink: "#1d5229", text: ChartPalette.ink)
        case .unrated: SegmentStyle(texture: .solid, background: "#c9d6e3", ink: "#c9d6e3", text: ChartPalette.ink)
        case .noData:
            SegmentStyle(texture: .horizontalLines, background: "#f4f5f6", ink: "#aeb4ba", text: ChartPalette.ink)
        }
    }
}

/// One township of a map: its shape (none in the tile grid), class, link and tooltip.
public struct MapArea: Sendable, Equatable {
    /// The name drawn inside it when it fits.
    public let name: String
    /// Its polygons in degrees; empty when the map has no shape for it.
    public let polygons: [GeoPolygon]
    /// The warning class.
    public let mapClass: MapClass
    /// The rate as pages show it ("66.1%", "—").
    public let valueText: String
    /// The tooltip (`<title>`): name, rate, n/d and class.
    public let tooltip: String
    /// A relative href to the township's page, or nil.
    public let link: String?

    /// Creates an area.
    public init(
        name: String, polygons: [GeoPolygon], mapClass: MapClass, valueText: String, tooltip: String,
        link: String? = nil
    ) {
        self.name = name
        self.polygons = polygons
        self.mapClass = mapClass
        self.valueText = valueText
        self.tooltip = tooltip
        self.link = link
    }
}

/// A demonstration site (示范点) on the map: its shape tells its level.
public struct MapMarker: Sendable, Equatable {
    /// The site's name, in its tooltip.
    public let name: String
    /// Its level: 省级 ◆, 市级 ▲, 县级 ■, 乡镇级 ●.
    public let level: ShowcaseLevel
    /// Where it is; nil draws it in its township's tile (tile grid only).
    public let position: GeoPoint?
    /// The index in the chart's areas of the township it belongs to.
    public let area: Int
    /// A relative href to its page.
    public let link: String?

    /// Creates a marker.
    public init(name: String, level: ShowcaseLevel, position: GeoPoint?, area: Int, link: String?) {
        self.name = name
        self.level = level
        self.position = position
        self.area = area
        self.link = link
    }

    /// The marker shape of a level.
    static func shape(of level: ShowcaseLevel) -> MarkerShape {
        switch level {
        case .province: .diamond
        case .city: .triangle
        case .county: .square
        case .town: .circle
        }
    }
}

/// One entry of the map's legend: a class, its bounds in words and its count.
public struct MapLegendEntry: Sendable, Equatable {
    /// The class.
    public let mapClass: MapClass
    /// The bounds, e.g. "红 低于 50%".
    public let label: String
    /// Townships in the class.
    public let count: Int

    /// Creates an entry.
    public init(mapClass: MapClass, label: String, count: Int) {
        self.mapClass = mapClass
        self.label = label
        self.count = count
    }
}

/// A rate across the townships of a region drawn as a map (or, without shapes, as a tile grid).
public struct TownshipMapChart: Sendable, Equatable {
    /// The accessible name of the map (its `<title>`).
    public let title: String
    /// The classes in words, e.g. "3 个乡镇低于目标：…" (its `<desc>`).
    public let summary: String
    /// The townships, in the region's display order (the tile grid's order).
    public let areas: [MapArea]
    /// The demonstration sites.
    public let markers: [MapMarker]
    /// The legend, in class order.
    public let legend: [MapLegendEntry]

    /// Creates a map.
    public init(
        title: String, summary: String, areas: [MapArea], markers: [MapMarker] = [], legend: [MapLegendEntry]
    ) {
        self.title = title
        self.summary = summary
        self.areas = areas
        self.markers = markers
        self.legend = legend
    }

    /// Whether any township has a shape: otherwise the map is drawn as a tile grid.
    public var hasShapes: Bool {
        areas.contains { !$0.polygons.isEmpty }
    }
}
