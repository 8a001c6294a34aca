/// The fields templates read from each model, by name: the template engine resolves each tag
/// through these key paths, typed once per model. A test checks that every stored property of
/// every model is listed here.
///
/// Each model also states `value(of:)` itself, though the protocol gives a default: written in
/// the concrete type, the lookup is specialised for it, where the generic default looks up
/// generic type metadata on every tag (perf: a sixth of rendering a city).
extension RateFigure: TemplateModel {
    static let fields: TemplateFields<RateFigure> = [
        "id": \.id, "title": \.title, "value": \.value, "numerator": \.numerator, "denominator": \.denominator,
        "pair": \.pair, "unit": \.unit, "pairUnit": \.pairUnit, "excludedNote": \.excludedNote, "listHref": \.listHref,
        "countedHref": \.countedHref, "uncountedHref": \.uncountedHref, "uncounted": \.uncounted,
        "change": \.change, "direction": \.direction, "arrow": \.arrow, "target": \.target,
        "belowTarget": \.belowTarget, "smallBase": \.smallBase,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension SummaryFigure: TemplateModel {
    static let fields: TemplateFields<SummaryFigure> = [
        "label": \.label, "value": \.value, "unit": \.unit, "note": \.note, "href": \.href,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension CountRow: TemplateModel {
    static let fields: TemplateFields<CountRow> = [
        "label": \.label, "value": \.value, "note": \.note, "change": \.change, "changePercent": \.changePercent,
        "href": \.href,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension ChildRow: TemplateModel {
    static let fields: TemplateFields<ChildRow> = [
        "rank": \.rank, "name": \.name, "level": \.level, "href": \.href, "population": \.population,
        "organisations": \.organisations, "members": \.members, "dueUnbuilt": \.dueUnbuilt,
        "populationHref": \.populationHref, "dueUnbuiltHref": \.dueUnbuiltHref, "rates": \.rates,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension TitleItem: TemplateModel {
    static let fields: TemplateFields<TitleItem> = [
        "title": \.title
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension TrendTable.Row: TemplateModel {
    static let fields: TemplateFields<TrendTable.Row> = [
        "year": \.year, "population": \.population, "members": \.members, "rates": \.rates,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension TrendTable: TemplateModel {
    static let fields: TemplateFields<TrendTable> = [
        "titles": \.titles, "rows": \.rows,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension ChartsModel.CompositionRow: TemplateModel {
    static let fields: TemplateFields<ChartsModel.CompositionRow> = [
        "name": \.name, "own": \.own, "joint": \.joint, "attached": \.attached, "unbuilt": \.unbuilt, "total": \.total,
        "href": \.href, "isTotal": \.isTotal,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension ChartsModel: TemplateModel {
    static let fields: TemplateFields<ChartsModel> = [
        "composition": \.composition, "compositionRows": \.compositionRows, "stars": \.stars, "starRows": \.starRows,
        "rankingChart": \.rankingChart, "trendChart": \.trendChart,
        "isLeaf": \.isLeaf,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension LabelCount: TemplateModel {
    static let fields: TemplateFields<LabelCount> = [
        "label": \.label, "count": \.count,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension YearLink: TemplateModel {
    static let fields: TemplateFields<YearLink> = [
        "year": \.year, "href": \.href, "current": \.current,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension AttentionItem.Entry: TemplateModel {
    static let fields: TemplateFields<AttentionItem.Entry> = [
        "label": \.label, "href": \.href,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension AttentionItem: TemplateModel {
    static let fields: TemplateFields<AttentionItem> = [
        "title": \.title, "items": \.items,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension RecognitionModel: TemplateModel {
    static let fields: TemplateFields<RecognitionModel> = [
        "showcaseLevels": \.showcaseLevels, "showcaseStatuses": \.showcaseStatuses,
        "honorCategoryCounts": \.honorCategoryCounts, "honorLevelCounts": \.honorLevelCounts,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension HonorRow: TemplateModel {
    static let fields: TemplateFields<HonorRow> = [
        "year": \.year, "category": \.category, "level": \.level, "honoree": \.honoree, "kind": \.kind,
        "enterprise": \.enterprise, "township": \.township, "awardedBy": \.awardedBy,
        "documentNumber": \.documentNumber, "citation": \.citation, "enterpriseHref": \.enterpriseHref,
        "showcaseHref": \.showcaseHref, "photoHref": \.photoHref,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension HonorCategoryGroup.Level: TemplateModel {
    static let fields: TemplateFields<HonorCategoryGroup.Level> = [
        "level": \.level, "count": \.count, "honors": \.honors,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension HonorCategoryGroup: TemplateModel {
    static let fields: TemplateFields<HonorCategoryGroup> = [
        "category": \.category, "count": \.count, "levels": \.levels,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension EnterpriseRow.Attribute: TemplateModel {
    static let fields: TemplateFields<EnterpriseRow.Attribute> = [
        "key": \.key, "value": \.value,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension EnterpriseRow: TemplateModel {
    static let fields: TemplateFields<EnterpriseRow> = [
        "name": \.name, "href": \.href, "township": \.township, "category": \.category, "industry": \.industry,
        "staff": \.staff, "members": \.members, "probationary": \.probationary, "mode": \.mode, "stars": \.stars,
        "isShowcase": \.isShowcase, "showcaseHref": \.showcaseHref, "filters": \.filters,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension NameOption: TemplateModel {
    static let fields: TemplateFields<NameOption> = [
        "name": \.name
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension ShowcaseCard.Feature: TemplateModel {
    static let fields: TemplateFields<ShowcaseCard.Feature> = [
        "feature": \.feature
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension ShowcaseCard.Cover: TemplateModel {
    static let fields: TemplateFields<ShowcaseCard.Cover> = [
        "src": \.src, "width": \.width, "height": \.height,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension ShowcaseCard: TemplateModel {
    static let fields: TemplateFields<ShowcaseCard> = [
        "name": \.name, "level": \.level, "status": \.status, "namedYear": \.namedYear, "badge": \.badge,
        "yearNote": \.yearNote, "isCurrent": \.isCurrent, "township": \.township, "summary": \.summary,
        "features": \.features, "hasFeatures": \.hasFeatures, "href": \.href, "cover": \.cover,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension PageLayout.Link: TemplateModel {
    static let fields: TemplateFields<PageLayout.Link> = [
        "label": \.label, "href": \.href, "current": \.current,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension PageLayout: TemplateModel {
    static let fields: TemplateFields<PageLayout> = [
        "siteTitle": \.siteTitle, "organisation": \.organisation, "pageTitle": \.pageTitle, "assets": \.assets,
        "homeHref": \.homeHref, "nav": \.nav, "breadcrumbs": \.breadcrumbs, "hasBreadcrumbs": \.hasBreadcrumbs,
        "buildDate": \.buildDate, "dataYear": \.dataYear, "indicatorsHref": \.indicatorsHref,
        "indicatorNotesHref": \.indicatorNotesHref, "isScreen": \.isScreen,
        "internalMarking": \.internalMarking, "pageMargins": \.pageMargins, "searchHref": \.searchHref,
        "isSearch": \.isSearch,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension DashboardPage.RegionLink: TemplateModel {
    static let fields: TemplateFields<DashboardPage.RegionLink> = [
        "name": \.name, "code": \.code, "href": \.href,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension DashboardPage.ReportLink: TemplateModel {
    static let fields: TemplateFields<DashboardPage.ReportLink> = [
        "title": \.title, "date": \.date, "href": \.href,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension DashboardPage: TemplateModel {
    static let fields: TemplateFields<DashboardPage> = [
        "region": \.region, "yearSwitch": \.yearSwitch, "year": \.year, "cards": \.cards, "summary": \.summary,
        "children": \.children, "rateTitles": \.rateTitles, "trend": \.trend, "dueUnbuiltCount": \.dueUnbuiltCount,
        "hasDueUnbuilt": \.hasDueUnbuilt, "dueUnbuiltHref": \.dueUnbuiltHref, "alerts": \.alerts, "charts": \.charts,
        "reports": \.reports, "hasReports": \.hasReports, "briefingHref": \.briefingHref, "map": \.map,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension DueUnbuiltPage.Thresholds: TemplateModel {
    static let fields: TemplateFields<DueUnbuiltPage.Thresholds> = [
        "members": \.members, "staff": \.staff,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension DueUnbuiltPage.Entry: TemplateModel {
    static let fields: TemplateFields<DueUnbuiltPage.Entry> = [
        "name": \.name, "href": \.href, "township": \.township, "townshipHref": \.townshipHref, "members": \.members,
        "staff": \.staff, "mode": \.mode, "instructor": \.instructor, "reasons": \.reasons,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension DueUnbuiltPage.ChildCount: TemplateModel {
    static let fields: TemplateFields<DueUnbuiltPage.ChildCount> = [
        "name": \.name, "count": \.count, "href": \.href,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension DueUnbuiltPage: TemplateModel {
    static let fields: TemplateFields<DueUnbuiltPage> = [
        "byChild": \.byChild, "hasByChild": \.hasByChild, "isEmpty": \.isEmpty, "region": \.region, "year": \.year,
        "yearSwitch": \.yearSwitch, "thresholds": \.thresholds,
        "entries": \.entries, "count": \.count, "hasEntries": \.hasEntries, "regionHref": \.regionHref,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension EnterpriseRowsFile: TemplateModel {
    static let fields: TemplateFields<EnterpriseRowsFile> = [
        "enterprises": \.enterprises
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension EnterpriseListPage: TemplateModel {
    static let fields: TemplateFields<EnterpriseListPage> = [
        "region": \.region, "year": \.year, "yearSwitch": \.yearSwitch, "enterprises": \.enterprises, "count": \.count,
        "rowsFrom": \.rowsFrom, "shownCount": \.shownCount, "townshipLists": \.townshipLists,
        "townshipOptions": \.townshipOptions, "modeOptions": \.modeOptions, "regionHref": \.regionHref,
        "indicatorTitles": \.indicatorTitles, "population": \.population, "includesChildren": \.includesChildren,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension EnterprisePage.Extra: TemplateModel {
    static let fields: TemplateFields<EnterprisePage.Extra> = [
        "header": \.header, "value": \.value,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension EnterprisePage.Year: TemplateModel {
    static let fields: TemplateFields<EnterprisePage.Year> = [
        "year": \.year, "staff": \.staff, "fullMembers": \.fullMembers, "probationary": \.probationary,
        "activists": \.activists, "recruited": \.recruited, "mode": \.mode, "organisationType": \.organisationType,
        "instructor": \.instructor, "stars": \.stars, "sixHaves": \.sixHaves, "aboveSize": \.aboveSize, "note": \.note,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension EnterprisePage.Status: TemplateModel {
    static let fields: TemplateFields<EnterprisePage.Status> = [
        "label": \.label, "value": \.value, "tone": \.tone, "href": \.href,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension EnterprisePage.Verdict: TemplateModel {
    static let fields: TemplateFields<EnterprisePage.Verdict> = [
        "id": \.id, "title": \.title, "place": \.place, "tone": \.tone, "reason": \.reason, "href": \.href,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension EnterprisePage.Partner: TemplateModel {
    static let fields: TemplateFields<EnterprisePage.Partner> = [
        "name": \.name, "href": \.href, "township": \.township, "fullMembers": \.fullMembers,
        "isHolder": \.isHolder, "isSelf": \.isSelf,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension EnterprisePage.JointBranch: TemplateModel {
    static let fields: TemplateFields<EnterprisePage.JointBranch> = [
        "id": \.id, "organisationName": \.organisationName, "holder": \.holder, "partners": \.partners,
        "count": \.count,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension EnterprisePage: TemplateModel {
    static let fields: TemplateFields<EnterprisePage> = [
        "name": \.name, "creditCode": \.creditCode, "township": \.township, "townshipHref": \.townshipHref,
        "category": \.category, "industry": \.industry, "latestYear": \.latestYear,
        "organisationName": \.organisationName, "organisationType": \.organisationType, "mode": \.mode,
        "jointID": \.jointID, "instructor": \.instructor, "isActive": \.isActive, "years": \.years, "extras": \.extras,
        "honors": \.honors, "hasHonors": \.hasHonors, "showcaseHref": \.showcaseHref, "showcaseLabel": \.showcaseLabel,
        "dueUnbuilt": \.dueUnbuilt, "standingYear": \.standingYear,
        "statuses": \.statuses, "verdicts": \.verdicts, "jointBranch": \.jointBranch, "countTrend": \.countTrend,
        "starsHistory": \.starsHistory, "warnings": \.warnings, "hasWarnings": \.hasWarnings,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension HonorCard.Part: TemplateModel {
    static let fields: TemplateFields<HonorCard.Part> = [
        "text": \.text
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension HonorCard.Photo: TemplateModel {
    static let fields: TemplateFields<HonorCard.Photo> = [
        "src": \.src, "width": \.width, "height": \.height,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension HonorCard: TemplateModel {
    static let fields: TemplateFields<HonorCard> = [
        "year": \.year, "honoree": \.honoree, "category": \.category, "ribbon": \.ribbon, "level": \.level,
        "unit": \.unit, "hasUnit": \.hasUnit, "unitHref": \.unitHref, "township": \.township, "citation": \.citation,
        "documentNumber": \.documentNumber, "awardedBy": \.awardedBy, "isCollective": \.isCollective,
        "kindLabel": \.kindLabel, "photo": \.photo,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension HonorsPage.Poster: TemplateModel {
    static let fields: TemplateFields<HonorsPage.Poster> = [
        "category": \.category, "ribbon": \.ribbon, "count": \.count, "anchor": \.anchor, "cards": \.cards,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension HonorsPage.Year: TemplateModel {
    static let fields: TemplateFields<HonorsPage.Year> = [
        "year": \.year, "count": \.count, "href": \.href, "posters": \.posters, "categories": \.categories,
        "isSingleYear": \.isSingleYear, "tablesAnchor": \.tablesAnchor,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension HonorsPage.CategoryCount: TemplateModel {
    static let fields: TemplateFields<HonorsPage.CategoryCount> = [
        "category": \.category, "ribbon": \.ribbon, "count": \.count,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension HonorsPage: TemplateModel {
    static let fields: TemplateFields<HonorsPage> = [
        "years": \.years, "yearLinks": \.yearLinks, "allHref": \.allHref, "isAllYears": \.isAllYears,
        "hasHonors": \.hasHonors, "total": \.total, "summary": \.summary,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension RegionHeading: TemplateModel {
    static let fields: TemplateFields<RegionHeading> = [
        "name": \.name, "code": \.code, "level": \.level,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension RegionPage: TemplateModel {
    static let fields: TemplateFields<RegionPage> = [
        "region": \.region, "year": \.year, "yearSwitch": \.yearSwitch, "cards": \.cards, "summary": \.summary,
        "rates": \.rates, "counts": \.counts, "trend": \.trend, "children": \.children, "hasChildren": \.hasChildren,
        "rateTitles": \.rateTitles, "enterprises": \.enterprises, "hasEnterprises": \.hasEnterprises,
        "modeOptions": \.modeOptions, "hasDueUnbuilt": \.hasDueUnbuilt, "dueUnbuiltCount": \.dueUnbuiltCount,
        "dueUnbuiltHref": \.dueUnbuiltHref, "recognition": \.recognition, "charts": \.charts,
        "enterpriseListHref": \.enterpriseListHref, "honorCategories": \.honorCategories, "hasHonors": \.hasHonors,
        "honorsHref": \.honorsHref, "briefingHref": \.briefingHref, "map": \.map,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension ReportIndexPage.Item: TemplateModel {
    static let fields: TemplateFields<ReportIndexPage.Item> = [
        "title": \.title, "date": \.date, "type": \.type, "visibility": \.visibility, "region": \.region,
        "summary": \.summary, "href": \.href,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension ReportIndexPage: TemplateModel {
    static let fields: TemplateFields<ReportIndexPage> = [
        "reports": \.reports, "hasReports": \.hasReports,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension ReportPage: TemplateModel {
    static let fields: TemplateFields<ReportPage> = [
        "title": \.title, "date": \.date, "type": \.type, "visibility": \.visibility, "region": \.region,
        "regionHref": \.regionHref, "summary": \.summary, "body": \.body,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension ScreenPage.Township: TemplateModel {
    static let fields: TemplateFields<ScreenPage.Township> = [
        "name": \.name, "code": \.code, "value": \.value, "isBelowTarget": \.isBelowTarget, "href": \.href,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension ScreenPage.Honoree: TemplateModel {
    static let fields: TemplateFields<ScreenPage.Honoree> = [
        "category": \.category, "ribbon": \.ribbon, "name": \.name, "unit": \.unit, "level": \.level,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension ScreenPage: TemplateModel {
    static let fields: TemplateFields<ScreenPage> = [
        "region": \.region, "year": \.year, "dataDate": \.dataDate, "cards": \.cards, "tallies": \.tallies,
        "rankingChart": \.rankingChart, "trendChart": \.trendChart, "dashboardHref": \.dashboardHref,
        "dueUnbuiltCount": \.dueUnbuiltCount, "dueUnbuiltHref": \.dueUnbuiltHref, "alerts": \.alerts,
        "hasAlerts": \.hasAlerts, "townships": \.townships, "showcases": \.showcases, "hasShowcases": \.hasShowcases,
        "honorees": \.honorees, "hasHonorees": \.hasHonorees, "clock": \.clock, "screenData": \.screenData,
        "map": \.map,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension ShowcaseIndexPage.Level: TemplateModel {
    static let fields: TemplateFields<ShowcaseIndexPage.Level> = [
        "level": \.level, "count": \.count, "sites": \.sites,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension ShowcaseIndexPage.LevelCount: TemplateModel {
    static let fields: TemplateFields<ShowcaseIndexPage.LevelCount> = [
        "level": \.level, "count": \.count,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension ShowcaseIndexPage: TemplateModel {
    static let fields: TemplateFields<ShowcaseIndexPage> = [
        "levels": \.levels, "total": \.total, "levelCounts": \.levelCounts, "townshipOptions": \.townshipOptions,
        "statusOptions": \.statusOptions, "revoked": \.revoked, "hasRevoked": \.hasRevoked,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension ShowcasePage.Year: TemplateModel {
    static let fields: TemplateFields<ShowcasePage.Year> = [
        "year": \.year, "staff": \.staff, "staffChange": \.staffChange, "fullMembers": \.fullMembers,
        "membersChange": \.membersChange, "probationary": \.probationary, "recruited": \.recruited, "mode": \.mode,
        "organisationType": \.organisationType, "stars": \.stars, "sixHaves": \.sixHaves,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension ShowcasePage.Photo: TemplateModel {
    static let fields: TemplateFields<ShowcasePage.Photo> = [
        "src": \.src, "caption": \.caption, "width": \.width, "height": \.height, "anchor": \.anchor,
        "number": \.number, "total": \.total, "previousAnchor": \.previousAnchor, "nextAnchor": \.nextAnchor,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension ShowcasePage: TemplateModel {
    static let fields: TemplateFields<ShowcasePage> = [
        "card": \.card, "body": \.body, "enterpriseHref": \.enterpriseHref, "townshipHref": \.townshipHref,
        "years": \.years, "organisationName": \.organisationName, "photos": \.photos, "hasPhotos": \.hasPhotos,
        "lead": \.lead, "gallery": \.gallery, "hasGallery": \.hasGallery,
        "honors": \.honors, "hasHonors": \.hasHonors, "previous": \.previous, "next": \.next,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension IndicatorNotesPage.Rate: TemplateModel {
    static let fields: TemplateFields<IndicatorNotesPage.Rate> = [
        "id": \.id, "title": \.title, "definition": \.definition, "unit": \.unit, "inputs": \.inputs,
        "target": \.target, "isHeadline": \.isHeadline,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension IndicatorNotesPage: TemplateModel {
    static let fields: TemplateFields<IndicatorNotesPage> = [
        "rates": \.rates, "thresholdMembers": \.thresholdMembers, "thresholdStaffForMember": \.thresholdStaffForMember,
        "thresholdStaffForOrganisation": \.thresholdStaffForOrganisation, "decimals": \.decimals,
        "attachedCounts": \.attachedCounts,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension BriefingPage.TocEntry: TemplateModel {
    static let fields: TemplateFields<BriefingPage.TocEntry> = [
        "title": \.title, "anchor": \.anchor, "isAppendix": \.isAppendix,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension BriefingPage.Paragraph: TemplateModel {
    static let fields: TemplateFields<BriefingPage.Paragraph> = [
        "text": \.text
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension BriefingPage.HeadlineRow: TemplateModel {
    static let fields: TemplateFields<BriefingPage.HeadlineRow> = [
        "id": \.id, "title": \.title, "value": \.value, "pair": \.pair, "unit": \.unit, "change": \.change,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension BriefingPage.DueEntry: TemplateModel {
    static let fields: TemplateFields<BriefingPage.DueEntry> = [
        "number": \.number, "name": \.name, "township": \.township, "members": \.members, "staff": \.staff,
        "reasons": \.reasons,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension BriefingPage.Concern: TemplateModel {
    static let fields: TemplateFields<BriefingPage.Concern> = [
        "title": \.title, "items": \.items,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension BriefingPage.ShowcaseBlock.Photo: TemplateModel {
    static let fields: TemplateFields<BriefingPage.ShowcaseBlock.Photo> = [
        "src": \.src, "caption": \.caption, "width": \.width, "height": \.height,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension BriefingPage.ShowcaseBlock: TemplateModel {
    static let fields: TemplateFields<BriefingPage.ShowcaseBlock> = [
        "name": \.name, "level": \.level, "status": \.status, "township": \.township, "namedYear": \.namedYear,
        "figures": \.figures, "summary": \.summary, "photo": \.photo,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension BriefingPage.HonorGroup: TemplateModel {
    static let fields: TemplateFields<BriefingPage.HonorGroup> = [
        "category": \.category, "count": \.count, "honors": \.honors,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension BriefingPage.StatisticsTable.Cell: TemplateModel {
    static let fields: TemplateFields<BriefingPage.StatisticsTable.Cell> = [
        "value": \.value, "pair": \.pair,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension BriefingPage.StatisticsTable.Row: TemplateModel {
    static let fields: TemplateFields<BriefingPage.StatisticsTable.Row> = [
        "name": \.name, "isTotal": \.isTotal, "cells": \.cells,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension BriefingPage.StatisticsTable: TemplateModel {
    static let fields: TemplateFields<BriefingPage.StatisticsTable> = [
        "title": \.title, "anchor": \.anchor, "firstColumn": \.firstColumn, "headers": \.headers, "rows": \.rows,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension BriefingPage: TemplateModel {
    static let fields: TemplateFields<BriefingPage> = [
        "title": \.title, "region": \.region, "year": \.year, "dataDate": \.dataDate,
        "marking": \.marking, "pdfHref": \.pdfHref, "pdfName": \.pdfName, "toc": \.toc, "otherYears": \.otherYears,
        "hasOtherYears": \.hasOtherYears, "dashboardHref": \.dashboardHref, "overview": \.overview,
        "headlineRows": \.headlineRows, "trendChart": \.trendChart, "chapterTwoTitle": \.chapterTwoTitle,
        "childrenLabel": \.childrenLabel, "standing": \.standing, "hasChildren": \.hasChildren,
        "children": \.children, "rateTitles": \.rateTitles, "rankingChart": \.rankingChart, "map": \.map,
        "compositionChart": \.compositionChart, "starsChart": \.starsChart,
        "dueUnbuiltSummary": \.dueUnbuiltSummary, "dueUnbuilt": \.dueUnbuilt, "hasDueUnbuilt": \.hasDueUnbuilt,
        "concerns": \.concerns, "showcaseSummary": \.showcaseSummary, "showcases": \.showcases,
        "honorSummary": \.honorSummary, "honorGroups": \.honorGroups, "tables": \.tables, "notes": \.notes,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension RegionIndexPage.Row: TemplateModel {
    static let fields: TemplateFields<RegionIndexPage.Row> = [
        "depth": \.depth, "code": \.code, "briefingHref": \.briefingHref, "figures": \.figures,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension RegionIndexPage: TemplateModel {
    static let fields: TemplateFields<RegionIndexPage> = [
        "year": \.year, "rateTitles": \.rateTitles, "rows": \.rows, "regionCount": \.regionCount,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension SearchPage.Kind: TemplateModel {
    static let fields: TemplateFields<SearchPage.Kind> = [
        "value": \.value, "label": \.label,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension MapModel.Row: TemplateModel {
    static let fields: TemplateFields<MapModel.Row> = [
        "name": \.name, "href": \.href, "value": \.value, "pair": \.pair, "level": \.level, "showcases": \.showcases,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension SearchPage: TemplateModel {
    static let fields: TemplateFields<SearchPage> = [
        "kinds": \.kinds, "metaHref": \.metaHref,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}

extension MapModel: TemplateModel {
    static let fields: TemplateFields<MapModel> = [
        "svg": \.svg, "caption": \.caption, "indicator": \.indicator, "rows": \.rows,
    ]

    func value(of name: FieldName.ID) -> TemplateValue? { Self.fields.value(of: name, in: self) }
}
