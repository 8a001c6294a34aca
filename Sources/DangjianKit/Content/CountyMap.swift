/// A point on the globe in degrees: longitude east, latitude north (WGS84 or GCJ-02, as long as the
/// map and the showcase locations use the same).
public struct GeoPoint: Sendable, Equatable {
    /// Degrees east, -180...180.
    public let longitude: Double
    /// Degrees north, -90...90.
    public let latitude: Double

    /// Creates a point.
    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}

/// One polygon: its outer ring, then its holes (an enclave belonging to another township, a lake).
/// Rings are closed or not; the first point is never repeated when drawn.
public struct GeoPolygon: Sendable, Equatable {
    /// The outer ring, then every hole.
    public let rings: [[GeoPoint]]

    /// Creates a polygon from its rings, outer first.
    public init(rings: [[GeoPoint]]) {
        self.rings = rings
    }
}

/// The shape of one region of the tree: every polygon of every feature that named it.
public struct RegionShape: Sendable, Equatable {
    /// The region's code in regions.csv.
    public let code: String
    /// Its polygons (a township split by a river has several).
    public let polygons: [GeoPolygon]

    /// Creates a shape.
    public init(code: String, polygons: [GeoPolygon]) {
        self.code = code
        self.polygons = polygons
    }
}

/// data/map.geojson, matched to the region tree: the shapes of the regions it draws.
public struct CountyMap: Sendable, Equatable {
    /// The shapes, by region code, in file order of their first feature.
    public let shapes: [RegionShape]

    /// Creates a map.
    public init(shapes: [RegionShape]) {
        self.shapes = shapes
    }

    /// The shape of a region; nil when the map has none.
    public func shape(of code: String) -> RegionShape? {
        shapes.first { $0.code == code }
    }
}

/// The map settings of site.yaml (`map: {indicator: I1, warning: 50}`).
public struct MapSettings: Sendable, Equatable {
    /// The rate that colours the townships (`indicator`, default I1 组织覆盖率).
    public var indicator: RateIndicator = .organisationCoverage
    /// The warning line in basis points (`warning`): a township below it is red. Nil: 10 points
    /// below the indicator's target, when it has one.
    public var warning: Int?

    /// The defaults.
    public init() {}
}
