/// What the figures say about one enterprise in its latest year: its place in every rate (from
/// `EnterpriseStanding`), its joint branch, its counts over the years as a chart, and the build's
/// warnings about its rows.
extension EnterprisePage {
    /// One headline answer: covered or not, 应建未建, 双达标.
    struct Status {
        let label: String
        let value: String
        let tone: String
        let href: String?
    }

    /// The firm's place in one rate, with the list of the firms that share it.
    struct Verdict {
        let id: String
        let title: String
        let place: String
        let tone: String
        let reason: String?
        let href: String?
    }

    /// A member firm of the joint branch.
    struct Partner {
        let name: String
        let href: String?
        let township: String
        let fullMembers: String
        let isHolder: Bool
        let isSelf: Bool
    }

    /// The joint branch (联合党组织) the firm belongs to.
    struct JointBranch {
        let id: String
        let organisationName: String
        let holder: String
        let partners: [Partner]
        let count: Int
    }
}

extension PageRenderer {
    /// The headline answers and the per-rate verdicts of an enterprise-year.
    func standing(
        of record: EnterpriseRecord, from page: PlannedPage
    ) -> (statuses: [EnterprisePage.Status], verdicts: [EnterprisePage.Verdict]) {
        let standing = EnterpriseStanding(record: record, config: content.config)
        let links = links(page)
        let listed = rollup.years.contains(record.year)
        func list(_ filter: EnterpriseFilter?) -> String? {
            guard listed, let filter else { return nil }
            return links.enterpriseList(record.regionCode, year: record.year, filter: filter)
        }
        let verdicts = standing.verdicts.map { verdict -> EnterprisePage.Verdict in
            let definition = catalogue.definition(verdict.rate)
            let (place, tone, reason, filter): (String, String, String?, EnterpriseFilter?) =
                switch verdict.place {
                case .counted: ("计入分子", "good", nil, .counted(verdict.rate))
                case .uncounted: ("在分母中，未计入分子", "bad", nil, .uncounted(verdict.rate))
                case .missingInput:
                    ("因数据缺失未计入", "warn", "缺少：\(definition.inputs)", definition.denominator ?? .counted(verdict.rate))
                case .outsideDenominator:
                    ("不在分母中", "neutral", outsideReason(verdict.rate, record), definition.denominator)
                case .outsidePopulation: ("不计入", "neutral", "非三有企业（是否三有：否），不计入任何指标", nil)
                }
            return EnterprisePage.Verdict(
                id: verdict.rate.rawValue, title: definition.title, place: place, tone: tone, reason: reason,
                href: list(filter))
        }
        func covered(_ rate: RateIndicator, _ label: String) -> EnterprisePage.Status {
            switch standing.place(in: rate) {
            case .counted?: EnterprisePage.Status(label: label, value: "已覆盖", tone: "good", href: list(.counted(rate)))
            case .uncounted?:
                EnterprisePage.Status(label: label, value: "未覆盖", tone: "bad", href: list(.uncounted(rate)))
            case .missingInput?: EnterprisePage.Status(label: label, value: "无法判断（数据缺失）", tone: "warn", href: nil)
            default: EnterprisePage.Status(label: label, value: "不计入（非三有）", tone: "neutral", href: nil)
            }
        }
        let due: EnterprisePage.Status =
            switch standing.dueUnbuiltReasons {
            case let reasons? where !reasons.isEmpty:
                EnterprisePage.Status(
                    label: "应建未建", value: "是：" + reasons.map(\.rawValue).joined(separator: "；"), tone: "bad",
                    href: listed ? links.dueUnbuilt(record.regionCode, year: record.year) : nil)
            case _?: EnterprisePage.Status(label: "应建未建", value: "否", tone: "good", href: nil)
            case nil:
                EnterprisePage.Status(
                    label: "应建未建", value: record.isInPopulation ? "无法判断（组建方式缺失）" : "不计入（非三有）",
                    tone: record.isInPopulation ? "warn" : "neutral", href: nil)
            }
        let thresholds = content.config.thresholds
        let double: EnterprisePage.Status =
            switch standing.doubleStandard {
            case .met: EnterprisePage.Status(label: "双达标", value: "达标", tone: "good", href: nil)
            case .notMet(let rates):
                EnterprisePage.Status(
                    label: "双达标",
                    value: "未达标："
                        + rates.map {
                            $0 == .memberPresence50
                                ? "从业人员\(thresholds.staffForMember)人以上但没有党员"
                                : "从业人员\(thresholds.staffForOrganisation)人以上但未建党组织"
                        }.joined(separator: "；"), tone: "bad", href: list(.uncounted(rates[0])))
            case .notApplicable:
                EnterprisePage.Status(
                    label: "双达标", value: "不适用（从业人员不足\(thresholds.staffForMember)人）", tone: "neutral", href: nil)
            case .unknown: EnterprisePage.Status(label: "双达标", value: "无法判断（数据缺失）", tone: "warn", href: nil)
            case .outsidePopulation: EnterprisePage.Status(label: "双达标", value: "不计入（非三有）", tone: "neutral", href: nil)
            }
        return (
            [covered(.organisationCoverage, "组织覆盖"), covered(.workCoverage, "工作覆盖"), due, double], verdicts
        )
    }

    /// Why a firm is outside a rate's denominator, in words, from its own row.
    func outsideReason(_ rate: RateIndicator, _ record: EnterpriseRecord) -> String? {
        let thresholds = content.config.thresholds
        let staff = record.staff.map { "从业人员 \($0) 人" } ?? ""
        switch rate {
        case .eligibleFormationRate:
            return "正式党员 \(record.fullMembers ?? 0) 名，不足 \(thresholds.fullMembersForOrganisation) 名"
        case .memberPresence50: return "\(staff)，不足 \(thresholds.staffForMember) 人"
        case .organisationPresence100, .ownOrganisationPresence100:
            return "\(staff)，不足 \(thresholds.staffForOrganisation) 人"
        case .aboveSizeOwnOrganisationRate: return "非规上企业"
        case .instructorAssignment: return "已有党组织（\(record.mode?.rawValue ?? "—")），不属未建企业"
        case .sixHavesRate: return "未单独或联合组建党组织（\(record.mode?.rawValue ?? "—")）"
        default: return nil
        }
    }

    /// The joint branch of an enterprise-year with its member firms, the holder first.
    func jointBranch(of key: EnterpriseKey, record: EnterpriseRecord, from page: PlannedPage)
        -> EnterprisePage.JointBranch?
    {
        guard let id = rollup.jointBranches.branch(of: record.key, year: record.year) else { return nil }
        let links = links(page)
        let holder = rollup.jointBranches.holder(of: id, year: record.year)
        let partners = rollup.jointBranches.members(of: id, year: record.year).map { member in
            let row = rollup.enterprises[member]?.record(in: record.year)
            return EnterprisePage.Partner(
                name: row?.name ?? member.name, href: links.enterprise(member),
                township: regionName(row?.regionCode ?? member.regionCode),
                fullMembers: format.optional(row?.fullMembers), isHolder: member == holder, isSelf: member == key)
        }.sorted { ($0.isHolder ? 0 : 1, $0.name) < ($1.isHolder ? 0 : 1, $1.name) }
        return EnterprisePage.JointBranch(
            id: id.hasPrefix("name:") || id.hasPrefix("firm:") ? "未填编号" : id,
            organisationName: record.organisationName ?? "—",
            holder: partners.first { $0.isHolder }?.name ?? "—", partners: partners, count: partners.count)
    }

    /// 从业人员, 正式党员 and 预备党员 of an enterprise over the years of its rows; nil for one year.
    func enterpriseCountTrend(_ history: EnterpriseHistory) -> String? {
        let records = history.records
        guard records.count > 1, let first = records.first, let last = records.last else { return nil }
        let years = Array(first.year...last.year)
        func values(_ path: KeyPath<EnterpriseRecord, Int?>) -> [Int?] {
            years.map { year in history.record(in: year)?[keyPath: path] }
        }
        func change(_ path: KeyPath<EnterpriseRecord, Int?>, _ label: String, _ unit: String) -> String {
            "\(label)\(format.optional(first[keyPath: path]))\(unit)到\(format.optional(last[keyPath: path]))\(unit)"
        }
        let chart = CountTrendChart(
            title: "\(last.name)\(first.year)—\(last.year)年从业人员和党员",
            summary: "\(first.year)年至\(last.year)年，"
                + [
                    change(\.staff, "从业人员由", "人"), change(\.fullMembers, "正式党员由", "名"),
                    change(\.probationaryMembers, "预备党员由", "名"),
                ].joined(separator: "，") + "。",
            years: years,
            series: [
                CountSeries(name: "从业人员", unit: "人", values: values(\.staff)),
                CountSeries(name: "正式党员", unit: "名", values: values(\.fullMembers)),
                CountSeries(name: "预备党员", unit: "名", values: values(\.probationaryMembers)),
            ])
        // Drawn once, the panels stacked, for every screen (at most 440 px wide, so its text reads
        // the same on a phone and a desktop): an enterprise page is the most numerous page of a
        // site (perf: a wide and a narrow drawing were a fifth of a city's build and 160 MB).
        return inline(ChartRenderer.countTrend(chart, width: 360, panelHeight: 130))
    }
}
