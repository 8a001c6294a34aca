/// The fields templates read from each model, by name: the template engine resolves each tag
/// through these key paths, typed once per model. A test checks that every stored property of
/// every model is listed here.
extension RateFigure: TemplateModel {
    static let fields: TemplateFields<RateFigure> = [
        "id": \.id, "title": \.title, "value": \.value, "numerator": \.numerator, "denominator": \.denominator,
        "pair": \.pair, "unit": \.unit, "pairUnit": \.pairUnit, "excludedNote": \.excludedNote, "listHref": \.listHref,
        "change": \.change, "direction": \.direction, "arrow": \.arrow,
    ]
}

extension SummaryFigure: TemplateModel {
    static let fields: TemplateFields<SummaryFigure> = [
        "label": \.label, "value": \.value, "unit": \.unit, "href": \.href,
    ]
}

extension CountRow: TemplateModel {
    static let fields: TemplateFields<CountRow> = [
        "label": \.label, "value": \.value, "note": \.note, "change": \.change, "changePercent": \.changePercent,
        "href": \.href,
    ]
}

extension ChildRow: TemplateModel {
    static let fields: TemplateFields<ChildRow> = [
        "rank": \.rank, "name": \.name, "level": \.level, "href": \.href, "population": \.population,
        "organisations": \.organisations, "members": \.members, "dueUnbuilt": \.dueUnbuilt,
        "populationHref": \.populationHref, "dueUnbuiltHref": \.dueUnbuiltHref, "rates": \.rates,
    ]
}

extension TitleItem: TemplateModel {
    static let fields: TemplateFields<TitleItem> = [
        "title": \.title
    ]
}

extension TrendTable.Row: TemplateModel {
    static let fields: TemplateFields<TrendTable.Row> = [
        "year": \.year, "population": \.population, "members": \.members, "rates": \.rates,
    ]
}

extension TrendTable: TemplateModel {
    static let fields: TemplateFields<TrendTable> = [
        "titles": \.titles, "rows": \.rows,
    ]
}

extension ChartsModel.CompositionRow: TemplateModel {
    static let fields: TemplateFields<ChartsModel.CompositionRow> = [
        "name": \.name, "own": \.own, "joint": \.joint, "attached": \.attached, "unbuilt": \.unbuilt, "total": \.total,
        "href": \.href, "isTotal": \.isTotal,
    ]
}

extension ChartsModel: TemplateModel {
    static let fields: TemplateFields<ChartsModel> = [
        "composition": \.composition, "compositionRows": \.compositionRows, "stars": \.stars, "starRows": \.starRows,
        "rankingChart": \.rankingChart, "trendChart": \.trendChart,
    ]
}

extension LabelCount: TemplateModel {
    static let fields: TemplateFields<LabelCount> = [
        "label": \.label, "count": \.count,
    ]
}

extension YearLink: TemplateModel {
    static let fields: TemplateFields<YearLink> = [
        "year": \.year, "href": \.href, "current": \.current,
    ]
}

extension AttentionItem.Entry: TemplateModel {
    static let fields: TemplateFields<AttentionItem.Entry> = [
        "label": \.label, "href": \.href,
    ]
}

extension AttentionItem: TemplateModel {
    static let fields: TemplateFields<AttentionItem> = [
        "title": \.title, "items": \.items,
    ]
}

extension RecognitionModel: TemplateModel {
    static let fields: TemplateFields<RecognitionModel> = [
        "showcaseLevels": \.showcaseLevels, "showcaseStatuses": \.showcaseStatuses,
        "honorCategoryCounts": \.honorCategoryCounts, "honorLevelCounts": \.honorLevelCounts,
    ]
}

extension HonorRow: TemplateModel {
    static let fields: TemplateFields<HonorRow> = [
        "year": \.year, "category": \.category, "level": \.level, "honoree": \.honoree, "kind": \.kind,
        "enterprise": \.enterprise, "township": \.township, "awardedBy": \.awardedBy,
        "documentNumber": \.documentNumber, "citation": \.citation, "enterpriseHref": \.enterpriseHref,
        "showcaseHref": \.showcaseHref, "photoHref": \.photoHref,
    ]
}

extension HonorCategoryGroup.Level: TemplateModel {
    static let fields: TemplateFields<HonorCategoryGroup.Level> = [
        "level": \.level, "count": \.count, "honors": \.honors,
    ]
}

extension HonorCategoryGroup: TemplateModel {
    static let fields: TemplateFields<HonorCategoryGroup> = [
        "category": \.category, "count": \.count, "levels": \.levels,
    ]
}

extension EnterpriseRow.Attribute: TemplateModel {
    static let fields: TemplateFields<EnterpriseRow.Attribute> = [
        "key": \.key, "value": \.value,
    ]
}

extension EnterpriseRow: TemplateModel {
    static let fields: TemplateFields<EnterpriseRow> = [
        "name": \.name, "href": \.href, "township": \.township, "category": \.category, "industry": \.industry,
        "staff": \.staff, "members": \.members, "probationary": \.probationary, "mode": \.mode, "stars": \.stars,
        "isShowcase": \.isShowcase, "showcaseHref": \.showcaseHref, "filters": \.filters,
    ]
}

extension NameOption: TemplateModel {
    static let fields: TemplateFields<NameOption> = [
        "name": \.name
    ]
}

extension ShowcaseCard.Feature: TemplateModel {
    static let fields: TemplateFields<ShowcaseCard.Feature> = [
        "feature": \.feature
    ]
}

extension ShowcaseCard.Cover: TemplateModel {
    static let fields: TemplateFields<ShowcaseCard.Cover> = [
        "src": \.src, "width": \.width, "height": \.height,
    ]
}

extension ShowcaseCard: TemplateModel {
    static let fields: TemplateFields<ShowcaseCard> = [
        "name": \.name, "level": \.level, "status": \.status, "namedYear": \.namedYear, "township": \.township,
        "summary": \.summary, "features": \.features, "hasFeatures": \.hasFeatures, "href": \.href, "cover": \.cover,
    ]
}

extension PageLayout.Link: TemplateModel {
    static let fields: TemplateFields<PageLayout.Link> = [
        "label": \.label, "href": \.href, "current": \.current,
    ]
}

extension PageLayout: TemplateModel {
    static let fields: TemplateFields<PageLayout> = [
        "siteTitle": \.siteTitle, "organisation": \.organisation, "pageTitle": \.pageTitle, "assets": \.assets,
        "homeHref": \.homeHref, "nav": \.nav, "breadcrumbs": \.breadcrumbs, "hasBreadcrumbs": \.hasBreadcrumbs,
        "buildDate": \.buildDate, "dataYear": \.dataYear, "indicatorsHref": \.indicatorsHref,
        "indicatorNotesHref": \.indicatorNotesHref, "isScreen": \.isScreen,
        "internalMarking": \.internalMarking,
    ]
}

extension DashboardPage.RegionLink: TemplateModel {
    static let fields: TemplateFields<DashboardPage.RegionLink> = [
        "name": \.name, "code": \.code, "href": \.href,
    ]
}

extension DashboardPage.ReportLink: TemplateModel {
    static let fields: TemplateFields<DashboardPage.ReportLink> = [
        "title": \.title, "date": \.date, "href": \.href,
    ]
}

extension DashboardPage: TemplateModel {
    static let fields: TemplateFields<DashboardPage> = [
        "region": \.region, "yearSwitch": \.yearSwitch, "year": \.year, "cards": \.cards, "summary": \.summary,
        "children": \.children, "rateTitles": \.rateTitles, "trend": \.trend, "dueUnbuiltCount": \.dueUnbuiltCount,
        "hasDueUnbuilt": \.hasDueUnbuilt, "dueUnbuiltHref": \.dueUnbuiltHref, "alerts": \.alerts, "charts": \.charts,
        "reports": \.reports, "hasReports": \.hasReports,
    ]
}

extension DueUnbuiltPage.Thresholds: TemplateModel {
    static let fields: TemplateFields<DueUnbuiltPage.Thresholds> = [
        "members": \.members, "staff": \.staff,
    ]
}

extension DueUnbuiltPage.Entry: TemplateModel {
    static let fields: TemplateFields<DueUnbuiltPage.Entry> = [
        "name": \.name, "href": \.href, "township": \.township, "townshipHref": \.townshipHref, "members": \.members,
        "staff": \.staff, "mode": \.mode, "instructor": \.instructor, "reasons": \.reasons,
    ]
}

extension DueUnbuiltPage.ChildCount: TemplateModel {
    static let fields: TemplateFields<DueUnbuiltPage.ChildCount> = [
        "name": \.name, "count": \.count, "href": \.href,
    ]
}

extension DueUnbuiltPage: TemplateModel {
    static let fields: TemplateFields<DueUnbuiltPage> = [
        "byChild": \.byChild, "hasByChild": \.hasByChild, "isEmpty": \.isEmpty, "region": \.region, "year": \.year,
        "yearSwitch": \.yearSwitch, "thresholds": \.thresholds,
        "entries": \.entries, "count": \.count, "hasEntries": \.hasEntries, "regionHref": \.regionHref,
    ]
}

extension EnterpriseRowsFile: TemplateModel {
    static let fields: TemplateFields<EnterpriseRowsFile> = [
        "enterprises": \.enterprises
    ]
}

extension EnterpriseListPage: TemplateModel {
    static let fields: TemplateFields<EnterpriseListPage> = [
        "region": \.region, "year": \.year, "yearSwitch": \.yearSwitch, "enterprises": \.enterprises, "count": \.count,
        "rowsFrom": \.rowsFrom, "shownCount": \.shownCount, "townshipLists": \.townshipLists,
        "townshipOptions": \.townshipOptions, "modeOptions": \.modeOptions, "regionHref": \.regionHref,
    ]
}

extension EnterprisePage.Extra: TemplateModel {
    static let fields: TemplateFields<EnterprisePage.Extra> = [
        "header": \.header, "value": \.value,
    ]
}

extension EnterprisePage.Year: TemplateModel {
    static let fields: TemplateFields<EnterprisePage.Year> = [
        "year": \.year, "staff": \.staff, "fullMembers": \.fullMembers, "probationary": \.probationary,
        "activists": \.activists, "recruited": \.recruited, "mode": \.mode, "organisationType": \.organisationType,
        "instructor": \.instructor, "stars": \.stars, "sixHaves": \.sixHaves, "aboveSize": \.aboveSize, "note": \.note,
    ]
}

extension EnterprisePage: TemplateModel {
    static let fields: TemplateFields<EnterprisePage> = [
        "name": \.name, "creditCode": \.creditCode, "township": \.township, "townshipHref": \.townshipHref,
        "category": \.category, "industry": \.industry, "latestYear": \.latestYear,
        "organisationName": \.organisationName, "organisationType": \.organisationType, "mode": \.mode,
        "jointID": \.jointID, "instructor": \.instructor, "isActive": \.isActive, "years": \.years, "extras": \.extras,
        "honors": \.honors, "hasHonors": \.hasHonors, "showcaseHref": \.showcaseHref, "showcaseLevel": \.showcaseLevel,
        "dueUnbuilt": \.dueUnbuilt,
    ]
}

extension HonorsPage.Year: TemplateModel {
    static let fields: TemplateFields<HonorsPage.Year> = [
        "year": \.year, "count": \.count, "href": \.href, "categories": \.categories, "isSingleYear": \.isSingleYear,
    ]
}

extension HonorsPage.CategoryCount: TemplateModel {
    static let fields: TemplateFields<HonorsPage.CategoryCount> = [
        "category": \.category, "count": \.count,
    ]
}

extension HonorsPage: TemplateModel {
    static let fields: TemplateFields<HonorsPage> = [
        "years": \.years, "yearLinks": \.yearLinks, "allHref": \.allHref, "isAllYears": \.isAllYears,
        "hasHonors": \.hasHonors, "total": \.total, "summary": \.summary,
    ]
}

extension RegionHeading: TemplateModel {
    static let fields: TemplateFields<RegionHeading> = [
        "name": \.name, "code": \.code, "level": \.level,
    ]
}

extension RegionPage: TemplateModel {
    static let fields: TemplateFields<RegionPage> = [
        "region": \.region, "year": \.year, "yearSwitch": \.yearSwitch, "cards": \.cards, "summary": \.summary,
        "rates": \.rates, "counts": \.counts, "trend": \.trend, "children": \.children, "hasChildren": \.hasChildren,
        "rateTitles": \.rateTitles, "enterprises": \.enterprises, "hasEnterprises": \.hasEnterprises,
        "modeOptions": \.modeOptions, "hasDueUnbuilt": \.hasDueUnbuilt, "dueUnbuiltCount": \.dueUnbuiltCount,
        "dueUnbuiltHref": \.dueUnbuiltHref, "recognition": \.recognition, "charts": \.charts,
        "enterpriseListHref": \.enterpriseListHref, "honorCategories": \.honorCategories, "hasHonors": \.hasHonors,
        "honorsHref": \.honorsHref,
    ]
}

extension ReportIndexPage.Item: TemplateModel {
    static let fields: TemplateFields<ReportIndexPage.Item> = [
        "title": \.title, "date": \.date, "type": \.type, "visibility": \.visibility, "region": \.region,
        "summary": \.summary, "href": \.href,
    ]
}

extension ReportIndexPage: TemplateModel {
    static let fields: TemplateFields<ReportIndexPage> = [
        "reports": \.reports, "hasReports": \.hasReports,
    ]
}

extension ReportPage: TemplateModel {
    static let fields: TemplateFields<ReportPage> = [
        "title": \.title, "date": \.date, "type": \.type, "visibility": \.visibility, "region": \.region,
        "regionHref": \.regionHref, "summary": \.summary, "body": \.body,
    ]
}

extension ScreenPage: TemplateModel {
    static let fields: TemplateFields<ScreenPage> = [
        "region": \.region, "year": \.year, "cards": \.cards, "summary": \.summary, "rankingChart": \.rankingChart,
        "trendChart": \.trendChart, "dashboardHref": \.dashboardHref,
    ]
}

extension ShowcaseIndexPage.Level.Township: TemplateModel {
    static let fields: TemplateFields<ShowcaseIndexPage.Level.Township> = [
        "township": \.township, "count": \.count, "sites": \.sites,
    ]
}

extension ShowcaseIndexPage.Level: TemplateModel {
    static let fields: TemplateFields<ShowcaseIndexPage.Level> = [
        "level": \.level, "count": \.count, "townships": \.townships,
    ]
}

extension ShowcaseIndexPage.LevelCount: TemplateModel {
    static let fields: TemplateFields<ShowcaseIndexPage.LevelCount> = [
        "level": \.level, "count": \.count,
    ]
}

extension ShowcaseIndexPage: TemplateModel {
    static let fields: TemplateFields<ShowcaseIndexPage> = [
        "levels": \.levels, "total": \.total, "levelCounts": \.levelCounts, "townshipOptions": \.townshipOptions,
        "statusOptions": \.statusOptions, "revoked": \.revoked, "hasRevoked": \.hasRevoked,
    ]
}

extension ShowcasePage.Year: TemplateModel {
    static let fields: TemplateFields<ShowcasePage.Year> = [
        "year": \.year, "staff": \.staff, "staffChange": \.staffChange, "fullMembers": \.fullMembers,
        "membersChange": \.membersChange, "probationary": \.probationary, "recruited": \.recruited, "mode": \.mode,
        "organisationType": \.organisationType, "stars": \.stars, "sixHaves": \.sixHaves,
    ]
}

extension ShowcasePage.Photo: TemplateModel {
    static let fields: TemplateFields<ShowcasePage.Photo> = [
        "src": \.src, "caption": \.caption, "width": \.width, "height": \.height, "anchor": \.anchor,
        "number": \.number, "total": \.total,
    ]
}

extension ShowcasePage: TemplateModel {
    static let fields: TemplateFields<ShowcasePage> = [
        "card": \.card, "body": \.body, "enterpriseHref": \.enterpriseHref, "townshipHref": \.townshipHref,
        "years": \.years, "organisationName": \.organisationName, "photos": \.photos, "hasPhotos": \.hasPhotos,
        "honors": \.honors, "hasHonors": \.hasHonors, "previous": \.previous, "next": \.next,
    ]
}

extension IndicatorNotesPage.Rate: TemplateModel {
    static let fields: TemplateFields<IndicatorNotesPage.Rate> = [
        "id": \.id, "title": \.title, "definition": \.definition, "unit": \.unit, "inputs": \.inputs,
        "target": \.target, "isHeadline": \.isHeadline,
    ]
}

extension IndicatorNotesPage: TemplateModel {
    static let fields: TemplateFields<IndicatorNotesPage> = [
        "rates": \.rates, "thresholdMembers": \.thresholdMembers, "thresholdStaffForMember": \.thresholdStaffForMember,
        "thresholdStaffForOrganisation": \.thresholdStaffForOrganisation, "decimals": \.decimals,
        "attachedCounts": \.attachedCounts,
    ]
}
