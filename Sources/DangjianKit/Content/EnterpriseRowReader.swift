/// Turns one row of an enterprises table into an `EnterpriseRecord`, reporting every bad cell.
struct EnterpriseRowReader {
    let directory: RegionDirectory
    /// Codes of regions without children: the townships enterprises belong to.
    let leafCodes: Set<String>
    let aliases: EnterpriseAliases
    var parser = CellParser()
    /// The names as the rows wrote them, before aliases, for `EnterpriseAliases.check`.
    var writtenNames: [WrittenName] = []

    init(directory: RegionDirectory, leafCodes: Set<String>, aliases: EnterpriseAliases = EnterpriseAliases()) {
        self.directory = directory
        self.leafCodes = leafCodes
        self.aliases = aliases
    }

    mutating func record(from row: TableRow) -> EnterpriseRecord? {
        typealias C = EnterpriseColumns
        let year = parser.year(row, C.year)
        let writtenName = parser.requiredText(row, C.name)
        let regionCode = township(row)
        let name = writtenName.map { aliases.canonical($0, regionCode: regionCode ?? "") }
        if let writtenName, let regionCode, let year {
            let credit = parser.optionalText(row, C.creditCode)?.uppercased()
            writtenNames.append(
                WrittenName(
                    text: writtenName, year: year, regionCode: regionCode, creditCode: credit, location: row.location))
        }
        let staff = requiredCount(row, C.staff)
        let fullMembers = requiredCount(row, C.fullMembers)
        let probationary = parser.count(row, C.probationaryMembers)
        let mode = parser.choice(row, C.mode, as: FormationMode.self)
        if row[C.mode] != nil, parser.text(row, C.mode) == nil {
            parser.log.warning("“组建方式”为空，按缺失处理：涉及组建方式的指标不计入该企业", at: row[C.mode]!.location)
        }
        let record = EnterpriseRecord(
            year: year ?? 0, name: name ?? "", creditCode: parser.optionalText(row, C.creditCode)?.uppercased(),
            regionCode: regionCode ?? "",
            category: parser.choice(row, C.category, as: OrganisationCategory.self),
            industry: parser.text(row, C.industry), isActive: parser.flag(row, C.active),
            isAboveSize: parser.flag(row, C.aboveSize), staff: staff, fullMembers: fullMembers,
            probationaryMembers: probationary, activists: parser.count(row, C.activists),
            recruited: parser.count(row, C.recruited), mode: mode,
            organisationName: parser.optionalText(row, C.organisationName),
            organisationType: parser.choice(row, C.organisationType, as: OrganisationType.self),
            jointOrganisationID: parser.optionalText(row, C.jointID),
            instructor: parser.optionalText(row, C.instructor),
            stars: stars(row), meetsSixHaves: parser.flag(row, C.sixHaves), note: parser.text(row, C.note),
            extraColumns: row.extraCells.filter { !$0.header.isEmpty && !$0.cell.value.isEmpty }
                .map { ExtraColumn(header: $0.header, value: $0.cell.value) },
            location: row.location)
        guard year != nil, name != nil, regionCode != nil else { return nil }
        checkPlausibility(record, row)
        return record
    }

    /// A count that every row should have: an empty cell is a warning, and the value is missing.
    private mutating func requiredCount(_ row: TableRow, _ column: TableColumn) -> Int? {
        if let cell = row[column], cell.value.isEmpty {
            parser.log.warning(
                "“\(column.name)”为空，按缺失处理（不计为 0）：需要该项的指标不计入该企业", at: cell.location)
            return nil
        }
        return parser.count(row, column)
    }

    /// 星级 0–5; a value outside is a warning and counts as missing.
    private mutating func stars(_ row: TableRow) -> Int? {
        guard let stars = parser.count(row, EnterpriseColumns.stars) else { return nil }
        if stars > 5, let cell = row[EnterpriseColumns.stars] {
            parser.log.warning("“星级”应在 0 到 5 之间，实际为“\(cell.value)”，按缺失处理", at: cell.location)
            return nil
        }
        return stars
    }

    /// Figures that contradict each other are flagged, never corrected.
    private mutating func checkPlausibility(_ record: EnterpriseRecord, _ row: TableRow) {
        typealias C = EnterpriseColumns
        if let staff = record.staff, let full = record.fullMembers,
            full + (record.probationaryMembers ?? 0) > staff
        {
            parser.log.warning(
                "“正式党员”+“预备党员”（\(full + (record.probationaryMembers ?? 0))）大于“从业人员”（\(staff)），请核实",
                at: row[C.fullMembers]?.location ?? row.location)
        }
        if record.mode == .own, let full = record.fullMembers, full < 3 {
            parser.log.warning(
                "“组建方式”为“单独组建”，但“正式党员”只有 \(full) 名（单独组建需 3 名以上正式党员），请核实",
                at: row[C.mode]?.location ?? row.location)
        }
    }

    /// The township code of a row: by code, name or alias (within the row's 区县 when the name
    /// repeats in several counties); unknown names get suggestions.
    private mutating func township(_ row: TableRow) -> String? {
        guard let label = parser.requiredText(row, EnterpriseColumns.township),
            let cell = row[EnterpriseColumns.township]
        else { return nil }
        var code = directory.code(for: label)
        if code == nil, let county = parser.text(row, EnterpriseColumns.county) {
            code = directory.code(for: label, within: county)
            if code == nil, directory.code(for: county) == nil {
                parser.log.error(
                    directory.unknownMessage(column: "区县", label: county), at: row[EnterpriseColumns.county]!.location)
                return nil
            }
        }
        if let code {
            if leafCodes.contains(code) { return code }
            parser.log.error("“乡镇”的值“\(label)”是上级区划，企业应归属到乡镇、街道或园区", at: cell.location)
            return nil
        }
        parser.log.error(directory.unknownMessage(column: "乡镇", label: label), at: cell.location)
        return nil
    }
}

/// 合计 / 小计 / 总计 rows: not enterprises; their figures are compared with the sums of the rows above.
struct TotalRowCheck {
    /// The columns whose totals are compared.
    static let summed = [
        EnterpriseColumns.staff, EnterpriseColumns.fullMembers, EnterpriseColumns.probationaryMembers,
        EnterpriseColumns.activists, EnterpriseColumns.recruited,
    ]

    /// The largest figure a total row may state: a million enterprises at the per-row limit.
    static let totalLimit = CellParser.countLimit * 1_000_000

    /// Sums of the rows since the start of the file and since the last 小计, in the order of
    /// `summed`; nil once a value is missing.
    private var fileSums: [Int?] = Array(repeating: 0, count: summed.count)
    private var sectionSums: [Int?] = Array(repeating: 0, count: summed.count)

    /// Whether a row is a total row: its name, township or year cell is 合计, 小计 or 总计, alone, with
    /// a qualifier in brackets or after a colon (小计（溪口镇）, 合计：), or after a township (溪口镇小计).
    /// A firm whose name merely starts with those characters (小计算机科技有限公司) is not one.
    func isTotalRow(_ row: TableRow) -> Bool {
        [EnterpriseColumns.name, EnterpriseColumns.township, EnterpriseColumns.year].contains { column in
            // Every word ends in 计 (UTF-8 E8 AE A1): most cells have none, and are passed over
            // without the Character work below.
            guard let raw = row[column]?.value, raw.utf8.contains(0xA1), raw.contains("计") else { return false }
            let value = raw.filter { !$0.isWhitespace }
            return ["合计", "小计", "总计"].contains { word in
                value == word || value.hasSuffix(word)
                    || ["（", "(", "：", ":"].contains { value.hasPrefix(word + $0) }
            }
        }
    }

    /// Adds an enterprise's figures to the running sums.
    mutating func add(_ record: EnterpriseRecord) {
        let values = [
            record.staff, record.fullMembers, record.probationaryMembers, record.activists, record.recruited,
        ]
        for (index, value) in values.enumerated() {
            fileSums[index] = Self.plus(fileSums[index], value)
            sectionSums[index] = Self.plus(sectionSums[index], value)
        }
    }

    /// Compares a total row with the sums and reports each mismatch; a 小计 starts a new section.
    mutating func compare(_ row: TableRow, parser: inout CellParser) {
        let isSubtotal = [EnterpriseColumns.name, EnterpriseColumns.township, EnterpriseColumns.year].contains {
            row[$0]?.value.contains("小计") ?? false
        }
        let label = isSubtotal ? "小计" : "合计"
        let sums = isSubtotal ? sectionSums : fileSums
        for (index, column) in Self.summed.enumerated() {
            guard let cell = row[column], let stated = parser.count(row, column, limit: Self.totalLimit) else {
                continue
            }
            guard let computed = sums[index] else {
                parser.log.warning(
                    "\(label)行的“\(column.name)”为 \(stated)，但明细中有缺失值，无法核对", at: cell.location)
                continue
            }
            if stated != computed {
                parser.log.warning(
                    "\(label)行的“\(column.name)”为 \(stated)，按明细行计算为 \(computed)，两者不一致（\(label)行不计入数据，统计按明细计算）",
                    at: cell.location)
            }
        }
        if isSubtotal { sectionSums = Array(repeating: 0, count: Self.summed.count) }
    }

    private static func plus(_ sum: Int?, _ value: Int?) -> Int? {
        guard let sum, let value else { return nil }
        return sum + value
    }
}

/// Checks across rows and years: joint branches that cover too many firms, firms that vanish and return.
struct EnterpriseConsistencyCheck {
    let records: [EnterpriseRecord]

    /// The most firms one joint branch usually covers.
    static let jointBranchLimit = 5

    func warnings() -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        var jointGroups: [String: [EnterpriseRecord]] = [:]
        for record in records where record.mode == .joint {
            if let id = record.jointOrganisationID { jointGroups["\(record.year)|\(id)", default: []].append(record) }
        }
        for group in jointGroups.values where group.count > Self.jointBranchLimit {
            let first = group.min { ($0.location.file, $0.location.line) < ($1.location.file, $1.location.line) }!
            warnings.append(
                .warning(
                    "联合党组织“\(first.jointOrganisationID!)”在 \(first.year) 年覆盖 \(group.count) 家企业，超过通常的 \(Self.jointBranchLimit) 家，请核实（统计中仍按一个党组织计）",
                    at: first.location))
        }
        let years = Set(records.map(\.year))
        var byKey: [EnterpriseKey: [EnterpriseRecord]] = [:]
        for record in records { byKey[record.key, default: []].append(record) }
        for rows in byKey.values where rows.count > 1 {
            let sorted = rows.sorted { $0.year < $1.year }
            for (earlier, later) in zip(sorted, sorted.dropFirst()) {
                let missing = (earlier.year + 1..<later.year).filter { years.contains($0) }
                if !missing.isEmpty {
                    let gap = missing.map { "\($0)" }.joined(separator: "、")
                    warnings.append(
                        .warning(
                            "企业“\(later.name)”在 \(gap) 年的数据中没有出现，\(later.year) 年又出现，请核实是否漏报或名称不一致",
                            at: later.location))
                }
            }
        }
        return warnings
    }
}
