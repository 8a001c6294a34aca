/// Turns exact figures into the strings pages show.
struct FigureFormatter {
    /// Decimal places of percentages.
    let decimals: Int

    /// "98.4%", or "—" when the denominator is zero.
    func percent(_ ratio: Ratio) -> String {
        ratio.percentage(decimals: decimals).map { $0 + "%" } ?? "—"
    }

    /// A target in basis points as configured: 6000 → "60%", 6250 → "62.5%".
    func target(_ basisPoints: Int) -> String {
        ChartText.target(basisPoints: basisPoints)
    }

    /// A count with thousands grouping ("10,275").
    func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var grouped = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// An optional count, "—" when missing.
    func optional(_ value: Int?) -> String {
        value.map(count) ?? "—"
    }
}
