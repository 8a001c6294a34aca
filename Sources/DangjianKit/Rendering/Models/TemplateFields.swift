/// The fields templates read from each model, by name: swift-mustache looks tags up through
/// these key paths instead of reflecting the value on every lookup (reflection cost most of a
/// render). A test checks that every stored property of every model is listed here. The tables
/// are immutable after initialisation (`nonisolated(unsafe)` only because key paths are not
/// declared Sendable).
extension RateFigure: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<RateFigure>] = [
        "id": \.id, "title": \.title, "value": \.value, "numerator": \.numerator, "denominator": \.denominator,
        "pair": \.pair, "unit": \.unit, "pairUnit": \.pairUnit, "excludedNote": \.excludedNote, "listHref": \.listHref,
        "change": \.change, "direction": \.direction, "arrow": \.arrow,
    ]
}

extension SummaryFigure: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<SummaryFigure>] = [
        "label": \.label, "value": \.value, "unit": \.unit, "href": \.href,
    ]
}

extension CountRow: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<CountRow>] = [
        "label": \.label, "value": \.value, "note": \.note, "change": \.change, "changePercent": \.changePercent,
        "href": \.href,
    ]
}

extension ChildRow: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ChildRow>] = [
        "rank": \.rank, "name": \.name, "level": \.level, "href": \.href, "population": \.population,
        "organisations": \.organisations, "members": \.members, "dueUnbuilt": \.dueUnbuilt,
        "populationHref": \.populationHref, "dueUnbuiltHref": \.dueUnbuiltHref, "rates": \.rates,
    ]
}

extension TitleItem: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<TitleItem>] = [
        "title": \.title
    ]
}

extension TrendTable.Row: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<TrendTable.Row>] = [
        "year": \.year, "population": \.population, "members": \.members, "rates": \.rates,
    ]
}

extension TrendTable: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<TrendTable>] = [
        "titles": \.titles, "rows": \.rows,
    ]
}

extension ChartsModel.CompositionRow: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ChartsModel.CompositionRow>] = [
        "name": \.name, "own": \.own, "joint": \.joint, "attached": \.attached, "unbuilt": \.unbuilt, "total": \.total,
        "href": \.href, "isTotal": \.isTotal,
    ]
}

extension ChartsModel: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ChartsModel>] = [
        "composition": \.composition, "compositionRows": \.compositionRows, "stars": \.stars, "starRows": \.starRows,
        "rankingChart": \.rankingChart, "trendChart": \.trendChart,
    ]
}

extension LabelCount: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<LabelCount>] = [
        "label": \.label, "count": \.count,
    ]
}

extension YearLink: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<YearLink>] = [
        "year": \.year, "href": \.href, "current": \.current,
    ]
}

extension AttentionItem.Entry: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<AttentionItem.Entry>] = [
        "label": \.label, "href": \.href,
    ]
}

extension AttentionItem: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<AttentionItem>] = [
        "title": \.title, "items": \.items,
    ]
}

extension RecognitionModel: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<RecognitionModel>] = [
        "showcaseLevels": \.showcaseLevels, "showcaseStatuses": \.showcaseStatuses,
        "honorCategoryCounts": \.honorCategoryCounts, "honorLevelCounts": \.honorLevelCounts,
    ]
}

extension HonorRow: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<HonorRow>] = [
        "year": \.year, "category": \.category, "level": \.level, "honoree": \.honoree, "kind": \.kind,
        "enterprise": \.enterprise, "township": \.township, "awardedBy": \.awardedBy,
        "documentNumber": \.documentNumber, "citation": \.citation, "enterpriseHref": \.enterpriseHref,
        "showcaseHref": \.showcaseHref, "photoHref": \.photoHref,
    ]
}

extension HonorCategoryGroup.Level: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<HonorCategoryGroup.Level>] = [
        "level": \.level, "count": \.count, "honors": \.honors,
    ]
}

extension HonorCategoryGroup: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<HonorCategoryGroup>] = [
        "category": \.category, "count": \.count, "levels": \.levels,
    ]
}

extension EnterpriseRow.Attribute: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<EnterpriseRow.Attribute>] = [
        "key": \.key, "value": \.value,
    ]
}

extension EnterpriseRow: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<EnterpriseRow>] = [
        "name": \.name, "href": \.href, "township": \.township, "category": \.category, "industry": \.industry,
        "staff": \.staff, "members": \.members, "probationary": \.probationary, "mode": \.mode, "stars": \.stars,
        "isShowcase": \.isShowcase, "showcaseHref": \.showcaseHref, "filters": \.filters,
    ]
}

extension NameOption: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<NameOption>] = [
        "name": \.name
    ]
}

extension ShowcaseCard.Feature: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ShowcaseCard.Feature>] = [
        "feature": \.feature
    ]
}

extension ShowcaseCard.Cover: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ShowcaseCard.Cover>] = [
        "src": \.src, "width": \.width, "height": \.height,
    ]
}

extension ShowcaseCard: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ShowcaseCard>] = [
        "name": \.name, "level": \.level, "status": \.status, "namedYear": \.namedYear, "township": \.township,
        "summary": \.summary, "features": \.features, "hasFeatures": \.hasFeatures, "href": \.href, "cover": \.cover,
    ]
}

extension PageLayout.Link: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<PageLayout.Link>] = [
        "label": \.label, "href": \.href, "current": \.current,
    ]
}

extension PageLayout: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<PageLayout>] = [
        "siteTitle": \.siteTitle, "organisation": \.organisation, "pageTitle": \.pageTitle, "assets": \.assets,
        "homeHref": \.homeHref, "nav": \.nav, "breadcrumbs": \.breadcrumbs, "hasBreadcrumbs": \.hasBreadcrumbs,
        "buildDate": \.buildDate, "dataYear": \.dataYear, "indicatorsHref": \.indicatorsHref,
        "indicatorNotesHref": \.indicatorNotesHref, "isScreen": \.isScreen,
        "internalMarking": \.internalMarking, "pageMargins": \.pageMargins,
    ]
}

extension DashboardPage.RegionLink: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<DashboardPage.RegionLink>] = [
        "name": \.name, "code": \.code, "href": \.href,
    ]
}

extension DashboardPage.ReportLink: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<DashboardPage.ReportLink>] = [
        "title": \.title, "date": \.date, "href": \.href,
    ]
}

extension DashboardPage: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<DashboardPage>] = [
        "region": \.region, "yearSwitch": \.yearSwitch, "year": \.year, "cards": \.cards, "summary": \.summary,
        "children": \.children, "rateTitles": \.rateTitles, "trend": \.trend, "dueUnbuiltCount": \.dueUnbuiltCount,
        "hasDueUnbuilt": \.hasDueUnbuilt, "dueUnbuiltHref": \.dueUnbuiltHref, "alerts": \.alerts, "charts": \.charts,
        "reports": \.reports, "hasReports": \.hasReports, "briefingHref": \.briefingHref,
    ]
}

extension DueUnbuiltPage.Thresholds: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<DueUnbuiltPage.Thresholds>] = [
        "members": \.members, "staff": \.staff,
    ]
}

extension DueUnbuiltPage.Entry: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<DueUnbuiltPage.Entry>] = [
        "name": \.name, "href": \.href, "township": \.township, "townshipHref": \.townshipHref, "members": \.members,
        "staff": \.staff, "mode": \.mode, "instructor": \.instructor, "reasons": \.reasons,
    ]
}

extension DueUnbuiltPage.ChildCount: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<DueUnbuiltPage.ChildCount>] = [
        "name": \.name, "count": \.count, "href": \.href,
    ]
}

extension DueUnbuiltPage: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<DueUnbuiltPage>] = [
        "byChild": \.byChild, "hasByChild": \.hasByChild, "isEmpty": \.isEmpty, "region": \.region, "year": \.year,
        "yearSwitch": \.yearSwitch, "thresholds": \.thresholds,
        "entries": \.entries, "count": \.count, "hasEntries": \.hasEntries, "regionHref": \.regionHref,
    ]
}

extension EnterpriseRowsFile: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<EnterpriseRowsFile>] = [
        "enterprises": \.enterprises
    ]
}

extension EnterpriseListPage: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<EnterpriseListPage>] = [
        "region": \.region, "year": \.year, "yearSwitch": \.yearSwitch, "enterprises": \.enterprises, "count": \.count,
        "rowsFrom": \.rowsFrom, "shownCount": \.shownCount, "townshipLists": \.townshipLists,
        "townshipOptions": \.townshipOptions, "modeOptions": \.modeOptions, "regionHref": \.regionHref,
    ]
}

extension EnterprisePage.Extra: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<EnterprisePage.Extra>] = [
        "header": \.header, "value": \.value,
    ]
}

extension EnterprisePage.Year: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<EnterprisePage.Year>] = [
        "year": \.year, "staff": \.staff, "fullMembers": \.fullMembers, "probationary": \.probationary,
        "activists": \.activists, "recruited": \.recruited, "mode": \.mode, "organisationType": \.organisationType,
        "instructor": \.instructor, "stars": \.stars, "sixHaves": \.sixHaves, "aboveSize": \.aboveSize, "note": \.note,
    ]
}

extension EnterprisePage: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<EnterprisePage>] = [
        "name": \.name, "creditCode": \.creditCode, "township": \.township, "townshipHref": \.townshipHref,
        "category": \.category, "industry": \.industry, "latestYear": \.latestYear,
        "organisationName": \.organisationName, "organisationType": \.organisationType, "mode": \.mode,
        "jointID": \.jointID, "instructor": \.instructor, "isActive": \.isActive, "years": \.years, "extras": \.extras,
        "honors": \.honors, "hasHonors": \.hasHonors, "showcaseHref": \.showcaseHref, "showcaseLevel": \.showcaseLevel,
        "dueUnbuilt": \.dueUnbuilt,
    ]
}

extension HonorsPage.Year: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<HonorsPage.Year>] = [
        "year": \.year, "count": \.count, "href": \.href, "categories": \.categories, "isSingleYear": \.isSingleYear,
    ]
}

extension HonorsPage.CategoryCount: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<HonorsPage.CategoryCount>] = [
        "category": \.category, "count": \.count,
    ]
}

extension HonorsPage: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<HonorsPage>] = [
        "years": \.years, "yearLinks": \.yearLinks, "allHref": \.allHref, "isAllYears": \.isAllYears,
        "hasHonors": \.hasHonors, "total": \.total, "summary": \.summary,
    ]
}

extension RegionHeading: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<RegionHeading>] = [
        "name": \.name, "code": \.code, "level": \.level,
    ]
}

extension RegionPage: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<RegionPage>] = [
        "region": \.region, "year": \.year, "yearSwitch": \.yearSwitch, "cards": \.cards, "summary": \.summary,
        "rates": \.rates, "counts": \.counts, "trend": \.trend, "children": \.children, "hasChildren": \.hasChildren,
        "rateTitles": \.rateTitles, "enterprises": \.enterprises, "hasEnterprises": \.hasEnterprises,
        "modeOptions": \.modeOptions, "hasDueUnbuilt": \.hasDueUnbuilt, "dueUnbuiltCount": \.dueUnbuiltCount,
        "dueUnbuiltHref": \.dueUnbuiltHref, "recognition": \.recognition, "charts": \.charts,
        "enterpriseListHref": \.enterpriseListHref, "honorCategories": \.honorCategories, "hasHonors": \.hasHonors,
        "honorsHref": \.honorsHref, "briefingHref": \.briefingHref,
    ]
}

extension ReportIndexPage.Item: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ReportIndexPage.Item>] = [
        "title": \.title, "date": \.date, "type": \.type, "visibility": \.visibility, "region": \.region,
        "summary": \.summary, "href": \.href,
    ]
}

extension ReportIndexPage: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ReportIndexPage>] = [
        "reports": \.reports, "hasReports": \.hasReports,
    ]
}

extension ReportPage: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ReportPage>] = [
        "title": \.title, "date": \.date, "type": \.type, "visibility": \.visibility, "region": \.region,
        "regionHref": \.regionHref, "summary": \.summary, "body": \.body,
    ]
}

extension ScreenPage: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ScreenPage>] = [
        "region": \.region, "year": \.year, "cards": \.cards, "summary": \.summary, "rankingChart": \.rankingChart,
        "trendChart": \.trendChart, "dashboardHref": \.dashboardHref,
    ]
}

extension ShowcaseIndexPage.Level.Township: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ShowcaseIndexPage.Level.Township>] = [
        "township": \.township, "count": \.count, "sites": \.sites,
    ]
}

extension ShowcaseIndexPage.Level: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ShowcaseIndexPage.Level>] = [
        "level": \.level, "count": \.count, "townships": \.townships,
    ]
}

extension ShowcaseIndexPage.LevelCount: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ShowcaseIndexPage.LevelCount>] = [
        "level": \.level, "count": \.count,
    ]
}

extension ShowcaseIndexPage: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ShowcaseIndexPage>] = [
        "levels": \.levels, "total": \.total, "levelCounts": \.levelCounts, "townshipOptions": \.townshipOptions,
        "statusOptions": \.statusOptions, "revoked": \.revoked, "hasRevoked": \.hasRevoked,
    ]
}

extension ShowcasePage.Year: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ShowcasePage.Year>] = [
        "year": \.year, "staff": \.staff, "staffChange": \.staffChange, "fullMembers": \.fullMembers,
        "membersChange": \.membersChange, "probationary": \.probationary, "recruited": \.recruited, "mode": \.mode,
        "organisationType": \.organisationType, "stars": \.stars, "sixHaves": \.sixHaves,
    ]
}

extension ShowcasePage.Photo: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ShowcasePage.Photo>] = [
        "src": \.src, "caption": \.caption, "width": \.width, "height": \.height, "anchor": \.anchor,
        "number": \.number, "total": \.total,
    ]
}

extension ShowcasePage: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ShowcasePage>] = [
        "card": \.card, "body": \.body, "enterpriseHref": \.enterpriseHref, "townshipHref": \.townshipHref,
        "years": \.years, "organisationName": \.organisationName, "photos": \.photos, "hasPhotos": \.hasPhotos,
        "honors": \.honors, "hasHonors": \.hasHonors, "previous": \.previous, "next": \.next,
    ]
}

extension IndicatorNotesPage.Rate: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<IndicatorNotesPage.Rate>] = [
        "id": \.id, "title": \.title, "definition": \.definition, "unit": \.unit, "inputs": \.inputs,
        "target": \.target, "isHeadline": \.isHeadline,
    ]
}

extension IndicatorNotesPage: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<IndicatorNotesPage>] = [
        "rates": \.rates, "thresholdMembers": \.thresholdMembers, "thresholdStaffForMember": \.thresholdStaffForMember,
        "thresholdStaffForOrganisation": \.thresholdStaffForOrganisation, "decimals": \.decimals,
        "attachedCounts": \.attachedCounts,
    ]
}

extension BriefingPage.TocEntry: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<BriefingPage.TocEntry>] = [
        "title": \.title, "anchor": \.anchor, "isAppendix": \.isAppendix,
    ]
}

extension BriefingPage.Paragraph: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<BriefingPage.Paragraph>] = [
        "text": \.text
    ]
}

extension BriefingPage.HeadlineRow: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<BriefingPage.HeadlineRow>] = [
        "id": \.id, "title": \.title, "value": \.value, "pair": \.pair, "unit": \.unit, "change": \.change,
    ]
}

extension BriefingPage.DueEntry: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<BriefingPage.DueEntry>] = [
        "number": \.number, "name": \.name, "township": \.township, "members": \.members, "staff": \.staff,
        "reasons": \.reasons,
    ]
}

extension BriefingPage.Concern: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<BriefingPage.Concern>] = [
        "title": \.title, "items": \.items,
    ]
}

extension BriefingPage.ShowcaseBlock.Photo: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<BriefingPage.ShowcaseBlock.Photo>] = [
        "src": \.src, "caption": \.caption, "width": \.width, "height": \.height,
    ]
}

extension BriefingPage.ShowcaseBlock: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<BriefingPage.ShowcaseBlock>] = [
        "name": \.name, "level": \.level, "status": \.status, "township": \.township, "namedYear": \.namedYear,
        "figures": \.figures, "summary": \.summary, "photo": \.photo,
    ]
}

extension BriefingPage.HonorGroup: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<BriefingPage.HonorGroup>] = [
        "category": \.category, "count": \.count, "honors": \.honors,
    ]
}

extension BriefingPage.StatisticsTable.Cell: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<BriefingPage.StatisticsTable.Cell>] = [
        "value": \.value, "pair": \.pair,
    ]
}

extension BriefingPage.StatisticsTable.Row: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<BriefingPage.StatisticsTable.Row>] = [
        "name": \.name, "isTotal": \.isTotal, "cells": \.cells,
    ]
}

extension BriefingPage.StatisticsTable: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<BriefingPage.StatisticsTable>] = [
        "title": \.title, "anchor": \.anchor, "firstColumn": \.firstColumn, "headers": \.headers, "rows": \.rows,
    ]
}

extension BriefingPage: TemplateModel {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<BriefingPage>] = [
        "title": \.title, "region": \.region, "year": \.year, "dataDate": \.dataDate,
        "marking": \.marking, "pdfHref": \.pdfHref, "pdfName": \.pdfName, "toc": \.toc, "otherYears": \.otherYears,
        "hasOtherYears": \.hasOtherYears, "dashboardHref": \.dashboardHref, "overview": \.overview,
        "headlineRows": \.headlineRows, "trendChart": \.trendChart, "chapterTwoTitle": \.chapterTwoTitle,
        "childrenLabel": \.childrenLabel, "standing": \.standing, "hasChildren": \.hasChildren,
        "children": \.children, "rateTitles": \.rateTitles, "rankingChart": \.rankingChart,
        "compositionChart": \.compositionChart, "starsChart": \.starsChart,
        "dueUnbuiltSummary": \.dueUnbuiltSummary, "dueUnbuilt": \.dueUnbuilt, "hasDueUnbuilt": \.hasDueUnbuilt,
        "concerns": \.concerns, "showcaseSummary": \.showcaseSummary, "showcases": \.showcases,
        "honorSummary": \.honorSummary, "honorGroups": \.honorGroups, "tables": \.tables, "notes": \.notes,
    ]
}
