/// The township map (党建地图) of a region with child regions, with the rows of its data table:
/// the dashboard, region pages and the screen include it through the `map` partial, and any other
/// page (the briefing pack) can by giving its model a `map` field from `townshipMap`.
struct MapModel {
    struct Row {
        let name: String
        let href: String
        /// The rate as pages show it.
        let value: String
        /// n/d, or the note of a withheld figure.
        let pair: String
        /// 红/黄/绿/无数据 and what it means.
        let level: String
        /// Demonstration sites in the region.
        let showcases: String
    }

    /// The inline SVG, drawn for wide screens and for phones.
    let svg: String
    /// What the figure shows, as its caption and the table's.
    let caption: String
    /// The indicator's title, as the table's column head.
    let indicator: String
    /// One row per child region, in display order.
    let rows: [Row]
}

extension PageRenderer {
    /// The map of a region's children in a year; nil for a region without children.
    func townshipMap(_ code: String, year: Int, from page: PlannedPage) -> MapModel? {
        let children = rollup.tree.children(of: code)
        guard let region = rollup.tree.region(code), !children.isEmpty else { return nil }
        let rate = content.config.map.indicator
        let title = catalogue.title(rate)
        let thresholds = mapThresholds
        let links = links(page)
        let showcases = plan.showcases.filter { $0.status != .revoked }
        var areas: [MapArea] = []
        var rows: [MapModel.Row] = []
        var markers: [MapMarker] = []
        for (index, child) in children.enumerated() {
            let ratio = rollup.figures(child.code, year).ratio(rate)
            let mapClass = MapClass.of(
                basisPoints: ratio.isWithheld ? nil : ratio.basisPoints, target: thresholds.target,
                warning: thresholds.warning)
            let pair = ratio.isWithheld ? withheldNote : "\(ratio.numerator)/\(ratio.denominator)"
            let level = classPhrase(mapClass, withheld: ratio.isWithheld)
            let href = links.region(child.code, year: year)
            areas.append(
                MapArea(
                    name: child.name, polygons: shapes(of: child.code), mapClass: mapClass,
                    valueText: format.percent(ratio),
                    tooltip: "\(child.name)：\(title) \(format.percent(ratio))（\(pair)）· \(level)", link: href))
            let inChild = showcases.filter { rollup.tree.lineage(of: $0.enterprise.regionCode).contains(child) }
            for showcase in inChild {
                markers.append(
                    MapMarker(
                        name: showcase.enterprise.name, level: showcase.level, position: showcase.position, area: index,
                        link: links.showcase(showcase.slug)))
            }
            rows.append(
                MapModel.Row(
                    name: child.name, href: href, value: format.percent(ratio), pair: pair,
                    level: level.components(separatedBy: " ").first ?? level,
                    showcases: format.count(inChild.count)))
        }
        let drawn = areas.contains { !$0.polygons.isEmpty } ? markers.filter { $0.position != nil } : markers
        let unit = region.level == .county || region.level == .district ? "乡镇" : "下辖区划"
        let chart = TownshipMapChart(
            title: "\(year)年\(region.name)各\(unit)\(title)分级图",
            summary: mapSummary(areas, year: year, unit: unit, title: title, markers: drawn.count),
            areas: areas, markers: markers, legend: mapLegend(areas))
        let kind = chart.hasShapes ? "地图" : "方格图，每格一个\(unit)，未提供地图文件"
        return MapModel(
            svg: responsive { inline(ChartRenderer.map(chart, width: $0 == 720 ? 640 : 360)) } ?? "",
            caption: "\(year)年\(title)分级（\(kind)）：" + mapLegend(areas).map(\.label).joined(separator: "，"),
            indicator: title, rows: rows)
    }

    /// The map indicator's target and warning line in basis points: the warning defaults to 10
    /// points below the target.
    var mapThresholds: (target: Int?, warning: Int?) {
        let target = content.config.targets[content.config.map.indicator]
        return (target, content.config.map.warning ?? target.map { max($0 - 1000, 0) })
    }

    /// The polygons of a region: its own, else those of every region below it that the map has.
    func shapes(of code: String) -> [GeoPolygon] {
        guard let map = content.map else { return [] }
        if let shape = map.shape(of: code) { return shape.polygons }
        return rollup.tree.children(of: code).flatMap { shapes(of: $0.code) }
    }

    /// A basis-point threshold as a percentage without trailing zeros: 6000 → "60%", 5550 → "55.5%".
    func thresholdText(_ basisPoints: Int) -> String {
        var text = Ratio.decimalString(basisPoints, decimals: 2, scale: 100)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text + "%"
    }

    /// What a class means, for tooltips and the table.
    private func classPhrase(_ mapClass: MapClass, withheld: Bool) -> String {
        let (target, warning) = mapThresholds
        switch mapClass {
        case .belowWarning: return "红：低于警戒线 \(thresholdText(warning ?? 0))"
        case .belowTarget: return "黄：低于目标 \(thresholdText(target ?? 0))"
        case .meetsTarget:
            return "绿：达到" + (target.map { "目标 \(thresholdText($0))" } ?? "警戒线 \(thresholdText(warning ?? 0))")
        case .unrated: return "未设目标"
        case .noData: return withheld ? "无数据（不公布）" : "无数据"
        }
    }

    /// The legend: every class the thresholds define, with bounds and counts, and 无数据 when any.
    private func mapLegend(_ areas: [MapArea]) -> [MapLegendEntry] {
        let (target, warning) = mapThresholds
        func count(_ mapClass: MapClass) -> Int { areas.filter { $0.mapClass == mapClass }.count }
        var entries: [MapLegendEntry] = []
        if let warning, warning > 0 {
            entries.append(
                .init(mapClass: .belowWarning, label: "红 <\(thresholdText(warning))", count: count(.belowWarning)))
        }
        if let target, target > (warning ?? 0) {
            let lower = warning.map { "\(thresholdText($0))–" } ?? ""
            entries.append(
                .init(mapClass: .belowTarget, label: "黄 \(lower)<\(thresholdText(target))", count: count(.belowTarget)))
        }
        if let upper = target ?? warning {
            entries.append(
                .init(mapClass: .meetsTarget, label: "绿 ≥\(thresholdText(upper))", count: count(.meetsTarget)))
        } else {
            entries.append(.init(mapClass: .unrated, label: "有数据（未设目标）", count: count(.unrated)))
        }
        if count(.noData) > 0 {
            entries.append(.init(mapClass: .noData, label: "无数据", count: count(.noData)))
        }
        return entries
    }

    /// The map's description: the thresholds, then which townships fall below them.
    private func mapSummary(_ areas: [MapArea], year: Int, unit: String, title: String, markers: Int) -> String {
        let (target, warning) = mapThresholds
        var parts: [String] = []
        let lines = [target.map { "目标 \(thresholdText($0))" }, warning.map { "警戒线 \(thresholdText($0))" }]
            .compactMap { $0 }
        var text = "\(year)年各\(unit)\(title)" + (lines.isEmpty ? "。" : "（\(lines.joined(separator: "，"))）。")
        func names(_ list: [MapArea]) -> String {
            list.map { "\($0.name) \($0.valueText)" }.joined(separator: "、")
        }
        let belowWarning = areas.filter { $0.mapClass == .belowWarning }
        let below = areas.filter { $0.mapClass == .belowWarning || $0.mapClass == .belowTarget }
        if target != nil {
            parts.append(below.isEmpty ? "没有\(unit)低于目标" : "\(below.count) 个\(unit)低于目标：\(names(below))")
            if !belowWarning.isEmpty {
                parts.append("其中 \(belowWarning.count) 个低于警戒线：\(belowWarning.map(\.name).joined(separator: "、"))")
            }
        } else if warning != nil {
            parts.append(
                belowWarning.isEmpty
                    ? "没有\(unit)低于警戒线" : "\(belowWarning.count) 个\(unit)低于警戒线：\(names(belowWarning))")
        }
        let meets = areas.filter { $0.mapClass == .meetsTarget }.count
        if meets > 0 { parts.append("\(meets) 个达到\(target == nil ? "警戒线" : "目标")") }
        let missing = areas.filter { $0.mapClass == .noData }.count
        if missing > 0 { parts.append("\(missing) 个无数据") }
        if markers > 0 { parts.append("图中标出示范点 \(markers) 个") }
        text += parts.joined(separator: "；") + (parts.isEmpty ? "" : "。")
        return text
    }
}
