import Foundation
import Mustache

/// The Mustache templates of `Templates/`, loaded once and shared by every render.
public struct TemplateSet: Sendable {
    /// The folder the templates came from (its `assets/` is copied to the output).
    public let directory: URL
    private let library: MustacheLibrary

    /// Loads every `*.mustache` file under `directory`; a syntax error is reported at its line and column.
    public init(directory: URL) throws(BuildFailure) {
        self.directory = directory.standardizedFileURL
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: directory.path) else {
            throw BuildFailure("模板目录不存在或无法读取", at: SourceLocation(file: directory.path))
        }
        var templates: [String: MustacheTemplate] = [:]
        var problems: [Diagnostic] = []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let url = directory.appendingPathComponent(name)
            do {
                let text = try String(contentsOf: url, encoding: .utf8)
                templates[String(name.dropLast(".mustache".count))] = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                problems.append(
                    .error(
                        "模板语法错误：\(error.error)",
                        at: SourceLocation(
                            file: url.path, line: error.context.lineNumber, column: error.context.columnNumber)))
            } catch {
                problems.append(.error("无法读取模板：\(error.localizedDescription)", at: SourceLocation(file: url.path)))
            }
        }
        if !problems.isEmpty { throw BuildFailure(diagnostics: problems) }
        for required in Self.requiredTemplates where templates[required] == nil {
            problems.append(
                .error("缺少模板 \(required).mustache", at: SourceLocation(file: directory.path)))
        }
        if !problems.isEmpty { throw BuildFailure(diagnostics: problems) }
        library = MustacheLibrary(templates: templates)
    }

    /// The templates every build needs.
    static let requiredTemplates = [
        "layout", "dashboard", "screen", "region", "due-unbuilt", "enterprise-list", "enterprise", "reports", "report",
        "showcases", "showcase",
        "honors",
    ]

    /// Renders `context` with the template `name`.
    func render(_ context: [String: Any], template name: String) throws(BuildFailure) -> String {
        guard let html = library.render(Self.pruned(context), withTemplate: name) else {
            throw BuildFailure("缺少模板 \(name).mustache", at: SourceLocation(file: directory.path))
        }
        return html
    }

    /// The context without empty strings: swift-mustache treats "" as true in a `{{#section}}`, so an
    /// absent summary or link is left out rather than rendering an empty paragraph or `href=""`.
    /// (Keys of nested rows must then not repeat a page-level key, or the page's value shows through.)
    static func pruned(_ value: Any) -> Any {
        if let dictionary = value as? [String: Any] {
            var kept: [String: Any] = [:]
            for (key, item) in dictionary {
                if let text = item as? String, text.isEmpty { continue }
                kept[key] = pruned(item)
            }
            return kept
        }
        if let array = value as? [Any] { return array.map(pruned) }
        return value
    }
}
