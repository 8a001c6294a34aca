import Foundation

extension ContentLoader {
    /// Reads data/regions.csv and checks the tree: unique codes, known parents, the root present.
    func loadRegions(rootCode: String?, log: inout DiagnosticLog) -> [Region] {
        let url = contentDirectory.appendingPathComponent("data/regions.csv")
        guard FileManager.default.fileExists(atPath: url.path) else {
            log.error("缺少区划表 data/regions.csv", at: SourceLocation(file: displayPath(url)))
            return []
        }
        guard let table = readTable(url, columns: RegionColumns.all, log: &log) else { return [] }
        var parser = CellParser()
        var regions: [Region] = []
        var seen: [String: SourceLocation] = [:]
        for row in table.rows {
            guard let code = parser.requiredText(row, RegionColumns.code),
                let name = parser.requiredText(row, RegionColumns.name)
            else { continue }
            guard let level = parser.choice(row, RegionColumns.level, as: RegionLevel.self) else {
                if parser.text(row, RegionColumns.level) == nil {
                    parser.log.error("“层级”不能为空", at: row.location)
                }
                continue
            }
            if let earlier = seen[code] {
                parser.log.error("区划代码“\(code)”重复，已在第 \(earlier.line) 行定义", at: row[RegionColumns.code]!.location)
                continue
            }
            seen[code] = row.location
            let aliases = (parser.text(row, RegionColumns.aliases) ?? "")
                .split(whereSeparator: { $0 == ";" || $0 == "；" })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            regions.append(
                Region(
                    code: code, name: name, level: level, parentCode: parser.text(row, RegionColumns.parent),
                    aliases: aliases, order: parser.count(row, RegionColumns.order) ?? regions.count + 1,
                    location: row.location))
        }
        for region in regions {
            if let parent = region.parentCode, seen[parent] == nil {
                parser.log.error("“上级代码”“\(parent)”在区划表中不存在（区划“\(region.name)”）", at: region.location)
            }
        }
        if let rootCode, !regions.isEmpty, seen[rootCode] == nil {
            parser.log.error("site.yaml 的 root_region“\(rootCode)”在区划表中不存在", at: SourceLocation(file: table.file))
        }
        log.merge(parser.log)
        return regions
    }

    /// Reads every data/enterprises*.csv, resolving townships and rejecting duplicates within a year.
    func loadEnterprises(
        directory: RegionDirectory, regions: [Region], excelSheet: String?, log: inout DiagnosticLog
    ) -> [EnterpriseRecord] {
        let urls = files(in: "data") { name in
            let lowercased = name.lowercased()
            return (lowercased.hasPrefix("enterprises") && lowercased.hasSuffix(".csv"))
                || (lowercased.hasSuffix(".xlsx") && !name.hasPrefix("~$"))
        }
        if urls.isEmpty {
            log.error(
                "没有找到企业年度数据：data/ 下应有 enterprises*.csv 或 .xlsx 文件",
                at: SourceLocation(file: displayPath(contentDirectory.appendingPathComponent("data"))))
        }
        let leafCodes = Set(regions.map(\.code)).subtracting(regions.compactMap(\.parentCode))
        var records: [EnterpriseRecord] = []
        var firstRow: [String: SourceLocation] = [:]
        for url in urls {
            guard let table = readTable(url, columns: EnterpriseColumns.all, sheet: excelSheet, log: &log) else {
                continue
            }
            var reader = EnterpriseRowReader(directory: directory, leafCodes: leafCodes)
            for row in table.rows {
                guard let record = reader.record(from: row) else { continue }
                let duplicateKey = "\(record.year)|\(record.key.identity)"
                if let earlier = firstRow[duplicateKey] {
                    reader.parser.log.error(
                        "\(record.year) 年度企业“\(record.name)”重复：与 \(earlier.file) 第 \(earlier.line) 行是同一企业",
                        at: record.location)
                    continue
                }
                firstRow[duplicateKey] = record.location
                records.append(record)
            }
            log.merge(reader.parser.log)
        }
        return records
    }

    /// Reads data/honors.csv when present.
    func loadHonors(directory: RegionDirectory, log: inout DiagnosticLog) -> [Honor] {
        let url = contentDirectory.appendingPathComponent("data/honors.csv")
        guard FileManager.default.fileExists(atPath: url.path),
            let table = readTable(url, columns: HonorColumns.all, log: &log)
        else { return [] }
        var parser = CellParser()
        var honors: [Honor] = []
        for row in table.rows {
            let year = parser.count(row, HonorColumns.year)
            let category = parser.choice(row, HonorColumns.category, as: HonorCategory.self)
            let honoree = parser.requiredText(row, HonorColumns.honoree)
            var regionCode: String?
            if let township = parser.text(row, HonorColumns.township) {
                regionCode = directory.code(for: township)
                if regionCode == nil {
                    let hint = directory.suggestions(for: township).map { "“\($0)”" }.joined(separator: "、")
                    parser.log.error(
                        "“乡镇”的值“\(township)”在区划表中找不到" + (hint.isEmpty ? "" : "，是否是：\(hint)"),
                        at: row[HonorColumns.township]!.location)
                }
            }
            guard let year, let category, let honoree else {
                if year == nil && parser.text(row, HonorColumns.year) == nil {
                    parser.log.error("“年度”不能为空", at: row.location)
                }
                continue
            }
            honors.append(
                Honor(
                    year: year, category: category, level: parser.choice(row, HonorColumns.level, as: HonorLevel.self),
                    honoree: honoree, kind: parser.choice(row, HonorColumns.kind, as: HonoreeKind.self),
                    enterpriseName: parser.text(row, HonorColumns.enterprise), regionCode: regionCode,
                    awardedBy: parser.text(row, HonorColumns.awardedBy),
                    documentNumber: parser.text(row, HonorColumns.documentNumber),
                    citation: parser.text(row, HonorColumns.citation), photo: parser.text(row, HonorColumns.photo),
                    location: row.location))
        }
        log.merge(parser.log)
        return honors
    }
}

/// Turns one row of an enterprises table into an `EnterpriseRecord`, reporting every bad cell.
struct EnterpriseRowReader {
    let directory: RegionDirectory
    /// Codes of regions without children: the townships enterprises belong to.
    let leafCodes: Set<String>
    var parser = CellParser()

    mutating func record(from row: TableRow) -> EnterpriseRecord? {
        typealias C = EnterpriseColumns
        let year = parser.count(row, C.year)
        let name = parser.requiredText(row, C.name)
        let regionCode = township(row)
        let stars = parser.count(row, C.stars)
        if let stars, stars > 5, let cell = row[C.stars] {
            parser.log.error("“星级”应在 0 到 5 之间，实际为“\(cell.value)”", at: cell.location)
        }
        let record = EnterpriseRecord(
            year: year ?? 0, name: name ?? "", creditCode: parser.text(row, C.creditCode)?.uppercased(),
            regionCode: regionCode ?? "",
            category: parser.choice(row, C.category, as: OrganisationCategory.self),
            industry: parser.text(row, C.industry), isActive: parser.flag(row, C.active),
            isAboveSize: parser.flag(row, C.aboveSize), staff: parser.count(row, C.staff),
            fullMembers: parser.count(row, C.fullMembers),
            probationaryMembers: parser.count(row, C.probationaryMembers),
            activists: parser.count(row, C.activists), recruited: parser.count(row, C.recruited),
            mode: parser.choice(row, C.mode, as: FormationMode.self),
            organisationName: parser.text(row, C.organisationName),
            organisationType: parser.choice(row, C.organisationType, as: OrganisationType.self),
            jointOrganisationID: parser.text(row, C.jointID), instructor: parser.text(row, C.instructor),
            stars: stars.flatMap { $0 <= 5 ? $0 : nil }, meetsSixHaves: parser.flag(row, C.sixHaves),
            note: parser.text(row, C.note),
            extraColumns: row.extraCells.filter { !$0.header.isEmpty && !$0.cell.value.isEmpty }
                .map { ExtraColumn(header: $0.header, value: $0.cell.value) },
            location: row.location)
        if year == nil, parser.text(row, C.year) == nil {
            parser.log.error("“年度”不能为空", at: row[C.year]?.location ?? row.location)
        }
        if let year, !(1949...2100).contains(year), let cell = row[C.year] {
            parser.log.error("“年度”的值“\(cell.value)”不是有效年份", at: cell.location)
            return nil
        }
        guard year != nil, name != nil, regionCode != nil else { return nil }
        return record
    }

    /// The township code of a row: by code, name or alias; unknown names get suggestions.
    private mutating func township(_ row: TableRow) -> String? {
        guard let label = parser.requiredText(row, EnterpriseColumns.township),
            let cell = row[EnterpriseColumns.township]
        else { return nil }
        if let code = directory.code(for: label) {
            if leafCodes.contains(code) { return code }
            parser.log.error("“乡镇”的值“\(label)”是上级区划，企业应归属到乡镇、街道或园区", at: cell.location)
            return nil
        }
        let hint = directory.suggestions(for: label).map { "“\($0)”" }.joined(separator: "、")
        parser.log.error(
            "“乡镇”的值“\(label)”在区划表中找不到（按代码、名称和别名查找）" + (hint.isEmpty ? "" : "，是否是：\(hint)"),
            at: cell.location)
        return nil
    }
}
