extension PageRenderer {
    /// The list of reports, newest first.
    func reportIndexContext(_ page: PlannedPage) -> [String: Any] {
        var context = layout(
            page, title: "工作报告", section: .reports, crumbs: [Crumb(label: "总览", path: SitePlan.dashboardPath)])
        context["reports"] = content.reports.map { report in
            [
                "title": report.title, "date": report.date, "type": report.type.rawValue,
                "visibility": report.visibility.rawValue, "region": regionName(report.regionCode),
                "summary": report.summary ?? "",
                "href": SitePlan.link(from: page.path, to: SitePlan.reportPath(report.slug)),
            ]
        }
        context["hasReports"] = !content.reports.isEmpty
        return context
    }

    /// One report: metadata and the rendered Markdown.
    func reportContext(_ page: PlannedPage, index: Int) -> [String: Any] {
        let report = content.reports[index]
        let crumbs = [
            Crumb(label: "总览", path: SitePlan.dashboardPath), Crumb(label: "工作报告", path: SitePlan.reportIndexPath),
        ]
        var context = layout(page, title: report.title, section: .reports, crumbs: crumbs)
        context["title"] = report.title
        context["date"] = report.date
        context["type"] = report.type.rawValue
        context["visibility"] = report.visibility.rawValue
        context["region"] = regionName(report.regionCode)
        context["regionHref"] = SitePlan.link(from: page.path, to: SitePlan.regionPath(report.regionCode))
        context["summary"] = report.summary ?? ""
        context["body"] = markdown.html(report.body, images: publishedImages(report.images, from: page))
        return context
    }

    /// The list of demonstration sites, grouped by level then township; revoked sites apart.
    func showcaseIndexContext(_ page: PlannedPage) -> [String: Any] {
        var context = layout(
            page, title: "示范点", section: .showcase, crumbs: [Crumb(label: "总览", path: SitePlan.dashboardPath)])
        let active = content.showcases.filter { $0.status != .revoked }
        let townships = rollup.tree.allRegions.filter { region in
            active.contains { township(of: $0) == region.code }
        }
        context["levels"] = ShowcaseLevel.allCases.compactMap { level -> [String: Any]? in
            let sites = active.filter { $0.level == level }
            guard !sites.isEmpty else { return nil }
            let groups = townships.compactMap { township -> [String: Any]? in
                let here = sites.filter { self.township(of: $0) == township.code }
                guard !here.isEmpty else { return nil }
                return [
                    "township": township.name, "count": here.count,
                    "sites": here.map { showcaseCard($0, from: page) },
                ]
            }
            return ["level": level.rawValue, "count": sites.count, "townships": groups]
        }
        context["total"] = active.count
        context["levelCounts"] = ShowcaseLevel.allCases.map { level in
            ["level": level.rawValue, "count": active.filter { $0.level == level }.count]
        }
        context["townshipOptions"] = townships.map { ["name": $0.name] }
        context["statusOptions"] = ShowcaseStatus.allCases.filter { $0 != .revoked }.map { ["name": $0.rawValue] }
        let revoked = content.showcases.filter { $0.status == .revoked }
        context["revoked"] = revoked.map { showcaseCard($0, from: page) }
        context["hasRevoked"] = !revoked.isEmpty
        return context
    }

    /// One demonstration site: its figures from the enterprise data, narrative, photos, honors,
    /// and the previous and next site of the same level.
    func showcaseContext(_ page: PlannedPage, index: Int) -> [String: Any] {
        let showcase = content.showcases[index]
        let history = rollup.enterprises[showcase.enterprise]
        let crumbs = [
            Crumb(label: "总览", path: SitePlan.dashboardPath), Crumb(label: "示范点", path: SitePlan.showcaseIndexPath),
        ]
        let name = history?.latest.name ?? showcase.enterprise.name
        var context = layout(page, title: name, section: .showcase, crumbs: crumbs)
        context.merge(showcaseCard(showcase, from: page)) { _, new in new }
        context["body"] = markdown.html(showcase.body, images: publishedImages(showcase.images, from: page))
        context["enterpriseHref"] = enterpriseHref(showcase.enterprise, from: page) ?? ""
        context["townshipHref"] = SitePlan.link(
            from: page.path, to: SitePlan.regionPath(township(of: showcase)))
        let records = history?.records ?? []
        context["years"] = records.enumerated().map { position, record -> [String: Any] in
            let before = position > 0 && records[position - 1].year == record.year - 1 ? records[position - 1] : nil
            func change(_ value: KeyPath<EnterpriseRecord, Int?>) -> String {
                guard let now = record[keyPath: value], let then = before?[keyPath: value] else { return "" }
                return "（\(YearOnYear.difference(now, then))）"
            }
            return [
                "year": record.year, "staff": format.optional(record.staff), "staffChange": change(\.staff),
                "fullMembers": format.optional(record.fullMembers), "membersChange": change(\.fullMembers),
                "probationary": format.optional(record.probationaryMembers),
                "recruited": format.optional(record.recruited),
                "mode": record.mode?.rawValue ?? "—", "organisationType": record.organisationType?.rawValue ?? "—",
                "stars": record.stars.map { "\($0)星" } ?? "—",
                "sixHaves": record.meetsSixHaves.map { $0 ? "达标" : "未达标" } ?? "—",
            ]
        }
        context["organisationName"] = history?.latest.organisationName ?? "—"
        context["photos"] = showcase.photos.enumerated().map { number, photo in
            [
                "src": photo.file, "caption": photo.caption, "width": photo.size.width, "height": photo.size.height,
                "anchor": "photo-\(number + 1)", "number": number + 1, "total": showcase.photos.count,
            ] as [String: Any]
        }
        context["hasPhotos"] = !showcase.photos.isEmpty
        let honors = rollup.honorIndexes(of: showcase.enterprise).map { content.honors[$0] }
        context["honors"] = honors.sorted { $0.year > $1.year }.map(honorRow)
        context["hasHonors"] = !honors.isEmpty
        let sameLevel = content.showcases.filter { $0.level == showcase.level && $0.status != .revoked }
        if let position = sameLevel.firstIndex(where: { $0.slug == showcase.slug }) {
            if position > 0 { context["previous"] = showcaseCard(sameLevel[position - 1], from: page) }
            if position + 1 < sameLevel.count { context["next"] = showcaseCard(sameLevel[position + 1], from: page) }
        }
        return context
    }

    private func showcaseCard(_ showcase: Showcase, from page: PlannedPage) -> [String: Any] {
        let name = rollup.enterprises[showcase.enterprise]?.latest.name ?? showcase.enterprise.name
        var card: [String: Any] = [
            "name": name, "level": showcase.level.rawValue, "status": showcase.status.rawValue,
            "namedYear": showcase.namedYear.map(String.init) ?? "—",
            "township": regionName(township(of: showcase)), "summary": showcase.summary ?? "",
            "features": showcase.features.map { ["feature": $0] }, "hasFeatures": !showcase.features.isEmpty,
            "href": SitePlan.link(from: page.path, to: SitePlan.showcasePath(showcase.slug)),
        ]
        if let photo = showcase.photos.first {
            card["cover"] = [
                "src": SitePlan.link(from: page.path, to: "showcase/\(showcase.slug)/\(photo.file)"),
                "width": photo.size.width, "height": photo.size.height,
            ]
        }
        return card
    }

    /// The township a demonstration site's enterprise is in now (its latest row).
    func township(of showcase: Showcase) -> String {
        rollup.enterprises[showcase.enterprise]?.key.regionCode ?? showcase.enterprise.regionCode
    }
}

extension PageRenderer {
    /// The images a page's Markdown embeds, keyed by their written destination, with the links
    /// from the page to their copies.
    func publishedImages(_ images: [EmbeddedImage], from page: PlannedPage) -> [String: MarkdownRenderer.PublishedImage]
    {
        Dictionary(
            images.map {
                (
                    $0.reference,
                    MarkdownRenderer.PublishedImage(
                        source: SitePlan.link(from: page.path, to: $0.outputPath), size: $0.size)
                )
            }, uniquingKeysWith: { first, _ in first })
    }
}
