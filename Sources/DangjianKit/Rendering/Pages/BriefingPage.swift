/// 汇报材料 (briefing/<year>/, briefing/, regions/<code>/briefing/): the A4 document a clerk hands
/// to a leader. Cover → 目录 → 一、基本情况 → 二、分乡镇情况 → 三、存在问题 → 四、示范点建设 →
/// 五、光荣榜 → 附表, its sentences written from the same figures as the dashboard.
///
/// The 目录's page numbers and the link to the PDF are filled in when the PDF is printed
/// (`BriefingPrinter`): a build without PDFs shows the 目录 as links and no PDF link.
struct BriefingPage {
    /// A line of the 目录: a chapter or, indented, an appendix.
    struct TocEntry {
        let title: String
        let anchor: String
        let isAppendix: Bool
    }

    /// A paragraph of generated text.
    struct Paragraph {
        let text: String
    }

    /// A headline indicator as a row of 一、基本情况's table.
    struct HeadlineRow {
        let id: String
        let title: String
        let value: String
        let pair: String
        let unit: String
        /// "提高 6.0 个百分点", "下降 2.2 个百分点", "持平", or "—".
        let change: String
    }

    /// An enterprise on the 应建未建 list.
    struct DueEntry {
        let number: Int
        let name: String
        let township: String
        let members: String
        let staff: String
        let reasons: String
    }

    /// A group of problems under a title (below target, published figures, missing data).
    struct Concern {
        let title: String
        let items: [Paragraph]
    }

    /// A demonstration site in one short block.
    struct ShowcaseBlock {
        struct Photo {
            let src: String
            let caption: String
            let width: Int
            let height: Int
        }

        let name: String
        let level: String
        let status: String
        let township: String
        let namedYear: String
        let figures: String
        let summary: String?
        let photo: Photo?
    }

    /// The honors of one category.
    struct HonorGroup {
        let category: String
        let count: Int
        let honors: [HonorRow]
    }

    /// An appendix table: a title, column titles and rows of cells.
    struct StatisticsTable {
        struct Cell {
            let value: String
            let pair: String?
        }

        struct Row {
            let name: String
            let isTotal: Bool
            let cells: [Cell]
        }

        let title: String
        let anchor: String
        let firstColumn: String
        let headers: [TitleItem]
        let rows: [Row]
    }

    // Cover.
    let title: String
    let region: String
    let year: Int
    let dataDate: String
    let marking: String?
    let pdfHref: String
    let pdfName: String
    let toc: [TocEntry]
    /// The packs of the other years (the root region's only).
    let otherYears: [YearLink]
    let hasOtherYears: Bool
    let dashboardHref: String
    // 一、基本情况
    let overview: [Paragraph]
    let headlineRows: [HeadlineRow]
    let trendChart: String?
    // 二、分乡镇情况 (a township: 二、组织建设情况)
    let chapterTwoTitle: String
    let childrenLabel: String
    let standing: [Paragraph]
    let hasChildren: Bool
    let children: [ChildRow]
    let rateTitles: [TitleItem]
    let rankingChart: String?
    let compositionChart: String
    let starsChart: String
    // 三、存在问题
    let dueUnbuiltSummary: String
    let dueUnbuilt: [DueEntry]
    let hasDueUnbuilt: Bool
    let concerns: [Concern]
    // 四、示范点建设
    let showcaseSummary: String
    let showcases: [ShowcaseBlock]
    // 五、光荣榜
    let honorSummary: String
    let honorGroups: [HonorGroup]
    // 附表
    let tables: [StatisticsTable]
    let notes: [IndicatorNotesPage.Rate]
}

extension PageRenderer {
    /// Builds a region's briefing pack of a year.
    func briefingPage(_ page: PlannedPage, code: String) throws(BuildFailure) -> Page<BriefingPage> {
        guard let region = rollup.tree.region(code) else {
            throw BuildFailure("区划“\(code)”不在区划树中，无法生成其汇报材料", at: SourceLocation(file: page.path))
        }
        let year = page.year ?? rollup.latestYear
        let figures = rollup.figures(code, year)
        let links = links(page)
        let isRoot = code == rollup.tree.root.code
        let canonical = isRoot ? SitePlan.briefingPath(year: year) : SitePlan.regionBriefingPath(code)
        let pdfPath = SitePlan.briefingPDFPath(folderOf: canonical, region: region.name, year: year)
        let children = rollup.tree.children(of: code)
        let childrenLabel =
            children.allSatisfy({ rollup.tree.children(of: $0.code).isEmpty }) ? "乡镇（街道、园区）" : "下辖区划"
        let tables =
            children.isEmpty ? ownTables(figures, from: page) : childTables(region, year: year, label: childrenLabel)
        let title = "\(region.name)两新组织党建工作汇报材料"
        var toc = [
            ("一、基本情况", "c1"), (children.isEmpty ? "二、组织建设情况" : "二、分\(childrenLabel)情况", "c2"),
            ("三、存在问题", "c3"), ("四、示范点建设", "c4"), ("五、光荣榜", "c5"), ("附表", "c6"),
        ].map { BriefingPage.TocEntry(title: $0.0, anchor: $0.1, isAppendix: false) }
        toc += tables.map { BriefingPage.TocEntry(title: $0.title, anchor: $0.anchor, isAppendix: true) }
        toc.append(.init(title: "指标说明", anchor: "notes", isAppendix: true))
        let problems = briefingProblems(region, year: year, from: page)
        let recognition = briefingRecognition(region, year: year, from: page)
        let model = BriefingPage(
            title: title, region: region.name, year: year,
            dataDate: content.config.dataDate.map { "数据截至 \($0)" } ?? "数据年度 \(year)年",
            marking: plan.publication.audience == .internal ? "内部资料 注意保存" : nil, pdfHref: links.to(pdfPath),
            pdfName: String(pdfPath.split(separator: "/").last ?? ""), toc: toc,
            otherYears: isRoot
                ? rollup.years.reversed().map {
                    YearLink(year: $0, href: links.to(SitePlan.briefingPath(year: $0)), current: $0 == year)
                } : [],
            hasOtherYears: isRoot && rollup.years.count > 1,
            dashboardHref: isRoot ? links.dashboard(year: year) : links.region(code, year: year),
            overview: briefingOverview(region, figures: figures), headlineRows: headlineRows(figures),
            trendChart: trendChart(code, width: 600),
            chapterTwoTitle: toc[1].title, childrenLabel: childrenLabel,
            standing: briefingStanding(region, year: year), hasChildren: !children.isEmpty,
            children: childRows(of: code, year: year, from: page), rateTitles: childRateTitles(),
            rankingChart: rankingChart(code, year: year, by: .organisationCoverage, from: page, width: 600),
            compositionChart: compositionChart(region, year: year, from: page, width: 600),
            starsChart: starsChart(figures), dueUnbuiltSummary: problems.summary, dueUnbuilt: problems.entries,
            hasDueUnbuilt: !problems.entries.isEmpty, concerns: problems.concerns,
            showcaseSummary: recognition.showcaseSummary, showcases: recognition.showcases,
            honorSummary: recognition.honorSummary, honorGroups: recognition.honorGroups, tables: tables,
            notes: indicatorNotesPage(page).model.rates)
        let crumbs =
            [Crumb(label: "总览", path: SitePlan.dashboardPath)]
            + (isRoot ? [] : regionCrumbs(to: code))
        return Page(
            layout: layout(
                page, title: "汇报材料（\(year)年）", section: isRoot ? .briefing : .regions, crumbs: crumbs, year: year,
                runningHead: "\(title)（\(year)年）"),
            model: model)
    }

    /// "全县" for a county (or city, district, province), else the region's name ("溪口镇").
    func scope(of region: Region) -> String {
        switch region.level {
        case .province, .city, .county, .district: "全" + region.level.rawValue
        default: region.name
        }
    }

    /// The sentences of the pack, with this site's decimals and thresholds.
    var sentences: BriefingSentences {
        BriefingSentences(format: format, catalogue: catalogue)
    }
}
