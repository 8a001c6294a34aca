import DangjianKit
import Foundation
import Hummingbird
import Logging

/// `dangjian serve`: builds the site, serves the output folder over HTTP, and rebuilds it when
/// content/ or Templates/ change; open pages reload by themselves.
///
/// Each rebuild is an ordinary build (the output's `OutputLock`, an atomic publish), so the
/// folder on disk is always a complete site without anything of the preview in it. A failed
/// rebuild leaves the last good site in place; its diagnostics are shown over every page served
/// until a build succeeds again.
public struct PreviewServer: Sendable {
    /// What to build and where to listen.
    public let options: PreviewOptions
    /// Receives the build's step lines, its summary and the server's messages.
    public let log: @Sendable (String) -> Void
    /// Receives the diagnostics of each build (warnings of a good one, errors of a failed one).
    public let report: @Sendable ([Diagnostic]) -> Void

    let state = PreviewState()

    /// Creates a server.
    public init(
        options: PreviewOptions, log: @escaping @Sendable (String) -> Void = { _ in },
        report: @escaping @Sendable ([Diagnostic]) -> Void = { _ in }
    ) {
        self.options = options
        self.log = log
        self.report = report
    }

    /// The diagnostics of the last build when it failed; empty after a good one.
    public var currentFailure: [Diagnostic] { state.snapshot.failure }

    /// Builds once, then serves and rebuilds until the task is cancelled or, with
    /// `stopsOnSignals`, until SIGINT (Ctrl-C) or SIGTERM; `onListening` receives the port.
    ///
    /// Throws when the address cannot be listened on (the port is taken, the host is unknown).
    public func run(
        stopsOnSignals: Bool = true, onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        // Looked at before the first build, so that a change made while it runs is built too.
        let watcher = ContentWatcher(folders: [options.build.contentDirectory, options.build.templatesDirectory])
        let before = watcher.fingerprint()
        await rebuild()
        var logger = Logger(label: "dangjian.serve")
        logger.logLevel = .critical
        let responder = PreviewResponder(
            root: options.build.outputDirectory.standardizedFileURL, basePath: options.basePath, state: state)
        let application = Application(
            responder: responder,
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "dangjian"),
            onServerRunning: { channel in
                await onListening(channel.localAddress?.port ?? options.port)
            },
            logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                if stopsOnSignals {
                    try await application.runService()
                } else {
                    try await application.run()
                }
            }
            group.addTask { await watch(watcher, from: before) }
            // The server ends first (a signal, or a failure to listen); the watcher then stops.
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// Rebuilds whenever the watched folders change, until cancelled.
    func watch(_ watcher: ContentWatcher, from start: ContentWatcher.Fingerprint) async {
        var seen = start
        while !Task.isCancelled {
            try? await Task.sleep(for: options.pollInterval)
            let now = watcher.fingerprint()
            guard now != seen, !Task.isCancelled else { continue }
            seen = now
            log("内容或模板已修改，重新构建 …")
            await rebuild()
        }
    }

    /// One build, off the server's threads; records its outcome for the pages.
    func rebuild() async {
        var build = options.build
        build.buildDate = Date()
        let pipeline = BuildPipeline(options: build, log: log)
        let outcome = await withCheckedContinuation { (continuation: CheckedContinuation<BuildOutcome, Never>) in
            DispatchQueue.global().async {
                do throws(BuildFailure) {
                    continuation.resume(returning: .built(try pipeline.build()))
                } catch {
                    continuation.resume(returning: .failed(error))
                }
            }
        }
        switch outcome {
        case .built(let summary):
            state.record(failure: nil)
            report(summary.warnings)
            if let leftOut = summary.leftOut.summary { log(leftOut) }
            log(summary.line)
        case .failed(let failure):
            state.record(failure: failure.diagnostics)
            report(failure.diagnostics)
            let errors = failure.diagnostics.filter { $0.severity == .error }.count
            log("构建失败：\(errors) 个错误；继续提供上次成功构建的网站，页面上显示这些错误，修正后自动重新构建")
        }
    }

    private enum BuildOutcome: Sendable {
        case built(BuildSummary)
        case failed(BuildFailure)
    }
}
