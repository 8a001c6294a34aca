/// A rate kept as its exact integer numerator and denominator.
///
/// The percentage is computed only for display, rounded half-up; a zero denominator has no value.
public struct Ratio: Sendable, Equatable, Codable {
    /// Enterprises meeting the condition.
    public var numerator: Int
    /// Enterprises the rate is taken over.
    public var denominator: Int
    /// Enterprises left out of the denominator because an input the rate needs is missing.
    public var excluded: Int
    /// Computed but not shown: a public build's rate over fewer enterprises than
    /// `public.min_count` (see `SmallCountRule`). Its numbers are then 0/0, so that nothing
    /// formatted from it can carry the computed value.
    public var isWithheld = false

    enum CodingKeys: String, CodingKey {
        case numerator, denominator, excluded
    }

    /// Creates a ratio.
    public init(_ numerator: Int, _ denominator: Int, excluded: Int = 0) {
        self.numerator = numerator
        self.denominator = denominator
        self.excluded = excluded
    }

    /// Counts one enterprise: `meets` nil means its inputs are missing, so it is excluded.
    mutating func count(_ meets: Bool?) {
        guard let meets else {
            excluded += 1
            return
        }
        denominator += 1
        if meets { numerator += 1 }
    }

    /// The percentage rounded half-up to `decimals` places, as a decimal string ("98.4"); nil when
    /// the denominator is zero.
    public func percentage(decimals: Int) -> String? {
        rounded(times: 100, decimals: decimals)
    }

    /// The plain quotient (e.g. members per organisation) rounded half-up; nil when the denominator is zero.
    public func quotient(decimals: Int) -> String? {
        rounded(times: 1, decimals: decimals)
    }

    /// The percentage in hundredths of a percent, half-up, for sorting and differences.
    public var basisPoints: Int? {
        guard denominator > 0 else { return nil }
        return Self.scaledQuotient(numerator, times: 10_000, over: denominator)
    }

    /// Whether the rate is below a target in basis points: the one rule of every "低于目标" (cards,
    /// tables, alerts, charts, the screen, the briefing pack). A rate without data is below nothing.
    public func isBelow(_ target: Int) -> Bool {
        basisPoints.map { $0 < target } ?? false
    }

    private func rounded(times multiplier: Int, decimals: Int) -> String? {
        guard denominator > 0 else { return nil }
        let scale = Self.scale(decimals)
        return Self.decimalString(
            Self.scaledQuotient(numerator, times: multiplier * scale, over: denominator), decimals: decimals,
            scale: scale)
    }

    /// `numerator × factor / denominator` rounded half-up. Exact whenever the product fits in an
    /// Int (always, for counts within the input limits); a larger product is divided in floating
    /// point and clamped rather than trapping.
    static func scaledQuotient(_ numerator: Int, times factor: Int, over denominator: Int) -> Int {
        let (product, overflow) = numerator.multipliedReportingOverflow(by: factor)
        if !overflow { return roundHalfUp(product, denominator) }
        let quotient = (Double(numerator) * Double(factor) / Double(denominator)).rounded()
        return quotient >= Double(Int.max) ? Int.max : Int(quotient)
    }

    /// 10 to the power `decimals`: the scale of a decimal string with that many places.
    static func scale(_ decimals: Int) -> Int {
        (0..<decimals).reduce(1) { result, _ in result * 10 }
    }

    /// `dividend / divisor` rounded half-up, for non-negative integers.
    static func roundHalfUp(_ dividend: Int, _ divisor: Int) -> Int {
        let quotient = dividend / divisor
        return (dividend % divisor) * 2 >= divisor ? quotient + 1 : quotient
    }

    /// Writes `value / scale` with exactly `decimals` places.
    static func decimalString(_ value: Int, decimals: Int, scale: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        guard decimals > 0 else { return sign + String(magnitude) }
        let fraction = String(magnitude % scale)
        return sign + "\(magnitude / scale)." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
}
