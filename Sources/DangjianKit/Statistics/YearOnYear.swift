/// I13 同比: the change of a figure from the previous year.
///
/// Counts change by a number and a percentage; rates change in percentage points (百分点), never in "%".
public enum YearOnYear {
    /// The change of a rate in percentage points, rounded half away from zero to `decimals`
    /// places ("+2.3", "-0.5", "0.0"); nil when either year has a zero denominator.
    public static func points(_ current: Ratio, _ previous: Ratio, decimals: Int) -> String? {
        guard current.denominator > 0, previous.denominator > 0 else { return nil }
        let scale = Ratio.scale(decimals)
        // n1/d1 − n0/d0 = (n1·d0 − n0·d1) / (d1·d0), times 100 for percent, exactly.
        let numerator =
            (current.numerator * previous.denominator - previous.numerator * current.denominator) * 100
            * scale
        let denominator = current.denominator * previous.denominator
        let rounded = Ratio.roundHalfUp(abs(numerator), denominator) * (numerator < 0 ? -1 : 1)
        return signed(rounded, decimals: decimals, scale: scale)
    }

    /// The change of a count as a signed number ("+12", "-3", "0").
    public static func difference(_ current: Int, _ previous: Int) -> String {
        signed(current - previous, decimals: 0, scale: 1)
    }

    /// The change of a count in percent of the previous value ("+8.5%"); nil when the previous is 0.
    public static func percent(_ current: Int, _ previous: Int, decimals: Int) -> String? {
        guard previous > 0 else { return nil }
        let scale = Ratio.scale(decimals)
        let numerator = (current - previous) * 100 * scale
        let rounded = Ratio.roundHalfUp(abs(numerator), previous) * (numerator < 0 ? -1 : 1)
        return signed(rounded, decimals: decimals, scale: scale) + "%"
    }

    private static func signed(_ value: Int, decimals: Int, scale: Int) -> String {
        (value > 0 ? "+" : "") + Ratio.decimalString(value, decimals: decimals, scale: scale)
    }
}
