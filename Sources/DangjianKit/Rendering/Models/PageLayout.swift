import Mustache

/// What every page shows around its content (layout.mustache): site title, navigation,
/// breadcrumbs and footer.
struct PageLayout {
    /// A link of the navigation or the breadcrumbs.
    struct Link {
        let label: String
        let href: String
        /// Whether it is the section of the page (navigation only).
        var current = false
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
    /// The meeting-room screen's page, styled for 1920×1080.
    let isScreen: Bool
}

/// A page's model inside its layout, as a template sees it: a tag names a property of the
/// page's model, else of its layout.
///
/// Models are plain structs that swift-mustache reads through `Mirror`: the properties are the
/// template's vocabulary, checked against every template by the test suite, and an optional
/// left nil is a false section (no pruning of empty strings needed).
struct Page<Model>: MustacheParent, LaidOutPage {
    let layout: PageLayout
    let model: Model

    var content: Any { model }

    func child(named name: String) -> Any? {
        Page.property(name, of: model) ?? Page.property(name, of: layout)
    }

    /// The value of a stored property, an optional unwrapped (nil when it is nil).
    static func property(_ name: String, of value: Any) -> Any? {
        guard let child = Mirror(reflecting: value).children.first(where: { $0.label == name }) else { return nil }
        let mirror = Mirror(reflecting: child.value)
        guard mirror.displayStyle == .optional else { return child.value }
        return mirror.children.first?.value
    }
}

/// A page's layout and model, whatever the model's type.
protocol LaidOutPage: MustacheParent {
    /// What surrounds the page's content.
    var layout: PageLayout { get }
    /// The page's own model.
    var content: Any { get }
}
