/// The sentences of the briefing pack (汇报材料), written from the figures as offices write them:
/// "组织覆盖率 66.1%（230/348 家），较上年提高 6.0 个百分点". Rises, falls and no change read as
/// 提高, 下降 and 持平, never as "增长 -2.2"; every number is formatted as the dashboard shows it.
struct BriefingText {
    let format: FigureFormatter
    let decimals: Int

    /// One rate of a region in a year, with its change from the previous year when both years
    /// have a denominator.
    func rate(title: String, unit: String, _ current: Ratio, previous: Ratio?) -> String {
        guard current.denominator > 0 else { return "\(title)无可计算的对象（分母为 0）" }
        let figure = "\(title) \(format.percent(current))（\(current.numerator)/\(current.denominator) \(unit)）"
        guard let previous, let points = YearOnYear.points(current, previous, decimals: decimals) else {
            return figure
        }
        return figure + "，" + Self.change(points: points)
    }

    /// "较上年提高 6.0 个百分点", "较上年下降 2.2 个百分点", "与上年持平".
    static func change(points: String) -> String {
        if points.hasPrefix("+") { return "较上年提高 \(points.dropFirst()) 个百分点" }
        if points.hasPrefix("-") { return "较上年下降 \(points.dropFirst()) 个百分点" }
        return "与上年持平"
    }

    /// A count with its change: "348 家，比上年增加 17 家" / "减少 3 家" / "与上年持平".
    func count(_ value: Int, unit: String, previous: Int?) -> String {
        let text = "\(format.count(value)) \(unit)"
        guard let previous else { return text }
        let difference = value - previous
        if difference > 0 { return text + "，比上年增加 \(format.count(difference)) \(unit)" }
        if difference < 0 { return text + "，比上年减少 \(format.count(-difference)) \(unit)" }
        return text + "，与上年持平"
    }
}
