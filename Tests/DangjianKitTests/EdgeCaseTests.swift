import Foundation
import Testing

@testable import DangjianKit

/// Inputs that once produced wrong figures, hung, crashed or leaked: each stays fixed.
@Suite struct EdgeCaseTests {
    static let header =
        "年度,企业名称,统一社会信用代码,乡镇,组织类别,行业,是否三有,是否规上,从业人员,正式党员,预备党员,入党积极分子,当年发展党员,组建方式,党组织名称,党组织类型,联合党组织编号,指导员,星级,六有达标,备注"
    static let regions = "代码,名称,层级,上级代码,别名,排序\n1,某县,县,,,1\n11,甲镇,乡镇,1,,1\n12,乙镇,乡镇,1,,2\n"

    func withSite<T>(_ files: [String: String], _ body: (URL) throws -> T) throws -> T {
        try TestSupport.withContentSite(files, regions: Self.regions, body)
    }

    func row(
        _ year: Int, _ name: String, uscc: String = "", town: String = "甲镇", active: String = "是",
        staff: String = "10", members: String = "0", mode: String = "未建", org: String = "", joint: String = "",
        instructor: String = ""
    ) -> String {
        "\(year),\(name),\(uscc),\(town),非公企业,制造业,\(active),否,\(staff),\(members),0,0,0,\(mode),\(org),,\(joint),\(instructor),,,"
    }

    func rollup(_ site: URL) throws -> Rollup {
        try RollupBuilder(content: try ContentLoader(contentDirectory: site).load()).build()
    }

    static var templates: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates")
    }

    @Test func aShellSharingAJointNumberDoesNotUseUpTheBranch() throws {
        let csv = [
            Self.header, row(2025, "空壳", active: "否", members: "1", mode: "联合组建", joint: "LH-1"),
            row(2025, "甲", members: "1", mode: "联合组建", joint: "LH-1"),
            row(2025, "乙", members: "1", mode: "联合组建", joint: "LH-1"),
        ].joined(separator: "\n")
        try withSite(["data/enterprises.csv": csv]) { site in
            let figures = try rollup(site).figures("1", 2025)
            #expect(figures.counts.organisations == 1)
            #expect(figures.counts.jointBranches == 1)
        }
    }

    @Test func aBlankJointNumberJoinsTheBranchOfTheSameName() throws {
        let csv = [
            Self.header, row(2025, "甲", members: "1", mode: "联合组建", org: "五金联合支部", joint: "LH-9"),
            row(2025, "乙", members: "1", mode: "联合组建", org: "五金联合支部"),
            row(2025, "丙", members: "1", mode: "联合组建", org: "五金联合支部", joint: "LH-9"),
        ].joined(separator: "\n")
        try withSite(["data/enterprises.csv": csv]) { site in
            let figures = try rollup(site).figures("1", 2025)
            #expect(figures.counts.organisations == 1)
        }
    }

    @Test func wordsForNoneInTextColumnsMeanNone() throws {
        let csv = [
            Self.header, row(2025, "甲", instructor: "无"), row(2025, "乙", instructor: "—"),
            row(2025, "丙", instructor: "/"), row(2025, "丁", instructor: "王指导"),
            row(2025, "协会一", uscc: "无"), row(2025, "协会二", uscc: "无"),
        ].joined(separator: "\n")
        try withSite(["data/enterprises.csv": csv]) { site in
            let figures = try rollup(site).figures("1", 2025)
            // Six 未建 firms, one of them with an instructor; the two 无 credit codes are no duplicate.
            #expect(figures.instructorAssignment == Ratio(1, 6))
        }
    }

    @Test func oneYearOfDataRendersNoDumpAndNoEmptySections() throws {
        let csv = [Self.header, row(2025, "甲", members: "3", mode: "单独组建")].joined(separator: "\n")
        try withSite(["data/enterprises.csv": csv]) { site in
            let output = TestSupport.output(beside: site)
            _ = try BuildPipeline(
                options: BuildOptions(
                    contentDirectory: site, templatesDirectory: Self.templates, outputDirectory: output,
                    buildDate: Date(timeIntervalSince1970: 0))
            ).build()
            for page in ["index.html", "regions/1/index.html", "regions/11/index.html"] {
                let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
                #expect(!html.contains("[\"rows\""), "\(page) shows a Swift dictionary")
                #expect(!html.contains("href=\"\""), "\(page) has an empty link")
            }
            let enterprise = try String(
                contentsOf: output.appendingPathComponent(
                    "enterprises/e\(SitePlanner.stableHash("name:11/甲"))/index.html"), encoding: .utf8)
            #expect(!enterprise.contains("联合党组织编号"))
        }
    }

    @Test func aLoopInTheRegionTreeIsAnErrorNotAHang() throws {
        let regions = Self.regions + "300,环一,乡镇,301,,3\n301,环二,乡镇,300,,4\n"
        try withSite(["data/regions.csv": regions, "data/enterprises.csv": Self.header + "\n"]) { site in
            let outcome = ContentLoader(contentDirectory: site).inspect()
            #expect(outcome.diagnostics.contains { $0.message.contains("形成循环：环一 → 环二 → 环一") })
        }
    }

    @Test func regionCodesMustBeSafeFolderNames() throws {
        let regions = Self.regions + "../x,坏码,乡镇,1,,3\n"
        try withSite(["data/regions.csv": regions, "data/enterprises.csv": Self.header + "\n"]) { site in
            let outcome = ContentLoader(contentDirectory: site).inspect()
            #expect(outcome.diagnostics.contains { $0.severity == .error && $0.message.contains("区划代码“../x”只能包含") })
        }
    }

    @Test func rowsOutsideTheRootTreeAreErrors() throws {
        let regions = Self.regions + "2,邻县,县,,,2\n21,邻镇,乡镇,2,,1\n"
        let csv = [Self.header, row(2025, "甲"), row(2025, "越界", town: "邻镇")].joined(separator: "\n")
        try withSite(["data/regions.csv": regions, "data/enterprises.csv": csv]) { site in
            let errors = ContentLoader(contentDirectory: site).inspect().diagnostics.filter { $0.severity == .error }
            #expect(errors.count == 1)
            #expect(errors.first?.message.contains("“邻镇”（邻镇）不在根区划“某县”之下") == true)
        }
    }

    @Test func idNumbersAndAddressesNeverReachAPage() throws {
        let csv =
            Self.header.replacingOccurrences(of: ",备注", with: ",备注,负责人身份证号,家庭住址,联系人")
            + "\n" + row(2025, "甲") + ",330000199001011234,某路1号,张三"
        try withSite(["data/enterprises.csv": csv]) { site in
            let content = try ContentLoader(contentDirectory: site).load()
            #expect(content.records[0].extraColumns == [ExtraColumn(header: "联系人", value: "张三")])
            #expect(content.diagnostics.filter { $0.message.contains("不读取") }.count == 2)
        }
    }

    @Test func anEnterpriseThatMovedIsShownInItsCurrentTownship() throws {
        let csv = [
            Self.header, row(2024, "迁移厂", uscc: "91000000MA00000009", town: "甲镇"),
            row(2025, "迁移厂", uscc: "91000000MA00000009", town: "乙镇"),
        ].joined(separator: "\n")
        let honors = "年度,类别,层级,对象,对象类型,所在企业,乡镇\n2025,其他,县,迁移厂,组织,迁移厂,乙镇\n"
        try withSite(["data/enterprises.csv": csv, "data/honors.csv": honors]) { site in
            let rollup = try rollup(site)
            #expect(rollup.enterprises.values.first?.key.regionCode == "12")
            #expect(rollup.diagnostics.isEmpty, "\(rollup.diagnostics)")
            #expect(rollup.figures("12", 2025).honorsByCategory == [.other: 1])
            #expect(rollup.figures("11", 2025).honorsByCategory.isEmpty)
        }
    }

    @Test func anUnmatchedHonorWithoutTownshipCountsAtTheCounty() throws {
        let honors = "年度,类别,层级,对象,对象类型,所在企业,乡镇\n2025,优秀党建之友,县,赵六,个人,,\n"
        try withSite([
            "data/enterprises.csv": [Self.header, row(2025, "甲")].joined(separator: "\n"), "data/honors.csv": honors,
        ]) {
            site in
            let figures = try rollup(site).figures("1", 2025)
            #expect(figures.honorsByCategory == [.friendOfPartyBuilding: 1])
        }
    }

    @Test func missingMemberCountsAreNotedNotSummedAsZero() throws {
        let csv = [Self.header, row(2025, "甲", members: "10", mode: "单独组建"), row(2025, "乙", members: "", mode: "单独组建")]
            .joined(separator: "\n")
        try withSite(["data/enterprises.csv": csv]) { site in
            let figures = try rollup(site).figures("1", 2025)
            #expect(figures.counts.fullMembers == 10)
            #expect(figures.counts.fullMembersMissing == 1)
        }
    }

    @Test func configuredYearsMustExistAndPublishedFiguresOfOtherYearsAreNotChecked() throws {
        let csv = [Self.header, row(2024, "甲"), row(2025, "甲")].joined(separator: "\n")
        try withSite(["site.yaml": "title: t\nroot_region: \"1\"\nyears: [2052]\n", "data/enterprises.csv": csv]) {
            site in
            let errors = ContentLoader(contentDirectory: site).inspect().diagnostics.filter { $0.severity == .error }
            #expect(errors.map(\.message) == ["site.yaml 的 years 中的 2052 年在企业数据中没有记录（数据年度：2024、2025）"])
        }
        let published = "区划,年度,指标,数值\n某县,2024,组织覆盖率,50%\n"
        try withSite(
            [
                "site.yaml": "title: t\nroot_region: \"1\"\nyears: [2025]\n", "data/enterprises.csv": csv,
                "data/published.csv": published,
            ]
        ) { site in
            let diagnostics = try rollup(site).diagnostics
            #expect(diagnostics.isEmpty)
        }
    }

    @Test func absurdNumbersAreErrorsNotCrashes() throws {
        #expect(PublishedNumber.parse("99.0000000000000000%", isRate: true) == nil)
        #expect(PublishedNumber.parse("12345678901234567890", isRate: false) == nil)
        #expect(PublishedNumber.parse("98.35%", isRate: true)! == (9835, 2))
    }

    @Test func aFirmNamedLikeATotalIsAFirm() throws {
        let csv = [Self.header, row(2025, "小计算机科技有限公司"), "2025,溪口小计,,甲镇,,,,,10,0,0,0,0,,,,,,,,"]
            .joined(separator: "\n")
        try withSite(["data/enterprises.csv": csv]) { site in
            let content = try ContentLoader(contentDirectory: site).load()
            #expect(content.records.map(\.name) == ["小计算机科技有限公司"])
            #expect(content.diagnostics.isEmpty, "\(content.diagnostics)")
        }
    }

    @Test func aStaticFileCannotReplaceAGeneratedPage() throws {
        let csv = [Self.header, row(2025, "甲")].joined(separator: "\n")
        try withSite(["data/enterprises.csv": csv, "static/index.html": "<p>mine</p>"]) { site in
            let output = TestSupport.output(beside: site)
            #expect {
                _ = try BuildPipeline(
                    options: BuildOptions(
                        contentDirectory: site, templatesDirectory: Self.templates, outputDirectory: output)
                ).build()
            } throws: { error in
                (error as? BuildFailure)?.diagnostics.first?.message.contains("会覆盖网站中已有的“index.html”") == true
            }
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }

    @Test func markdownWithANulOrNothingRenders() {
        let renderer = MarkdownRenderer()
        #expect(renderer.html("") == "")
        #expect(renderer.html("前\u{0}后").contains("后"))
    }

    @Test func leftoversOfAKilledBuildAreTidiedAndALostSiteRestored() throws {
        let csv = [Self.header, row(2025, "甲")].joined(separator: "\n")
        try withSite(["data/enterprises.csv": csv]) { site in
            let output = TestSupport.output(beside: site)
            let stale = site.deletingLastPathComponent().appendingPathComponent(".out.staging-123")
            let previous = site.deletingLastPathComponent().appendingPathComponent(".out.previous-123")
            try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: previous, withIntermediateDirectories: true)
            try Data("generated by dangjian\n".utf8).write(to: previous.appendingPathComponent(SiteWriter.markerName))
            try Data("old".utf8).write(to: previous.appendingPathComponent("old.txt"))
            // Killed between the renames: out/ is gone, the previous site waits beside it; it comes back,
            // then the new build replaces it as usual.
            _ = try BuildPipeline(
                options: BuildOptions(
                    contentDirectory: site, templatesDirectory: Self.templates, outputDirectory: output)
            ).build()
            let siblings = try FileManager.default.contentsOfDirectory(atPath: site.deletingLastPathComponent().path)
            #expect(
                !siblings.contains {
                    $0.hasPrefix(".out.") && ![".out.dangjian-lock", ".out.dangjian-state"].contains($0)
                },
                "\(siblings)")
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("old.txt").path))
        }
    }
}
