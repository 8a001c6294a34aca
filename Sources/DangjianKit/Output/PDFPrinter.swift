import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The programs that print pages to PDF and read them back: headless Chromium (chromium,
/// chromium-browser or google-chrome) and pdftotext (poppler-utils).
public struct PrintTools: Sendable {
    /// The browser.
    public let browser: URL
    /// pdftotext.
    public let pdftotext: URL

    /// The browsers looked for on the PATH, in order.
    public static let browserNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// Finds the tools: `chrome` when given (a path or a name on the PATH), else the first browser
    /// of `browserNames`; throws a message saying what is missing and how to install it.
    public static func locate(chrome: String? = nil) throws(BuildFailure) -> PrintTools {
        let browser: URL?
        if let chrome {
            browser = executable(named: chrome)
            guard browser != nil else {
                throw BuildFailure(
                    "找不到 --chrome 指定的浏览器“\(chrome)”（需要可执行的 Chromium 或 Google Chrome）",
                    at: SourceLocation(file: chrome))
            }
        } else {
            browser = browserNames.lazy.compactMap(executable(named:)).first
        }
        guard let browser else {
            throw BuildFailure(
                "未找到 Chromium（已查找 \(browserNames.joined(separator: "、"))），无法生成 PDF；请安装（Debian：apt-get install chromium fonts-noto-cjk poppler-utils）或用 --chrome 指定浏览器",
                at: SourceLocation(file: "PATH"))
        }
        guard let pdftotext = executable(named: "pdftotext") else {
            throw BuildFailure(
                "未找到 pdftotext，无法确定目录页码；请安装 poppler-utils（Debian：apt-get install poppler-utils）",
                at: SourceLocation(file: "PATH"))
        }
        return PrintTools(browser: browser, pdftotext: pdftotext)
    }

    /// An executable file: a path (with a slash) as given, a bare name from the PATH.
    static func executable(named name: String) -> URL? {
        let fileManager = FileManager.default
        if name.contains("/") {
            return fileManager.isExecutableFile(atPath: name) ? URL(fileURLWithPath: name) : nil
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if fileManager.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}

/// Prints one HTML file to PDF with headless Chromium, and reads a PDF's text page by page with
/// pdftotext. Each print has its own browser profile, so prints can run side by side.
struct PDFPrinter: Sendable {
    let tools: PrintTools
    /// The longest one program may run.
    var timeout: TimeInterval = 180

    /// Prints `page` to `pdf`: A4 from the page's own @page rules, no browser header or footer,
    /// bookmarks from the headings.
    func print(_ page: URL, to pdf: URL, scratch: URL) throws(BuildFailure) {
        var arguments = [
            "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--no-pdf-header-footer", "--print-to-pdf-no-header", "--generate-pdf-document-outline",
            "--user-data-dir=" + scratch.appendingPathComponent("profile").path, "--print-to-pdf=" + pdf.path,
        ]
        // Chromium refuses to start its sandbox as root (containers, CI).
        if geteuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
        arguments.append(page.absoluteString)
        try? FileManager.default.removeItem(at: pdf)
        let log = scratch.appendingPathComponent("browser.log")
        let status = try run(tools.browser, arguments, log: log)
        guard status == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            let detail =
                (try? String(contentsOf: log, encoding: .utf8))?
                .split(separator: "\n").filter { !$0.contains("dbus") }.suffix(3).joined(separator: " / ") ?? ""
            throw BuildFailure(
                "浏览器未能把页面打印为 PDF（退出码 \(status)）\(detail.isEmpty ? "" : "：" + detail)",
                at: SourceLocation(file: page.path))
        }
    }

    /// The text of every page of a PDF, in order.
    func pageTexts(of pdf: URL, scratch: URL) throws(BuildFailure) -> [String] {
        let text = scratch.appendingPathComponent("pages.txt")
        let status = try run(tools.pdftotext, ["-enc", "UTF-8", pdf.path, text.path], log: nil)
        guard status == 0, let content = try? String(contentsOf: text, encoding: .utf8) else {
            throw BuildFailure("pdftotext 无法读取 PDF（退出码 \(status)）", at: SourceLocation(file: pdf.path))
        }
        var pages = content.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    /// Runs a program with its output in `log` (or nowhere), killing it after `timeout`.
    private func run(_ program: URL, _ arguments: [String], log: URL?) throws(BuildFailure) -> Int32 {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        if let log, FileManager.default.createFile(atPath: log.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: log.path)
        {
            process.standardError = handle
        } else {
            process.standardError = FileHandle.nullDevice
        }
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw BuildFailure(
                "无法运行 \(program.path)：\(FileSystemProblem.describe(error))", at: SourceLocation(file: program.path))
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            finished.wait()
            throw BuildFailure(
                "\(program.lastPathComponent) 超过 \(Int(timeout)) 秒仍未完成，已终止", at: SourceLocation(file: program.path))
        }
        return process.terminationStatus
    }
}
