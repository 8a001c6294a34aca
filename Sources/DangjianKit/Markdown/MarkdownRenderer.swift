import CCmarkGFM
import Foundation

/// Renders GitHub-flavoured Markdown to HTML through Debian's libcmark-gfm.
///
/// All C interop of the project lives in this file: the core extensions are registered once, each
/// parse attaches them by name to a fresh parser, and every C object is freed before returning.
/// Raw HTML is omitted and `javascript:` links dropped unless `allowRawHTML` is set. The load
/// stage uses it too, to list the images a document embeds (`images(in:)`) so that each is
/// checked and copied; the render stage then points each image at its copy (`html(_:images:)`).
public struct MarkdownRenderer: Sendable {
    /// The GFM extensions attached to every parse.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// libcmark-gfm keeps a process-wide table of special characters that every parse with the
    /// strikethrough and autolink extensions changes, so parses must not overlap: pages render
    /// concurrently, Markdown one document at a time.
    private static let parseLock = NSLock()

    /// Registration must happen once, before any concurrent use.
    private static let registration: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()

    /// Whether raw HTML in the Markdown is passed through (CMARK_OPT_UNSAFE).
    public let allowRawHTML: Bool

    /// Creates a renderer; raw HTML is omitted by default.
    public init(allowRawHTML: Bool = false) {
        _ = Self.registration
        self.allowRawHTML = allowRawHTML
    }

    /// An image a Markdown text embeds (`![alt](url)`), where it is written.
    public struct ImageReference: Sendable, Equatable {
        /// The destination as written (backslash escapes and entities resolved).
        public let url: String
        /// 1-based line in the Markdown text.
        public let line: Int
        /// 1-based column in the Markdown text.
        public let column: Int
    }

    /// Where an image of the text is published: its path relative to the page and its size.
    public struct PublishedImage: Sendable {
        /// The `src` of the image, relative to the page (ASCII only).
        public let source: String
        /// The pixel size, written as width and height so the page does not shift while it loads.
        public let size: ImageSize

        /// Creates a published image.
        public init(source: String, size: ImageSize) {
            self.source = source
            self.size = size
        }
    }

    /// Every image the text embeds, in document order; nil when the library cannot parse (out of memory).
    public func images(in markdown: String) -> [ImageReference]? {
        let parsed: [(line: Int, byteColumn: Int, url: String)]? = withDocument(markdown) { document, _ in
            var positions: [(line: Int, byteColumn: Int, url: String)] = []
            Self.visitImages(document) { node in
                positions.append(
                    (
                        Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)),
                        cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                    ))
            }
            return positions
        }
        guard let positions = parsed else { return nil }
        // cmark counts columns in bytes; diagnostics count characters.
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        return positions.map { position in
            var column = position.byteColumn
            if position.line >= 1, position.line <= lines.count {
                let bytes = lines[position.line - 1].utf8.prefix(max(0, position.byteColumn - 1))
                column = String(decoding: bytes, as: UTF8.self).count + 1
            }
            return ImageReference(url: position.url, line: position.line, column: column)
        }
    }

    /// The HTML of a Markdown text. Each image whose destination is a key of `images` is pointed
    /// at its published copy, with width, height and lazy loading; links to other hosts are marked
    /// as external. Throws, naming `file`, when the library cannot parse or render.
    public func html(
        _ markdown: String, images: [String: PublishedImage] = [:], file: SourceLocation
    ) throws(BuildFailure) -> String {
        let rendered: String? = withDocument(markdown) { document, parser in
            if !images.isEmpty {
                Self.visitImages(document) { node in
                    let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                    if let image = images[url] { cmark_node_set_url(node, image.source) }
                }
            }
            guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
                return nil
            }
            defer { free(rendered) }
            return String(cString: rendered)
        }
        guard let html = rendered else {
            throw BuildFailure("Markdown 渲染失败（cmark-gfm 无法分配内存）", at: file)
        }
        return Self.markExternalLinks(Self.captionImages(Self.sizeImages(html, images.values)))
    }
}

extension MarkdownRenderer {
    /// The parse and render options.
    private var options: Int32 {
        // Table alignment as style attributes: HTML5 made the align attribute obsolete.
        var options =
            CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE | CMARK_OPT_VALIDATE_UTF8
            | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        return options
    }

    /// Parses `markdown` with the GFM extensions and hands the document to `body`, under the parse
    /// lock; frees everything afterwards.
    private func withDocument<Result>(
        _ markdown: String, _ body: (OpaquePointer, OpaquePointer) -> Result?
    ) -> Result? {
        Self.parseLock.lock()
        defer { Self.parseLock.unlock() }
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        // Fed by byte count, not as a C string: a NUL inside the text must not cut it short.
        var bytes = Array(markdown.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }  // empty text: nothing to feed
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                cmark_parser_feed(parser, pointer, buffer.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return nil }
        defer { cmark_node_free(document) }
        return body(document, parser)
    }

    /// Calls `visit` on every image node of a document.
    private static func visitImages(_ document: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                cmark_node_get_type(node) == CMARK_NODE_IMAGE
            {
                visit(node)
            }
        }
    }

    /// Adds width, height and lazy loading to the `<img>` of each published image. Its source is
    /// ASCII without quotes or ampersands, so cmark writes it unchanged and it is found exactly.
    private static func sizeImages(_ html: String, _ images: some Collection<PublishedImage>) -> String {
        var html = html
        for image in images {
            html = html.replacingOccurrences(
                of: "<img src=\"\(image.source)\"",
                with:
                    "<img src=\"\(image.source)\" width=\"\(image.size.width)\" height=\"\(image.size.height)\" loading=\"lazy\""
            )
        }
        return html
    }

    /// A paragraph holding one image and nothing else becomes a figure captioned by its alt text
    /// (already escaped by cmark), as reports caption their photos.
    private static func captionImages(_ html: String) -> String {
        html.replacing(/<p>(<img [^>]*alt="([^"]+)"[^>]*\/>)<\/p>/) { match in
            "<figure>\(match.1)<figcaption>\(match.2)</figcaption></figure>"
        }
    }

    /// Marks links to other hosts: they stay links, but say that they leave the site (and may not
    /// open on an offline intranet). Text is escaped by cmark, so `<a href="` only starts a link.
    private static func markExternalLinks(_ html: String) -> String {
        var html = html
        for scheme in ["http://", "https://"] {
            html = html.replacingOccurrences(
                of: "<a href=\"\(scheme)",
                with: "<a class=\"external\" rel=\"external noopener noreferrer\" href=\"\(scheme)")
        }
        return html
    }
}
