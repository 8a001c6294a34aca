import Foundation
import Testing

@testable import DangjianKit

/// Ratio rounding and the RollupBuilder's indicators I1–I10, on data built in code.
@Suite("Indicators")
struct IndicatorTests {
    // MARK: - Ratio

    struct RoundingCase: CustomTestStringConvertible, Sendable {
        let numerator: Int
        let denominator: Int
        let decimals: Int
        let expected: String?
        var testDescription: String { "\(numerator)/\(denominator) at \(decimals) → \(expected ?? "nil")" }
    }

    @Test(arguments: [
        // A published city figure: 10275/10445 = 98.3724…% → 98.4 (the source printed a truncated 98.3).
        RoundingCase(numerator: 10275, denominator: 10445, decimals: 1, expected: "98.4"),
        // 4406/4519 = 97.4994…% → 97.5.
        RoundingCase(numerator: 4406, denominator: 4519, decimals: 1, expected: "97.5"),
        // Seed 002 example 5: 6/52 = 11.538…% → 11.54 half-up (the source truncated to 11.53).
        RoundingCase(numerator: 6, denominator: 52, decimals: 2, expected: "11.54"),
        // Social organisations: 1132/1143 = 99.037…% → 99.
        RoundingCase(numerator: 1132, denominator: 1143, decimals: 0, expected: "99"),
        // 412/417 = 98.800…% → 98.80 keeps its trailing zero.
        RoundingCase(numerator: 412, denominator: 417, decimals: 2, expected: "98.80"),
        // Exact halves round up: 1/8 = 12.5% → 13; 1/16 = 6.25% → 6.3.
        RoundingCase(numerator: 1, denominator: 8, decimals: 0, expected: "13"),
        RoundingCase(numerator: 1, denominator: 16, decimals: 1, expected: "6.3"),
        // 1/3 = 33.333…% stays down; 2/3 = 66.666…% goes up.
        RoundingCase(numerator: 1, denominator: 3, decimals: 1, expected: "33.3"),
        RoundingCase(numerator: 2, denominator: 3, decimals: 1, expected: "66.7"),
        // A small fraction keeps its leading zeros: 1/400 = 0.25% → 0.25; 1/2000 = 0.05% → 0.1.
        RoundingCase(numerator: 1, denominator: 400, decimals: 2, expected: "0.25"),
        RoundingCase(numerator: 1, denominator: 2000, decimals: 1, expected: "0.1"),
        RoundingCase(numerator: 0, denominator: 7, decimals: 1, expected: "0.0"),
        RoundingCase(numerator: 7, denominator: 7, decimals: 1, expected: "100.0"),
        RoundingCase(numerator: 7, denominator: 7, decimals: 0, expected: "100"),
        // A zero denominator has no value, never 0% or NaN.
        RoundingCase(numerator: 0, denominator: 0, decimals: 1, expected: nil),
        RoundingCase(numerator: 3, denominator: 0, decimals: 2, expected: nil),
    ])
    func percentageRoundsHalfUp(_ example: RoundingCase) {
        #expect(
            Ratio(example.numerator, example.denominator).percentage(decimals: example.decimals) == example.expected)
    }

    @Test func quotientAndBasisPointsRoundHalfUp() {
        // 7 members / 3 organisations = 2.333… → 2.3; 5/2 = 2.5 → 3 at 0 decimals.
        #expect(Ratio(7, 3).quotient(decimals: 1) == "2.3")
        #expect(Ratio(5, 2).quotient(decimals: 0) == "3")
        #expect(Ratio(5, 0).quotient(decimals: 1) == nil)
        // 6/52 = 11.538…% = 1153.8 hundredths → 1154.
        #expect(Ratio(6, 52).basisPoints == 1154)
        #expect(Ratio(1, 0).basisPoints == nil)
    }

    @Test func countingExcludesMissingInputs() {
        var ratio = Ratio(0, 0)
        ratio.count(true)
        ratio.count(false)
        ratio.count(nil)
        ratio.count(true)
        #expect(ratio == Ratio(2, 3, excluded: 1))
    }

    // MARK: - Content built in code

    /// The county 900 with two townships, 东镇 901 and 西镇 902.
    static let regions: [Region] = [
        Region(
            code: "900", name: "样例县", level: .county, parentCode: nil, aliases: [], order: 1,
            location: DangjianKit.SourceLocation(file: "regions.csv", line: 2)),
        Region(
            code: "901", name: "东镇", level: .town, parentCode: "900", aliases: [], order: 1,
            location: DangjianKit.SourceLocation(file: "regions.csv", line: 3)),
        Region(
            code: "902", name: "西镇", level: .town, parentCode: "900", aliases: [], order: 2,
            location: DangjianKit.SourceLocation(file: "regions.csv", line: 4)),
    ]

    static func record(
        _ name: String, in township: String, year: Int = 2025, category: OrganisationCategory = .enterprise,
        active: Bool? = true, aboveSize: Bool? = false, staff: Int?, full: Int?, probationary: Int? = 0,
        activists: Int? = 0, recruited: Int? = 0, mode: FormationMode?, type: OrganisationType? = nil,
        joint: String? = nil, organisationName: String? = nil, instructor: String? = nil
    ) -> EnterpriseRecord {
        EnterpriseRecord(
            year: year, name: name, creditCode: nil, regionCode: township, category: category, industry: nil,
            isActive: active, isAboveSize: aboveSize, staff: staff, fullMembers: full,
            probationaryMembers: probationary, activists: activists, recruited: recruited, mode: mode,
            organisationName: organisationName, organisationType: type, jointOrganisationID: joint,
            instructor: instructor, stars: nil, meetsSixHaves: nil, note: nil, extraColumns: [],
            location: DangjianKit.SourceLocation(file: "enterprises.csv", line: 2))
    }

    /// Twelve enterprise rows for 2025. Every expected figure below is counted by hand from this list.
    ///
    /// | firm | tsp | P? | 规上 | staff | M | Pm | mode | other |
    /// |---|---|---|---|---|---|---|---|---|
    /// | A 东一 | 901 | yes | yes | 150 | 120 | 2 | 单独 党委 | 3 recruited, 4 activists |
    /// | B 东二 | 901 | yes | no | 40 | 2 | 1 | 联合 J1 | |
    /// | C 东三 | 901 | yes | no | 60 | 0 | 1 | 联合 J1 | |
    /// | D 东四 | 901 | yes | no | 10 | 0 | 0 | 联合 J1 | |
    /// | E 东五 | 901 | yes | nil | 120 | 4 | 0 | 未建 | instructor |
    /// | F 东六 | 901 | NO (shell) | no | 200 | 5 | 0 | 未建 | |
    /// | G 东七 | 901 | yes | yes | 30 | nil | 0 | 挂靠 | |
    /// | H 西一 | 902 | yes | no | 80 | 3 | 0 | 单独 党支部 | |
    /// | I 西二 | 902 | yes | no | 55 | 0 | 0 | 未建 | social organisation |
    /// | J 西三 | 902 | yes | yes | 100 | 3 | 1 | 挂靠 | instructor |
    /// | K 西四 | 902 | yes | yes | 90 | 55 | 2 | 单独 党总支 | |
    /// | L 西五 | 902 | yes | no | nil | 1 | 0 | 未建 | instructor |
    static let records: [EnterpriseRecord] = [
        record(
            "东一", in: "901", aboveSize: true, staff: 150, full: 120, probationary: 2, activists: 4, recruited: 3,
            mode: .own, type: .committee),
        record("东二", in: "901", staff: 40, full: 2, probationary: 1, mode: .joint, type: .jointBranch, joint: "J1"),
        record("东三", in: "901", staff: 60, full: 0, probationary: 1, mode: .joint, type: .jointBranch, joint: "J1"),
        record("东四", in: "901", staff: 10, full: 0, mode: .joint, type: .jointBranch, joint: "J1"),
        record("东五", in: "901", aboveSize: nil, staff: 120, full: 4, mode: .unbuilt, instructor: "赵指导"),
        record("东六", in: "901", active: false, staff: 200, full: 5, recruited: 2, mode: .unbuilt),
        record("东七", in: "901", aboveSize: true, staff: 30, full: nil, mode: .attached),
        record("西一", in: "902", staff: 80, full: 3, mode: .own, type: .branch),
        record("西二", in: "902", category: .socialOrganisation, staff: 55, full: 0, mode: .unbuilt),
        record(
            "西三", in: "902", aboveSize: true, staff: 100, full: 3, probationary: 1, mode: .attached,
            instructor: "钱指导"),
        record(
            "西四", in: "902", aboveSize: true, staff: 90, full: 55, probationary: 2, mode: .own, type: .generalBranch),
        record("西五", in: "902", staff: nil, full: 1, mode: .unbuilt, instructor: "孙指导"),
    ]

    static func content(
        records: [EnterpriseRecord] = records, configure: (inout SiteConfig) -> Void = { _ in }
    ) -> SiteContent {
        var config = SiteConfig(title: "测试", rootRegion: "900")
        configure(&config)
        return SiteContent(
            config: config, regions: regions, records: records, honors: [], reports: [], showcases: [],
            staticFiles: [], diagnostics: [])
    }

    static func figures(_ code: String, configure: (inout SiteConfig) -> Void = { _ in }) -> RegionFigures {
        // The content of these tests always has its root region.
        try! RollupBuilder(content: content(configure: configure)).build().figures(code, 2025)
    }

    private func dueNames(_ figures: RegionFigures) -> [String: [DueUnbuiltReason]] {
        Dictionary(uniqueKeysWithValues: figures.dueUnbuilt.map { ($0.enterprise.name, $0.reasons) })
    }

    // MARK: - I1–I9, default thresholds (3 / 50 / 100)

    @Test func organisationCoverageI1() {
        // 东镇: P = A B C D E G (F is a shell); A own + B C D joint = 4; G 挂靠 not covered.
        #expect(Self.figures("901").organisationCoverage == Ratio(4, 6))
        // 西镇: P = H I J K L; H K own = 2.
        #expect(Self.figures("902").organisationCoverage == Ratio(2, 5))
        #expect(Self.figures("900").organisationCoverage == Ratio(6, 11))
        #expect(Self.figures("900").organisationCoverage.percentage(decimals: 1) == "54.5")
    }

    @Test func attachedCountsAsCoveredOnlyWhenConfigured() {
        let covered = { (config: inout SiteConfig) in config.countAttachedAsCovered = true }
        // 挂靠: G in 东镇, J in 西镇.
        #expect(Self.figures("901", configure: covered).organisationCoverage == Ratio(5, 6))
        #expect(Self.figures("902", configure: covered).organisationCoverage == Ratio(3, 5))
        #expect(Self.figures("900", configure: covered).organisationCoverage == Ratio(8, 11))
        // Only I1 changes: 单独组建率 stays A H K = 3 of 11.
        #expect(Self.figures("900", configure: covered).ownOrganisationRate == Ratio(3, 11))
    }

    @Test func ownOrganisationRateI2() {
        #expect(Self.figures("901").ownOrganisationRate == Ratio(1, 6))
        #expect(Self.figures("902").ownOrganisationRate == Ratio(2, 5))
        #expect(Self.figures("900").ownOrganisationRate == Ratio(3, 11))
    }

    @Test func eligibleFormationRateI3ExcludesMissingMembers() {
        // 东镇: M ≥ 3 among P: A (own), E (未建) → 1/2; G has no 正式党员 → excluded; F is a shell.
        #expect(Self.figures("901").eligibleFormationRate == Ratio(1, 2, excluded: 1))
        // 西镇: H (own), J (挂靠), K (own) → 2/3.
        #expect(Self.figures("902").eligibleFormationRate == Ratio(2, 3, excluded: 0))
        #expect(Self.figures("900").eligibleFormationRate == Ratio(3, 5, excluded: 1))
    }

    @Test func dueUnbuiltI4ListsReasons() {
        // E: 4 members and 未建 with 120 staff → both reasons. J: 3 members, 挂靠 (100 staff but
        // not 未建) → members only. F (shell, 5 members, 200 staff, 未建) is outside P.
        let county = dueNames(Self.figures("900"))
        #expect(county == ["东五": [.enoughMembers, .largeWithoutOrganisation], "西三": [.enoughMembers]])
        #expect(dueNames(Self.figures("901")) == ["东五": [.enoughMembers, .largeWithoutOrganisation]])
        #expect(dueNames(Self.figures("902")) == ["西三": [.enoughMembers]])
    }

    @Test func memberPresence50I5() {
        // 东镇 staff ≥ 50: A (122 members), C (0 + 1 probationary), E (4) → 3/3.
        #expect(Self.figures("901").memberPresence50 == Ratio(3, 3))
        // 西镇: H yes, I (0 + 0) no, J yes, K yes; L has no staff figure → excluded.
        #expect(Self.figures("902").memberPresence50 == Ratio(3, 4, excluded: 1))
        #expect(Self.figures("900").memberPresence50 == Ratio(6, 7, excluded: 1))
    }

    @Test func organisationPresence100I6AndOwnVariant() {
        // 东镇 staff ≥ 100: A (own), E (未建) → 1/2, own-only 1/2.
        #expect(Self.figures("901").organisationPresence100 == Ratio(1, 2))
        #expect(Self.figures("901").ownOrganisationPresence100 == Ratio(1, 2))
        // 西镇: J (挂靠, 100 staff exactly) has an organisation to attach to, but not its own.
        #expect(Self.figures("902").organisationPresence100 == Ratio(1, 1, excluded: 1))
        #expect(Self.figures("902").ownOrganisationPresence100 == Ratio(0, 1, excluded: 1))
        #expect(Self.figures("900").organisationPresence100 == Ratio(2, 3, excluded: 1))
        #expect(Self.figures("900").ownOrganisationPresence100 == Ratio(1, 3, excluded: 1))
    }

    @Test func aboveSizeOwnOrganisationRateI7() {
        // 规上: A (own), G (挂靠) → 1/2; E's 是否规上 is missing → excluded. 西镇: J (挂靠), K (own) → 1/2.
        #expect(Self.figures("901").aboveSizeOwnOrganisationRate == Ratio(1, 2, excluded: 1))
        #expect(Self.figures("902").aboveSizeOwnOrganisationRate == Ratio(1, 2))
        #expect(Self.figures("900").aboveSizeOwnOrganisationRate == Ratio(2, 4, excluded: 1))
    }

    @Test func workCoverageI8() {
        // 东镇: every firm in P has an organisation or (E) an instructor → 6/6.
        #expect(Self.figures("901").workCoverage == Ratio(6, 6))
        // 西镇: I is 未建 without an instructor; L is 未建 with one → 4/5.
        #expect(Self.figures("902").workCoverage == Ratio(4, 5))
        #expect(Self.figures("900").workCoverage == Ratio(10, 11))
    }

    @Test func instructorAssignmentI9() {
        // 未建 in P: E (instructor) → 1/1; I (none), L (instructor) → 1/2. F is a shell.
        #expect(Self.figures("901").instructorAssignment == Ratio(1, 1))
        #expect(Self.figures("902").instructorAssignment == Ratio(1, 2))
        #expect(Self.figures("900").instructorAssignment == Ratio(2, 3))
    }

    // MARK: - I10 counts

    @Test func countsOfTheEastTownshipCountTheJointBranchOnce() {
        let counts = Self.figures("901").counts
        #expect(counts.enterprises == 7)  // A–G, the shell included
        #expect(counts.population == 6)  // F left out
        #expect(counts.firms == 6)
        #expect(counts.socialOrganisations == 0)
        #expect(counts.organisations == 2)  // A's committee + the one joint branch J1 of B, C, D
        #expect(counts.committees == 1)
        #expect(counts.generalBranches == 0)
        #expect(counts.branches == 0)
        #expect(counts.jointBranches == 1)
        #expect(counts.firmsInJointBranches == 3)
        #expect([counts.ownMode, counts.jointMode, counts.attachedMode, counts.unbuiltMode] as [Int] == [1, 3, 1, 1])
        #expect(counts.fullMembers == 126)  // 120 + 2 + 0 + 0 + 4 (+ G missing); F's 5 not counted
        #expect(counts.probationaryMembers == 4)  // 2 + 1 + 1
        #expect(counts.recruited == 3)  // A's 3; F's 2 not counted
        #expect(counts.activists == 4)
        #expect(counts.staff == 410)  // 150 + 40 + 60 + 10 + 120 + 30
        #expect(counts.instructors == 1)
        #expect(counts.membersInOrganisations == 126)  // A 122 + B 3 + C 1 + D 0
        #expect(Self.figures("901").membersPerOrganisation.quotient(decimals: 1) == "63.0")
    }

    @Test func countsOfTheWestTownshipAndTheCounty() {
        let west = Self.figures("902").counts
        #expect(west.enterprises == 5)
        #expect(west.population == 5)
        #expect(west.firms == 4)
        #expect(west.socialOrganisations == 1)
        #expect(west.organisations == 2)  // H branch, K general branch
        #expect([west.committees, west.generalBranches, west.branches, west.jointBranches] as [Int] == [0, 1, 1, 0])
        #expect([west.ownMode, west.jointMode, west.attachedMode, west.unbuiltMode] as [Int] == [2, 0, 1, 2])
        #expect(west.fullMembers == 62)  // 3 + 0 + 3 + 55 + 1
        #expect(west.probationaryMembers == 3)  // J 1 + K 2
        #expect(west.staff == 325)  // 80 + 55 + 100 + 90 (L missing)
        #expect(west.instructors == 2)
        #expect(west.membersInOrganisations == 60)  // H 3 + K 57

        let county = Self.figures("900").counts
        #expect(county.enterprises == 12)
        #expect(county.population == 11)
        #expect(county.organisations == 4)
        #expect(county.jointBranches == 1)
        #expect(county.fullMembers == 188)
        #expect(county.probationaryMembers == 7)
        #expect(county.staff == 735)
        #expect(county.instructors == 3)
        // 186 members in 4 organisations → 46.5.
        #expect(Self.figures("900").membersPerOrganisation == Ratio(186, 4))
        #expect(Self.figures("900").membersPerOrganisation.quotient(decimals: 1) == "46.5")
    }

    @Test func aJointBranchAcrossTwoTownshipsIsOneOrganisationOfTheCounty() throws {
        let records = [
            Self.record("甲", in: "901", staff: 10, full: 2, mode: .joint, joint: "LH-9"),
            Self.record("乙", in: "902", staff: 10, full: 2, mode: .joint, joint: "LH-9"),
            // Without a 联合党组织编号 the organisation name identifies the joint branch.
            Self.record("丙", in: "902", staff: 5, full: 1, mode: .joint, organisationName: "西镇联合党支部"),
            Self.record("丁", in: "902", staff: 5, full: 1, mode: .joint, organisationName: "西镇联合党支部"),
        ]
        let rollup = try RollupBuilder(content: Self.content(records: records)).build()
        #expect(rollup.figures("901", 2025).counts.jointBranches == 1)
        #expect(rollup.figures("902", 2025).counts.jointBranches == 2)  // LH-9 and 西镇联合党支部
        #expect(rollup.figures("900", 2025).counts.jointBranches == 2)
        #expect(rollup.figures("900", 2025).counts.organisations == 2)
        #expect(rollup.figures("900", 2025).counts.firmsInJointBranches == 4)
    }

    // MARK: - Thresholds from site.yaml

    @Test func changedThresholdsChangeTheResults() {
        let lowered = { (config: inout SiteConfig) in
            config.thresholds.fullMembersForOrganisation = 2
            config.thresholds.staffForMember = 30
            config.thresholds.staffForOrganisation = 60
        }
        let county = Self.figures("900", configure: lowered)
        // I3, M ≥ 2: A B E H J K; own: A H K → 3/6; G still excluded.
        #expect(county.eligibleFormationRate == Ratio(3, 6, excluded: 1))
        // I5, staff ≥ 30: A B C E yes; G (30, members unknown) excluded; D (10) out;
        // H J K yes, I no; L excluded → 7/8.
        #expect(county.memberPresence50 == Ratio(7, 8, excluded: 2))
        // I6, staff ≥ 60: A own, C joint, E 未建, H own, J 挂靠, K own → 5/6; own-only A H K 3/6.
        #expect(county.organisationPresence100 == Ratio(5, 6, excluded: 1))
        #expect(county.ownOrganisationPresence100 == Ratio(3, 6, excluded: 1))
        // I4: B (2 members, joint) joins; E keeps both reasons (120 ≥ 60); J members only.
        #expect(
            dueNames(county) == [
                "东二": [.enoughMembers], "东五": [.enoughMembers, .largeWithoutOrganisation],
                "西三": [.enoughMembers],
            ])
        // Rates without thresholds do not move.
        #expect(county.organisationCoverage == Ratio(6, 11))
    }

    // MARK: - Township figures add up to the county's

    /// A ratio's three numbers, for adding up.
    private func parts(_ ratio: Ratio) -> [Int] { [ratio.numerator, ratio.denominator, ratio.excluded] }

    private func countFields(_ counts: RegionCounts) throws -> [String: Int] {
        let data = try JSONEncoder().encode(counts)
        return try JSONDecoder().decode([String: Int].self, from: data)
    }

    @Test(arguments: [false, true])
    func townshipFiguresSumToTheCounty(attachedCovered: Bool) throws {
        let configure = { (config: inout SiteConfig) in config.countAttachedAsCovered = attachedCovered }
        let county = Self.figures("900", configure: configure)
        let townships = ["901", "902"].map { Self.figures($0, configure: configure) }
        let ratios: [(String, (RegionFigures) -> Ratio)] = RateIndicator.allCases.map { rate in
            (rate.rawValue, { $0.ratio(rate) })
        }
        #expect(ratios.count == 11)
        for (name, ratio) in ratios {
            let sum = townships.map { parts(ratio($0)) }.reduce([0, 0, 0]) { zip($0, $1).map(+) }
            #expect(sum == parts(ratio(county)), "\(name)")
        }
        #expect(townships.map(\.dueUnbuilt.count).reduce(0, +) == county.dueUnbuilt.count)
        let countSums = try townships.map { try countFields($0.counts) }.reduce(into: [String: Int]()) { total, next in
            total.merge(next, uniquingKeysWith: +)
        }
        #expect(countSums == (try countFields(county.counts)))
        #expect(countSums.count > 20)
    }

    @Test func yearsAreKeptApart() throws {
        var records = Self.records
        records.append(Self.record("东一", in: "901", year: 2024, staff: 140, full: 100, mode: .own, type: .committee))
        let rollup = try RollupBuilder(content: Self.content(records: records)).build()
        #expect(rollup.years == [2024, 2025])
        #expect(rollup.figures("900", 2024).organisationCoverage == Ratio(1, 1))
        #expect(rollup.figures("900", 2025).organisationCoverage == Ratio(6, 11))
        #expect(rollup.enterprises.values.first { $0.key.name == "东一" }?.records.map(\.year) == [2024, 2025])
    }
}
