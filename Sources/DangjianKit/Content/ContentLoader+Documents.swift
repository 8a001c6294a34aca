import Foundation

extension ContentLoader {
    /// The front matter keys of a report; any other is warned about.
    static let reportKeys = ["title", "date", "region", "type", "visibility", "draft", "summary"]

    /// The front matter keys of a showcase; any other is warned about.
    static let showcaseKeys = [
        "enterprise", "township", "level", "named_year", "status", "features", "photos", "summary", "visibility",
        "location",
    ]
    /// The keys of each item of a showcase's `photos`.
    static let photoKeys = ["file", "caption"]

    /// Reads reports/*.md, drafts included (the plan leaves them out unless asked for).
    func loadReports(regionCodes: Set<String>, directory: RegionDirectory, log: inout DiagnosticLog) -> [Report] {
        var reports: [Report] = []
        for url in files(in: "reports", matching: { $0.hasSuffix(".md") }) {
            guard var document = readDocument(url, log: &log) else { continue }
            let file = displayPath(url)
            let slug = url.deletingPathExtension().lastPathComponent
            var fields = document.fields
            fields.warnUnknownKeys(Self.reportKeys)
            let title = fields.requiredString("title", meaning: "报告标题")
            let date = fields.string("date")
            if let date, !Self.isISODate(date) {
                fields.log.error("“date”应为 YYYY-MM-DD 格式的日期，实际为“\(date)”", at: fields.location(ofKey: "date"))
            }
            var regionCode: String?
            if let region = fields.requiredString("region", meaning: "报告所属区划的代码或名称") {
                regionCode = directory.code(for: region)
                if regionCode == nil {
                    fields.log.error(
                        directory.unknownMessage(column: "region", label: region), at: fields.location(ofKey: "region"))
                }
            }
            let type = fields.choice("type", as: ReportType.self)
            if fields.string("type") == nil {
                fields.reportMissing("type", meaning: "工作总结/情况汇报/述职/经验材料")
            }
            let visibility = fields.choice("visibility", as: Visibility.self) ?? .internal
            let draft = fields.bool("draft") ?? false
            let summary = fields.string("summary")
            checkSlug(slug, file: file, log: &fields.log)
            document.fields = fields
            log.merge(fields.log)
            let images = embeddedImages(in: document, publishedUnder: "reports/\(slug)", log: &log)
            if let warning = Self.pasteWarning(document, file: file) { log.report(warning) }
            guard let title, let regionCode, let type, !fields.log.hasErrors else { continue }
            var report = Report(
                slug: slug, title: title, date: date ?? "", regionCode: regionCode, type: type,
                visibility: visibility, summary: summary, body: document.body,
                location: SourceLocation(file: file, line: 1))
            report.images = images
            report.isDraft = draft
            reports.append(report)
        }
        return reports.sorted { ($0.date, $0.slug) > ($1.date, $1.slug) }
    }

    /// Reads showcase/*.md, resolving each site's enterprise against the data.
    func loadShowcases(records: [EnterpriseRecord], directory: RegionDirectory, log: inout DiagnosticLog)
        -> [Showcase]
    {
        var byCreditCode: [String: EnterpriseKey] = [:]
        var byName: [String: [EnterpriseKey]] = [:]
        for record in records {
            if let code = record.creditCode { byCreditCode[code] = record.key }
            if !(byName[record.name]?.contains(record.key) ?? false) {
                byName[record.name, default: []].append(record.key)
            }
        }
        var showcases: [Showcase] = []
        for url in files(in: "showcase", matching: { $0.hasSuffix(".md") }) {
            guard let document = readDocument(url, log: &log) else { continue }
            let file = displayPath(url)
            let slug = url.deletingPathExtension().lastPathComponent
            var fields = document.fields
            fields.warnUnknownKeys(Self.showcaseKeys)
            checkSlug(slug, file: file, log: &fields.log)
            var enterprise: EnterpriseKey?
            if let label = fields.requiredString("enterprise", meaning: "示范点所在企业的名称或统一社会信用代码") {
                let township = fields.string("township").flatMap { directory.code(for: $0) }
                if let label = fields.string("township"), township == nil {
                    fields.log.error(
                        directory.unknownMessage(column: "township", label: label),
                        at: fields.location(ofKey: "township"))
                }
                if let key = byCreditCode[label.uppercased()] {
                    enterprise = key
                } else {
                    let candidates = (byName[label] ?? []).filter { township == nil || $0.regionCode == township }
                    if candidates.count == 1 {
                        enterprise = candidates[0]
                    } else if candidates.isEmpty {
                        fields.log.error(
                            "“enterprise”的值“\(label)”在企业数据中找不到"
                                + (fields.string("township").map { "（乡镇：\($0)）" } ?? ""),
                            at: fields.location(ofKey: "enterprise"))
                    } else {
                        fields.log.error(
                            "“enterprise”的值“\(label)”在多个乡镇都有同名企业，请用“township”注明乡镇或改用统一社会信用代码",
                            at: fields.location(ofKey: "enterprise"))
                    }
                }
            }
            let level = fields.choice("level", as: ShowcaseLevel.self)
            if fields.string("level") == nil {
                fields.reportMissing("level", meaning: "省级/市级/县级/乡镇级")
            }
            let status =
                fields.choice("status", as: ShowcaseStatus.self) ?? (fields.string("status") == nil ? .named : nil)
            let namedYear = fields.int("named_year")
            let photos = readPhotos(&fields, slug: slug)
            let position = showcasePosition(&fields)
            log.merge(fields.log)
            let images = embeddedImages(in: document, publishedUnder: "showcase/\(slug)", log: &log)
            guard let enterprise, let level, let status, !fields.log.hasErrors else { continue }
            var showcase = Showcase(
                slug: slug, enterprise: enterprise, level: level, namedYear: namedYear, status: status,
                features: fields.strings("features"), photos: photos, summary: fields.string("summary"),
                body: document.body, location: SourceLocation(file: file, line: 1))
            showcase.images = images
            showcase.visibility = fields.choice("visibility", as: Visibility.self) ?? .public
            showcase.position = position
            showcases.append(showcase)
        }
        return showcases
    }

    /// The files of static/, of each showcase's photo folder and the images the Markdown bodies
    /// embed, with their output paths.
    func listStaticFiles(showcases: [Showcase], reports: [Report], log: inout DiagnosticLog) -> [StaticFile] {
        var result: [StaticFile] = []
        let staticRoot = contentDirectory.appendingPathComponent("static")
        for relative in walk(staticRoot, log: &log) {
            result.append(StaticFile(source: staticRoot.appendingPathComponent(relative), outputPath: relative))
        }
        for showcase in showcases {
            for photo in showcase.photos {
                let source = contentDirectory.appendingPathComponent("showcase/\(showcase.slug)/\(photo.file)")
                result.append(StaticFile(source: source, outputPath: "showcase/\(showcase.slug)/\(photo.file)"))
            }
        }
        for image in reports.flatMap(\.images) + showcases.flatMap(\.images) {
            result.append(StaticFile(source: image.source, outputPath: image.outputPath))
        }
        return result
    }
}

extension ContentLoader {
    /// A Markdown file's front matter fields and body.
    struct Document {
        var fields: YAMLFields
        let body: String
        /// Lines of the file before the body, to place a body line in the file.
        let bodyLineOffset: Int
        let url: URL
    }

    func readDocument(_ url: URL, log: inout DiagnosticLog) -> Document? {
        let file = displayPath(url)
        guard let text = readUTF8(url, missing: "无法读取文件", log: &log) else { return nil }
        guard let matter = FrontMatter(text) else {
            log.error("缺少 YAML 头信息：文件应以“---”开头，并以另一行“---”结束头信息", at: SourceLocation(file: file, line: 1))
            return nil
        }
        if let (line, column, control) = Self.firstControlCharacter(in: text) {
            log.error(
                "文件含有控制字符 \(control)（不可见，多半是从其他系统复制时带入的），请删去后重试",
                at: SourceLocation(file: file, line: line, column: column))
            return nil
        }
        let fields = YAMLFields(yaml: matter.yaml, file: file, lineOffset: matter.yamlLineOffset)
        return Document(fields: fields, body: matter.body, bodyLineOffset: matter.bodyLineOffset, url: url)
    }

    /// A warning when a report's body looks like text pasted from Word without conversion: a
    /// paragraph over 1,500 characters, or an outline marker (一、（一）) starting a line that is
    /// not a heading. Reported once, at the first such line.
    static func pasteWarning(_ document: Document, file: String) -> Diagnostic? {
        var paragraphLength = 0
        for (index, line) in document.body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = String(line).trimmedOfSpaces
            let location = SourceLocation(file: file, line: index + 1 + document.bodyLineOffset, column: 1)
            paragraphLength = text.isEmpty ? 0 : paragraphLength + text.count
            if paragraphLength > 1_500 {
                return .warning(
                    "这一段超过 1,500 字，像是从 Word 直接粘贴、没有分段的文字；可以用 dangjian import 导入原文件或文本，自动识别标题和段落",
                    at: location)
            }
            if let marker = OutlineConverter.outlineMarker(of: text), marker == .chapter || marker == .section {
                return .warning(
                    "这一行以“\(text.prefix(4))”开头，像是提纲标题却不是 Markdown 标题；可以用 dangjian import 导入原文，自动把提纲转为标题",
                    at: location)
            }
        }
        return nil
    }

    /// The line, column and `U+…` name of the first control character of a text (tab and line
    /// breaks allowed).
    static func firstControlCharacter(in text: String) -> (line: Int, column: Int, name: String)? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var column = 1
            for character in line {
                if let name = TableReader.controlCharacter(in: String(character)) { return (index + 1, column, name) }
                column += 1
            }
        }
        return nil
    }

    /// Slugs become folder names: only letters, digits, `-` and `_`, so no path can escape the output.
    func checkSlug(_ slug: String, file: String, log: inout DiagnosticLog) {
        let allowed = slug.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_")
        }
        if !allowed || slug.isEmpty {
            log.error("文件名“\(slug)”只能包含英文字母、数字、“-”和“_”（它会成为网页路径）", at: SourceLocation(file: file))
        }
    }

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return false
        }
        return parts[0].count == 4 && (1...12).contains(month) && (1...31).contains(day) && year > 1900
    }

    private func readPhotos(_ fields: inout YAMLFields, slug: String) -> [ShowcasePhoto] {
        guard let node = fields.nested("photos"), let items = node.sequence else { return [] }
        var photos: [ShowcasePhoto] = []
        for item in items {
            if item.mapping != nil { fields.warnUnknownKeys(Self.photoKeys, in: item, parent: "photos") }
            let file = item.string ?? item["file"]?.string ?? ""
            let caption = item["caption"]?.string ?? ""
            let safe = !file.isEmpty && !file.contains("/") && !file.contains("\\") && !file.hasPrefix(".")
            let url = contentDirectory.appendingPathComponent("showcase/\(slug)/\(file)")
            if !safe {
                fields.log.error("照片文件名“\(file)”无效：应是 showcase/\(slug)/ 目录中的文件名", at: fields.location(of: item))
            } else if FilePaths.kind(of: url) == .symbolicLink, let problem = linkProblem(url) {
                fields.log.error("照片“\(file)”\(problem)", at: fields.location(of: item))
            } else if !FileManager.default.fileExists(atPath: url.path) {
                fields.log.error("照片“\(file)”不存在：应放在 showcase/\(slug)/ 目录中", at: fields.location(of: item))
            } else if let size = (try? Data(contentsOf: url)).flatMap(ImageSize.init(data:)) {
                if caption.isEmpty { fields.log.warning("照片“\(file)”没有说明（caption）", at: fields.location(of: item)) }
                photos.append(ShowcasePhoto(file: file, caption: caption, size: size))
            } else {
                fields.log.error("照片“\(file)”不是可识别的 PNG 或 JPEG 图片", at: fields.location(of: item))
            }
        }
        return photos
    }

    /// Every file under a folder that may be copied into the site, as paths relative to it, sorted.
    ///
    /// Hidden entries are skipped. A symbolic link is followed only to a file inside the content
    /// folder (the site gets the file's contents); a link leading outside, to nothing, or to a
    /// folder is reported, since the copy would expose another file or break on a USB stick.
    func walk(_ root: URL, log: inout DiagnosticLog) -> [String] {
        var paths: [String] = []
        var pending = [""]
        while let folder = pending.popLast() {
            let url = folder.isEmpty ? root : root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names where !name.hasPrefix(".") {
                let relative = folder.isEmpty ? name : "\(folder)/\(name)"
                let entry = root.appendingPathComponent(relative)
                switch FilePaths.kind(of: entry) {
                case .directory: pending.append(relative)
                case .file: paths.append(relative)
                case .symbolicLink:
                    if let problem = linkProblem(entry) {
                        log.error(problem, at: SourceLocation(file: displayPath(entry)))
                    } else {
                        paths.append(relative)
                    }
                case .other, .missing:
                    log.error("不是普通文件（设备、管道等），不能复制到网站", at: SourceLocation(file: displayPath(entry)))
                }
            }
        }
        for path in paths where !FileManager.default.isReadableFile(atPath: root.appendingPathComponent(path).path) {
            log.error(
                "文件无法读取（没有读取权限），不能复制到网站", at: SourceLocation(file: displayPath(root.appendingPathComponent(path))))
        }
        return paths.sorted()
    }

    /// Why a symbolic link may not be copied into the site; nil when it leads to a file inside the
    /// content folder.
    func linkProblem(_ link: URL) -> String? {
        let target = link.resolvingSymlinksInPath()
        let shown = (try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)) ?? target.path
        guard FilePaths.isInside(target, contentDirectory) else {
            return "是指向内容目录之外（\(shown)）的符号链接，拒绝复制：网站只能包含内容目录中的文件"
        }
        switch FilePaths.kind(of: target) {
        case .file: return nil
        case .missing, .symbolicLink: return "是符号链接，但它指向的“\(shown)”不存在"
        case .directory: return "是指向目录（\(shown)）的符号链接，不会跟随；请直接放入目录本身"
        case .other: return "是指向非普通文件（\(shown)）的符号链接，不能复制到网站"
        }
    }
}
