import DangjianKit
import Foundation

/// What the preview serves besides the files: which build the pages come from and, after a
/// failed rebuild, its diagnostics. Read by every request, written after every build.
final class PreviewState: @unchecked Sendable {
    private let lock = NSLock()
    private var generation = 0
    private var failure: [Diagnostic] = []
    /// Differs between two runs of the server, so a page left open reloads when it comes back.
    private let run = String(UInt32.random(in: 0...UInt32.max), radix: 36)

    /// A snapshot for one response.
    struct Snapshot: Equatable {
        /// Changes after every build, good or failed: open pages reload when it does.
        let version: String
        /// The diagnostics of the last build when it failed; empty when it succeeded.
        let failure: [Diagnostic]
    }

    /// The current snapshot.
    var snapshot: Snapshot {
        lock.withLock { Snapshot(version: "\(run)-\(generation)", failure: failure) }
    }

    /// Records a build: nil for success, else what it reported.
    func record(failure diagnostics: [Diagnostic]?) {
        lock.withLock {
            generation += 1
            failure = diagnostics ?? []
        }
    }
}
