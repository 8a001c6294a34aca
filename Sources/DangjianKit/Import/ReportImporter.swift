import Foundation

/// `dangjian import`: turns Word files (.docx) and pasted text (.txt, .md) into reports under
/// `reports/`, with the outline as headings and a front matter filled from the document.
///
/// Every value guessed from the document (title, date, region, type) is reported so that the user
/// can check it; a value that can be neither found nor taken from a flag is an error naming the
/// flag. A batch writes all of its reports or none, and never replaces a report without `force`.
public struct ReportImporter: Sendable {
    /// Values given on the command line; nil means "find it in the document".
    public struct Flags: Sendable {
        /// `--region`: a region code or name.
        public var region: String?
        /// `--type`: 工作总结, 情况汇报, 述职 or 经验材料.
        public var type: String?
        /// `--date`: YYYY-MM-DD.
        public var date: String?
        /// `--visibility`: 内部 (the default) or 公开.
        public var visibility: String?
        /// `--force`: replace reports that exist.
        public var force = false

        /// Creates flags.
        public init(
            region: String? = nil, type: String? = nil, date: String? = nil, visibility: String? = nil,
            force: Bool = false
        ) {
            self.region = region
            self.type = type
            self.date = date
            self.visibility = visibility
            self.force = force
        }
    }

    /// One report ready to write.
    public struct ImportedReport: Sendable {
        /// The source file.
        public let source: URL
        /// The report's file name without extension.
        public let slug: String
        /// The Markdown file's text: front matter and body.
        public let markdown: String
        /// The pictures, written to `<slug>/` beside the report.
        public let images: [ImportedImage]
        /// What was guessed from the document, one line each, for the user to check.
        public let guesses: [String]
    }

    /// The content folder (for the region names of data/regions.csv).
    public let contentDirectory: URL
    /// The folder the reports are written to (content/reports).
    public let outputDirectory: URL
    /// The command line's values.
    public let flags: Flags

    /// Creates an importer.
    public init(contentDirectory: URL, outputDirectory: URL, flags: Flags) {
        self.contentDirectory = contentDirectory
        self.outputDirectory = outputDirectory
        self.flags = flags
    }

    /// Converts every file, then writes them all; throws every problem of every file and writes
    /// nothing when any is an error. Returns the reports written and the warnings.
    public func run(_ files: [URL]) throws(BuildFailure) -> (reports: [ImportedReport], warnings: [Diagnostic]) {
        var log = DiagnosticLog()
        let directory = regionDirectory(log: &log)
        var reports: [ImportedReport] = []
        var slugs: Set<String> = []
        for file in files {
            guard var report = convert(file, directory: directory, log: &log) else { continue }
            // Two documents of one batch with the same date, region and type get -2, -3 ….
            var slug = report.slug
            var suffix = 2
            while slugs.contains(slug) {
                slug = "\(report.slug)-\(suffix)"
                suffix += 1
            }
            slugs.insert(slug)
            if slug != report.slug {
                report = ImportedReport(
                    source: report.source, slug: slug, markdown: report.markdown, images: report.images,
                    guesses: report.guesses)
            }
            let target = outputDirectory.appendingPathComponent("\(slug).md")
            if FileManager.default.fileExists(atPath: target.path) && !flags.force {
                log.error(
                    "报告 \(target.path) 已存在；要替换它请加 --force", at: SourceLocation(file: file.path))
                continue
            }
            reports.append(report)
        }
        if log.hasErrors { throw BuildFailure(diagnostics: log.sorted) }
        try write(reports)
        return (reports, log.sorted)
    }
}

extension ReportImporter {
    /// The regions of the content folder, to find a report's region by name.
    func regionDirectory(log: inout DiagnosticLog) -> RegionDirectory? {
        let loader = ContentLoader(contentDirectory: contentDirectory)
        var ignored = DiagnosticLog()
        let config = loader.loadConfig(log: &ignored)
        let regions = loader.loadRegions(rootCode: config?.rootRegion, log: &ignored)
        guard !regions.isEmpty else {
            if flags.region == nil {
                log.warning(
                    "读不到 \(contentDirectory.path)/data/regions.csv，无法从文中识别所属区划",
                    at: SourceLocation(file: contentDirectory.path))
            }
            return nil
        }
        return RegionDirectory(regions: regions, rootCode: config?.rootRegion)
    }

    /// Reads one file and builds its report; nil (with the errors logged) when it cannot.
    func convert(_ file: URL, directory: RegionDirectory?, log: inout DiagnosticLog) -> ImportedReport? {
        let shown = file.path
        let location = SourceLocation(file: shown)
        var document: ImportedDocument
        do {
            switch file.pathExtension.lowercased() {
            case "docx": document = try DocxReader(file: shown).read(file)
            case "txt", "md", "markdown": document = try TextImportReader(file: shown).read(file)
            case "doc", "wps":
                log.error("不支持旧版 Word/WPS 格式（.\(file.pathExtension)）：请在 Word 或 WPS 中“另存为”.docx 后再导入", at: location)
                return nil
            default:
                log.error("只能导入 .docx、.txt 或 .md 文件", at: location)
                return nil
            }
        } catch {
            for diagnostic in error.diagnostics { log.report(diagnostic) }
            return nil
        }
        for warning in debris(in: document, file: shown) { log.report(warning) }
        var guesses: [String] = []
        let title = takeTitle(from: &document)
        if let title { guesses.append("标题：\(title)") }
        let date =
            flags.date
            ?? findDate(in: document).map {
                guesses.append("日期：\($0)（文末落款）")
                return $0
            }
        let region = resolveRegion(
            title: title, document: document, directory: directory, guesses: &guesses, log: &log, file: shown)
        let type =
            flags.type
            ?? guessType(title: title).map {
                guesses.append("类型：\($0)（从标题）")
                return $0
            }
        if title == nil { log.error("找不到标题：文档开头没有短的标题行", at: location) }
        if date == nil { log.error("找不到日期：文末没有“2024年12月10日”这样的落款，请加 --date YYYY-MM-DD", at: location) }
        if let date, !ContentLoader.isISODate(date) {
            log.error("--date 应为 YYYY-MM-DD，实际为“\(date)”", at: location)
        }
        if type == nil { log.error("无法从标题判断报告类型，请加 --type 工作总结|情况汇报|述职|经验材料", at: location) }
        if let type, ReportType(rawValue: type) == nil {
            log.error("--type 的值“\(type)”无法识别，应为：工作总结、情况汇报、述职、经验材料", at: location)
        }
        let visibility = flags.visibility ?? Visibility.internal.rawValue
        if Visibility(rawValue: visibility) == nil {
            log.error("--visibility 应为“内部”或“公开”", at: location)
        }
        guard let title, let date, let region, let type, let reportType = ReportType(rawValue: type) else { return nil }
        let slug = "\(date)-\(region)-\(Self.typeSlug(reportType))"
        let (body, warnings) = OutlineConverter(file: shown, imageFolder: slug).markdown(document)
        for warning in warnings { log.report(warning) }
        let front = """
            ---
            title: \(Self.yamlQuoted(title))
            date: \(date)
            region: "\(region)"
            type: \(type)
            visibility: \(visibility)
            ---


            """
        return ImportedReport(
            source: file, slug: slug, markdown: front + body, images: document.images, guesses: guesses)
    }

    /// The ASCII part of a report's file name for its type.
    static func typeSlug(_ type: ReportType) -> String {
        switch type {
        case .summary: "summary"
        case .briefing: "briefing"
        case .accountability: "duty-report"
        case .experience: "experience"
        }
    }

    /// A YAML double-quoted string.
    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The document's title: a paragraph in the Title style, else its first short line (no 。),
    /// removed from the body either way.
    func takeTitle(from document: inout ImportedDocument) -> String? {
        let index =
            document.blocks.firstIndex {
                if case .paragraph(let paragraph) = $0 { return paragraph.isTitle }
                return false
            }
            ?? document.blocks.indices.first.flatMap { first in
                guard case .paragraph(let paragraph) = document.blocks[first], paragraph.text.count <= 60,
                    !paragraph.text.contains("。"), OutlineConverter.outlineMarker(of: paragraph.text) == nil
                else { return nil }
                return first
            }
        guard let index, case .paragraph(let paragraph) = document.blocks[index] else { return nil }
        document.blocks.remove(at: index)
        return paragraph.text.replacingOccurrences(of: "\\", with: "")
    }

    /// The last lines of a document's text, where a signature (落款) stands.
    static func lastLines(of document: ImportedDocument, count: Int) -> [String] {
        let texts = document.blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let paragraph): [paragraph.text]
            case .markdown(let text): text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
            case .table, .image: []
            }
        }
        return Array(texts.suffix(count))
    }

    /// The date of the 落款 near the end: 2024年12月10日, 二〇二四年十二月十日 or 2024-12-10.
    func findDate(in document: ImportedDocument) -> String? {
        Self.lastLines(of: document, count: 6).reversed().lazy.compactMap(Self.isoDate(in:)).first
    }

    /// The first date written in a text, as YYYY-MM-DD.
    static func isoDate(in text: String) -> String? {
        let digits = CellParser.halfWidth(text)
        if let match = digits.firstMatch(of: /([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日/) {
            return format(Int(match.1), Int(match.2), Int(match.3))
        }
        if let match = digits.firstMatch(of: /([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})/) {
            return format(Int(match.1), Int(match.2), Int(match.3))
        }
        if let match = text.firstMatch(of: /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/) {
            let yearDigits: [Character: Character] = [
                "〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                "九": "9",
            ]
            let year = Int(String(match.1.compactMap { yearDigits[$0] }))
            return format(year, chineseNumber(String(match.2)), chineseNumber(String(match.3)))
        }
        return nil
    }

    private static func format(_ year: Int?, _ month: Int?, _ day: Int?) -> String? {
        guard let year, let month, let day, (1...12).contains(month), (1...31).contains(day) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// 一 … 三十一.
    static func chineseNumber(_ text: String) -> Int? {
        let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        if text == "十" { return 10 }
        if text.hasPrefix("十") { return 10 + (digits[text.last!] ?? 0) }
        if text.count == 3, text.dropFirst().first == "十" {
            return (digits[text.first!] ?? 0) * 10 + (digits[text.last!] ?? 0)
        }
        if text.count == 2, text.last == "十" { return (digits[text.first!] ?? 0) * 10 }
        return text.count == 1 ? digits[text.first!] : nil
    }

    /// The region: the flag, else the region whose name the title or the 落款 holds (the longest).
    func resolveRegion(
        title: String?, document: ImportedDocument, directory: RegionDirectory?, guesses: inout [String],
        log: inout DiagnosticLog, file: String
    ) -> String? {
        if let given = flags.region {
            guard let directory else { return given }
            if let code = directory.code(for: given) { return code }
            log.error(directory.unknownMessage(column: "--region", label: given), at: SourceLocation(file: file))
            return nil
        }
        let tail = Self.lastLines(of: document, count: 4)
        for (text, source) in [(title ?? "", "标题")] + tail.map({ ($0, "落款") }) {
            if let directory, let (label, code) = directory.longestName(in: text) {
                guesses.append("区划：\(label)（\(code)，从\(source)）")
                return code
            }
        }
        log.error("无法从标题或落款识别所属区划，请加 --region 区划代码", at: SourceLocation(file: file))
        return nil
    }

    /// The report type a title names.
    func guessType(title: String?) -> String? {
        guard let title else { return nil }
        if title.contains("述职") { return ReportType.accountability.rawValue }
        if title.contains("经验") || title.contains("做法") { return ReportType.experience.rawValue }
        if title.contains("汇报") || title.contains("情况报告") { return ReportType.briefing.rawValue }
        if title.contains("总结") { return ReportType.summary.rawValue }
        return nil
    }

    /// Web-page debris at the top or bottom of a pasted text: reported, never dropped.
    func debris(in document: ImportedDocument, file: String) -> [Diagnostic] {
        let paragraphs = document.blocks.compactMap { block -> ImportedParagraph? in
            if case .paragraph(let paragraph) = block { return paragraph }
            return nil
        }
        let edges = paragraphs.prefix(3) + paragraphs.suffix(4)
        let words = ["上一篇", "下一篇", "版权所有", "责任编辑", "打印本页", "关闭窗口", "来源：", "浏览次数", "电话："]
        var seen: Set<Int> = []
        return edges.compactMap { paragraph in
            guard seen.insert(paragraph.line).inserted,
                let word = words.first(where: { paragraph.text.contains($0) })
            else { return nil }
            return .warning(
                "这一行像是网页上复制来的附加内容（含“\(word)”），已原样保留；如不属于报告请删去",
                at: SourceLocation(file: file, line: paragraph.line, column: 1))
        }
    }

    /// Writes every report and its pictures; on a failure removes what this call wrote.
    func write(_ reports: [ImportedReport]) throws(BuildFailure) {
        var written: [URL] = []
        do {
            try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
            for report in reports {
                if !report.images.isEmpty {
                    let folder = outputDirectory.appendingPathComponent(report.slug)
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    for image in report.images {
                        let url = folder.appendingPathComponent(image.fileName)
                        try image.data.write(to: url)
                        written.append(url)
                    }
                }
                let url = outputDirectory.appendingPathComponent("\(report.slug).md")
                try Data(report.markdown.utf8).write(to: url, options: .atomic)
                written.append(url)
            }
        } catch {
            for url in written { try? FileManager.default.removeItem(at: url) }
            throw BuildFailure(
                "写入失败：\(FileSystemProblem.describe(error))；本批没有写入任何报告",
                at: SourceLocation(file: outputDirectory.path))
        }
    }
}
