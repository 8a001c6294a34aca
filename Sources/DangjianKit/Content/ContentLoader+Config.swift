import Foundation

extension ContentLoader {
    /// The keys site.yaml may have; any other is warned about.
    static let siteKeys = [
        "title", "organisation", "root_region", "decimals", "count_attached_as_covered", "thresholds", "years",
        "excel_sheet", "targets", "headline_indicators", "audience", "public", "personal_columns",
        "data_date", "map",
    ]

    /// The keys of site.yaml's `map`.
    static let mapKeys = ["indicator", "warning"]

    /// The keys of site.yaml's `public`.
    static let publicKeys = ["min_staff", "honor_details", "min_count"]

    /// The keys of site.yaml's `thresholds`.
    static let thresholdKeys = ["full_members_for_organisation", "staff_for_member", "staff_for_organisation"]

    /// Reads site.yaml; nil when it is missing or lacks a required field.
    func loadConfig(log: inout DiagnosticLog) -> SiteConfig? {
        let url = contentDirectory.appendingPathComponent("site.yaml")
        let file = displayPath(url)
        guard let text = readUTF8(url, missing: "缺少站点配置文件 site.yaml", log: &log) else { return nil }
        var fields = YAMLFields(yaml: text, file: file)
        fields.warnUnknownKeys(Self.siteKeys)
        let title = fields.requiredString("title", meaning: "站点标题")
        let root = fields.requiredString("root_region", meaning: "根区划代码，对应 regions.csv 的“代码”")
        var config: SiteConfig?
        if let title, let root {
            var settings = SiteConfig(title: title, organisation: fields.string("organisation") ?? "", rootRegion: root)
            settings.rootRegionLocation = fields.location(ofKey: "root_region")
            if let decimals = fields.int("decimals") {
                if (0...4).contains(decimals) {
                    settings.decimals = decimals
                } else {
                    fields.log.error("“decimals”应在 0 到 4 之间，实际为 \(decimals)", at: fields.location(ofKey: "decimals"))
                }
            }
            settings.countAttachedAsCovered = fields.bool("count_attached_as_covered") ?? false
            settings.thresholds = thresholds(&fields)
            (settings.years, settings.yearLocations) = years(&fields)
            settings.excelSheet = fields.string("excel_sheet")
            settings.targets = targets(&fields)
            settings.map = mapSettings(&fields, targets: settings.targets)
            if fields.mapping?["headline_indicators"] != nil {
                settings.headlineIndicators = headlineIndicators(&fields)
            }
            if let audience = fields.string("audience") {
                if let value = Audience(rawValue: audience) {
                    settings.audience = value
                } else {
                    fields.log.error(
                        "“audience”应为 internal 或 public，实际为“\(audience)”", at: fields.location(ofKey: "audience"))
                }
            }
            settings.publicRules = publicRules(&fields)
            settings.personalColumns = fields.strings("personal_columns")
            settings.dataDate = dataDate(&fields)
            config = settings
        }
        log.merge(fields.log)
        return config
    }

    /// `data_date: 2025-12-31`: the date the statistics were taken, printed on briefing packs as
    /// 数据截至 2025年12月31日.
    private func dataDate(_ fields: inout YAMLFields) -> String? {
        guard let text = fields.string("data_date") else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2],
            (1949...2100).contains(year), (1...12).contains(month), (1...31).contains(day)
        else {
            fields.log.error("“data_date”应为日期，如 2025-12-31，实际为“\(text)”", at: fields.location(ofKey: "data_date"))
            return nil
        }
        return "\(year)年\(month)月\(day)日"
    }

    /// `public: {min_staff: 10, honor_details: false}`.
    private func publicRules(_ fields: inout YAMLFields) -> PublicRules {
        var rules = PublicRules()
        guard let node = fields.nested("public") else { return rules }
        fields.warnUnknownKeys(Self.publicKeys, in: node, parent: "public")
        if let value = node["min_staff"] {
            if let number = value.int, number >= 0 {
                rules.minimumStaff = number
            } else {
                fields.log.error("“public.min_staff”应为非负整数，实际为“\(value.string ?? "")”", at: fields.location(of: value))
            }
        }
        if let value = node["min_count"] {
            if let number = value.int, number >= 0 {
                rules.minimumCount = number
            } else {
                fields.log.error("“public.min_count”应为非负整数，实际为“\(value.string ?? "")”", at: fields.location(of: value))
            }
        }
        if let value = node["honor_details"] {
            if let flag = value.bool {
                rules.showsHonorDetails = flag
            } else {
                fields.log.error(
                    "“public.honor_details”应为 true 或 false，实际为“\(value.string ?? "")”", at: fields.location(of: value))
            }
        }
        return rules
    }

    private func thresholds(_ fields: inout YAMLFields) -> Thresholds {
        var thresholds = Thresholds()
        guard let node = fields.nested("thresholds") else { return thresholds }
        fields.warnUnknownKeys(Self.thresholdKeys, in: node, parent: "thresholds")
        let keys: [(String, WritableKeyPath<Thresholds, Int>)] = [
            ("full_members_for_organisation", \.fullMembersForOrganisation),
            ("staff_for_member", \.staffForMember),
            ("staff_for_organisation", \.staffForOrganisation),
        ]
        for (key, path) in keys {
            guard let value = node[key] else { continue }
            if let number = value.int, number > 0 {
                thresholds[keyPath: path] = number
            } else {
                fields.log.error(
                    "“thresholds.\(key)”应为正整数，实际为“\(value.string ?? "")”", at: fields.location(of: value))
            }
        }
        return thresholds
    }

    /// `targets: {I1: 80, I5: 95.5}`: percentages for rate indicators.
    private func targets(_ fields: inout YAMLFields) -> [RateIndicator: Int] {
        guard let node = fields.nested("targets") else { return [:] }
        guard let mapping = node.mapping else {
            fields.log.error("“targets”应为“指标编号: 目标百分比”的映射，如 I1: 80", at: fields.location(of: node))
            return [:]
        }
        var targets: [RateIndicator: Int] = [:]
        for (key, value) in mapping {
            guard let id = key.string.flatMap(RateIndicator.init(id:)) else {
                let allowed = RateIndicator.allCases.map(\.rawValue).joined(separator: "、")
                fields.log.error(
                    "“targets”中的“\(key.string ?? "")”不是比率指标，应为：\(allowed)", at: fields.location(of: key))
                continue
            }
            guard let text = value.string, let number = PublishedNumber.parse(text, isRate: true),
                number.decimals <= 2
            else {
                fields.log.error(
                    "“targets.\(id.rawValue)”应为百分比数字，实际为“\(value.string ?? "")”", at: fields.location(of: value))
                continue
            }
            let basisPoints = number.scaled * [100, 10, 1][number.decimals]  // decimals ≤ 2, checked above
            guard basisPoints <= 10_000 else {
                fields.log.error("“targets.\(id.rawValue)”不能超过 100%", at: fields.location(of: value))
                continue
            }
            targets[id] = basisPoints
        }
        return targets
    }

    /// `map: {indicator: I1, warning: 50}`: the rate the township map colours and its warning line (percent).
    private func mapSettings(_ fields: inout YAMLFields, targets: [RateIndicator: Int]) -> MapSettings {
        var settings = MapSettings()
        guard let node = fields.nested("map") else { return settings }
        fields.warnUnknownKeys(Self.mapKeys, in: node, parent: "map")
        if let value = node["indicator"] {
            if let rate = value.string.flatMap(RateIndicator.init(id:)) {
                settings.indicator = rate
            } else {
                let allowed = RateIndicator.allCases.map(\.rawValue).joined(separator: "、")
                fields.log.error(
                    "“map.indicator”的值“\(value.string ?? "")”不是比率指标，应为：\(allowed)", at: fields.location(of: value))
            }
        }
        if let value = node["warning"] {
            if let text = value.string, let number = PublishedNumber.parse(text, isRate: true), number.decimals <= 2,
                number.scaled * [100, 10, 1][number.decimals] <= 10_000
            {
                let warning = number.scaled * [100, 10, 1][number.decimals]
                if let target = targets[settings.indicator], warning > target {
                    fields.log.error(
                        "“map.warning”（\(text)%）高于 \(settings.indicator.rawValue) 的目标（\(Ratio.decimalString(target, decimals: 2, scale: 100))%）：警戒线应不高于目标",
                        at: fields.location(of: value))
                } else {
                    settings.warning = warning
                }
            } else {
                fields.log.error(
                    "“map.warning”应为 0 到 100 之间的百分比数字，实际为“\(value.string ?? "")”", at: fields.location(of: value))
            }
        }
        return settings
    }

    /// The years to build and where each is written.
    private func years(_ fields: inout YAMLFields) -> ([Int], [Int: SourceLocation]) {
        guard let node = fields.nested("years") else { return ([], [:]) }
        let items = node.sequence.map(Array.init) ?? [node]
        var locations: [Int: SourceLocation] = [:]
        let years = items.compactMap { item -> Int? in
            if let year = item.int {
                locations[year] = locations[year] ?? fields.location(of: item)
                return year
            }
            fields.log.error("“years”中的“\(item.string ?? "")”不是年份", at: fields.location(of: item))
            return nil
        }
        return (years, locations)
    }

    private func headlineIndicators(_ fields: inout YAMLFields) -> [RateIndicator] {
        let ratios = RateIndicator.allCases
        return fields.strings("headline_indicators").compactMap { text in
            if let id = RateIndicator(id: text) { return id }
            let allowed = ratios.map(\.rawValue).joined(separator: "、")
            fields.log.error(
                "“headline_indicators”中的“\(text)”不是可作为卡片的指标，应为：\(allowed)",
                at: fields.location(ofKey: "headline_indicators"))
            return nil
        }
    }
}
