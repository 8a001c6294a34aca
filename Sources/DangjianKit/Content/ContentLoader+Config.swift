import Foundation

extension ContentLoader {
    /// Reads site.yaml; nil when it is missing or lacks a required field.
    func loadConfig(log: inout DiagnosticLog) -> SiteConfig? {
        let url = contentDirectory.appendingPathComponent("site.yaml")
        let file = displayPath(url)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            log.error("缺少站点配置文件 site.yaml（或不是 UTF-8 编码）", at: SourceLocation(file: file))
            return nil
        }
        var fields = YAMLFields(yaml: text, file: file)
        let title = fields.requiredString("title", meaning: "站点标题")
        let root = fields.requiredString("root_region", meaning: "根区划代码，对应 regions.csv 的“代码”")
        var config: SiteConfig?
        if let title, let root {
            var settings = SiteConfig(title: title, organisation: fields.string("organisation") ?? "", rootRegion: root)
            if let decimals = fields.int("decimals") {
                if (0...4).contains(decimals) {
                    settings.decimals = decimals
                } else {
                    fields.log.error("“decimals”应在 0 到 4 之间，实际为 \(decimals)", at: fields.location(ofKey: "decimals"))
                }
            }
            settings.countAttachedAsCovered = fields.bool("count_attached_as_covered") ?? false
            settings.thresholds = thresholds(&fields)
            settings.years = years(&fields)
            settings.excelSheet = fields.string("excel_sheet")
            settings.targets = targets(&fields)
            if fields.mapping?["headline_indicators"] != nil {
                settings.headlineIndicators = headlineIndicators(&fields)
            }
            config = settings
        }
        log.merge(fields.log)
        return config
    }

    private func thresholds(_ fields: inout YAMLFields) -> Thresholds {
        var thresholds = Thresholds()
        guard let node = fields.nested("thresholds") else { return thresholds }
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
    private func targets(_ fields: inout YAMLFields) -> [IndicatorID: Int] {
        guard let node = fields.nested("targets") else { return [:] }
        guard let mapping = node.mapping else {
            fields.log.error("“targets”应为“指标编号: 目标百分比”的映射，如 I1: 80", at: fields.location(of: node))
            return [:]
        }
        var targets: [IndicatorID: Int] = [:]
        for (key, value) in mapping {
            let id = key.string.flatMap { IndicatorID(rawValue: $0.uppercased()) }
            guard let id, id != .counts, id != .dueUnbuilt else {
                fields.log.error("“targets”中的“\(key.string ?? "")”不是比率指标（I1–I9）", at: fields.location(of: key))
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

    private func years(_ fields: inout YAMLFields) -> [Int] {
        guard let node = fields.nested("years") else { return [] }
        let items = node.sequence.map(Array.init) ?? [node]
        return items.compactMap { item in
            if let year = item.int { return year }
            fields.log.error("“years”中的“\(item.string ?? "")”不是年份", at: fields.location(of: item))
            return nil
        }
    }

    private func headlineIndicators(_ fields: inout YAMLFields) -> [IndicatorID] {
        let ratios = IndicatorID.allCases.filter { $0 != .counts && $0 != .dueUnbuilt }
        return fields.strings("headline_indicators").compactMap { text in
            if let id = IndicatorID(rawValue: text), ratios.contains(id) { return id }
            let allowed = ratios.map(\.rawValue).joined(separator: "、")
            fields.log.error(
                "“headline_indicators”中的“\(text)”不是可作为卡片的指标，应为：\(allowed)",
                at: fields.location(ofKey: "headline_indicators"))
            return nil
        }
    }
}
