import Foundation

extension ContentLoader {
    /// The largest map file read: a county's townships need a few megabytes at most.
    static let mapFileLimit = 20 * 1024 * 1024
    /// The largest extent of a map, in degrees of longitude or latitude: a county spans well under one.
    static let mapSpanLimit = 5.0

    /// Reads data/map.geojson when there is one, matching each feature to a region of the tree;
    /// nil when there is none or it cannot be used (the reason logged).
    func loadMap(regions: [Region], rootCode: String?, directory: RegionDirectory, log: inout DiagnosticLog)
        -> CountyMap?
    {
        let url = contentDirectory.appendingPathComponent("data/map.geojson")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let file = displayPath(url)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
        guard size <= Self.mapFileLimit else {
            log.error(
                "地图文件有 \(Ratio.decimalString(size * 10 / (1024 * 1024), decimals: 1, scale: 10)) MB，超过 20 MB 的上限：请先简化边界（如 mapshaper 的“简化”），一个县的乡镇边界通常不到 2 MB",
                at: SourceLocation(file: file))
            return nil
        }
        guard let data = try? Data(contentsOf: url) else {
            log.error("无法读取地图文件", at: SourceLocation(file: file))
            return nil
        }
        var reader = MapFileReader(bytes: [UInt8](data), file: file, directory: directory)
        let map = reader.read()
        log.merge(reader.log)
        guard let map else { return nil }
        // Every township should be drawn: one without an area is named with the unmatched names closest to it.
        let inTree = RegionDirectory.subtree(of: rootCode, in: regions)
        let drawn = Set(map.shapes.map(\.code))
        for region in regions where region.parentCode == rootCode && inTree.contains(region.code) {
            let below = RegionDirectory.subtree(of: region.code, in: regions)
            guard drawn.isDisjoint(with: below) else { continue }
            let hint = NameSuggestions.closest(to: region.name, among: reader.unmatchedLabels).map { "“\($0)”" }
            log.warning(
                "区划表中的“\(region.name)”（代码 \(region.code)）在地图文件中没有区域，地图上不画出"
                    + (hint.isEmpty ? "" : "；未对应区划的要素中有：\(hint.joined(separator: "、"))，是否是它？"),
                at: SourceLocation(file: file))
        }
        return map
    }

    /// A showcase's `location: [经度, 纬度]`; nil when absent or wrong (the reason logged).
    func showcasePosition(_ fields: inout YAMLFields) -> GeoPoint? {
        guard let node = fields.nested("location") else { return nil }
        let numbers = node.sequence.map { $0.compactMap { $0.float } } ?? []
        guard let sequence = node.sequence, sequence.count == 2, numbers.count == 2 else {
            fields.log.error(
                "“location”应为 [经度, 纬度]，如 [119.65, 29.08]，实际为“\(node.string ?? "…")”", at: fields.location(of: node))
            return nil
        }
        guard (-180...180).contains(numbers[0]), (-90...90).contains(numbers[1]) else {
            fields.log.error(
                "“location”的经度应在 -180 到 180 之间、纬度在 -90 到 90 之间，实际为 [\(numbers[0]), \(numbers[1])]（经度在前）",
                at: fields.location(of: node))
            return nil
        }
        return GeoPoint(longitude: numbers[0], latitude: numbers[1])
    }

    /// Warns about showcases whose location lies outside the map's extent (a typo, or swapped numbers).
    func checkShowcasePositions(_ showcases: [Showcase], map: CountyMap?, log: inout DiagnosticLog) {
        guard let map, let box = GeoBounds(map.shapes.flatMap(\.polygons).flatMap(\.rings).flatMap { $0 }) else {
            return
        }
        let margin = max(box.width, box.height) * 0.1
        for showcase in showcases {
            guard let point = showcase.position else { continue }
            if point.longitude < box.west - margin || point.longitude > box.east + margin
                || point.latitude < box.south - margin || point.latitude > box.north + margin
            {
                log.warning(
                    "示范点的位置 [\(point.longitude), \(point.latitude)] 不在地图范围内（经度 \(box.west)–\(box.east)，纬度 \(box.south)–\(box.north)），地图上不画出",
                    at: showcase.location)
            }
        }
    }
}

/// The extent of some points, in degrees.
struct GeoBounds: Equatable {
    var west: Double
    var east: Double
    var south: Double
    var north: Double

    /// The extent of `points`; nil when there are none.
    init?(_ points: [GeoPoint]) {
        guard let first = points.first else { return nil }
        (west, east, south, north) = (first.longitude, first.longitude, first.latitude, first.latitude)
        for point in points.dropFirst() {
            west = min(west, point.longitude)
            east = max(east, point.longitude)
            south = min(south, point.latitude)
            north = max(north, point.latitude)
        }
    }

    /// Degrees of longitude.
    var width: Double { east - west }
    /// Degrees of latitude.
    var height: Double { north - south }
}

/// Reads a GeoJSON FeatureCollection of township polygons, each problem at its line and column.
struct MapFileReader {
    /// The properties that may name a feature's region, tried in this order.
    static let nameKeys = ["代码", "code", "adcode", "名称", "name"]

    let bytes: [UInt8]
    let file: String
    let directory: RegionDirectory
    var log = DiagnosticLog()
    /// The names of features that matched no region, for suggestions.
    private(set) var unmatchedLabels: [String] = []

    init(bytes: [UInt8], file: String, directory: RegionDirectory) {
        self.bytes = bytes
        self.file = file
        self.directory = directory
    }

    /// The map; nil, with an error logged, when the file cannot be used.
    mutating func read() -> CountyMap? {
        var parser = LocatedJSONParser(bytes: bytes)
        let root: LocatedJSON
        do {
            root = try parser.parse()
        } catch {
            log.error("地图文件不是有效的 JSON：\(error.message)", at: location(error.offset))
            return nil
        }
        let features: [LocatedJSON]
        switch root["type"]?.text {
        case "FeatureCollection":
            guard let list = root["features"]?.items else {
                log.error("FeatureCollection 缺少“features”数组", at: location(root.offset))
                return nil
            }
            features = list
        case "Feature": features = [root]
        default:
            log.error("地图文件应为 GeoJSON 的 FeatureCollection（\"type\": \"FeatureCollection\"）", at: location(root.offset))
            return nil
        }
        var order: [String] = []
        var polygons: [String: [GeoPolygon]] = [:]
        var points: [GeoPoint] = []
        let errorsBefore = log.errors.count
        for (index, feature) in features.enumerated() {
            guard let shape = polygonsOf(feature, number: index + 1) else { continue }
            points += shape.flatMap(\.rings).flatMap { $0 }
            guard let code = region(of: feature, number: index + 1) else { continue }
            if polygons[code] == nil { order.append(code) }
            polygons[code, default: []] += shape
        }
        guard log.errors.count == errorsBefore else { return nil }
        if let box = GeoBounds(points),
            box.width > ContentLoader.mapSpanLimit || box.height > ContentLoader.mapSpanLimit
        {
            log.error(
                "地图范围跨经度 \(Int(box.width.rounded()))°、纬度 \(Int(box.height.rounded()))°，远大于一个县（应在 \(Int(ContentLoader.mapSpanLimit))° 以内）：请检查是否混入了其他地区的要素，或个别坐标写错",
                at: location(root.offset))
            return nil
        }
        return CountyMap(shapes: order.map { RegionShape(code: $0, polygons: polygons[$0] ?? []) })
    }

    /// The region a feature names by code or name; nil, with a warning, when it names none.
    private mutating func region(of feature: LocatedJSON, number: Int) -> String? {
        let properties = feature["properties"]
        var named: (key: String, label: String, offset: Int)?
        for key in Self.nameKeys {
            guard let value = properties?[key], let label = value.text?.trimmingCharacters(in: .whitespaces),
                !label.isEmpty
            else { continue }
            if let code = directory.code(for: label) { return code }
            named = named ?? (key, label, value.offset)
        }
        guard let named else {
            log.warning(
                "第 \(number) 个要素的 properties 中没有乡镇的代码或名称（\(Self.nameKeys.joined(separator: "、"))），地图上不画出",
                at: location(feature.offset))
            return nil
        }
        unmatchedLabels.append(named.label)
        log.warning(
            directory.unknownMessage(column: named.key, label: named.label) + "；此要素在地图上不画出",
            at: location(named.offset))
        return nil
    }

    /// The polygons of a feature's geometry; nil for none, with a warning for a geometry that is
    /// not an area and an error for malformed or impossible coordinates.
    private mutating func polygonsOf(_ feature: LocatedJSON, number: Int) -> [GeoPolygon]? {
        guard let geometry = feature["geometry"], case .object = geometry else {
            log.warning("第 \(number) 个要素没有 geometry，已忽略", at: location(feature.offset))
            return nil
        }
        let coordinates = geometry["coordinates"]
        switch geometry["type"]?.text {
        case "Polygon":
            return polygon(coordinates).map { [$0] }
        case "MultiPolygon":
            guard let parts = coordinates?.items else {
                log.error("MultiPolygon 的“coordinates”应为多边形的数组", at: location((coordinates ?? geometry).offset))
                return nil
            }
            var polygons: [GeoPolygon] = []
            for part in parts {
                guard let polygon = polygon(part) else { return nil }
                polygons.append(polygon)
            }
            return polygons
        default:
            log.warning(
                "第 \(number) 个要素的几何类型为“\(geometry["type"]?.text ?? "")”，只画 Polygon 和 MultiPolygon，已忽略",
                at: location(geometry.offset))
            return nil
        }
    }

    /// One polygon's rings; nil, with an error, when they are malformed.
    private mutating func polygon(_ value: LocatedJSON?) -> GeoPolygon? {
        guard let value, let rings = value.items, !rings.isEmpty else {
            log.error("Polygon 的“coordinates”应为环的数组：[[[经度, 纬度], …]]", at: location(value?.offset ?? 0))
            return nil
        }
        var result: [[GeoPoint]] = []
        for ring in rings {
            guard let positions = ring.items, positions.count >= 3 else {
                log.error("多边形的环应至少有 3 个点，每个点为 [经度, 纬度]", at: location(ring.offset))
                return nil
            }
            var points: [GeoPoint] = []
            points.reserveCapacity(positions.count)
            for position in positions {
                guard let pair = position.items, pair.count >= 2, let longitude = pair[0].number,
                    let latitude = pair[1].number
                else {
                    log.error("坐标应为 [经度, 纬度] 两个数字", at: location(position.offset))
                    return nil
                }
                guard (-180...180).contains(longitude), (-90...90).contains(latitude) else {
                    log.error(
                        "坐标 [\(longitude), \(latitude)] 不是经纬度（经度应在 -180 到 180 之间，纬度在 -90 到 90 之间）：地图应使用 WGS84 或 GCJ-02 经纬度，而不是投影坐标（米）",
                        at: location(position.offset))
                    return nil
                }
                points.append(GeoPoint(longitude: longitude, latitude: latitude))
            }
            if points.count > 1, points.first == points.last { points.removeLast() }
            result.append(points)
        }
        return GeoPolygon(rings: result)
    }

    private func location(_ offset: Int) -> SourceLocation {
        let (line, column) = LocatedJSONParser.lineAndColumn(of: offset, in: bytes)
        return SourceLocation(file: file, line: line, column: column)
    }
}
