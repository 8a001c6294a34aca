import Foundation
import Testing

@testable import DangjianKit

/// The enterprise page's verdicts (read from the rollup's own counting rules) and its joint branch.
@Suite struct EnterpriseStandingTests {
    static let regions = "代码,名称,层级,上级代码,别名,排序\n1,某县,县,,,1\n11,甲镇,乡镇,1,,1\n12,乙镇,乡镇,1,,2\n"

    /// One enterprises CSV line.
    static func row(
        _ name: String, town: String = "甲镇", active: String = "是", aboveSize: String = "否", staff: String = "10",
        members: String = "0", probationary: String = "0", mode: String = "未建", organisation: String = "",
        joint: String = "", instructor: String = "", sixHaves: String = ""
    ) -> String {
        "2025,\(name),,\(town),非公企业,制造业,\(active),\(aboveSize),\(staff),\(members),\(probationary),0,0,\(mode),\(organisation),,\(joint),\(instructor),,\(sixHaves),"
    }

    /// The row's standing under the default thresholds (3 / 50 / 100).
    func standing(_ line: String) throws -> EnterpriseStanding {
        try TestSupport.withContentSite(
            ["data/enterprises.csv": ShowcaseHonorTests.header + "\n" + line + "\n"], regions: Self.regions
        ) { site in
            let content = try ContentLoader(contentDirectory: site).load()
            return EnterpriseStanding(record: try #require(content.records.first), config: content.config)
        }
    }

    @Test func aLargeFirmWithItsOwnOrganisationIsCountedEverywhereItBelongs() throws {
        let standing = try standing(
            Self.row("红星机械", aboveSize: "是", staff: "120", members: "5", mode: "单独组建", sixHaves: "是"))
        #expect(standing.place(in: .organisationCoverage) == .counted)
        #expect(standing.place(in: .ownOrganisationRate) == .counted)
        #expect(standing.place(in: .eligibleFormationRate) == .counted)
        #expect(standing.place(in: .memberPresence50) == .counted)
        #expect(standing.place(in: .organisationPresence100) == .counted)
        #expect(standing.place(in: .ownOrganisationPresence100) == .counted)
        #expect(standing.place(in: .aboveSizeOwnOrganisationRate) == .counted)
        #expect(standing.place(in: .workCoverage) == .counted)
        #expect(standing.place(in: .instructorAssignment) == .outsideDenominator, "only 未建 firms are in I9")
        #expect(standing.place(in: .sixHavesRate) == .counted)
        #expect(standing.place(in: .memberShareOfStaff) == nil, "I14 counts people, not firms")
        #expect(standing.dueUnbuiltReasons == [])
        #expect(standing.doubleStandard == .met)
    }

    @Test func aSmallFirmWithMembersAndNoOrganisationIsDueAndOutsideTheStaffRates() throws {
        let standing = try standing(Self.row("小微科技", staff: "20", members: "4"))
        #expect(standing.place(in: .organisationCoverage) == .uncounted)
        #expect(standing.place(in: .eligibleFormationRate) == .uncounted)
        #expect(standing.place(in: .memberPresence50) == .outsideDenominator)
        #expect(standing.place(in: .organisationPresence100) == .outsideDenominator)
        #expect(standing.place(in: .aboveSizeOwnOrganisationRate) == .outsideDenominator)
        #expect(standing.place(in: .instructorAssignment) == .uncounted)
        #expect(standing.place(in: .sixHavesRate) == .outsideDenominator)
        #expect(standing.dueUnbuiltReasons == [.enoughMembers])
        #expect(standing.doubleStandard == .notApplicable)
    }

    @Test func aLargeFirmWithoutMembersFailsBothHalvesOfTheDoubleStandard() throws {
        let standing = try standing(Self.row("大厂", staff: "150", instructor: "王指导"))
        #expect(standing.place(in: .memberPresence50) == .uncounted)
        #expect(standing.place(in: .organisationPresence100) == .uncounted)
        #expect(standing.place(in: .workCoverage) == .counted, "an instructor is work coverage")
        #expect(standing.place(in: .instructorAssignment) == .counted)
        #expect(standing.dueUnbuiltReasons == [.largeWithoutOrganisation])
        #expect(standing.doubleStandard == .notMet([.memberPresence50, .organisationPresence100]))
    }

    @Test func aMissingInputLeavesTheFirmOutOfTheRatesThatNeedIt() throws {
        let standing = try standing(Self.row("缺数企业", staff: "", members: "2", mode: "联合组建", joint: "LH-1"))
        #expect(standing.place(in: .memberPresence50) == .missingInput)
        #expect(standing.place(in: .organisationPresence100) == .missingInput)
        #expect(standing.place(in: .organisationCoverage) == .counted)
        #expect(standing.place(in: .sixHavesRate) == .missingInput, "六有 left empty")
        #expect(standing.doubleStandard == .unknown)
    }

    @Test func aShellIsInNoPopulation() throws {
        let standing = try standing(Self.row("空壳公司", active: "否", staff: "200", members: "5"))
        #expect(standing.verdicts.allSatisfy { $0.place == .outsidePopulation })
        #expect(standing.verdicts.count == IndicatorCatalogue.rates.count - 1)
        #expect(standing.dueUnbuiltReasons == nil)
        #expect(standing.doubleStandard == .outsidePopulation)
    }

    @Test func theVerdictsAddUpToTheRollupsFigures() throws {
        let lines = [
            Self.row("红星机械", aboveSize: "是", staff: "120", members: "5", mode: "单独组建", sixHaves: "是"),
            Self.row("小微科技", staff: "20", members: "4"), Self.row("大厂", staff: "150", instructor: "王指导"),
            Self.row("缺数企业", staff: "", members: "2", mode: "联合组建", joint: "LH-1"),
            Self.row("空壳公司", active: "否", staff: "200", members: "5"),
            Self.row("挂靠商行", aboveSize: "", staff: "60", probationary: "1", mode: "挂靠"),
        ]
        try TestSupport.withContentSite(
            ["data/enterprises.csv": ([ShowcaseHonorTests.header] + lines).joined(separator: "\n") + "\n"],
            regions: Self.regions
        ) { site in
            let content = try ContentLoader(contentDirectory: site).load()
            let rollup = try RollupBuilder(content: content).build()
            let figures = rollup.figures("1", 2025)
            let standings = content.records.map { EnterpriseStanding(record: $0, config: content.config) }
            for rate in IndicatorCatalogue.rates where rate != .memberShareOfStaff {
                let places = standings.compactMap { $0.place(in: rate) }
                let ratio = figures.ratio(rate)
                #expect(places.filter { $0 == .counted }.count == ratio.numerator, "\(rate) numerator")
                #expect(
                    places.filter { $0 == .counted || $0 == .uncounted }.count == ratio.denominator,
                    "\(rate) denominator")
                #expect(places.filter { $0 == .missingInput }.count == ratio.excluded, "\(rate) excluded")
            }
            let due = standings.filter { $0.dueUnbuiltReasons?.isEmpty == false }.map(\.record.name)
            #expect(Set(due) == Set(figures.dueUnbuilt.map(\.enterprise.name)))
        }
    }

    // MARK: Joint branches

    static let jointLines = [
        row("甲商贸", staff: "30", members: "1", mode: "联合组建", organisation: "甲镇商贸联合党支部", joint: "LH-01"),
        row("乙电子", staff: "40", members: "3", mode: "联合组建", organisation: "甲镇商贸联合党支部", joint: "LH-01"),
        // No number written: counted in the branch the other firms of the same name numbered.
        row("丙服饰", staff: "25", members: "2", mode: "联合组建", organisation: "甲镇商贸联合党支部"),
        row("丁物流", town: "乙镇", staff: "35", members: "1", mode: "联合组建", organisation: "乙镇联合党支部", joint: "LH-02"),
        row("戊建材", town: "乙镇", staff: "15", members: "1", mode: "联合组建", organisation: "戊建材联合党支部", joint: "LH-02"),
    ]

    func withJointSite<T>(_ body: (SiteContent, Rollup, URL) throws -> T) throws -> T {
        try TestSupport.withContentSite(
            ["data/enterprises.csv": ([ShowcaseHonorTests.header] + Self.jointLines).joined(separator: "\n") + "\n"],
            regions: Self.regions
        ) { site in
            let content = try ContentLoader(contentDirectory: site).load()
            return try body(content, try RollupBuilder(content: content).build(), site)
        }
    }

    @Test func aJointBranchListsItsMembersUnderTheRollupsOneID() throws {
        try withJointSite { content, rollup, _ in
            let unnumbered = try #require(content.records.first { $0.name == "丙服饰" }).key
            let branches = rollup.jointBranches
            #expect(branches.branch(of: unnumbered, year: 2025) == "LH-01")
            #expect(branches.members(of: "LH-01", year: 2025).map(\.name) == ["丙服饰", "乙电子", "甲商贸"])
            #expect(branches.holder(of: "LH-01", year: 2025)?.name == "乙电子", "the most full members")
            #expect(branches.holder(of: "LH-02", year: 2025)?.name == "戊建材", "the firm the branch is named after")
            #expect(branches.members(of: "LH-02", year: 2025).count == 2)
            #expect(rollup.figures("11", 2025).counts.jointBranches == 1, "the same branch the rollup counts once")
        }
    }

    @Test func theEnterprisePageLinksItsPartnersAndNamesTheHolder() throws {
        try withJointSite { _, _, site in
            let output = TestSupport.output(beside: site)
            _ = try TestSupport.build(content: site, output: output)
            let pages = try FileManager.default.contentsOfDirectory(
                at: output.appendingPathComponent("enterprises"), includingPropertiesForKeys: nil)
            let html = try #require(
                try pages.map {
                    try String(contentsOf: $0.appendingPathComponent("index.html"), encoding: .utf8)
                }.first { $0.contains("<h1>甲商贸") })
            #expect(html.contains("联合党组织：甲镇商贸联合党支部"))
            #expect(html.contains("牵头企业：乙电子"))
            #expect(html.contains("<strong>甲商贸</strong>（本企业）"))
            #expect(html.matches(of: /<a href="\.\.\/[^"]+\/index\.html">(乙电子|丙服饰)<\/a>/).count == 2)
            // Its verdicts link to the township's lists filtered as the figures are.
            #expect(html.contains("enterprises/index.html#population=1&amp;counted=I1\">名单</a>"))
            #expect(html.contains("<span class=\"verdict-label\">双达标</span>"))
        }
    }
}
