import Foundation

/// The Mustache templates of `Templates/`, loaded once and shared by every render.
public struct TemplateSet: Sendable {
    /// The folder the templates came from (its `assets/` is copied to the output).
    public let directory: URL
    private let library: [String: MustacheTemplate]
    /// The text of every template by name, for the test that checks templates against models.
    let sources: [String: String]

    /// Loads every `*.mustache` file under `directory`; a syntax error is reported at its line and column.
    public init(directory: URL) throws(BuildFailure) {
        self.directory = directory.standardizedFileURL
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: directory.path) else {
            throw BuildFailure("模板目录不存在或无法读取", at: SourceLocation(file: directory.path))
        }
        var templates: [String: MustacheTemplate] = [:]
        var sources: [String: String] = [:]
        var problems: [Diagnostic] = []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let url = directory.appendingPathComponent(name)
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                problems.append(
                    .error("无法读取模板：\(FileSystemProblem.describe(error))", at: SourceLocation(file: url.path)))
                continue
            }
            let bytes = Array(text.utf8)
            do throws(MustacheSyntaxError) {
                templates[String(name.dropLast(".mustache".count))] = try MustacheParser.parse(bytes)
                sources[String(name.dropLast(".mustache".count))] = text
            } catch {
                let (line, column) = error.location(in: bytes)
                problems.append(
                    .error("模板语法错误：\(error.message)", at: SourceLocation(file: url.path, line: line, column: column)))
            }
        }
        if !problems.isEmpty { throw BuildFailure(diagnostics: problems) }
        for required in Self.requiredTemplates where templates[required] == nil {
            problems.append(
                .error("缺少模板 \(required).mustache", at: SourceLocation(file: directory.path)))
        }
        // swift-mustache renders a missing partial as nothing: a deleted honor-table.mustache would
        // silently empty the honors page, so every partial and parent a template names must exist.
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            for reference in Self.references(in: text) where templates[reference.name] == nil {
                problems.append(
                    .error(
                        "模板引用的“\(reference.name).mustache”不存在",
                        at: SourceLocation(
                            file: directory.appendingPathComponent("\(name).mustache").path, line: reference.line,
                            column: reference.column)))
            }
        }
        if !problems.isEmpty { throw BuildFailure(diagnostics: problems) }
        library = templates
        self.sources = sources
    }

    /// The partials (`{{> name}}`) and parents (`{{< name}}`) a template names, with their places.
    static func references(in text: String) -> [(name: String, line: Int, column: Int)] {
        var found: [(name: String, line: Int, column: Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for match in line.matches(of: /\{\{\s*[<>]\s*([A-Za-z0-9_\-\/]+)\s*\}\}/) {
                let column = line.distance(from: line.startIndex, to: match.range.lowerBound) + 1
                found.append((String(match.1), index + 1, column))
            }
        }
        return found
    }

    /// The templates every build needs.
    static let requiredTemplates = [
        "layout", "dashboard", "screen", "region", "due-unbuilt", "enterprise-list", "enterprise", "reports", "report",
        "showcases", "showcase", "honors", "enterprise-rows", "indicators", "briefing",
        "regions",
    ]

    /// Renders a fragment (not a page: no layout) with the template `name`.
    func renderFragment(_ model: some TemplateModel, template name: String) throws(BuildFailure) -> [UInt8] {
        try render(model, template: name)
    }

    /// Renders a page (its model inside its layout) with the template `name`.
    func render(_ context: any TemplateContext, template name: String) throws(BuildFailure) -> [UInt8] {
        guard let template = library[name] else {
            throw BuildFailure("缺少模板 \(name).mustache", at: SourceLocation(file: directory.path))
        }
        var renderer = MustacheRenderer(library: library)
        renderer.render(template, context: context)
        if let runaway = renderer.runaway {
            throw BuildFailure(
                "模板 \(runaway).mustache 嵌套超过 \(MustacheRenderer.maximumDepth) 层（模板引用了自己？）",
                at: SourceLocation(file: directory.appendingPathComponent("\(runaway).mustache").path))
        }
        return renderer.output
    }
}
