/// A figure printed in an official report (data/published.csv), to be checked against the computed one.
public struct PublishedFigure: Sendable {
    /// What a published figure measures: a rate indicator or a count.
    public enum Measure: Sendable, Equatable {
        /// A rate indicator (I1–I9, I6b, I11, I14).
        case rate(RateIndicator)
        /// A count of I10 or the length of the I4 list.
        case count(CountMeasure)
    }

    /// The counts a report may print.
    public enum CountMeasure: String, Sendable, CaseIterable {
        /// 企业数: the population P
        case enterprises = "企业数"
        /// 党组织数
        case organisations = "党组织数"
        /// 正式党员
        case fullMembers = "正式党员"
        /// 预备党员
        case probationaryMembers = "预备党员"
        /// 发展党员
        case recruited = "发展党员"
        /// 应建未建
        case dueUnbuilt = "应建未建"
    }

    /// The region code.
    public let regionCode: String
    /// The year.
    public let year: Int
    /// What is measured.
    public let measure: Measure
    /// The figure as printed (e.g. "98.3%").
    public let text: String
    /// The figure scaled to an integer: `scaled / 10^decimals` (in percent for rates).
    public let scaled: Int
    /// Decimal places as printed: the precision the computed figure is rounded to before comparing.
    public let decimals: Int
    /// Where the row is.
    public let location: SourceLocation
}

extension PublishedFigure.Measure {
    /// Reads an indicator label: an id (I1, I6b) or a Chinese name, for rates or counts.
    static func parse(_ label: String) -> Self? {
        let key = label.filter { !$0.isWhitespace }
        if let rate = RateIndicator(id: key) { return .rate(rate) }
        let rateNames: [String: RateIndicator] = [
            "组织覆盖率": .organisationCoverage, "党组织覆盖率": .organisationCoverage, "组建率": .organisationCoverage,
            "单独组建率": .ownOrganisationRate, "应建已建率": .eligibleFormationRate,
            "3名以上正式党员企业组建率": .eligibleFormationRate, "50人以上企业有党员率": .memberPresence50,
            "党员覆盖率": .memberPresence50, "100人以上企业有党组织率": .organisationPresence100,
            "规上企业单独组建率": .aboveSizeOwnOrganisationRate, "工作覆盖率": .workCoverage,
            "指导员选派率": .instructorAssignment, "100人以上企业单独组建率": .ownOrganisationPresence100,
            "六有达标率": .sixHavesRate, "党员占从业人员比例": .memberShareOfStaff,
        ]
        if let rate = rateNames[key] { return .rate(rate) }
        let countNames: [String: PublishedFigure.CountMeasure] = [
            "企业数": .enterprises, "企业": .enterprises, "党组织数": .organisations, "党组织": .organisations,
            "正式党员": .fullMembers, "正式党员数": .fullMembers, "党员": .fullMembers, "预备党员": .probationaryMembers,
            "发展党员": .recruited, "当年发展党员": .recruited, "应建未建": .dueUnbuilt, "I4": .dueUnbuilt,
        ]
        return countNames[key].map { .count($0) }
    }

    var isRate: Bool {
        if case .rate = self { return true }
        return false
    }
}

/// Reads a printed number: full-width digits, thousands separators, units, and for rates 22% / 22％ / 0.22.
enum PublishedNumber {
    /// (scaled, decimals) with the value in percent for a rate; nil when the text is not a number.
    static func parse(_ raw: String, isRate: Bool) -> (scaled: Int, decimals: Int)? {
        var text = CellParser.halfWidth(raw).filter { !$0.isWhitespace && $0 != "," }
        var isPercent = false
        if text.hasSuffix("%") {
            isPercent = true
            text.removeLast()
        }
        for unit in ["个", "名", "人", "家", "户"] where text.hasSuffix(unit) { text.removeLast() }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let whole = Int(parts[0]), whole >= 0
        else { return nil }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        // At most 4 decimals and 12 digits: more is no printed figure, and would overflow the exact arithmetic.
        guard fraction.allSatisfy(\.isNumber), parts.count == 1 || !fraction.isEmpty, fraction.count <= 4,
            parts[0].count + fraction.count <= 12
        else { return nil }
        var decimals = fraction.count
        guard var scaled = Int(String(whole) + fraction) else { return nil }
        if isRate && !isPercent && parts.count == 2 && whole <= 1 {
            // A fraction (0.22) is a rate of 22%: two fewer decimals, or more digits when there are fewer.
            if decimals >= 2 {
                decimals -= 2
            } else {
                scaled *= decimals == 1 ? 10 : 100
                decimals = 0
            }
        }
        return (scaled, decimals)
    }
}
