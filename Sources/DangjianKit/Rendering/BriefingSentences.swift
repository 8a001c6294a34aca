/// The sentences of a briefing pack, written from the figures: rises, falls and no change in
/// correct Chinese (提高/下降/持平 … 个百分点, 增加/减少 … 家), never a signed number in words.
///
/// Every number is formatted by the same `FigureFormatter` and `YearOnYear` as the dashboard's
/// cards and tables, so the text and the pages always say the same.
struct BriefingSentences {
    /// How a figure compares with the previous year.
    enum Change: Equatable {
        /// Higher by the magnitude ("6.0").
        case rose(String)
        /// Lower by the magnitude ("2.2").
        case fell(String)
        /// The same at the displayed precision.
        case unchanged
        /// No previous year in the data, or a zero denominator in either year.
        case notComparable
    }

    let format: FigureFormatter
    let catalogue: IndicatorCatalogue

    /// The change of a rate in percentage points, as the cards round it.
    func change(_ current: Ratio, from previous: Ratio?) -> Change {
        guard let previous, let points = YearOnYear.points(current, previous, decimals: format.decimals) else {
            return .notComparable
        }
        return Self.classify(points)
    }

    /// The change of a count.
    func change(_ current: Int, from previous: Int?) -> Change {
        guard let previous else { return .notComparable }
        return Self.classify(YearOnYear.difference(current, previous))
    }

    /// A signed decimal ("+6.0", "-2.2", "0.0") as a change.
    static func classify(_ signed: String) -> Change {
        if signed.hasPrefix("+") { return .rose(String(signed.dropFirst())) }
        if signed.hasPrefix("-") { return .fell(String(signed.dropFirst())) }
        return .unchanged
    }

    /// "较上年提高 6.0 个百分点", "较上年下降 2.2 个百分点", "与上年持平"; nil when not comparable.
    static func pointsPhrase(_ change: Change) -> String? {
        switch change {
        case .rose(let points): "较上年提高 \(points) 个百分点"
        case .fell(let points): "较上年下降 \(points) 个百分点"
        case .unchanged: "与上年持平"
        case .notComparable: nil
        }
    }

    /// "较上年增加 12 家", "较上年减少 3 家", "与上年持平"; nil when not comparable.
    static func countPhrase(_ change: Change, unit: String) -> String? {
        switch change {
        case .rose(let amount): "较上年增加 \(amount) \(unit)"
        case .fell(let amount): "较上年减少 \(amount) \(unit)"
        case .unchanged: "与上年持平"
        case .notComparable: nil
        }
    }

    /// What a rate's denominator and numerator are in words: "家两新组织" and "已建立党组织".
    func nouns(_ rate: RateIndicator) -> (population: String, meeting: String) {
        let thresholds = catalogue.thresholds
        switch rate {
        case .organisationCoverage: return ("两新组织", "已建立党组织（单独或联合组建）")
        case .ownOrganisationRate: return ("两新组织", "单独组建党组织")
        case .eligibleFormationRate:
            return ("正式党员 \(thresholds.fullMembersForOrganisation) 名以上的企业", "已单独组建党组织")
        case .memberPresence50: return ("从业人员 \(thresholds.staffForMember) 人以上的企业", "有党员")
        case .organisationPresence100:
            return ("从业人员 \(thresholds.staffForOrganisation) 人以上的企业", "已建立党组织（含挂靠）")
        case .ownOrganisationPresence100:
            return ("从业人员 \(thresholds.staffForOrganisation) 人以上的企业", "单独组建党组织")
        case .aboveSizeOwnOrganisationRate: return ("规上企业", "单独组建党组织")
        case .workCoverage: return ("两新组织", "实现党的工作覆盖（有党组织或选派指导员）")
        case .instructorAssignment: return ("未建党组织的企业", "已选派党建指导员")
        case .sixHavesRate: return ("已建党组织的企业", "六有达标")
        case .memberShareOfStaff: return ("从业人员", "正式党员")
        }
    }

    /// "全县 348 家两新组织中，已建立党组织（单独或联合组建）230 家，组织覆盖率 66.1%，较上年提高
    /// 6.0 个百分点。"; a zero denominator says the rate cannot be computed.
    func rateSentence(_ rate: RateIndicator, scope: String, current: Ratio, previous: Ratio?) -> String {
        let definition = catalogue.definition(rate)
        let (population, meeting) = nouns(rate)
        let unit = definition.unit
        guard current.denominator > 0 else {
            return "\(scope)没有\(population)，\(definition.title)无法计算。"
        }
        var sentence =
            "\(scope) \(format.count(current.denominator)) \(unit)\(population)中，\(meeting) \(format.count(current.numerator)) \(unit)，\(definition.title) \(format.percent(current))"
        if let phrase = Self.pointsPhrase(change(current, from: previous)) { sentence += "，" + phrase }
        if current.excluded > 0 { sentence += "（另有 \(current.excluded) 家因数据缺失未计入）" }
        return sentence + "。"
    }

    /// The counts of a region-year in one paragraph: organisations, enterprises, members, recruits.
    func countsSentence(scope: String, current: RegionCounts, previous: RegionCounts?) -> String {
        let population = [
            "\(scope)共有两新组织 \(format.count(current.population)) 家（非公企业 \(format.count(current.firms)) 家、社会组织 \(format.count(current.socialOrganisations)) 家）",
            Self.countPhrase(change(current.population, from: previous?.population), unit: "家"),
        ].compactMap { $0 }.joined(separator: "，")
        let organisations = [
            "建立党组织 \(format.count(current.organisations)) 个",
            Self.countPhrase(change(current.organisations, from: previous?.organisations), unit: "个"),
        ].compactMap { $0 }.joined(separator: "，")
        let members = current.fullMembers + current.probationaryMembers
        let before = previous.map { $0.fullMembers + $0.probationaryMembers }
        let memberText = [
            "党员 \(format.count(members)) 名（正式党员 \(format.count(current.fullMembers)) 名、预备党员 \(format.count(current.probationaryMembers)) 名）",
            Self.countPhrase(change(members, from: before), unit: "名"),
        ].compactMap { $0 }.joined(separator: "，")
        return "\(population)；\(organisations)；\(memberText)；当年发展党员 \(format.count(current.recruited)) 名。"
    }
}
