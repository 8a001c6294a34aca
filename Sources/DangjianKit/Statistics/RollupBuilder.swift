/// The aggregate stage: rolls enterprise-year records up the region tree into indicators.
public struct RollupBuilder: Sendable {
    /// What was loaded.
    public let content: SiteContent

    /// Creates a builder over loaded content.
    public init(content: SiteContent) {
        self.content = content
    }

    /// Computes every indicator for every region and year.
    public func build() throws(BuildFailure) -> Rollup {
        let config = content.config
        let tree = try RegionTree(regions: content.regions, rootCode: config.rootRegion)
        let dataYears = Set(content.records.map(\.year))
        let years = (config.years.isEmpty ? dataYears : Set(config.years).intersection(dataYears)).sorted()
        let yearSet = Set(years)

        var figures: [String: [Int: RegionFigures]] = [:]
        var jointBranches: [String: Set<String>] = [:]
        let jointIDs = jointBranchIDsByName()
        var lineages: [String: [Region]] = [:]
        // Each region's rows of each year, as indexes into `content.records`, in list order (name,
        // then township): every page reads its slice instead of scanning all enterprises.
        var rowIndexes: [String: [Int: [Int]]] = [:]
        let listOrder = content.records.indices.sorted {
            let (a, b) = (content.records[$0], content.records[$1])
            return (a.name, a.regionCode) < (b.name, b.regionCode)
        }
        for index in listOrder where yearSet.contains(content.records[index].year) {
            let record = content.records[index]
            let lineage = lineages[record.regionCode] ?? tree.lineage(of: record.regionCode)
            lineages[record.regionCode] = lineage
            let contribution = Contribution(record: record, config: config, jointIDsByName: jointIDs)
            for region in lineage {
                rowIndexes[region.code, default: [:]][record.year, default: []].append(index)
                let slot = "\(region.code)|\(record.year)"
                // Only firms in the population count: a shell sharing the id must not use up the branch.
                let isNewJoint =
                    record.isInPopulation
                    && (contribution.jointBranchID.map { jointBranches[slot, default: []].insert($0).inserted } ?? false)
                // Mutated in place: copying the figures out and back made every append to the
                // 应建未建 list copy the list (quadratic in a region's size).
                contribution.add(
                    to: &figures[region.code, default: [:]][
                        record.year, default: RegionFigures(regionCode: region.code, year: record.year)],
                    isNewJointBranch: isNewJoint)
            }
        }
        for code in Array(figures.keys) {
            for year in Array(figures[code]!.keys) {
                figures[code]![year]!.dueUnbuilt.sort { $0.enterprise < $1.enterprise }
            }
        }

        var rowsByKey: [EnterpriseKey: [EnterpriseRecord]] = [:]
        for record in content.records where lineages[record.regionCode]?.isEmpty == false {
            rowsByKey[record.key, default: []].append(record)
        }
        // The key of the latest row: an enterprise that moved is shown in its current township.
        let enterprises = rowsByKey.mapValues { rows in
            let sorted = rows.sorted { $0.year < $1.year }
            return EnterpriseHistory(key: sorted[sorted.count - 1].key, records: sorted)
        }
        let (honorEnterprises, honorWarnings) = matchHonors(enterprises: enterprises)
        let honorTownships = attributeHonors(
            tree: tree, years: yearSet, enterprises: enterprises, honorEnterprises: honorEnterprises)
        addRecognition(to: &figures, tree: tree, years: years, honorTownships: honorTownships)
        var rollup = Rollup(
            tree: tree, years: years, figures: figures, enterprises: enterprises, honors: content.honors,
            honorEnterprises: honorEnterprises, honorTownships: honorTownships, records: content.records,
            rowIndexes: rowIndexes)
        rollup.publishedMismatches = PublishedFigureCheck(
            published: content.published.filter { yearSet.contains($0.year) },
            figures: { [rollup] in rollup.figures($0, $1) }, regionName: { code in tree.region(code)?.name ?? code },
            catalogue: IndicatorCatalogue(thresholds: config.thresholds)
        ).mismatches()
        rollup.jointBranches = JointBranches(
            records: content.records.filter { yearSet.contains($0.year) && lineages[$0.regionCode]?.isEmpty == false },
            config: config, jointIDsByName: jointIDs)
        rollup.diagnostics = honorWarnings + rollup.publishedMismatches.map(\.diagnostic)
        return rollup
    }
}

extension RollupBuilder {
    /// For each year, the 联合党组织编号 of each joint branch name, so that a firm which left the
    /// number blank is counted in the same branch as the firms that wrote it.
    func jointBranchIDsByName() -> [Int: [String: String]] {
        var ids: [Int: [String: String]] = [:]
        for record in content.records where record.mode == .joint {
            if let id = record.jointOrganisationID, let name = record.organisationName, ids[record.year]?[name] == nil {
                ids[record.year, default: [:]][name] = id
            }
        }
        return ids
    }

    /// The township each honor of a year in the data counts in: its enterprise's township that
    /// year, else the enterprise's current township, else the honor's 乡镇, else the root.
    func attributeHonors(
        tree: RegionTree, years: Set<Int>, enterprises: [EnterpriseKey: EnterpriseHistory],
        honorEnterprises: [HonorKey: EnterpriseKey]
    ) -> [HonorKey: String] {
        var townships: [HonorKey: String] = [:]
        for honor in content.honors where years.contains(honor.year) {
            if let enterprise = honorEnterprises[honor.key] {
                townships[honor.key] =
                    enterprises[enterprise]?.record(in: honor.year)?.regionCode
                    ?? enterprises[enterprise]?.key.regionCode ?? enterprise.regionCode
            } else {
                townships[honor.key] = honor.regionCode ?? tree.root.code
            }
        }
        return townships
    }

    /// I12: demonstration sites and honors counted in every region above them.
    func addRecognition(
        to figures: inout [String: [Int: RegionFigures]], tree: RegionTree, years: [Int],
        honorTownships: [HonorKey: String]
    ) {
        func update(_ regionCode: String, _ year: Int, _ change: (inout RegionFigures) -> Void) {
            for region in tree.lineage(of: regionCode) {
                var regionFigures = figures[region.code]?[year] ?? RegionFigures(regionCode: region.code, year: year)
                change(&regionFigures)
                figures[region.code, default: [:]][year] = regionFigures
            }
        }
        for showcase in content.showcases {
            for year in years where (showcase.namedYear ?? year) <= year {
                update(showcase.enterprise.regionCode, year) { regionFigures in
                    regionFigures.showcasesByStatus[showcase.status, default: 0] += 1
                    if showcase.status != .revoked { regionFigures.showcasesByLevel[showcase.level, default: 0] += 1 }
                }
            }
        }
        for honor in content.honors {
            guard let township = honorTownships[honor.key] else { continue }
            update(township, honor.year) { regionFigures in
                regionFigures.honorsByCategory[honor.category, default: 0] += 1
                if let level = honor.level { regionFigures.honorsByLevel[level, default: 0] += 1 }
            }
        }
    }

    /// Matches each honor to an enterprise: by credit code, else by 所在企业 (aliases already
    /// resolved) in its 乡镇, else by name alone when only one enterprise has it.
    func matchHonors(enterprises: [EnterpriseKey: EnterpriseHistory]) -> (
        matches: [HonorKey: EnterpriseKey], warnings: [Diagnostic]
    ) {
        var byName: [String: [EnterpriseKey]] = [:]
        var byCreditCode: [String: EnterpriseKey] = [:]
        var townships: [EnterpriseKey: Set<String>] = [:]
        for (key, history) in enterprises {
            for name in Set(history.records.map(\.name)) { byName[name, default: []].append(key) }
            if let code = key.creditCode { byCreditCode[code] = key }
            townships[key] = Set(history.records.map(\.regionCode))
        }
        let inTownship = { (key: EnterpriseKey, township: String?) in
            township == nil || townships[key]?.contains(township!) == true
        }
        var matches: [HonorKey: EnterpriseKey] = [:]
        var warnings: [Diagnostic] = []
        for honor in content.honors {
            if let code = honor.creditCode, let key = byCreditCode[code] {
                matches[honor.key] = key
                continue
            }
            guard let name = honor.enterpriseName else { continue }
            let candidates = (byName[name] ?? []).filter { inTownship($0, honor.regionCode) }.sorted()
            if candidates.count == 1 {
                matches[honor.key] = candidates[0]
                continue
            }
            let township = content.regions.first { $0.code == honor.regionCode }?.name
            if candidates.isEmpty {
                let pool = enterprises.keys.filter { inTownship($0, honor.regionCode) }
                let hint = NameSuggestions.closest(to: name, among: pool.map(\.name), minimumLimit: 2).map { "“\($0)”" }
                    .joined(separator: "、")
                warnings.append(
                    .warning(
                        "光荣榜“所在企业”的“\(name)”\(township.map { "在\($0)" } ?? "")找不到对应企业，无法链接"
                            + (hint.isEmpty ? "" : "；最接近的是：\(hint)"),
                        at: honor.location))
            } else {
                warnings.append(
                    .warning(
                        "光荣榜“所在企业”的“\(name)”对应多家同名企业，请填写“乡镇”或“统一社会信用代码”", at: honor.location))
            }
        }
        return (matches, warnings)
    }
}

/// What one enterprise-year row adds to the figures of each region above it.
struct Contribution {
    let record: EnterpriseRecord
    let thresholds: Thresholds
    let countAttachedAsCovered: Bool

    let jointIDsByName: [Int: [String: String]]

    init(record: EnterpriseRecord, config: SiteConfig, jointIDsByName: [Int: [String: String]] = [:]) {
        self.record = record
        self.thresholds = config.thresholds
        self.countAttachedAsCovered = config.countAttachedAsCovered
        self.jointIDsByName = jointIDsByName
    }

    /// The id under which a joint branch is counted once: its 联合党组织编号, else the number other
    /// firms of the same branch name wrote that year, else its name.
    var jointBranchID: String? {
        guard record.mode == .joint else { return nil }
        if let id = record.jointOrganisationID { return id }
        if let name = record.organisationName { return jointIDsByName[record.year]?[name] ?? "name:" + name }
        return "firm:" + record.key.identity
    }

    func add(to figures: inout RegionFigures, isNewJointBranch: Bool) {
        figures.counts.enterprises += 1
        guard record.isInPopulation else { return }
        for (rate, counted) in firmOutcomes { figures[rate].count(counted) }
        if let reasons = dueUnbuiltReasons, !reasons.isEmpty {
            figures.dueUnbuilt.append(DueUnbuiltEntry(enterprise: record.key, reasons: reasons))
        }
        if let members = record.fullMembers, let staff = record.staff {
            figures.memberShareOfStaff.numerator += members
            figures.memberShareOfStaff.denominator += staff
        } else {
            figures.memberShareOfStaff.excluded += 1
        }
        addCounts(to: &figures.counts, isNewJointBranch: isNewJointBranch)
        if record.mode == .own || record.mode == .joint {
            if let stars = record.stars { figures.starDistribution[stars] += 1 } else { figures.starsMissing += 1 }
        }
    }

    /// Where the firm stands in every rate taken over firms (all but I14, which counts people):
    /// true in the numerator, false in the denominator only, nil left out for a missing input.
    /// A rate whose denominator the firm is not in is not listed. The one statement of the
    /// counting rules: the sums and the enterprise lists' drill-downs both read it.
    var firmOutcomes: [(rate: RateIndicator, counted: Bool?)] {
        guard record.isInPopulation else { return [] }
        let mode = record.mode
        var outcomes: [(rate: RateIndicator, counted: Bool?)] = [
            (.organisationCoverage, mode.map { isOrganisationallyCovered($0) }),
            (.ownOrganisationRate, mode.map { $0 == .own }),
        ]
        if let members = record.fullMembers {
            if members >= thresholds.fullMembersForOrganisation {
                outcomes.append((.eligibleFormationRate, mode.map { $0 == .own }))
            }
        } else {
            outcomes.append((.eligibleFormationRate, nil))
        }
        if let staff = record.staff {
            if staff >= thresholds.staffForMember { outcomes.append((.memberPresence50, hasMember)) }
            if staff >= thresholds.staffForOrganisation {
                outcomes.append((.organisationPresence100, mode.map { $0 != .unbuilt }))
                outcomes.append((.ownOrganisationPresence100, mode.map { $0 == .own }))
            }
        } else {
            outcomes += [(.memberPresence50, nil), (.organisationPresence100, nil), (.ownOrganisationPresence100, nil)]
        }
        switch record.isAboveSize {
        case true?: outcomes.append((.aboveSizeOwnOrganisationRate, mode.map { $0 == .own }))
        case nil: outcomes.append((.aboveSizeOwnOrganisationRate, nil))
        case false?: break
        }
        outcomes.append((.workCoverage, record.hasInstructor ? true : mode.map { $0 != .unbuilt }))
        if mode == .unbuilt {
            outcomes.append((.instructorAssignment, record.hasInstructor))
        } else if mode == nil {
            outcomes.append((.instructorAssignment, nil))
        }
        if mode == .own || mode == .joint { outcomes.append((.sixHavesRate, record.meetsSixHaves)) }
        return outcomes
    }

    private func isOrganisationallyCovered(_ mode: FormationMode) -> Bool {
        mode == .own || mode == .joint || (countAttachedAsCovered && mode == .attached)
    }

    /// Whether the firm has at least one member; nil when that cannot be told.
    private var hasMember: Bool? {
        let full = record.fullMembers
        let probationary = record.probationaryMembers
        if (full ?? 0) + (probationary ?? 0) >= 1 { return true }
        if full == nil || probationary == nil { return nil }
        return false
    }

    /// The I4 reasons; nil when the inputs are missing.
    var dueUnbuiltReasons: [DueUnbuiltReason]? {
        guard let mode = record.mode else { return nil }
        var reasons: [DueUnbuiltReason] = []
        if let members = record.fullMembers, members >= thresholds.fullMembersForOrganisation, mode != .own {
            reasons.append(.enoughMembers)
        }
        if let staff = record.staff, staff >= thresholds.staffForOrganisation, mode == .unbuilt {
            reasons.append(.largeWithoutOrganisation)
        }
        return reasons
    }

    private func addCounts(to counts: inout RegionCounts, isNewJointBranch: Bool) {
        counts.population += 1
        switch record.category {
        case .socialOrganisation?: counts.socialOrganisations += 1
        default: counts.firms += 1
        }
        let members = (record.fullMembers ?? 0) + (record.probationaryMembers ?? 0)
        counts.fullMembers += record.fullMembers ?? 0
        counts.probationaryMembers += record.probationaryMembers ?? 0
        counts.activists += record.activists ?? 0
        counts.recruited += record.recruited ?? 0
        counts.staff += record.staff ?? 0
        if record.fullMembers == nil { counts.fullMembersMissing += 1 }
        if record.staff == nil { counts.staffMissing += 1 }
        if record.hasInstructor { counts.instructors += 1 }
        switch record.mode {
        case .own?:
            counts.ownMode += 1
            counts.organisations += 1
            counts.membersInOrganisations += members
            switch record.organisationType {
            case .committee?: counts.committees += 1
            case .generalBranch?: counts.generalBranches += 1
            default: counts.branches += 1
            }
        case .joint?:
            counts.jointMode += 1
            counts.firmsInJointBranches += 1
            counts.membersInOrganisations += members
            if isNewJointBranch {
                counts.jointBranches += 1
                counts.organisations += 1
            }
        case .attached?: counts.attachedMode += 1
        case .unbuilt?: counts.unbuiltMode += 1
        case nil: break
        }
    }
}
