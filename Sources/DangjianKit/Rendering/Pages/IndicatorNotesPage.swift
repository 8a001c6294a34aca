/// 指标说明: every indicator as the catalogue defines it, with the thresholds and targets as
/// configured and how missing inputs count: generated from the code's own definitions, so it is
/// always what the pages compute.
struct IndicatorNotesPage {
    struct Rate {
        let id: String
        let title: String
        let definition: String
        let unit: String
        let inputs: String
        let target: String?
        let isHeadline: Bool
    }

    let rates: [Rate]
    let thresholdMembers: Int
    let thresholdStaffForMember: Int
    let thresholdStaffForOrganisation: Int
    let decimals: Int
    let attachedCounts: Bool
}

extension PageRenderer {
    /// Builds the indicator notes.
    func indicatorNotesPage(_ page: PlannedPage) -> Page<IndicatorNotesPage> {
        let thresholds = content.config.thresholds
        let model = IndicatorNotesPage(
            rates: indicatorNotes(), thresholdMembers: thresholds.fullMembersForOrganisation,
            thresholdStaffForMember: thresholds.staffForMember,
            thresholdStaffForOrganisation: thresholds.staffForOrganisation, decimals: content.config.decimals,
            attachedCounts: content.config.countAttachedAsCovered)
        return Page(
            layout: layout(
                page, title: "指标说明", section: .dashboard, crumbs: [Crumb(label: "总览", path: SitePlan.dashboardPath)]),
            model: model)
    }

    /// Every indicator of the catalogue with its definition, inputs and target as configured.
    func indicatorNotes() -> [IndicatorNotesPage.Rate] {
        IndicatorCatalogue.rates.map { rate in
            let definition = catalogue.definition(rate)
            return IndicatorNotesPage.Rate(
                id: rate.rawValue, title: definition.title, definition: definition.definition,
                unit: definition.unit,
                inputs: definition.inputs,
                target: content.config.targets[rate].map(format.target), isHeadline: headlineRates.contains(rate))
        }
    }
}
