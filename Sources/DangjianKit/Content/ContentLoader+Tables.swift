import Foundation

extension ContentLoader {
    /// The most levels the tree may have, the root included: 省/市/县/乡镇/村 fit easily, and a
    /// chain thousands of levels deep (a mistake) is stopped before it reaches any page.
    static let maximumRegionLevels = 8

    /// Reads data/regions.csv and checks the tree: unique codes, known parents, no loop, the root
    /// present (reported at `rootLocation`, its line in site.yaml), at most `maximumRegionLevels`.
    func loadRegions(rootCode: String?, rootLocation: SourceLocation? = nil, log: inout DiagnosticLog) -> [Region] {
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
            // Codes become folder names (regions/<code>/): letters, digits, "-" and "_" only.
            if !code.unicodeScalars.allSatisfy({
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_")
            }) {
                parser.log.error("区划代码“\(code)”只能包含英文字母、数字、“-”和“_”（它会成为网页路径）", at: row[RegionColumns.code]!.location)
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
        var parents: [String: String] = [:]
        var detached: Set<String> = []
        for region in regions {
            if let parent = region.parentCode, seen[parent] == nil {
                parser.log.error("“上级代码”“\(parent)”在区划表中不存在（区划“\(region.name)”）", at: region.location)
                detached.insert(region.code)
            }
            parents[region.code] = region.parentCode
        }
        detached.formUnion(loopMembers(regions, parents: parents, log: &parser.log))
        regions = hangingUnderRoot(regions, detached, rootCode: rootCode)
        if let rootCode, !regions.isEmpty, seen[rootCode] == nil {
            let named = regions.first { $0.name == rootCode || $0.aliases.contains(rootCode) }
            let hint = named.map { "：“\(rootCode)”是区划名称，root_region 应填它的代码“\($0.code)”" } ?? ""
            parser.log.error(
                "root_region“\(rootCode)”在区划表 \(table.file) 中不存在\(hint)",
                at: rootLocation ?? SourceLocation(file: table.file))
        } else if let rootCode {
            checkDepth(regions, rootCode: rootCode, log: &parser.log)
        }
        log.merge(parser.log)
        return regions
    }

    /// Reports each loop of 上级代码 once (a region that is its own ancestor would make every
    /// roll-up walk forever) and returns the regions of the loops. Each region is walked once, so
    /// a long chain costs no more than a short one.
    private func loopMembers(_ regions: [Region], parents: [String: String], log: inout DiagnosticLog) -> Set<String> {
        var byCode: [String: Region] = [:]
        for region in regions where byCode[region.code] == nil { byCode[region.code] = region }
        var finished: Set<String> = []
        var looped: Set<String> = []
        for region in regions where !finished.contains(region.code) {
            var path: [String] = []
            var onPath: [String: Int] = [:]
            var current: String? = region.code
            while let code = current, !finished.contains(code), byCode[code] != nil {
                if let start = onPath[code] {
                    let loop = Array(path[start...])
                    looped.formUnion(loop)
                    // Named from the member that comes first in the file, where the error is shown.
                    let first = loop.indices.min { byCode[loop[$0]]!.location.line < byCode[loop[$1]]!.location.line }!
                    let names = (loop[first...] + loop[..<first]).map { byCode[$0]!.name }
                    log.error(
                        "区划的“上级代码”形成循环：\((names + [names[0]]).joined(separator: " → "))",
                        at: byCode[loop[first]]!.location)
                    break
                }
                onPath[code] = path.count
                path.append(code)
                current = parents[code]
            }
            finished.formUnion(path)
        }
        return looped
    }

    /// The regions with those of `detached` (in a loop, or under an unknown parent: already an
    /// error, which stops the build) hung under the root, so that the rows naming them are not
    /// reported again as lying outside the tree.
    private func hangingUnderRoot(_ regions: [Region], _ detached: Set<String>, rootCode: String?) -> [Region] {
        guard !detached.isEmpty else { return regions }
        let knownRoot = rootCode.flatMap { root in regions.contains { $0.code == root } ? root : nil }
        return regions.map { region in
            guard detached.contains(region.code) else { return region }
            return Region(
                code: region.code, name: region.name, level: region.level,
                parentCode: region.code == knownRoot ? nil : knownRoot,
                aliases: region.aliases, order: region.order, location: region.location)
        }
    }

    /// Reports the first region (in file order) more than `maximumRegionLevels` below the root, once.
    private func checkDepth(_ regions: [Region], rootCode: String, log: inout DiagnosticLog) {
        var children: [String: [String]] = [:]
        for region in regions {
            if let parent = region.parentCode { children[parent, default: []].append(region.code) }
        }
        var level: [String: Int] = [rootCode: 1]
        var pending = [rootCode]
        var deepest = 1
        while let code = pending.popLast() {
            for child in children[code] ?? [] where level[child] == nil {
                level[child] = level[code]! + 1
                deepest = max(deepest, level[child]!)
                pending.append(child)
            }
        }
        let limit = Self.maximumRegionLevels
        guard deepest > limit, let first = regions.first(where: { (level[$0.code] ?? 0) > limit }) else { return }
        let rootName = regions.first { $0.code == rootCode }?.name ?? rootCode
        log.error(
            "区划层级过深：“\(first.name)”在根区划“\(rootName)”之下第 \(level[first.code]!) 层，最多允许 \(limit) 层（最长的一条“上级代码”链共 \(deepest) 层）：请检查“上级代码”是否填错",
            at: first.location)
    }

    /// Reads every data/enterprises*.csv, resolving townships and rejecting duplicates within a year.
    func loadEnterprises(
        directory: RegionDirectory, regions: [Region], aliases: EnterpriseAliases, excelSheet: String?,
        log: inout DiagnosticLog
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
        var writtenNames: [WrittenName] = []
        var firstRow: [String: SourceLocation] = [:]
        // Files are decoded and parsed in parallel (one a core); their rows are then read in file
        // order, so duplicates are reported against the first file as before.
        let tables = readTables(urls, columns: EnterpriseColumns.all, sheet: excelSheet)
        for (url, result) in zip(urls, tables) {
            guard let table = logged(result, file: url, log: &log) else { continue }
            var reader = EnterpriseRowReader(directory: directory, leafCodes: leafCodes, aliases: aliases)
            var totals = TotalRowCheck()
            for row in table.rows {
                if totals.isTotalRow(row) {
                    totals.compare(row, parser: &reader.parser)
                    continue
                }
                guard let record = reader.record(from: row) else { continue }
                let duplicateKey = "\(record.year)|\(record.key.identity)"
                if let earlier = firstRow[duplicateKey] {
                    reader.parser.log.error(
                        "\(record.year) 年度企业“\(record.name)”重复：与 \(earlier.file) 第 \(earlier.line) 行是同一企业",
                        at: record.location)
                    continue
                }
                firstRow[duplicateKey] = record.location
                totals.add(record)
                records.append(record)
            }
            log.merge(reader.parser.log)
            writtenNames += reader.writtenNames
        }
        for diagnostic in aliases.check(writtenNames) { log.report(diagnostic) }
        for diagnostic in EnterpriseConsistencyCheck(records: records).warnings() { log.report(diagnostic) }
        return records
    }

    /// Reads data/published.csv when present.
    func loadPublished(directory: RegionDirectory, log: inout DiagnosticLog) -> [PublishedFigure] {
        guard let table = optionalTable("data/published.csv", columns: PublishedColumns.all, log: &log) else {
            return []
        }
        var parser = CellParser()
        var figures: [PublishedFigure] = []
        for row in table.rows {
            let year = parser.year(row, PublishedColumns.year)
            guard let region = parser.requiredText(row, PublishedColumns.region),
                let label = parser.requiredText(row, PublishedColumns.indicator),
                let valueCell = row[PublishedColumns.value], let year
            else { continue }
            guard let code = directory.code(for: region) else {
                parser.log.error(
                    directory.unknownMessage(column: "区划", label: region), at: row[PublishedColumns.region]!.location)
                continue
            }
            guard let measure = PublishedFigure.Measure.parse(label) else {
                parser.log.error(
                    "“指标”的值“\(label)”无法识别：应为指标编号（I1…I9、I6b）、指标名称（如 组织覆盖率）或计数（企业数、党组织数、正式党员、预备党员、发展党员、应建未建）",
                    at: row[PublishedColumns.indicator]!.location)
                continue
            }
            if CellParser.isPlaceholder(valueCell.value) {
                parser.log.warning("“数值”为空或占位符“\(valueCell.value)”，该行不核对", at: valueCell.location)
                continue
            }
            guard let number = PublishedNumber.parse(valueCell.value, isRate: measure.isRate) else {
                parser.log.error("“数值”应为数字（可带 % 或 ％），实际为“\(valueCell.value)”", at: valueCell.location)
                continue
            }
            figures.append(
                PublishedFigure(
                    regionCode: code, year: year, measure: measure, text: valueCell.value, scaled: number.scaled,
                    decimals: number.decimals, location: valueCell.location))
        }
        log.merge(parser.log)
        return figures
    }

    /// Reads data/aliases.csv when present: other names of an enterprise (别名 → 企业名称), optionally per township.
    func loadEnterpriseAliases(directory: RegionDirectory, log: inout DiagnosticLog) -> EnterpriseAliases {
        guard let table = optionalTable("data/aliases.csv", columns: AliasColumns.all, log: &log) else {
            return EnterpriseAliases()
        }
        var aliases = EnterpriseAliases()
        var parser = CellParser()
        for row in table.rows {
            guard let name = parser.requiredText(row, AliasColumns.name),
                let alias = parser.requiredText(row, AliasColumns.alias)
            else { continue }
            var regionCode: String?
            if let township = parser.text(row, AliasColumns.township) {
                regionCode = directory.code(for: township)
                if regionCode == nil {
                    parser.log.error(
                        directory.unknownMessage(column: "乡镇", label: township),
                        at: row[AliasColumns.township]!.location)
                    continue
                }
            }
            for part in alias.split(whereSeparator: { $0 == ";" || $0 == "；" }) {
                let text = part.trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty, text != name else { continue }
                aliases.add(
                    .init(alias: text, name: name, regionCode: regionCode, location: row[AliasColumns.alias]!.location),
                    log: &parser.log)
            }
        }
        log.merge(parser.log)
        return aliases
    }

    /// Reads data/honors.csv when present.
    func loadHonors(directory: RegionDirectory, aliases: EnterpriseAliases, log: inout DiagnosticLog) -> [Honor] {
        guard let table = optionalTable("data/honors.csv", columns: HonorColumns.all, log: &log) else { return [] }
        var parser = CellParser()
        var honors: [Honor] = []
        for row in table.rows {
            let year = parser.year(row, HonorColumns.year)
            let category = parser.choice(row, HonorColumns.category, as: HonorCategory.self)
            let honoree = parser.requiredText(row, HonorColumns.honoree)
            var regionCode: String?
            if let township = parser.text(row, HonorColumns.township) {
                regionCode = directory.code(for: township)
                if regionCode == nil {
                    parser.log.error(
                        directory.unknownMessage(column: "乡镇", label: township),
                        at: row[HonorColumns.township]!.location)
                }
            }
            guard let year, let category, let honoree else { continue }
            let photo = honorPhoto(row, log: &parser.log)
            var honor = Honor(
                year: year, category: category, level: parser.choice(row, HonorColumns.level, as: HonorLevel.self),
                honoree: honoree, kind: parser.choice(row, HonorColumns.kind, as: HonoreeKind.self),
                enterpriseName: parser.text(row, HonorColumns.enterprise).map {
                    aliases.canonical($0, regionCode: regionCode ?? "")
                }, regionCode: regionCode,
                awardedBy: parser.text(row, HonorColumns.awardedBy),
                documentNumber: parser.text(row, HonorColumns.documentNumber),
                citation: parser.text(row, HonorColumns.citation), photo: photo?.path, location: row.location)
            honor.photoSize = photo?.size
            honor.creditCode = parser.optionalText(row, HonorColumns.creditCode)?.uppercased()
            honors.append(honor)
        }
        log.merge(parser.log)
        for warning in friendHonorWarnings(honors, table: table) { log.report(warning) }
        return honors
    }

    /// The 照片 of an honor row as a path under static/ (a leading `static/` is accepted) with its
    /// pixel size; nil, with a warning at the cell, when it is unsafe, names no file there or is
    /// not a PNG or JPEG image.
    func honorPhoto(_ row: TableRow, log: inout DiagnosticLog) -> (path: String, size: ImageSize)? {
        guard let cell = row[HonorColumns.photo], !CellParser.isPlaceholder(cell.value) else { return nil }
        var path = cell.value.replacingOccurrences(of: "\\", with: "/")
        if path.hasPrefix("static/") { path.removeFirst("static/".count) }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.contains(":") || path.hasPrefix("/") || parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." })
        {
            log.warning(
                "“照片”的值“\(cell.value)”不是 static/ 目录中的相对路径（不能是网址、绝对路径或含“..”），不显示照片",
                at: cell.location)
            return nil
        }
        let staticRoot = contentDirectory.appendingPathComponent("static")
        let url = staticRoot.appendingPathComponent(path)
        if FilePaths.kind(of: url) == .symbolicLink, let problem = linkProblem(url) {
            log.warning("“照片”“\(cell.value)”\(problem)，不显示照片", at: cell.location)
            return nil
        }
        guard FilePaths.kind(of: url.resolvingSymlinksInPath()) == .file else {
            let known = walkNames(staticRoot)
            let hint = NameSuggestions.closest(to: path, among: known).map { "“\($0)”" }.joined(separator: "、")
            log.warning(
                "“照片”“\(cell.value)”在 static/ 目录中找不到，不显示照片" + (hint.isEmpty ? "" : "；是否是：\(hint)"),
                at: cell.location)
            return nil
        }
        guard let data = try? Data(contentsOf: url), let size = ImageSize(data: data) else {
            log.warning("“照片”“\(cell.value)”不是可识别的 PNG 或 JPEG 图片，不显示照片", at: cell.location)
            return nil
        }
        return (path, size)
    }

    /// The relative paths of the files under a folder, for suggestions; nothing is reported.
    private func walkNames(_ root: URL) -> [String] {
        var ignored = DiagnosticLog()
        return walk(root, log: &ignored)
    }

    /// 优秀党建之友 goes to non-members: a recipient recorded as a member (政治面貌), or honored as a
    /// member elsewhere in the roll, is a warning.
    func friendHonorWarnings(_ honors: [Honor], table: Table) -> [Diagnostic] {
        let memberCategories: Set<HonorCategory> = [.outstandingMember, .outstandingWorker]
        let members = Set(
            honors.filter { memberCategories.contains($0.category) && $0.kind != .organisation }.map(\.honoree))
        var statusByLine: [Int: String] = [:]
        for row in table.rows {
            if let status = row[HonorColumns.politicalStatus]?.value { statusByLine[row.location.line] = status }
        }
        return honors.filter { $0.category == .friendOfPartyBuilding }.compactMap { honor in
            let status = statusByLine[honor.location.line] ?? ""
            if status.contains("党员") || status == "是" {
                return .warning(
                    "“优秀党建之友”应授予非党员，但“\(honor.honoree)”的“政治面貌”为“\(status)”", at: honor.location)
            }
            if members.contains(honor.honoree) {
                return .warning(
                    "“优秀党建之友”应授予非党员，但“\(honor.honoree)”在光荣榜中另以党员身份受表彰（优秀共产党员或优秀党务工作者）",
                    at: honor.location)
            }
            return nil
        }
    }
}
