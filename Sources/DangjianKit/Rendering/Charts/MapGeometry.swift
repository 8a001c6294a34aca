import Foundation

/// A point of the drawing, in viewBox units (y grows downwards).
struct PlanePoint: Equatable {
    var x: Double
    var y: Double
}

/// The map projection: equirectangular, with longitudes shrunk by the cosine of the map's middle
/// latitude, so that at that latitude a kilometre east is as long as a kilometre north.
///
/// Over a county (well under a degree or two) this is as good as a conic projection: at 30° N a
/// county half a degree high has its scale off by under 0.5% at the top and bottom edges. The
/// map is fitted into `width` × at most `maxHeight`, centred horizontally.
struct MapProjection: Equatable {
    /// The drawing's size, margins included.
    let width: Double
    let height: Double
    /// Units per degree of latitude.
    let scale: Double
    /// cos(middle latitude).
    let longitudeFactor: Double
    private let west: Double
    private let north: Double
    private let left: Double
    private let top: Double

    /// Fits `bounds` into the box, leaving `margin` on every side.
    init(bounds: GeoBounds, width: Double, maxHeight: Double, margin: Double) {
        let middle = (bounds.north + bounds.south) / 2
        longitudeFactor = cos(middle * .pi / 180)
        let spanX = max(bounds.width * longitudeFactor, 1e-9)
        let spanY = max(bounds.height, 1e-9)
        scale = min((width - 2 * margin) / spanX, (maxHeight - 2 * margin) / spanY)
        self.width = width
        height = spanY * scale + 2 * margin
        west = bounds.west
        north = bounds.north
        left = (width - spanX * scale) / 2
        top = margin
    }

    /// Where a point of the globe is drawn.
    func project(_ point: GeoPoint) -> PlanePoint {
        PlanePoint(
            x: left + (point.longitude - west) * longitudeFactor * scale, y: top + (north - point.latitude) * scale)
    }
}

/// Douglas–Peucker simplification: drops the points that move the outline by less than a tolerance.
enum PathSimplifier {
    /// A closed ring with every point within `tolerance` of the result kept out; fewer than 3 points
    /// (a ring smaller than the tolerance) gives an empty ring, which is not drawn.
    static func ring(_ points: [PlanePoint], tolerance: Double) -> [PlanePoint] {
        guard points.count > 3 else { return points.count == 3 ? points : [] }
        // Split the ring at its first point and the point farthest from it: two open lines.
        let far = points.indices.max { distance(points[0], points[$0]) < distance(points[0], points[$1]) } ?? 0
        guard far > 0 else { return [] }
        let first = line(Array(points[0...far]), tolerance: tolerance)
        let second = line(Array(points[far...]) + [points[0]], tolerance: tolerance)
        let ring = first + second.dropFirst().dropLast()
        return ring.count >= 3 ? ring : []
    }

    /// An open line simplified, its two ends kept.
    static func line(_ points: [PlanePoint], tolerance: Double) -> [PlanePoint] {
        guard points.count > 2 else { return points }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var pending = [(0, points.count - 1)]
        while let (start, end) = pending.popLast() {
            guard end > start + 1 else { continue }
            var farthest = start
            var largest = 0.0
            for index in (start + 1)..<end {
                let distance = segmentDistance(points[index], points[start], points[end])
                if distance > largest {
                    largest = distance
                    farthest = index
                }
            }
            if largest > tolerance {
                keep[farthest] = true
                pending.append((start, farthest))
                pending.append((farthest, end))
            }
        }
        return points.indices.filter { keep[$0] }.map { points[$0] }
    }

    /// The distance between two points.
    static func distance(_ a: PlanePoint, _ b: PlanePoint) -> Double {
        hypot(a.x - b.x, a.y - b.y)
    }

    /// The distance from `point` to the segment from `a` to `b`.
    static func segmentDistance(_ point: PlanePoint, _ a: PlanePoint, _ b: PlanePoint) -> Double {
        let (dx, dy) = (b.x - a.x, b.y - a.y)
        let length = dx * dx + dy * dy
        guard length > 0 else { return distance(point, a) }
        let t = max(0, min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / length))
        return distance(point, PlanePoint(x: a.x + t * dx, y: a.y + t * dy))
    }
}

/// A polygon of the drawing: its outer ring and holes, closed implicitly.
struct PlanePolygon: Equatable {
    /// The outer ring, then the holes.
    let rings: [[PlanePoint]]

    /// Whether `point` lies inside (even–odd: inside the outer ring and outside every hole).
    func contains(_ point: PlanePoint) -> Bool {
        var inside = false
        for ring in rings {
            var previous = ring.count - 1
            for current in ring.indices {
                let (a, b) = (ring[current], ring[previous])
                if (a.y > point.y) != (b.y > point.y), point.x < (b.x - a.x) * (point.y - a.y) / (b.y - a.y) + a.x {
                    inside.toggle()
                }
                previous = current
            }
        }
        return inside
    }

    /// The distance from `point` to the nearest edge: positive inside, negative outside.
    func signedDistance(_ point: PlanePoint) -> Double {
        var nearest = Double.infinity
        for ring in rings {
            var previous = ring.count - 1
            for current in ring.indices {
                nearest = min(nearest, PathSimplifier.segmentDistance(point, ring[current], ring[previous]))
                previous = current
            }
        }
        return contains(point) ? nearest : -nearest
    }

    /// The area of the outer ring less the holes.
    var area: Double {
        rings.enumerated().reduce(0) { total, ring in
            var twice = 0.0
            var previous = ring.element.count - 1
            for current in ring.element.indices {
                let (a, b) = (ring.element[previous], ring.element[current])
                twice += a.x * b.y - b.x * a.y
                previous = current
            }
            return total + (ring.offset == 0 ? 1 : -1) * abs(twice) / 2
        }
    }

    /// SVG path data: each ring as `M x,y L x,y … Z`, drawn with `fill-rule="evenodd"` so holes stay open.
    var pathData: String {
        rings.filter { $0.count >= 3 }.map { ring in
            "M" + ring[0].x.svg + "," + ring[0].y.svg + "L"
                + ring.dropFirst().map { $0.x.svg + "," + $0.y.svg }.joined(separator: " ") + "Z"
        }.joined()
    }
}

/// The pole of inaccessibility: the point inside a polygon farthest from its edges, where a label
/// has the most room (the "polylabel" algorithm, after Mapbox: a quadtree of square cells searched
/// best-first, a cell dropped when even its corners cannot beat the best point found).
enum PoleOfInaccessibility {
    /// The point and its distance to the nearest edge, to within `precision`.
    static func find(in polygon: PlanePolygon, precision: Double = 0.5) -> (point: PlanePoint, distance: Double) {
        guard let outer = polygon.rings.first, !outer.isEmpty else { return (PlanePoint(x: 0, y: 0), 0) }
        let xs = outer.map(\.x)
        let ys = outer.map(\.y)
        let (minX, maxX, minY, maxY) = (xs.min()!, xs.max()!, ys.min()!, ys.max()!)
        let cellSize = min(maxX - minX, maxY - minY)
        guard cellSize > 0 else { return (PlanePoint(x: minX, y: minY), 0) }

        struct Cell {
            let centre: PlanePoint
            let half: Double
            let distance: Double
            /// The best distance any point of the cell could have.
            var potential: Double { distance + half * 2.squareRoot() }
        }
        func cell(_ x: Double, _ y: Double, _ half: Double) -> Cell {
            let centre = PlanePoint(x: x, y: y)
            return Cell(centre: centre, half: half, distance: polygon.signedDistance(centre))
        }
        var queue = MaxHeap<Cell> { $0.potential < $1.potential }
        let half = cellSize / 2
        var x = minX
        while x < maxX {
            var y = minY
            while y < maxY {
                queue.push(cell(x + half, y + half, half))
                y += cellSize
            }
            x += cellSize
        }
        // Start from the centroid of the outer ring, or the box's centre, whichever is better.
        var best = cell(centroid(outer).x, centroid(outer).y, 0)
        let boxCentre = cell(minX + (maxX - minX) / 2, minY + (maxY - minY) / 2, 0)
        if boxCentre.distance > best.distance { best = boxCentre }
        while let current = queue.pop() {
            if current.distance > best.distance { best = current }
            guard current.potential - best.distance > precision else { continue }
            let quarter = current.half / 2
            for (dx, dy) in [(-1.0, -1.0), (1, -1), (-1, 1), (1, 1)] {
                queue.push(cell(current.centre.x + dx * quarter, current.centre.y + dy * quarter, quarter))
            }
        }
        return (best.centre, best.distance)
    }

    /// The area centroid of a ring (its first point when the ring has no area).
    static func centroid(_ ring: [PlanePoint]) -> PlanePoint {
        var (x, y, twiceArea) = (0.0, 0.0, 0.0)
        var previous = ring.count - 1
        for current in ring.indices {
            let (a, b) = (ring[current], ring[previous])
            let cross = a.x * b.y - b.x * a.y
            x += (a.x + b.x) * cross
            y += (a.y + b.y) * cross
            twiceArea += cross
            previous = current
        }
        guard twiceArea != 0 else { return ring[0] }
        return PlanePoint(x: x / (3 * twiceArea), y: y / (3 * twiceArea))
    }
}

/// A binary heap giving the largest element first, by `isLess`.
struct MaxHeap<Element> {
    private var elements: [Element] = []
    private let isLess: (Element, Element) -> Bool

    init(isLess: @escaping (Element, Element) -> Bool) {
        self.isLess = isLess
    }

    mutating func push(_ element: Element) {
        elements.append(element)
        var child = elements.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard isLess(elements[parent], elements[child]) else { break }
            elements.swapAt(parent, child)
            child = parent
        }
    }

    mutating func pop() -> Element? {
        guard !elements.isEmpty else { return nil }
        elements.swapAt(0, elements.count - 1)
        let top = elements.removeLast()
        var parent = 0
        while true {
            let (left, right) = (2 * parent + 1, 2 * parent + 2)
            var largest = parent
            if left < elements.count, isLess(elements[largest], elements[left]) { largest = left }
            if right < elements.count, isLess(elements[largest], elements[right]) { largest = right }
            guard largest != parent else { return top }
            elements.swapAt(parent, largest)
            parent = largest
        }
    }
}
