import Foundation
import Testing

@testable import DangjianKit

/// The template engine against the Mustache specification's rules the templates rely on.
@Suite("Mustache engine")
struct MustacheEngineTests {
    struct Item: TemplateModel {
        let name: String
        let note: String?
        static let fields: TemplateFields<Item> = ["name": \.name, "note": \.note]
    }

    struct Inner: TemplateModel {
        let title: String
        static let fields: TemplateFields<Inner> = ["title": \.title]
    }

    struct Root: TemplateModel {
        var title = "总览"
        var note: String? = "外层"
        var empty = ""
        var count = 0
        var flag = true
        var off = false
        var items: [Item] = [Item(name: "甲", note: nil), Item(name: "乙<b>", note: "注")]
        var none: [Item] = []
        var inner: Inner? = Inner(title: "内")
        var missing: Inner? = nil
        static let fields: TemplateFields<Root> = [
            "title": \.title, "note": \.note, "empty": \.empty, "count": \.count, "flag": \.flag, "off": \.off,
            "items": \.items, "none": \.none, "inner": \.inner, "missing": \.missing,
        ]
    }

    func render(_ template: String, partials: [String: String] = [:], _ root: Root = Root()) throws -> String {
        var library: [String: MustacheTemplate] = [:]
        for (name, text) in partials { library[name] = try MustacheParser.parse(Array(text.utf8)) }
        library["main"] = try MustacheParser.parse(Array(template.utf8))
        var renderer = MustacheRenderer(library: library)
        renderer.render(library["main"]!, context: root)
        return String(decoding: renderer.output, as: UTF8.self)
    }

    @Test func variablesAreEscapedUnlessTripled() throws {
        #expect(try render("{{#items}}{{name}}|{{{name}}}|{{&name}};{{/items}}") == "甲|甲|甲;乙&lt;b&gt;|乙<b>|乙<b>;")
        #expect(try render("{{count}} {{flag}} {{off}} [{{unknown}}]") == "0 true false []")
    }

    @Test func aNilFieldFallsBackToTheOuterContext() throws {
        #expect(try render("{{#items}}{{note}},{{/items}}") == "外层,注,")
    }

    @Test func sectionsFollowTruthiness() throws {
        #expect(try render("{{#empty}}e{{/empty}}{{#count}}c{{/count}}{{#flag}}f{{/flag}}{{#off}}o{{/off}}") == "ecf")
        #expect(try render("{{#none}}n{{/none}}{{^none}}N{{/none}}{{^items}}I{{/items}}{{^off}}O{{/off}}") == "NO")
        #expect(try render("{{#missing}}m{{/missing}}{{^missing}}M{{/missing}}{{#inner}}{{title}}{{/inner}}") == "M内")
        #expect(try render("{{inner.title}} {{#inner}}{{.title}}|{{.note}}|{{note}}{{/inner}}") == "内 内||外层")
        #expect(try render("{{#title}}<{{.}}>{{/title}}") == "<总览>")
    }

    @Test func standaloneTagsLeaveNoLines() throws {
        let template = "<ul>\n  {{#items}}\n  <li>{{name}}</li>\n  {{/items}}\n  {{! note }}\n</ul>\n"
        #expect(try render(template) == "<ul>\n  <li>甲</li>\n  <li>乙&lt;b&gt;</li>\n</ul>\n")
        #expect(try render("a {{#flag}}\nb\n{{/flag}} c") == "a \nb\n c")
        #expect(try render("x\r\n{{#flag}}\r\ny\r\n{{/flag}}\r\n") == "x\r\ny\r\n")
    }

    @Test func anIndentedPartialIndentsWhatFollowsALineBreakOfItsOwn() throws {
        let partial = "<p>\n<b>{{title}}</b>\n{{#items}}\n<i>{{name}}</i>\n{{/items}}\n</p>\n"
        // As swift-mustache applied the rule: a section is indented where it starts, the lines of
        // its second and later repetitions are not (the pages were written this way).
        #expect(
            try render("<div>\n  {{>part}}\n</div>\n", partials: ["part": partial])
                == "<div>\n  <p>\n  <b>总览</b>\n  <i>甲</i>\n<i>乙&lt;b&gt;</i>\n  </p>\n</div>\n")
        #expect(try render("[{{>part}}]", partials: ["part": "a\nb"]) == "[a\nb]")
    }

    @Test func aParentTakesTheBlocksOfItsChild() throws {
        let layout = "<main>\n  {{$content}}default{{/content}}\n</main>\n{{$foot}}\n<f/>\n{{/foot}}\n"
        let page = "{{<layout}}\n{{$content}}\n    <h1>{{title}}</h1>\n      <p/>\n{{/content}}\n{{/layout}}\n"
        #expect(
            try render(page, partials: ["layout": layout])
                == "<main>\n  <h1>总览</h1>\n    <p/>\n\n</main>\n<f/>\n")
    }

    @Test func delimitersCanBeChanged() throws {
        #expect(try render("{{=<% %>=}}<% title %> {{title}}") == "总览 {{title}}")
    }

    @Test func syntaxErrorsNameTheirLineAndColumn() throws {
        let cases: [(String, Int, Int, String)] = [
            ("a\n  {{#items}}\nb{{/item}}", 3, 5, "不一致"),
            ("a\n{{#items}}", 2, 11, "缺少结束标签"),
            ("{{name(x)}}", 1, 7, "变换"),
            ("x {{名称}}", 1, 5, "没有正确结束"),
            ("{{<layout}}{{title}}{{/layout}}", 1, 1, "只能定义块"),
        ]
        for (text, line, column, words) in cases {
            let bytes = Array(text.utf8)
            #expect {
                _ = try MustacheParser.parse(bytes)
            } throws: { error in
                guard let error = error as? MustacheSyntaxError else { return false }
                let location = error.location(in: bytes)
                return location.line == line && location.column == column && error.message.contains(words)
            }
        }
    }

    @Test func aTemplateThatIncludesItselfIsAnError() throws {
        try TestSupport.withTemporaryDirectory { folder in
            try "{{>loop}}".write(to: folder.appendingPathComponent("loop.mustache"), atomically: true, encoding: .utf8)
            for name in TemplateSet.requiredTemplates {
                try "x".write(to: folder.appendingPathComponent("\(name).mustache"), atomically: true, encoding: .utf8)
            }
            let templates = try TemplateSet(directory: folder)
            #expect {
                _ = try templates.render(Root(), template: "loop")
            } throws: { error in
                (error as? BuildFailure)?.diagnostics.first?.message.contains("嵌套超过") == true
            }
        }
    }
}
