import Foundation

/// Prints pages of a site to PDF with headless Chromium (Debian's `chromium`, with the CJK fonts
/// of fonts-noto-cjk). Chromium lays out the print CSS itself (A4, margins, 第 N 页 共 M 页), so
/// the PDF is the page as printed from the browser.
struct PDFPrinter: Sendable {
    /// The browser program.
    let browser: URL

    /// The names tried on the PATH when no browser is named.
    static let browserNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The browser named by `path`, else the first of `browserNames` on the PATH; nil when none.
    static func find(_ path: String?) -> URL? {
        let fileManager = FileManager.default
        if let path { return fileManager.isExecutableFile(atPath: path) ? URL(fileURLWithPath: path) : nil }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in browserNames {
            for folder in folders where fileManager.isExecutableFile(atPath: "\(folder)/\(name)") {
                return URL(fileURLWithPath: "\(folder)/\(name)")
            }
        }
        return nil
    }

    /// Prints the page `html` (a file) to the PDF file `pdf`; fails naming the page when the
    /// browser fails, makes no PDF, or takes more than `timeout` seconds.
    func print(_ html: URL, to pdf: URL, timeout: TimeInterval = 120) throws(BuildFailure) {
        // A profile of its own, removed afterwards, so prints never share or leave browser state.
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dangjian-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = browser
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run",
            "--user-data-dir=\(profile.path)", "--print-to-pdf=\(pdf.path)", html.absoluteURL.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw BuildFailure("无法启动浏览器 \(browser.path)：\(error)", at: SourceLocation(file: html.path))
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            throw BuildFailure("浏览器打印 PDF 超过 \(Int(timeout)) 秒，已停止", at: SourceLocation(file: html.path))
        }
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: pdf.path),
            data.starts(with: Data("%PDF".utf8))
        else {
            throw BuildFailure(
                "浏览器未能把页面打印为 PDF（退出码 \(process.terminationStatus)）", at: SourceLocation(file: html.path))
        }
    }
}
