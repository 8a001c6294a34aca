import DangjianKit
import Foundation

/// What the preview adds to the HTML pages it serves, never to the files written: a script that
/// reloads the page when the site is rebuilt, and after a failed rebuild an overlay with the
/// diagnostics over the last good page.
///
/// The script polls a small endpoint rather than holding a server-sent-event stream open: a
/// stream would keep a connection per open tab that a Ctrl-C must cut, and a poll survives the
/// server being restarted (the new run's version differs, so the page reloads by itself).
enum LiveReload {
    /// The id of the overlay element (the tests and the browser check look for it).
    static let overlayID = "dangjian-preview-overlay"
    /// The id of the script element.
    static let scriptID = "dangjian-preview-reload"

    /// `html` with the script (and the overlay, when `state` has a failure) before `</body>`.
    static func inject(into html: Data, state: PreviewState.Snapshot, versionURL: String) -> Data {
        var addition = ""
        if !state.failure.isEmpty { addition += overlay(state.failure) }
        addition += script(version: state.version, versionURL: versionURL)
        let bytes = Data(addition.utf8)
        guard
            let close = html.range(of: Data("</body>".utf8), options: .backwards)
                ?? html.range(of: Data("</BODY>".utf8), options: .backwards)
        else { return html + bytes }
        var result = html
        result.insert(contentsOf: bytes, at: close.lowerBound)
        return result
    }

    /// The reload script: asks for the version every half second and reloads when it changes.
    static func script(version: String, versionURL: String) -> String {
        """
        <script id="\(scriptID)">(function(){var v="\(version)";function poll(){fetch("\(versionURL)",\
        {cache:"no-store"}).then(function(r){return r.ok?r.text():v}).then(function(t){if(t.trim()!==v)\
        {location.reload()}else{setTimeout(poll,500)}},function(){setTimeout(poll,1000)})}setTimeout(poll,500)})()\
        </script>
        """
    }

    /// The overlay: the failed build's errors, one per line as `file:line:column: error: message`
    /// (its warnings are printed where the server runs, as after every build).
    static func overlay(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }
        let lines = errors.map { "<li>\(escape($0.description))</li>" }.joined()
        return """
            <div id="\(overlayID)" role="alert" style="position:fixed;inset:0 0 auto 0;max-height:70vh;overflow:auto;\
            z-index:2147483647;background:#fff5f5;color:#1a1a1a;border-bottom:4px solid #c00;padding:16px 24px;\
            font:14px/1.6 sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.3)"><strong style="color:#c00;font-size:16px">\
            重新构建失败：\(errors.count) 个错误。下面仍是上次成功构建的网站，修正后页面会自动刷新。</strong>\
            <ul style="margin:8px 0 0;padding-left:20px;font-family:monospace;white-space:pre-wrap">\(lines)</ul></div>
            """
    }

    /// Text as HTML.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
