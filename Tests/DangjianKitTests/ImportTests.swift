import Foundation
import Testing

@testable import DangjianKit

/// `dangjian import`: pasted text and Word files become reports with their outline as headings.
@Suite("Import")
struct ImportTests {
    static let regions = "代码,名称,层级,上级代码,别名,排序\n1,青山县,县,,,1\n11,溪口镇,乡镇,1,,1\n12,白沙镇,乡镇,1,,2\n"

    /// A township's summary with a five-level outline, written for this test.
    static let summary = """
        溪口镇2024年两新组织党建工作总结

        今年以来，我镇坚持党建引领，推动两新组织党组织应建尽建。
        一、基本情况。全镇现有两新组织47家，已建立党组织30个。
        （一）组织覆盖。全年新建党组织3个，覆盖率提高到76.6%。
        1.抓摸排
        对辖区企业逐一摸排，建立台账。
        2.逐家走访企业，了解党员情况，对具备条件的企业指导单独组建，对暂不具备条件的企业通过联合组建实现覆盖，确保应建尽建。
        （1）建立联系制度；
        (2)选派党建指导员。
        ①每月走访一次；
        ②每季度报告一次。
        二、存在问题：部分小微企业党员流动性大。
        一是党员教育管理难，二是活动开展不经常。

        中共溪口镇委员会
        二〇二四年十二月十日
        """

    static let expected = """
        ---
        title: "溪口镇2024年两新组织党建工作总结"
        date: 2024-12-10
        region: "11"
        type: 工作总结
        visibility: 内部
        ---

        今年以来，我镇坚持党建引领，推动两新组织党组织应建尽建。

        ## 一、基本情况

        全镇现有两新组织47家，已建立党组织30个。

        ### （一）组织覆盖

        全年新建党组织3个，覆盖率提高到76.6%。

        #### 1.抓摸排

        对辖区企业逐一摸排，建立台账。

        2. 逐家走访企业，了解党员情况，对具备条件的企业指导单独组建，对暂不具备条件的企业通过联合组建实现覆盖，确保应建尽建。
        - （1）建立联系制度；
        - (2)选派党建指导员。
        - ①每月走访一次；
        - ②每季度报告一次。

        ## 二、存在问题

        部分小微企业党员流动性大。

        一是党员教育管理难，二是活动开展不经常。

        中共溪口镇委员会

        二〇二四年十二月十日

        """

    /// Runs `body` with a content folder holding the regions, an inbox and an empty reports folder.
    func withFolders<T>(_ body: (_ content: URL, _ inbox: URL) throws -> T) throws -> T {
        try TestSupport.withContentSite([String: String](), regions: Self.regions) { content in
            let inbox = content.deletingLastPathComponent().appendingPathComponent("inbox")
            try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
            return try body(content, inbox)
        }
    }

    func importer(_ content: URL, _ flags: ReportImporter.Flags = .init()) -> ReportImporter {
        ReportImporter(
            contentDirectory: content, outputDirectory: content.appendingPathComponent("reports"), flags: flags)
    }

    @Test func aGB18030PasteWithAFiveLevelOutlineBecomesHeadingsAndLists() throws {
        try withFolders { content, inbox in
            let file = inbox.appendingPathComponent("溪口镇总结.txt")
            let gb18030 = try #require(
                Self.summary.replacingOccurrences(of: "\n", with: "\r\n").data(using: TextDecoder.gb18030))
            try gb18030.write(to: file)
            let (reports, warnings) = try importer(content).run([file])
            #expect(warnings.isEmpty, "\(warnings)")
            #expect(reports.map(\.slug) == ["2024-12-10-11-summary"])
            let written = try String(
                contentsOf: content.appendingPathComponent("reports/2024-12-10-11-summary.md"), encoding: .utf8)
            #expect(written == Self.expected)
            #expect(
                reports.first?.guesses == [
                    "标题：溪口镇2024年两新组织党建工作总结", "日期：2024-12-10（文末落款）", "区划：溪口镇（11，从标题）", "类型：工作总结（从标题）",
                ])
            // The imported report loads without errors and without the paste warning.
            let outcome = ContentLoader(contentDirectory: content).inspect()
            #expect(!outcome.diagnostics.contains { $0.message.contains("dangjian import") })
        }
    }

    @Test func theSampleInboxImportsToTheSampleReportsExactly() throws {
        let root = TestSupport.templates.deletingLastPathComponent()
        let sample = root.appendingPathComponent("content")
        try TestSupport.withTemporaryDirectory { folder in
            let out = folder.appendingPathComponent("reports")
            let (reports, warnings) = try ReportImporter(
                contentDirectory: sample, outputDirectory: out, flags: .init(visibility: "公开")
            ).run(["桃源镇经验材料.docx", "凤鸣街道情况汇报.txt"].map { sample.appendingPathComponent("inbox/\($0)") })
            #expect(warnings.isEmpty, "\(warnings)")
            for report in reports {
                let imported = try String(contentsOf: out.appendingPathComponent("\(report.slug).md"), encoding: .utf8)
                let committed = try String(
                    contentsOf: sample.appendingPathComponent("reports/\(report.slug).md"), encoding: .utf8)
                #expect(imported == committed, "\(report.slug)")
            }
            #expect(reports.map(\.slug) == ["2025-12-05-331190103-experience", "2025-11-20-331190002-briefing"])
            let picture = "2025-12-05-331190103-experience/image-1.png"
            #expect(
                try Data(contentsOf: out.appendingPathComponent(picture))
                    == Data(contentsOf: sample.appendingPathComponent("reports/\(picture)")))
        }
    }

    @Test func valuesNotFoundAreErrorsNamingTheirFlagAndNothingIsWritten() throws {
        try withFolders { content, inbox in
            let good = inbox.appendingPathComponent("a.txt")
            try Data(Self.summary.utf8).write(to: good)
            let bad = inbox.appendingPathComponent("b.txt")
            try Data("情况说明\n\n正文一段。\n".utf8).write(to: bad)
            #expect {
                _ = try importer(content).run([good, bad])
            } throws: { error in
                let messages = (error as? BuildFailure)?.diagnostics.map(\.message) ?? []
                return messages.contains { $0.contains("--date") } && messages.contains { $0.contains("--region") }
                    && messages.contains { $0.contains("--type") }
            }
            #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("reports").path))
            // With the flags the same batch goes through.
            let flags = ReportImporter.Flags(region: "白沙镇", type: "情况汇报", date: "2025-03-01")
            let (reports, _) = try importer(content, flags).run([good, bad])
            #expect(reports.map(\.slug) == ["2025-03-01-12-briefing", "2025-03-01-12-briefing-2"])
        }
    }

    @Test func anExistingReportIsReplacedOnlyWithForce() throws {
        try withFolders { content, inbox in
            let file = inbox.appendingPathComponent("a.txt")
            try Data(Self.summary.utf8).write(to: file)
            _ = try importer(content).run([file])
            #expect(throws: BuildFailure.self) { _ = try importer(content).run([file]) }
            _ = try importer(content, .init(force: true)).run([file])
        }
    }

    @Test func aMarkdownFileIsOnlyNormalised() throws {
        let markdown = "\u{FEFF}# 白沙镇2025年党建工作情况汇报  \r\n\r\n## 一、基本情况\r\n\r\n全镇 **31** 家两新组织。  \r\n\r\n2025年6月30日\r\n"
        try withFolders { content, inbox in
            let file = inbox.appendingPathComponent("a.md")
            try Data(markdown.utf8).write(to: file)
            let (reports, _) = try importer(content).run([file])
            let written = try String(
                contentsOf: content.appendingPathComponent("reports/\(reports[0].slug).md"), encoding: .utf8)
            #expect(reports[0].slug == "2025-06-30-12-briefing")
            #expect(written.hasSuffix("---\n\n## 一、基本情况\n\n全镇 **31** 家两新组织。\n\n2025年6月30日\n"), "\(written)")
            #expect(written.contains("title: \"白沙镇2025年党建工作情况汇报\""))
        }
    }

    @Test func oldWordFilesAreRefusedWithAHint() throws {
        try withFolders { content, inbox in
            let file = inbox.appendingPathComponent("旧.doc")
            try Data("x".utf8).write(to: file)
            #expect {
                _ = try importer(content).run([file])
            } throws: { error in
                (error as? BuildFailure)?.diagnostics.first?.message.contains("另存为”.docx") == true
            }
        }
    }

    @Test func placeholdersAndWebDebrisAreWarnedAtTheirLine() throws {
        let text = "白沙镇情况汇报\n来源：某某网  浏览次数：12\n全镇20XX年新建党组织××个。\n2025年3月1日\n上一篇：无\n"
        try withFolders { content, inbox in
            let file = inbox.appendingPathComponent("a.txt")
            try Data(text.utf8).write(to: file)
            let (_, warnings) = try importer(content).run([file])
            let lines = warnings.map { "\($0.location.line):\($0.location.column)" }
            #expect(lines == ["2:1", "3:3", "3:13", "5:1"], "\(warnings)")
        }
    }

    @Test func numberedLinesAreHeadingsOnlyWhenShort() {
        let converter = OutlineConverter(file: "t", imageFolder: "x")
        let paragraph = { (text: String) in ImportedParagraph(text: text, line: 1) }
        #expect(converter.convert(paragraph("1．强化阵地建设")) == "#### 1．强化阵地建设")
        #expect(converter.convert(paragraph("2、抓好培训：全年培训党员120人次。")) == "#### 2、抓好培训\n\n全年培训党员120人次。")
        #expect(
            converter.convert(paragraph("3. 组织党员到红色教育基地参观学习，并在车间设立党员先锋岗，带动生产效率提高"))
                == "3. 组织党员到红色教育基地参观学习，并在车间设立党员先锋岗，带动生产效率提高")
        #expect(converter.convert(paragraph("1.5万元用于阵地建设")) == "1.5万元用于阵地建设")
        #expect(converter.convert(paragraph("（十二）其他工作")) == "### （十二）其他工作")
        #expect(converter.convert(ImportedParagraph(text: "概况", headingLevel: 1, line: 1)) == "## 概况")
        #expect(converter.convert(ImportedParagraph(text: "要点", listLevel: 1, isNumbered: true, line: 1)) == "   1. 要点")
    }

    @Test func checkSuggestsImportForAPastedWallOfText() throws {
        let wall = String(repeating: "全镇两新组织党建工作稳步推进，党组织覆盖面不断扩大。", count: 60)
        let report = "---\ntitle: 报告\nregion: \"1\"\ntype: 工作总结\n---\n\n\(wall)\n"
        let outline = "---\ntitle: 报告二\nregion: \"1\"\ntype: 工作总结\n---\n\n正文。\n一、基本情况\n"
        let csv = "年度,企业名称,乡镇,组建方式,从业人员,正式党员\n2025,甲厂,溪口镇,未建,10,0\n"
        let files = ["data/enterprises.csv": csv, "reports/a.md": report, "reports/b.md": outline]
        try TestSupport.withContentSite(files, regions: Self.regions) { content in
            let warnings = ContentLoader(contentDirectory: content).inspect().diagnostics.filter {
                $0.message.contains("dangjian import")
            }
            #expect(warnings.map { "\($0.location.file.suffix(4)):\($0.location.line)" } == ["a.md:7", "b.md:8"])
        }
    }
}
