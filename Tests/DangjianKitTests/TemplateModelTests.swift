import Foundation
import Testing

@testable import DangjianKit

/// Every tag of every template names something its page model provides, and a missing partial
/// fails the build: templates and models cannot drift apart silently.
@Suite("Templates against models")
struct TemplateModelTests {
    /// The sample site and the test site, the latter with lists so short a limit that they are
    /// paged: together they enter every section of every template.
    static var sites: [(URL, listLimit: Int)] {
        [
            (TestSupport.templates.deletingLastPathComponent().appendingPathComponent("content"), 500),
            (TestSupport.tinySite, 0),
        ]
    }

    /// Loads a content folder and plans it, rendering nothing: the plan and a renderer for models.
    static func models(of site: URL, listLimit: Int = 500) throws -> (renderer: PageRenderer, pages: [PlannedPage]) {
        let content = try ContentLoader(contentDirectory: site).load()
        let rollup = try RollupBuilder(content: content).build()
        let plan = SitePlanner(content: content, rollup: rollup, listLimit: listLimit).plan()
        let templates = try TemplateSet(directory: TestSupport.templates)
        let renderer = PageRenderer(
            content: content, rollup: rollup, plan: plan, templates: templates, buildDate: TestSupport.buildDate)
        return (renderer, plan.pages)
    }

    @Test func everyTagOfEveryTemplateNamesAPropertyOfItsModel() throws {
        var checker = TemplateChecker(sources: try TemplateSet(directory: TestSupport.templates).sources)
        var templatesUsed: Set<String> = []
        for (site, limit) in Self.sites {
            let (renderer, pages) = try Self.models(of: site, listLimit: limit)
            for page in pages {
                guard let (template, model) = try renderer.model(of: page) else { continue }
                templatesUsed.insert(template)
                checker.check(template, stack: [model.layout, model.content])
            }
        }
        #expect(checker.unknown.isEmpty, "tags no model provides: \(checker.unknown.sorted())")
        #expect(checker.incompleteModels.isEmpty, "fields tables out of date: \(checker.incompleteModels.sorted())")
        #expect(
            checker.shadowed.isEmpty,
            "optional row values that would fall back to a page value: \(checker.shadowed.sorted())")
        // Every tag was checked on at least one page: no section is left untried.
        let unchecked = checker.allTags.subtracting(checker.checked)
        #expect(unchecked.isEmpty, "tags inside sections the sample never enters: \(unchecked.sorted())")
        #expect(templatesUsed == Set(TemplateSet.requiredTemplates).subtracting(["layout", "enterprise-rows"]))
    }

    @Test func aTagThatNoModelProvidesIsFound() {
        var checker = TemplateChecker(sources: ["t": "{{#rows}}{{name}} {{nmae}}{{/rows}}"])
        checker.check("t", stack: [CheckedModel(rows: [CheckedRow(name: "a", note: nil)])])
        #expect(checker.unknown == ["t:1 nmae"])
    }

    @Test func aFieldsTableMissingAPropertyIsFound() {
        var checker = TemplateChecker(sources: ["t": "{{#rows}}{{name}}{{/rows}}"])
        checker.check("t", stack: [CheckedModel(rows: [CheckedRow(name: "a", note: "n")])])
        #expect(checker.incompleteModels.contains { $0.contains("CheckedRow") && $0.contains("note") })
    }

    @Test func aMissingPartialFailsNamingIt() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let templates = folder.appendingPathComponent("templates")
            try FileManager.default.copyItem(at: TestSupport.templates, to: templates)
            try FileManager.default.removeItem(at: templates.appendingPathComponent("honor-table.mustache"))
            #expect {
                _ = try TemplateSet(directory: templates)
            } throws: { error in
                let diagnostics = (error as? BuildFailure)?.diagnostics ?? []
                return diagnostics.contains {
                    $0.message.contains("“honor-table.mustache”不存在") && $0.location.file.hasSuffix("honors.mustache")
                        && $0.location.line == 58 && $0.location.column == 3
                }
            }
        }
    }
}

/// A model for the checker's own tests; its row's table leaves out `note` on purpose.
struct CheckedModel: TemplateModel {
    let rows: [CheckedRow]
    static let fields: TemplateFields<CheckedModel> = ["rows": \.rows]
}

struct CheckedRow: TemplateModel {
    let name: String
    let note: String?
    static let fields: TemplateFields<CheckedRow> = ["name": \.name]
}

extension TemplateModel {
    /// Every listed field's value, optionals kept as optionals.
    var fieldValues: [String: Any] {
        Dictionary(uniqueKeysWithValues: Self.fields.paths.map { ($0.key, self[keyPath: $0.value]) })
    }
}

/// A static walk of Mustache templates over sample model values: which tags resolve to a stored
/// property somewhere on the context stack, as swift-mustache would look them up.
struct TemplateChecker {
    let sources: [String: String]
    /// Tags (`template:line name`) that nothing on the stack provides.
    private(set) var unknown: Set<String> = []
    /// Optional properties of an inner frame that an outer frame also has: a nil would show the
    /// outer value (swift-mustache looks further up the stack when a value is missing).
    private(set) var shadowed: Set<String> = []
    /// Tags checked at least once.
    private(set) var checked: Set<String> = []
    /// Every variable and section tag of every template.
    var allTags: Set<String> {
        var tags: Set<String> = []
        for (name, text) in sources {
            for token in Self.tokens(text) where [.variable, .section, .inverted].contains(token.kind) {
                tags.insert("\(name):\(token.line) \(token.name)")
            }
        }
        return tags
    }

    init(sources: [String: String]) {
        self.sources = sources
    }

    enum Kind {
        case variable, section, inverted, close, partial, parent, block, comment
    }

    struct Token {
        let kind: Kind
        let name: String
        let line: Int
    }

    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for match in line.matches(of: /\{\{(\{?)\s*([#^\/><$!&]?)\s*([^}]*?)\s*\}?\}\}/) {
                let name = String(match.3)
                let kind: Kind =
                    switch match.2 {
                    case "#": .section
                    case "^": .inverted
                    case "/": .close
                    case ">": .partial
                    case "<": .parent
                    case "$": .block
                    case "!": .comment
                    default: .variable
                    }
                tokens.append(Token(kind: kind, name: name, line: index + 1))
            }
        }
        return tokens
    }

    /// What a template can read of a value: a model's fields (as its `fields` table lists them),
    /// nothing of a scalar.
    static func properties(_ value: Any) -> [String: Any] {
        (value as? any TemplateModel)?.fieldValues ?? [:]
    }

    /// The stored properties of a value, by reflection.
    static func storedProperties(_ value: Any) -> Set<String> {
        Set(Mirror(reflecting: value).children.compactMap(\.label))
    }

    /// Models whose `fields` table differs from their stored properties.
    private(set) var incompleteModels: Set<String> = []
    /// The model types already compared with their `fields` table.
    private var checkedTypes: Set<ObjectIdentifier> = []

    /// Unwraps an Optional; nil when it is nil.
    static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map { unwrapped($0.value) } ?? nil
    }

    mutating func check(_ template: String, stack: [Any]) {
        guard let text = sources[template] else {
            unknown.insert("\(template): missing template")
            return
        }
        let tokens = Self.tokens(text)
        var index = 0
        walk(template, tokens, &index, stack: stack, until: nil)
    }

    /// Resolves a name on the stack, recording what is unknown or shadowed; nil when unknown or nil.
    private mutating func resolve(_ template: String, _ token: Token, _ stack: [Any]) -> Any? {
        for frame in stack where frame is any TemplateModel {
            guard checkedTypes.insert(ObjectIdentifier(type(of: frame))).inserted else { continue }
            let listed = Set(Self.properties(frame).keys)
            let stored = Self.storedProperties(frame)
            if listed != stored {
                incompleteModels.insert(
                    "\(type(of: frame)): missing \(stored.subtracting(listed).sorted()), extra \(listed.subtracting(stored).sorted())"
                )
            }
        }
        let tag = "\(template):\(token.line) \(token.name)"
        checked.insert(tag)
        if token.name == "." { return stack.last }
        let parts = token.name.split(separator: ".").map(String.init)
        for (depth, frame) in stack.enumerated().reversed() {
            let properties = Self.properties(frame)
            guard let value = properties[parts[0]] else { continue }
            let isOptional = Mirror(reflecting: value).displayStyle == .optional
            if isOptional, stack[..<depth].contains(where: { Self.properties($0)[parts[0]] != nil }) {
                shadowed.insert(tag)
            }
            var current = Self.unwrapped(value)
            for part in parts.dropFirst() {
                guard let object = current, let child = Self.properties(object)[part] else {
                    unknown.insert(tag)
                    return nil
                }
                current = Self.unwrapped(child)
            }
            return current
        }
        unknown.insert(tag)
        return nil
    }

    /// Walks tokens until the close of `section`, checking each tag against the stack; a section
    /// whose value cannot be entered (nil, false, empty) is skipped.
    private mutating func walk(
        _ template: String, _ tokens: [Token], _ index: inout Int, stack: [Any], until section: String?
    ) {
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .close:
                if token.name == section { return }
            case .comment, .block:
                continue
            case .variable:
                _ = resolve(template, token, stack)
            case .inverted:
                _ = resolve(template, token, stack)
                walk(template, tokens, &index, stack: stack, until: token.name)
            case .section:
                let value = resolve(template, token, stack)
                var inner: [Any]? = nil
                switch value {
                case let array as [Any]:
                    // Every element: a row's own sections (a badge, a note) differ from row to row.
                    let start = index
                    for element in array {
                        index = start
                        walk(template, tokens, &index, stack: stack + [element], until: token.name)
                    }
                    if array.isEmpty { skip(tokens, &index, until: token.name) }
                    continue
                case let flag as Bool: inner = flag ? stack : nil
                case let text as String: inner = stack + [text]
                case let object?: inner = stack + [object]
                case nil: inner = nil
                }
                if let inner {
                    walk(template, tokens, &index, stack: inner, until: token.name)
                } else {
                    skip(tokens, &index, until: token.name)
                }
            case .partial:
                check(token.name, stack: stack)
            case .parent:
                // The page's blocks are walked in place; then the parent with the same stack.
                walk(template, tokens, &index, stack: stack, until: token.name)
                check(token.name, stack: stack)
            }
        }
    }

    private func skip(_ tokens: [Token], _ index: inout Int, until section: String) {
        var depth = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if [.section, .inverted].contains(token.kind), token.name == section { depth += 1 }
            if token.kind == .close, token.name == section {
                if depth == 0 { return }
                depth -= 1
            }
        }
    }
}
