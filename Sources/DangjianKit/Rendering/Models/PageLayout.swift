/// What every page shows around its content (layout.mustache): site title, navigation,
/// breadcrumbs and footer.
struct PageLayout {
    /// A link of the navigation or the breadcrumbs.
    struct Link {
        let label: String
        let href: String
        /// Whether it is the section of the page (navigation only).
        var current: Bool = false
    }

    let siteTitle: String
    let organisation: String?
    let pageTitle: String
    /// The assets folder, relative to the page, ending in "/" (or empty at the root).
    let assets: String
    let homeHref: String
    let nav: [Link]
    let breadcrumbs: [Link]
    let hasBreadcrumbs: Bool
    let buildDate: String
    let dataYear: Int
    let indicatorsHref: String
    /// The indicator notes (指标说明).
    let indicatorNotesHref: String
    /// The meeting-room screen's page, styled for 1920×1080.
    let isScreen: Bool
    /// "内部资料 注意保存" in internal builds (footer and print); nil in public builds.
    let internalMarking: String?
    /// The page's running header and footer on paper: an `@page` rule (`PrintMargins`), written
    /// into the page's head.
    let pageMargins: String
}

/// A page's model inside its layout, as a template sees it: a tag names a property of the
/// page's model, else of its layout.
///
/// Models are plain structs; their properties are the templates' vocabulary, checked against
/// every template by the test suite. An optional left nil is a false section (no pruning of
/// empty strings needed).
struct Page<Model: TemplateModel>: LaidOutPage {
    let layout: PageLayout
    let model: Model

    var content: any TemplateModel { model }

    func value(of name: FieldName.ID) -> TemplateValue? {
        model.value(of: name) ?? layout.value(of: name)
    }
}

/// A page's layout and model, whatever the model's type.
protocol LaidOutPage: TemplateContext {
    /// What surrounds the page's content.
    var layout: PageLayout { get }
    /// The page's own model.
    var content: any TemplateModel { get }
}
