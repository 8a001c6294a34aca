import DangjianKit
import Foundation
import Hummingbird

/// Answers the preview's requests: the files of the output folder (with the reload script and the
/// overlay in HTML pages), the version endpoint, redirects for folders, and 400 or 404 for every
/// path that does not name a file inside the output.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    /// The output folder served.
    let root: URL
    /// The sub-path the site is served under (`/`, `/dangjian/`).
    let basePath: String
    /// The build the pages come from.
    let state: PreviewState

    /// The version endpoint, as the pages' script asks for it.
    var versionURL: String { basePath + RequestTarget.endpointFolder + "/version" }

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.text(.methodNotAllowed, "只支持 GET 和 HEAD 请求", extra: [.allow: "GET, HEAD"])
        }
        let response = answer(request)
        return request.method == .head ? response.createHeadResponse() : response
    }

    /// The response to a GET (a HEAD gets its headers).
    func answer(_ request: Request) -> Response {
        let rawPath = request.uri.path
        let snapshot = state.snapshot
        switch RequestTarget(rawPath: rawPath, basePath: basePath) {
        case .malformed:
            return Self.text(.badRequest, "请求的路径不合法（含有 ..、编码的斜杠或控制字符）")
        case .outside:
            if rawPath == "/" { return Self.redirect(to: basePath) }
            // Browsers ask the server's root for an icon the site never names: no content, rather
            // than a failed request in every page's console.
            if rawPath == "/favicon.ico" { return Response(status: .noContent) }
            return notFound(snapshot)
        case .base:
            return Self.redirect(to: basePath)
        case .endpoint(let name):
            guard name == "version" else { return notFound(snapshot) }
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(string: snapshot.version)))
        case .site(let segments):
            switch SiteLookup(segments: segments, root: root, endsWithSlash: rawPath.hasSuffix("/")) {
            case .notFound:
                return notFound(snapshot)
            case .folderWithoutSlash:
                let query = request.uri.query.map { "?" + $0 } ?? ""
                return Self.redirect(to: rawPath + "/" + query)
            case .file(let file):
                return serve(file, request: request, snapshot: snapshot)
            }
        }
    }

    /// A file, or 304 when the client's copy is current.
    func serve(_ file: SiteFile, request: Request, snapshot: PreviewState.Snapshot) -> Response {
        let isHTML = ContentTypes.isHTML(file.url.lastPathComponent)
        // A page also changes when the overlay comes or goes, so its tag names the build too.
        var tag = "\(file.size)-\(file.modified.tv_sec).\(file.modified.tv_nsec)-\(file.inode)"
        if isHTML { tag += "-" + snapshot.version + "-\(snapshot.failure.count)" }
        let etag = "\"\(tag)\""
        let lastModified = Self.httpDate(Int(file.modified.tv_sec))
        var headers: HTTPFields = [
            .contentType: ContentTypes.of(file.url.lastPathComponent), .eTag: etag,
            // Revalidate every time: a preview changes under the browser.
            .cacheControl: "no-cache", .init("X-Content-Type-Options")!: "nosniff",
        ]
        if !isHTML { headers[.lastModified] = lastModified }
        if let match = request.headers[.ifNoneMatch] {
            let tags = match.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if tags.contains(etag) || tags.contains("W/" + etag) || tags.contains("*") {
                return Response(status: .notModified, headers: headers)
            }
        } else if !isHTML, let since = request.headers[.ifModifiedSince], since == lastModified {
            return Response(status: .notModified, headers: headers)
        }
        guard var data = try? Data(contentsOf: file.url) else { return notFound(snapshot) }
        if isHTML { data = LiveReload.inject(into: data, state: snapshot, versionURL: versionURL) }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// 404 as a small page that reloads, and shows the overlay, like the site's pages: after a
    /// failed first build there is no site yet, only what went wrong.
    func notFound(_ snapshot: PreviewState.Snapshot) -> Response {
        let page = Data(
            """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>404 未找到</title></head>\
            <body><h1>404 未找到</h1><p>网站中没有这个文件。<a href="\(basePath)">返回首页</a></p></body></html>
            """.utf8)
        let body = LiveReload.inject(into: page, state: snapshot, versionURL: versionURL)
        return Response(
            status: .notFound, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// A plain-text answer.
    static func text(_ status: HTTPResponse.Status, _ message: String, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: message + "\n")))
    }

    /// A redirect to another path of this server.
    static func redirect(to location: String) -> Response {
        Response(status: .found, headers: [.location: location, .contentLength: "0"])
    }

    /// An HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`).
    static func httpDate(_ seconds: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
