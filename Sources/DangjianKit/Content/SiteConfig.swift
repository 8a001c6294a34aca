/// The thresholds of the party-building rules: 3 full members, 50 and 100 staff.
public struct Thresholds: Sendable, Equatable {
    /// Full members (正式党员) from which a firm should have its own organisation.
    public var fullMembersForOrganisation = 3
    /// Staff (从业人员) from which a firm should have at least one member (双达标 ①).
    public var staffForMember = 50
    /// Staff from which a firm should have an organisation (双达标 ②).
    public var staffForOrganisation = 100

    /// The defaults the rules name.
    public init() {}
}

/// The settings of `site.yaml`.
public struct SiteConfig: Sendable, Equatable {
    /// The site's title, shown in every page header.
    public var title: String
    /// The body publishing the site (e.g. 中共某某县委组织部), shown in the footer.
    public var organisation: String
    /// The code of the root region in regions.csv (usually the county).
    public var rootRegion: String
    /// Decimal places of displayed percentages.
    public var decimals = 1
    /// Whether 挂靠 counts as organisational coverage in 组织覆盖率.
    public var countAttachedAsCovered = false
    /// The 3/50/100 thresholds.
    public var thresholds = Thresholds()
    /// The indicators shown as cards on the dashboard, in order.
    public var headlineIndicators: [RateIndicator] = [
        .organisationCoverage, .ownOrganisationRate, .eligibleFormationRate, .memberPresence50,
        .organisationPresence100, .workCoverage,
    ]
    /// Targets of rate indicators in basis points (8000 = 80%): regions below are flagged, charts draw the line.
    public var targets: [RateIndicator: Int] = [:]
    /// The township map's indicator and warning line (`map:`).
    public var map = MapSettings()
    /// Who a build is for when the command line does not say (`audience:`).
    public var audience: Audience = .internal
    /// What a public build leaves out besides 内部 documents (`public:`).
    public var publicRules = PublicRules()
    /// Columns of the enterprise tables that hold personal details, beside 电话, 手机 and 联系人
    /// (`personal_columns:`): shown in internal builds only.
    public var personalColumns: [String] = []
    /// The worksheet read from .xlsx files; nil means the first sheet.
    public var excelSheet: String?
    /// The years to build; empty means every year in the data.
    public var years: [Int] = []
    /// `data_date`: when the statistics were taken ("2025年12月31日"), printed on briefing packs;
    /// nil when site.yaml does not say (the packs then name the data year only).
    public var dataDate: String?
    /// Where site.yaml sets `root_region`, for an error about the root found in regions.csv.
    public var rootRegionLocation: SourceLocation?
    /// Where site.yaml lists each year of `years`, for an error about a year found in the data.
    public var yearLocations: [Int: SourceLocation] = [:]

    /// Creates a configuration with the defaults for everything but the names.
    public init(title: String, organisation: String = "", rootRegion: String) {
        self.title = title
        self.organisation = organisation
        self.rootRegion = rootRegion
    }
}

/// Who a build is for.
public enum Audience: String, Sendable, CaseIterable {
    /// The intranet and USB sticks: everything but drafts (and those with `--drafts`).
    case `internal`
    /// A public website: no 内部 documents, drafts or personal details.
    case `public`
}

/// What a public build leaves out besides 内部 documents, drafts and personal columns (site.yaml `public:`).
public struct PublicRules: Sendable, Equatable {
    /// Enterprises with fewer staff (in their latest row) get no page of their own (`min_staff`, default 0).
    public var minimumStaff = 0
    /// Whether the 事迹 of individual honorees are shown (`honor_details`, default true).
    public var showsHonorDetails = true
    /// Figures computed from fewer enterprises are shown as "—" with a note (`min_count`, default 0;
    /// see `SmallCountRule`).
    public var minimumCount = 0

    /// Creates the default rules.
    public init() {}
}
