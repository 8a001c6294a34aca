import CCmarkGFM
import Foundation

/// Renders GitHub-flavoured Markdown to HTML through Debian's libcmark-gfm.
///
/// All C interop of the project lives in this file: the core extensions are registered once, each
/// render attaches them by name to a fresh parser, and every C object is freed before returning.
/// Raw HTML is omitted and `javascript:` links dropped unless `allowRawHTML` is set.
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

    /// The HTML of a Markdown text.
    public func html(_ markdown: String) -> String {
        Self.parseLock.lock()
        defer { Self.parseLock.unlock() }
        // Table alignment as style attributes: HTML5 made the align attribute obsolete.
        var options =
            CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE | CMARK_OPT_VALIDATE_UTF8
            | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        guard let parser = cmark_parser_new(options) else { return "" }
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
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
