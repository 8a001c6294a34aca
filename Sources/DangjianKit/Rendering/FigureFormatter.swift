/// Turns exact figures into the strings pages show.
struct FigureFormatter {
    /// Decimal places of percentages.
    let decimals: Int

    /// "98.4%", or "—" when the denominator is zero.
    func percent(_ ratio: Ratio) -> String {
        ratio.percentage(decimals: decimals).map { $0 + "%" } ?? "—"
    }

    /// The context of a rate: value, the n/d pair and a note on excluded enterprises.
    func rate(_ ratio: Ratio, title: String, id: String = "") -> [String: Any] {
        var context: [String: Any] = [
            "id": id, "title": title, "value": percent(ratio), "numerator": ratio.numerator,
            "denominator": ratio.denominator, "hasValue": ratio.denominator > 0,
            "pair": "\(ratio.numerator)/\(ratio.denominator)",
        ]
        if ratio.excluded > 0 {
            context["excludedNote"] = "另有 \(ratio.excluded) 家因数据缺失未计入"
        }
        return context
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
