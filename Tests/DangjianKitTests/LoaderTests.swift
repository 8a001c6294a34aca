import Foundation
import Testing

@testable import DangjianKit

/// ContentLoader on the tiny fixture site, and on copies of it with injected problems.
@Suite("Content loading")
struct LoaderTests {
    // MARK: - The fixture as it is

    @Test func tinySiteLoadsWithTheExpectedCounts() throws {
        let content = try ContentLoader(contentDirectory: TestSupport.tinySite).load()
        #expect(content.config.title == "测试县党建数据")
        #expect(content.config.rootRegion == "100")
        #expect(content.config.decimals == 1)
        #expect(content.regions.map(\.code) == ["100", "101", "102", "103"])
        // Six rows in enterprises-2024.csv and six in enterprises-2025.csv.
        #expect(content.records.count == 12)
        #expect(content.records.filter { $0.year == 2024 }.count == 6)
        #expect(content.records.filter { $0.year == 2025 }.count == 6)
        #expect(content.honors.count == 2)
        // draft-note.md has `draft: true`: loaded, marked, and left out by the plan.
        #expect(content.reports.map(\.slug) == ["2025-summary", "draft-note"])
        #expect(content.reports.map(\.isDraft) == [false, true])
        #expect(content.reports.first?.type == .summary)
        #expect(content.reports.first?.visibility == .public)
        #expect(content.showcases.map(\.slug) == ["demo"])
        #expect(content.staticFiles.map(\.outputPath) == ["notice.txt"])
        // Warnings are allowed (丙一's 正式党员 is empty) but each points at a line and column.
        for diagnostic in content.diagnostics {
            #expect(diagnostic.severity == .warning)
            #expect(ParsedDiagnostic(diagnostic.description) != nil, "\(diagnostic.description)")
        }
    }

    @Test func tinySiteRowsAreReadCorrectly() throws {
        let content = try ContentLoader(contentDirectory: TestSupport.tinySite).load()
        let rows2025 = content.records.filter { $0.year == 2025 }
        // 甲二 names its township by the alias 甲.
        let jia2 = try #require(rows2025.first { $0.name == "甲二服饰有限公司" })
        #expect(jia2.regionCode == "101")
        #expect(jia2.mode == .joint)
        #expect(jia2.jointOrganisationID == "LH-1")
        #expect(jia2.note == "扩产,新增产线")
        // 甲一's unknown column 联系人 is kept.
        let jia1 = try #require(rows2025.first { $0.name == "甲一机械有限公司" })
        #expect(jia1.creditCode == "91100000MA0000001A")
        #expect(jia1.extraColumns == [ExtraColumn(header: "联系人", value: "张三")])
        #expect(jia1.staff == 130)
        #expect(jia1.fullMembers == 6)
        #expect(jia1.stars == 5)
        // 丙一's 正式党员 is empty: missing, not 0.
        let bing1 = try #require(rows2025.first { $0.name == "丙一科技有限公司" })
        #expect(bing1.fullMembers == nil)
        #expect(bing1.category == .socialOrganisation)
        // The shell of 2024.
        let shell = try #require(content.records.first { $0.name == "乙三空壳公司" })
        #expect(shell.isActive == false)
        #expect(!shell.isInPopulation)
        // The showcase resolves to 甲一 by name and township.
        #expect(content.showcases.first?.enterprise == jia1.key)
        #expect(content.showcases.first?.features == ["党员先锋岗", "红色车间"])
    }

    // MARK: - Injected problems

    /// Copies the fixture, lets `edit` break it, and returns the load failure.
    private func failure(
        sourceLocation: Testing.SourceLocation = #_sourceLocation, _ edit: (URL) throws -> Void
    ) throws -> BuildFailure? {
        try failureAndFolder(sourceLocation: sourceLocation, edit).failure
    }

    /// Like `failure`, also returning the path of the (since removed) content copy.
    private func failureAndFolder(
        sourceLocation: Testing.SourceLocation = #_sourceLocation, _ edit: (URL) throws -> Void
    ) throws -> (failure: BuildFailure?, content: String) {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            try edit(content)
            let failure = TestSupport.loadFailure(content)
            if failure == nil { Issue.record("the broken copy loaded without error", sourceLocation: sourceLocation) }
            return (failure, content.standardizedFileURL.path)
        }
    }

    private func errors(_ failure: BuildFailure?) -> [ParsedDiagnostic] {
        (failure?.diagnostics ?? []).filter { $0.severity == .error }.compactMap { ParsedDiagnostic($0.description) }
    }

    @Test func nonNumericMemberCountIsAnErrorAtItsCell() throws {
        let (failure, folder) = try failureAndFolder { content in
            try TestSupport.replace(
                "130,6,1,", with: "130,十二,1,", in: content.appendingPathComponent("data/enterprises-2025.csv"))
        }
        let all = (failure?.diagnostics ?? []).filter { $0.severity == .error }
        #expect(all.count == 1)
        let diagnostic = try #require(all.first)
        let parsed = try #require(ParsedDiagnostic(diagnostic.description), "\(diagnostic.description)")
        // The temp folder is outside the working directory, so the path is absolute.
        #expect(parsed.path == folder + "/data/enterprises-2025.csv")
        // Line 2 is 甲一's row; "2025,甲一机械有限公司,91100000MA0000001A,甲镇,非公企业,制造业,是,是,130,"
        // is 53 characters, so 正式党员 starts at column 54.
        #expect(parsed.line == 2)
        #expect(parsed.column == 54)
        #expect(parsed.severity == "error")
        #expect(parsed.message.contains("正式党员"))
        #expect(parsed.message.contains("十二"))
    }

    @Test func unknownTownshipSuggestsTheClosestName() throws {
        let failure = try failure { content in
            try TestSupport.replace(
                "乙二物流有限公司,,乙街道,", with: "乙二物流有限公司,,乙街导,",
                in: content.appendingPathComponent("data/enterprises-2024.csv"))
        }
        let found = errors(failure)
        #expect(found.count == 1)
        let error = try #require(found.first)
        #expect(error.path.hasSuffix("data/enterprises-2024.csv"))
        // Line 6; "2024,乙二物流有限公司,," is 15 characters → 乡镇 at column 16.
        #expect(error.line == 6)
        #expect(error.column == 16)
        #expect(error.message.contains("乙街导"))
        #expect(error.message.contains("“乙街道”"))
        // Names far from the typo are not suggested.
        #expect(!error.message.contains("丙园区"))
    }

    @Test func duplicateEnterpriseInOneYearNamesTheFirstLine() throws {
        let failure = try failure { content in
            // 甲三 again (line 8), its township given by the alias 甲: the same enterprise as line 4.
            try TestSupport.appendLine(
                "2024,甲三商贸有限公司,,甲,非公企业,批发零售,是,否,20,1,0,0,0,联合组建,甲镇服饰联合党支部,联合党支部,LH-1,,3,否,",
                to: content.appendingPathComponent("data/enterprises-2024.csv"))
        }
        let found = errors(failure)
        #expect(found.count == 1)
        let error = try #require(found.first)
        #expect(error.path.hasSuffix("data/enterprises-2024.csv"))
        #expect(error.line == 8)
        #expect(error.message.contains("甲三商贸有限公司"))
        #expect(error.message.contains("第 4 行"))
        #expect(error.message.contains("enterprises-2024.csv"))
    }

    @Test func sameCreditCodeInOneYearIsADuplicateAcrossFiles() throws {
        let failure = try failure { content in
            // A second 2024 file repeats 甲一's credit code (lower case) under another name.
            let extra = """
                年度,企业名称,统一社会信用代码,乡镇
                2024,甲一机械（更名）,91100000ma0000001a,甲镇

                """
            try extra.write(
                to: content.appendingPathComponent("data/enterprises-2024b.csv"), atomically: true, encoding: .utf8)
        }
        let error = try #require(errors(failure).first)
        #expect(error.path.hasSuffix("data/enterprises-2024b.csv"))
        #expect(error.line == 2)
        #expect(error.message.contains("enterprises-2024.csv 第 2 行"))
    }

    @Test func severalProblemsInSeveralFilesAreAllReported() throws {
        let failure = try failure { content in
            try TestSupport.replace(
                "130,6,1,", with: "130,十二,1,", in: content.appendingPathComponent("data/enterprises-2025.csv"))
            try TestSupport.replace(
                "<script>alert(1)</script>,乙街道,", with: "<script>alert(1)</script>,乙街导,",
                in: content.appendingPathComponent("data/honors.csv"))
            try TestSupport.replace(
                "type: 工作总结", with: "type: 年终总结", in: content.appendingPathComponent("reports/2025-summary.md"))
            try TestSupport.replace(
                "2024,乙三空壳公司,,乙街道,非公企业,商务服务,否,否,2,",
                with: "2024,乙三空壳公司,,乙街道,非公企业,商务服务,否,否,两,",
                in: content.appendingPathComponent("data/enterprises-2024.csv"))
        }
        let found = errors(failure)
        let errorCount = failure?.diagnostics.filter { $0.severity == .error }.count
        #expect(errorCount == found.count, "every error is in GCC form")
        let byFile = Dictionary(grouping: found) { ($0.path as NSString).lastPathComponent }
        #expect(Set(byFile.keys) == ["enterprises-2024.csv", "enterprises-2025.csv", "honors.csv", "2025-summary.md"])
        #expect(byFile["enterprises-2025.csv"]?.map(\.line) == [2])
        #expect(byFile["enterprises-2024.csv"]?.map(\.line) == [7])
        // honors.csv line 3: "2024,优秀共产党员,乡镇,李四,个人,<script>alert(1)</script>," is 47 characters.
        #expect(byFile["honors.csv"]?.map(\.line) == [3])
        #expect(byFile["honors.csv"]?.map(\.column) == [48])
        #expect(byFile["2025-summary.md"]?.map(\.line) == [5])
    }

    @Test func badReportTypeIsReportedAtItsLineInTheMarkdownFile() throws {
        let failure = try failure { content in
            try TestSupport.replace(
                "type: 工作总结", with: "type: 年终总结", in: content.appendingPathComponent("reports/2025-summary.md"))
        }
        let found = errors(failure)
        #expect(found.count == 1)
        let error = try #require(found.first)
        #expect(error.path.hasSuffix("reports/2025-summary.md"))
        // Line 1 is `---`; title, date, region, then type on line 5; its value starts after "type: ".
        #expect(error.line == 5)
        #expect(error.column == 7)
        #expect(error.message.contains("type"))
        #expect(error.message.contains("年终总结"))
        #expect(error.message.contains("工作总结"))
    }

    @Test func badReportDateIsReportedAtItsLine() throws {
        let failure = try failure { content in
            try TestSupport.replace(
                "date: 2025-12-01", with: "date: 2025年12月",
                in: content.appendingPathComponent("reports/2025-summary.md"))
        }
        let error = try #require(errors(failure).first)
        #expect(error.line == 3)
        #expect(error.message.contains("2025年12月"))
    }

    @Test func siteYAMLWithoutRootRegionIsAnError() throws {
        let failure = try failure { content in
            try TestSupport.replace(
                "root_region: \"100\"\n", with: "", in: content.appendingPathComponent("site.yaml"))
        }
        let diagnostics = (failure?.diagnostics ?? []).filter { $0.severity == .error }
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.file.hasSuffix("site.yaml"))
        #expect(diagnostic.location.line == 1)
        #expect(diagnostic.message.contains("root_region"))
    }

    @Test func rootRegionMissingFromRegionsIsAnError() throws {
        let failure = try failure { content in
            try TestSupport.replace(
                "root_region: \"100\"", with: "root_region: \"999\"", in: content.appendingPathComponent("site.yaml"))
        }
        let diagnostic = try #require(failure?.diagnostics.first { $0.severity == .error })
        #expect(diagnostic.location.file.hasSuffix("site.yaml"))
        #expect(diagnostic.location.line == 3)
        #expect(diagnostic.location.column == 14)
        #expect(diagnostic.message.contains("999"))
    }

    @Test func unsafeReportFileNameIsRejected() throws {
        let failure = try failure { content in
            try FileManager.default.copyItem(
                at: content.appendingPathComponent("reports/2025-summary.md"),
                to: content.appendingPathComponent("reports/年度 总结.md"))
        }
        let diagnostic = try #require(failure?.diagnostics.first { $0.severity == .error })
        #expect(diagnostic.location.file.hasSuffix("reports/年度 总结.md"))
        #expect(diagnostic.message.contains("年度 总结"))
    }

    @Test func showcaseOfUnknownEnterpriseIsAnErrorAtItsLine() throws {
        let failure = try failure { content in
            try TestSupport.replace(
                "enterprise: 甲一机械有限公司", with: "enterprise: 甲一机械公司",
                in: content.appendingPathComponent("showcase/demo.md"))
        }
        let error = try #require(errors(failure).first)
        #expect(error.path.hasSuffix("showcase/demo.md"))
        #expect(error.line == 2)
        #expect(error.message.contains("甲一机械公司"))
    }

    @Test func placeholderYearIsAnErrorNotASilentlyDroppedRow() throws {
        let (failure, folder) = try failureAndFolder { content in
            // 乙二's 2025 row with 年度 written as the placeholder 20XX.
            try TestSupport.replace(
                "2025,乙二物流有限公司,", with: "20XX,乙二物流有限公司,",
                in: content.appendingPathComponent("data/enterprises-2025.csv"))
        }
        // The row cannot be placed in any year; dropping it would change every 2025 figure
        // with nothing but a warning, so the load must fail at the 年度 cell (line 6, column 1).
        let error = try #require(errors(failure).first)
        #expect(error.path == folder + "/data/enterprises-2025.csv")
        #expect(error.line == 6)
        #expect(error.column == 1)
        #expect(error.message.contains("年度"))
        #expect(error.message.contains("20XX"))
    }

    // MARK: - Messy but valid input

    @Test func gb18030WithCRLFLoadsLikeTheUTF8Original() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            let file = content.appendingPathComponent("data/enterprises-2024.csv")
            let original = try String(contentsOf: file, encoding: .utf8)
            let gb18030 = String.Encoding(rawValue: 0x8000_0632)
            let converted = try #require(original.replacingOccurrences(of: "\n", with: "\r\n").data(using: gb18030))
            #expect(String(data: converted, encoding: .utf8) == nil, "the bytes are really not UTF-8")
            try converted.write(to: file)

            let loaded = try ContentLoader(contentDirectory: content).load()
            let reference = try ContentLoader(contentDirectory: TestSupport.tinySite).load()
            func summary(_ records: [EnterpriseRecord]) -> [String] {
                records.filter { $0.year == 2024 }.map {
                    "\($0.name)|\($0.regionCode)|\($0.staff.map(String.init) ?? "-")|\($0.mode?.rawValue ?? "-")|\($0.location.line)"
                }
            }
            #expect(summary(loaded.records) == summary(reference.records))
            #expect(summary(loaded.records).contains("乙二物流有限公司|102|150|挂靠|6"))
        }
    }

    @Test func placeholdersAreMissingAndFullWidthDigitsAreRead() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let content = try TestSupport.copyTinySite(into: folder)
            // 甲一 2025: 从业人员 in full-width digits, 正式党员 a placeholder, 预备党员 with a unit.
            try TestSupport.replace(
                "130,6,1,", with: "１３０,×,1名,", in: content.appendingPathComponent("data/enterprises-2025.csv"))
            let loaded = try ContentLoader(contentDirectory: content).load()
            let jia1 = try #require(loaded.records.first { $0.year == 2025 && $0.name == "甲一机械有限公司" })
            #expect(jia1.staff == 130)
            #expect(jia1.fullMembers == nil)
            #expect(jia1.probationaryMembers == 1)
            #expect(!loaded.diagnostics.contains { $0.severity == .error })
            let onThatRow = loaded.diagnostics.filter {
                $0.location.file.hasSuffix("enterprises-2025.csv") && $0.location.line == 2
            }
            #expect(onThatRow.count == 1)
            let warning = try #require(onThatRow.first)
            #expect(warning.severity == .warning)
            #expect(warning.location.column == 54)
            #expect(warning.message.contains("×"))
        }
    }
}
