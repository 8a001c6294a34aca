/// The chapters of a briefing pack, each from the figures Statistics computed.
extension PageRenderer {
    /// 一、基本情况: the counts, then one sentence per headline indicator.
    func briefingOverview(_ region: Region, figures: RegionFigures) -> [BriefingPage.Paragraph] {
        let previous = previousFigures(figures)
        let scope = scope(of: region)
        let writer = sentences
        var paragraphs = [
            BriefingPage.Paragraph(
                text: "\(figures.year)年，"
                    + writer.countsSentence(scope: scope, current: figures.counts, previous: previous?.counts))
        ]
        paragraphs += headlineRates.map { rate in
            BriefingPage.Paragraph(
                text: writer.rateSentence(
                    rate, scope: scope, current: figures.ratio(rate), previous: previous?.ratio(rate)))
        }
        return paragraphs
    }

    /// The headline indicators as the table of 一、基本情况: value, n/d and 同比 in words.
    func headlineRows(_ figures: RegionFigures) -> [BriefingPage.HeadlineRow] {
        let previous = previousFigures(figures)
        return headlineRates.map { rate in
            let figure = plainRate(rate, figures)
            let change = sentences.change(figures.ratio(rate), from: previous?.ratio(rate))
            let words: String =
                switch change {
                case .rose(let points): "提高 \(points) 个百分点"
                case .fell(let points): "下降 \(points) 个百分点"
                case .unchanged: "持平"
                case .notComparable: "—"
                }
            return BriefingPage.HeadlineRow(
                id: figure.id, title: figure.title, value: figure.value, pair: figure.pair, unit: figure.unit,
                change: words)
        }
    }

    /// 二: the highest and lowest child regions and how many rose or fell, or, for a region
    /// without children, its place among its siblings.
    func briefingStanding(_ region: Region, year: Int) -> [BriefingPage.Paragraph] {
        let rate = RateIndicator.organisationCoverage
        let title = catalogue.title(rate)
        var paragraphs: [BriefingPage.Paragraph] = []
        let ranked = rollup.ranking(of: region.code, year: year, by: rate).filter {
            $0.figures.ratio(rate).denominator > 0
        }
        if let top = ranked.first, let bottom = ranked.last, ranked.count > 1 {
            var text =
                "\(year)年，\(ranked.count) 个\(region.level == .county ? "乡镇（街道、园区）" : "下辖区划")中，\(title)最高的是\(top.region.name)（\(format.percent(top.figures.ratio(rate)))），最低的是\(bottom.region.name)（\(format.percent(bottom.figures.ratio(rate)))）。"
            if rollup.years.contains(year - 1) {
                var (rose, fell, same) = (0, 0, 0)
                for child in ranked {
                    switch sentences.change(
                        child.figures.ratio(rate), from: rollup.figures(child.region.code, year - 1).ratio(rate))
                    {
                    case .rose: rose += 1
                    case .fell: fell += 1
                    case .unchanged: same += 1
                    case .notComparable: break
                    }
                }
                text += "与上年相比，\(title)提高的 \(rose) 个，下降的 \(fell) 个，持平的 \(same) 个。"
            }
            paragraphs.append(.init(text: text))
        }
        if let parent = rollup.tree.lineage(of: region.code).dropFirst().first {
            let siblings = rollup.ranking(of: parent.code, year: year, by: rate)
            if let mine = siblings.first(where: { $0.region.code == region.code }),
                mine.figures.ratio(rate).denominator > 0
            {
                paragraphs.append(
                    .init(
                        text:
                            "\(year)年，\(region.name)\(title) \(format.percent(mine.figures.ratio(rate)))，在\(parent.name) \(siblings.count) 个下辖区划中排第 \(mine.rank) 位；\(parent.name)为 \(format.percent(rollup.figures(parent.code, year).ratio(rate)))。"
                    ))
            }
        }
        let counts = rollup.figures(region.code, year).counts
        paragraphs.append(
            .init(
                text:
                    "从组建方式看，单独组建 \(format.count(counts.ownMode)) 家，联合组建 \(format.count(counts.jointMode)) 家，挂靠 \(format.count(counts.attachedMode)) 家，未建 \(format.count(counts.unbuiltMode)) 家。"
            ))
        return paragraphs
    }

    /// 三、存在问题: the 应建未建 list, regions below their targets, published figures that differ
    /// from the computed ones, and enterprises whose inputs are missing.
    func briefingProblems(_ region: Region, year: Int, from page: PlannedPage) -> (
        summary: String, entries: [BriefingPage.DueEntry], concerns: [BriefingPage.Concern]
    ) {
        let figures = rollup.figures(region.code, year)
        let scope = scope(of: region)
        let due = figures.dueUnbuilt
        let summary: String
        if due.isEmpty {
            summary = "\(year)年\(scope)没有应建未建的企业。"
        } else {
            let members = due.filter { $0.reasons.contains(.enoughMembers) }.count
            let staff = due.filter { $0.reasons.contains(.largeWithoutOrganisation) }.count
            summary =
                "\(year)年\(scope)有应建未建企业 \(due.count) 家：正式党员达到单独组建条件但未单独组建的 \(members) 家，从业人员达到建立党组织条件但未建的 \(staff) 家，名单见下表。"
        }
        let entries = due.enumerated().map { number, entry in
            let record = rollup.enterprises[entry.enterprise]?.record(in: year)
            return BriefingPage.DueEntry(
                number: number + 1, name: entry.enterprise.name, township: regionName(entry.enterprise.regionCode),
                members: format.optional(record?.fullMembers), staff: format.optional(record?.staff),
                reasons: entry.reasons.map(\.rawValue).joined(separator: "；"))
        }
        var concerns: [BriefingPage.Concern] = []
        var belowTarget: [BriefingPage.Paragraph] = []
        for rate in IndicatorCatalogue.rates {
            guard let target = content.config.targets[rate] else { continue }
            let targetText = format.target(target)
            let title = catalogue.title(rate)
            if rollup.tree.children(of: region.code).isEmpty {
                let ratio = figures.ratio(rate)
                if ratio.isBelow(target) {
                    belowTarget.append(.init(text: "\(title) \(format.percent(ratio))，低于目标 \(targetText)。"))
                }
                continue
            }
            let below = rollup.regionsBelowTarget(of: region.code, year: year, rate: rate, target: target)
            guard !below.isEmpty else { continue }
            let names = below.map { "\($0.name)（\(format.percent(rollup.figures($0.code, year).ratio(rate)))）" }
            belowTarget.append(
                .init(text: "\(title)低于目标 \(targetText) 的 \(below.count) 个：\(names.joined(separator: "、"))。"))
        }
        if !belowTarget.isEmpty { concerns.append(.init(title: "未达到目标的指标", items: belowTarget)) }
        let mismatches = rollup.publishedMismatches.filter { mismatch in
            mismatch.figure.year == year
                && rollup.tree.lineage(of: mismatch.figure.regionCode).contains { $0.code == region.code }
        }
        if !mismatches.isEmpty {
            concerns.append(
                .init(
                    title: "公布数与计算数不一致（以计算数为准，请核对原报告）",
                    items: mismatches.map { .init(text: $0.message + "。") }))
        }
        let counts = figures.counts
        var missing: [String] = []
        if counts.fullMembersMissing > 0 { missing.append("\(counts.fullMembersMissing) 家未填报正式党员人数") }
        if counts.staffMissing > 0 { missing.append("\(counts.staffMissing) 家未填报从业人员") }
        if !missing.isEmpty {
            concerns.append(
                .init(
                    title: "数据缺失",
                    items: [.init(text: "两新组织中有\(missing.joined(separator: "、"))，未计入相关指标，请督促补报。")]))
        }
        return (summary, entries, renumbered(concerns))
    }

    /// Numbers the concerns （二）（三）（四） in order, after （一）应建未建 (there are at most three).
    private func renumbered(_ concerns: [BriefingPage.Concern]) -> [BriefingPage.Concern] {
        zip(["二", "三", "四"], concerns).map { numeral, concern in
            .init(title: "（\(numeral)）" + concern.title, items: concern.items)
        }
    }

    /// 四、示范点建设 and 五、光荣榜: the published demonstration sites in the region, named by the
    /// year, and the year's honors in the region by category.
    func briefingRecognition(_ region: Region, year: Int, from page: PlannedPage) -> (
        showcaseSummary: String, showcases: [BriefingPage.ShowcaseBlock], honorSummary: String,
        honorGroups: [BriefingPage.HonorGroup]
    ) {
        let links = links(page)
        let scope = scope(of: region)
        let inRegion = { (code: String) in rollup.tree.lineage(of: code).contains { $0.code == region.code } }
        let sites = ShowcaseLevel.allCases.flatMap { level in
            plan.showcases.filter {
                $0.level == level && $0.status != .revoked && inRegion(township(of: $0))
                    && ($0.namedYear ?? year) <= year
            }
        }
        let blocks = sites.map { site -> BriefingPage.ShowcaseBlock in
            let record = rollup.enterprises[site.enterprise]?.record(in: year)
            var figures: [String] = []
            if let record {
                figures.append("从业人员 \(format.optional(record.staff)) 人")
                figures.append("正式党员 \(format.optional(record.fullMembers)) 名")
                figures.append("预备党员 \(format.optional(record.probationaryMembers)) 名")
                figures.append(
                    "组建方式：\(record.mode?.rawValue ?? "—")"
                        + (record.organisationType.map { "（\($0.rawValue)）" } ?? ""))
                if let stars = record.stars { figures.append("\(stars) 星") }
                if let six = record.meetsSixHaves { figures.append(six ? "六有达标" : "六有未达标") }
            }
            return BriefingPage.ShowcaseBlock(
                name: rollup.enterprises[site.enterprise]?.latest.name ?? site.enterprise.name,
                level: site.level.rawValue, status: site.status.rawValue, township: regionName(township(of: site)),
                namedYear: site.namedYear.map { "\($0)年命名" } ?? "命名年度未填",
                figures: figures.isEmpty ? "\(year)年企业数据中没有该企业。" : "\(year)年：" + figures.joined(separator: "，") + "。",
                summary: site.summary,
                photo: site.photos.first.map { photo in
                    .init(
                        src: links.to("showcase/\(site.slug)/\(photo.file)"), caption: photo.caption,
                        width: photo.size.width, height: photo.size.height)
                })
        }
        let byLevel = ShowcaseLevel.allCases.compactMap { level -> String? in
            let count = sites.filter { $0.level == level }.count
            return count > 0 ? "\(level.rawValue) \(count) 个" : nil
        }
        let showcaseSummary =
            sites.isEmpty
            ? "截至\(year)年，\(scope)尚无示范点。"
            : "截至\(year)年，\(scope)共有党建示范点 \(sites.count) 个，其中\(byLevel.joined(separator: "、"))。"
        let honors = rollup.honors(in: region.code, year: year)
        let groups = Self.honorCategoryOrder.compactMap { category -> BriefingPage.HonorGroup? in
            let rows = honors.filter { $0.category == category }
            guard !rows.isEmpty else { return nil }
            return .init(
                category: category.rawValue, count: rows.count, honors: rows.map { honorLinkedRow($0, from: page) })
        }
        let honorSummary =
            honors.isEmpty
            ? "\(year)年\(scope)没有表彰记录。"
            : "\(year)年\(scope)共获得表彰 \(honors.count) 项："
                + groups.map { "\($0.category) \($0.count) 项" }.joined(separator: "、") + "。"
        return (showcaseSummary, blocks, honorSummary, groups)
    }

    /// 附表 of a region with children: its children's counts, then every rate in two tables.
    func childTables(_ region: Region, year: Int, label: String) -> [BriefingPage.StatisticsTable] {
        let rows = rollup.tree.children(of: region.code) + [region]
        func cells(_ code: String) -> [BriefingPage.StatisticsTable.Cell] {
            let figures = rollup.figures(code, year)
            let counts = figures.counts
            return [
                counts.population, counts.firms, counts.socialOrganisations, counts.organisations, counts.fullMembers,
                counts.probationaryMembers, counts.recruited, figures.dueUnbuilt.count,
            ].map { .init(value: format.count($0), pair: nil) }
        }
        let counts = BriefingPage.StatisticsTable(
            title: "附表1 各\(label)基本数据（\(year)年）", anchor: "t1", firstColumn: "区划",
            headers: ["两新组织", "非公企业", "社会组织", "党组织", "正式党员", "预备党员", "发展党员", "应建未建"].map(TitleItem.init),
            rows: rows.map {
                .init(
                    name: $0.code == region.code ? "合计" : $0.name, isTotal: $0.code == region.code,
                    cells: cells($0.code))
            })
        let rates = IndicatorCatalogue.rates
        let half = (rates.count + 1) / 2
        let groups = [Array(rates.prefix(half)), Array(rates.dropFirst(half))]
        let rateTables = groups.enumerated().map { index, group in
            BriefingPage.StatisticsTable(
                title: "附表\(index + 2) 各\(label)指标（\(["一", "二"][index])）", anchor: "t\(index + 2)",
                firstColumn: "区划", headers: group.map { TitleItem(title: catalogue.title($0)) },
                rows: rows.map { row in
                    let figures = rollup.figures(row.code, year)
                    return .init(
                        name: row.code == region.code ? "合计" : row.name, isTotal: row.code == region.code,
                        cells: group.map { rate in
                            let ratio = figures.ratio(rate)
                            return .init(value: format.percent(ratio), pair: "\(ratio.numerator)/\(ratio.denominator)")
                        })
                })
        }
        return [counts] + rateTables
    }

    /// 附表 of a region without children: every rate with its 同比, and the basic counts.
    func ownTables(_ figures: RegionFigures, from page: PlannedPage) -> [BriefingPage.StatisticsTable] {
        let rates = rateRows(figures, from: page).map { rate in
            BriefingPage.StatisticsTable.Row(
                name: rate.title, isTotal: false,
                cells: [
                    .init(value: rate.value, pair: nil), .init(value: rate.pair + " " + rate.unit, pair: nil),
                    .init(value: rate.change ?? "—", pair: nil),
                ])
        }
        let counts = countRows(figures, from: page).map { row in
            BriefingPage.StatisticsTable.Row(
                name: row.label, isTotal: false,
                cells: [row.value, row.change ?? "—", row.changePercent ?? "—"].map { .init(value: $0, pair: nil) })
        }
        return [
            .init(
                title: "附表1 全部指标（\(figures.year)年）", anchor: "t1", firstColumn: "指标",
                headers: ["数值", "分子/分母", "同比"].map(TitleItem.init), rows: rates),
            .init(
                title: "附表2 基本数据（\(figures.year)年）", anchor: "t2", firstColumn: "项目",
                headers: ["数量", "同比增减", "增幅"].map(TitleItem.init), rows: counts),
        ]
    }
}
