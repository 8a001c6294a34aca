import DangjianKit
import DangjianServe
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `dangjian serve`: the test site served on a free port of 127.0.0.1 under a sub-path, requested
/// byte for byte as a browser or an attacker would send it.
@Suite("Preview server", .serialized)
struct PreviewServerTests {
    static let base = "/dangjian/"

    /// Builds the test site into `folder/site`, serves it, runs `body` with the port, then stops
    /// the server the way Ctrl-C does (its task ends).
    func withServer(
        _ body: (_ port: Int, _ content: URL, _ output: URL, _ folder: URL) async throws -> Void
    ) async throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("dangjian-serve-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try TestSupport.copyTinySite(into: folder)
        try FileManager.default.createDirectory(
            at: content.appendingPathComponent("static/files"), withIntermediateDirectories: true)
        for (name, bytes) in Self.staticFiles {
            try Data(bytes.utf8).write(to: content.appendingPathComponent("static/files/\(name)"))
        }
        let output = folder.appendingPathComponent("site")
        var options = PreviewOptions(
            build: BuildOptions(
                contentDirectory: content, templatesDirectory: TestSupport.templates, outputDirectory: output))
        options.port = 0
        options.basePath = Self.base
        options.pollInterval = .milliseconds(100)
        let server = PreviewServer(options: options)
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let running = Task {
            try await server.run(stopsOnSignals: false) { portSink.yield($0) }
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            Issue.record("the server did not start")
            return
        }
        do {
            try await body(port, content, output, folder)
        } catch {
            Issue.record(error)
        }
        running.cancel()
        _ = await running.result
        #expect(RawHTTP.connects(port: port) == false, "the port is closed once the server stops")
    }

    static let staticFiles = [
        "logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "font.woff2": "wOF2",
        "notice.pdf": "%PDF-1.4", "photo.png": "png", "photo.jpg": "jpg", "data.json": "{}",
    ]

    @Test func servesTheSiteWithItsTypesAndNothingOutsideIt() async throws {
        try await withServer { port, _, output, folder in
            let http = RawHTTP(port: port)
            let home = try await http.get(Self.base)
            #expect(home.status == 200)
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            #expect(home.text.contains("测试县党建数据"))
            #expect(home.text.contains("<script id=\"dangjian-preview-reload\">"))
            let written = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(!written.contains("dangjian-preview"), "the script is added to responses only")
            #expect(home.headers["content-length"] == String(home.body.count))

            let types = [
                "assets/style.css": "text/css; charset=utf-8", "assets/site.js": "text/javascript; charset=utf-8",
                "data/indicators.json": "application/json", "files/logo.svg": "image/svg+xml",
                "files/font.woff2": "font/woff2", "files/notice.pdf": "application/pdf", "files/photo.png": "image/png",
                "files/photo.jpg": "image/jpeg", "files/data.json": "application/json",
                "notice.txt": "text/plain; charset=utf-8", "reports/index.html": "text/html; charset=utf-8",
            ]
            for (path, type) in types {
                let response = try await http.get(Self.base + path)
                #expect(response.status == 200, "\(path)")
                #expect(response.headers["content-type"] == type, "\(path)")
                if !type.hasPrefix("text/html") {
                    #expect(response.body == (try Data(contentsOf: output.appendingPathComponent(path))), "\(path)")
                }
            }
            // A folder is its index.html; without the slash the browser is sent to it first, so
            // that the page's relative links resolve; a folder without index.html is not listed.
            let region = try await http.get(Self.base + "reports/2025-summary/")
            #expect(region.status == 200)
            #expect(region.text.contains("2025年测试县两新党建工作总结"))
            let noSlash = try await http.get(Self.base + "reports/2025-summary?x=1")
            #expect(noSlash.status == 302)
            #expect(noSlash.headers["location"] == Self.base + "reports/2025-summary/?x=1")
            #expect(try await http.get("/dangjian").headers["location"] == Self.base)
            #expect(try await http.get("/").headers["location"] == Self.base)
            #expect(try await http.get(Self.base + "assets/").status == 404)
            #expect(try await http.get(Self.base + "no/such/page.html").status == 404)
            #expect(try await http.get(Self.base + ".dangjian-site").status == 404)
            #expect(try await http.get("/index.html").status == 404, "outside the sub-path")
            #expect(try await http.get("/favicon.ico").status == 204, "the browser's own request")

            // Paths that try to leave the output folder.
            try Data("机密".utf8).write(to: folder.appendingPathComponent("secret.txt"))
            for path in [
                "../secret.txt", "%2e%2e/secret.txt", "%2E%2E/secret.txt", "assets/%2e%2e/%2e%2e/secret.txt",
                "..%2fsecret.txt", "..%2Fsecret.txt", "..%5csecret.txt", "assets%2fstyle.css", "./index.html",
                "%00", "%zz", "assets/..",
            ] {
                let response = try await http.get(Self.base + path)
                #expect(response.status == 400, "\(path) → \(response.status)")
                #expect(!response.text.contains("机密"))
            }
            try FileManager.default.createSymbolicLink(
                at: output.appendingPathComponent("leak.txt"),
                withDestinationURL: folder.appendingPathComponent("secret.txt"))
            try FileManager.default.createSymbolicLink(
                at: output.appendingPathComponent("up"), withDestinationURL: folder)
            try FileManager.default.createSymbolicLink(
                at: output.appendingPathComponent("inside.css"),
                withDestinationURL: output.appendingPathComponent("assets/style.css"))
            for path in ["leak.txt", "up/secret.txt", "up/", "up"] {
                let response = try await http.get(Self.base + path)
                #expect(response.status == 404, "\(path) → \(response.status)")
                #expect(!response.text.contains("机密"))
            }
            #expect(try await http.get(Self.base + "inside.css").status == 200, "a link within the site is followed")

            // HEAD: the same headers, no body.
            let head = try await http.request("HEAD", Self.base + "assets/style.css")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            let css = try await http.get(Self.base + "assets/style.css")
            #expect(head.headers["content-length"] == String(css.body.count))
            #expect(head.headers["etag"] == css.headers["etag"])
            // Conditional GET: the ETag, or Last-Modified for files other than pages.
            let etag = try #require(css.headers["etag"])
            let again = try await http.get(Self.base + "assets/style.css", headers: ["If-None-Match": etag])
            #expect(again.status == 304)
            #expect(again.body.isEmpty)
            let since = try #require(css.headers["last-modified"])
            #expect(
                try await http.get(Self.base + "assets/style.css", headers: ["If-Modified-Since": since]).status == 304)
            #expect(
                try await http.get(Self.base + "assets/style.css", headers: ["If-None-Match": "\"old\""]).status == 200)
            let page = try #require(home.headers["etag"])
            #expect(try await http.get(Self.base, headers: ["If-None-Match": page]).status == 304)
            #expect(try await http.request("POST", Self.base).status == 405)
        }
    }

    @Test func rebuildsOnChangeAndShowsAFailedBuildOverTheLastGoodSite() async throws {
        try await withServer { port, content, output, _ in
            let http = RawHTTP(port: port)
            let reportPath = Self.base + "reports/2025-summary/"
            let report = content.appendingPathComponent("reports/2025-summary.md")
            let version = try await http.get(Self.base + "__dangjian/version").text
            #expect(!version.isEmpty)

            // A changed report is served within 2 s.
            try TestSupport.replace("## 一、基本情况", with: "## 一、基本情况\n\n预览服务器看到了这句新写的话。", in: report)
            let changed = try await http.poll(reportPath, within: .seconds(2)) {
                $0.text.contains("预览服务器看到了这句新写的话。")
            }
            #expect(changed != nil, "the new text within 2 s")
            // The version changes once the build is recorded, a moment after the new site is in place.
            let reloaded = try await http.poll(Self.base + "__dangjian/version", within: .seconds(2)) {
                $0.text != version
            }
            #expect(reloaded != nil, "open pages reload")
            let written = try String(
                contentsOf: output.appendingPathComponent("reports/2025-summary/index.html"), encoding: .utf8)
            #expect(written.contains("预览服务器看到了这句新写的话。"))
            #expect(!written.contains("dangjian-preview"))

            // A broken table: the last good page, with the diagnostics over it.
            let table = content.appendingPathComponent("data/enterprises-2025.csv")
            let good = try Data(contentsOf: table)
            try TestSupport.replace(",130,6,1,", with: ",一百三十,6,1,", in: table)
            let failed = try await http.poll(reportPath, within: .seconds(10)) {
                $0.text.contains("id=\"dangjian-preview-overlay\"")
            }
            let overlay = try #require(failed, "the overlay appears")
            #expect(overlay.status == 200)
            #expect(overlay.text.contains("预览服务器看到了这句新写的话。"), "the last good page stays")
            #expect(overlay.text.contains("重新构建失败"))
            #expect(overlay.text.contains("enterprises-2025.csv:2:50: error: “从业人员”"), "file:line:column")
            let notFound = try await http.get(Self.base + "no-such-page/")
            #expect(notFound.text.contains("id=\"dangjian-preview-overlay\""), "on every page served")
            let onDisk = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(!onDisk.contains("dangjian-preview"))

            // Fixed: the overlay goes.
            try good.write(to: table)
            let fixed = try await http.poll(reportPath, within: .seconds(10)) {
                !$0.text.contains("dangjian-preview-overlay")
            }
            #expect(fixed?.text.contains("预览服务器看到了这句新写的话。") == true, "the overlay goes when fixed")
        }
    }

    @Test func baseAndHostOptions() {
        #expect(PreviewOptions.normalisedBasePath("dangjian") == "/dangjian/")
        #expect(PreviewOptions.normalisedBasePath("/a/b") == "/a/b/")
        #expect(PreviewOptions.normalisedBasePath("/") == "/")
        #expect(PreviewOptions.normalisedBasePath("/a/../b") == nil)
        #expect(PreviewOptions.normalisedBasePath("/a%2f") == nil)
        #expect(PreviewOptions.normalisedBasePath("/a b/") == nil)
        var options = PreviewOptions(
            build: BuildOptions(
                contentDirectory: URL(fileURLWithPath: "c"), templatesDirectory: URL(fileURLWithPath: "t"),
                outputDirectory: URL(fileURLWithPath: "o")))
        #expect(options.isLoopbackOnly)
        options.host = "0.0.0.0"
        #expect(!options.isLoopbackOnly)
    }
}

/// HTTP/1.1 over a plain socket: the request line goes out exactly as written (a URL library
/// would resolve `..` and re-encode `%2e` before sending).
struct RawHTTP {
    let port: Int

    struct Response {
        let status: Int
        /// Header names in lower case.
        let headers: [String: String]
        let body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    func get(_ path: String, headers: [String: String] = [:]) async throws -> Response {
        try await request("GET", path, headers: headers)
    }

    /// Sends one request on its own connection, off the test's threads.
    func request(_ method: String, _ path: String, headers: [String: String] = [:]) async throws -> Response {
        let port = port
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try Self.exchange(method, path, headers: headers, port: port) })
            }
        }
    }

    /// Requests `path` until `done` holds or `limit` passes (a failed request counts as not yet).
    func poll(_ path: String, within limit: Duration, until done: (Response) -> Bool) async throws -> Response? {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if let response = try? await get(path), done(response) { return response }
            try await Task.sleep(for: .milliseconds(50))
        }
        return nil
    }

    /// Whether anything accepts connections on the port.
    static func connects(port: Int) -> Bool {
        guard let socket = try? connect(port: port) else { return false }
        close(socket)
        return true
    }

    static func connect(port: Int) throws -> Int32 {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure(description: "socket: \(errno)") }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                #if canImport(Glibc)
                    Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #else
                    Darwin.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #endif
            }
        }
        guard connected == 0 else {
            close(descriptor)
            throw Failure(description: "connect: \(errno)")
        }
        return descriptor
    }

    static func exchange(_ method: String, _ path: String, headers: [String: String], port: Int) throws -> Response {
        let descriptor = try connect(port: port)
        defer { close(descriptor) }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        let request = Array((head + "\r\n").utf8)
        var sent = 0
        while sent < request.count {
            let count = request[sent...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { throw Failure(description: "send: \(errno)") }
            sent += count
        }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count == 0 { break }
            guard count > 0 else { throw Failure(description: "recv: \(errno)") }
            received.append(contentsOf: buffer[0..<count])
        }
        guard let split = received.range(of: Data("\r\n\r\n".utf8)) else {
            throw Failure(description: "no response head in \(received.count) bytes")
        }
        let lines = String(decoding: received[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw Failure(description: "bad status line \(lines[0])")
        }
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(received[split.upperBound...])
        if fields["transfer-encoding"] == "chunked" { body = dechunk(body) }
        return Response(status: status, headers: fields, body: body)
    }

    static func dechunk(_ data: Data) -> Data {
        var result = Data()
        var rest = data[...]
        while let line = rest.range(of: Data("\r\n".utf8)),
            let size = Int(String(decoding: rest[..<line.lowerBound], as: UTF8.self), radix: 16), size > 0
        {
            let start = line.upperBound
            result.append(rest[start..<start + size])
            rest = rest[(start + size + 2)...]
        }
        return result
    }
}
