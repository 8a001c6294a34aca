import DangjianKit
import Foundation

/// What `dangjian serve` builds and where it listens.
public struct PreviewOptions: Sendable {
    /// The build run at start and after every change (content, templates, output, audience, drafts).
    public var build: BuildOptions
    /// The address listened on: 127.0.0.1 unless widened on purpose.
    public var host = "127.0.0.1"
    /// The port; 0 takes any free port (the tests use it).
    public var port = 8080
    /// The sub-path the site is served under, `/` or `/dangjian/`: the site's links are all
    /// relative, so a site that works here works under the same path on an intranet server.
    public var basePath = "/"
    /// How often content/ and Templates/ are looked at for changes.
    public var pollInterval: Duration = .milliseconds(300)

    /// Creates options.
    public init(build: BuildOptions) {
        self.build = build
    }

    /// Whether the address only accepts connections from this machine.
    public var isLoopbackOnly: Bool {
        ["127.0.0.1", "localhost", "::1"].contains(host) || host.hasPrefix("127.")
    }

    /// `--base` as a path that starts and ends with `/`; nil when it holds anything a URL path
    /// cannot carry plainly (`..`, `%`, `?`, `#`, a backslash, spaces or control characters).
    public static func normalisedBasePath(_ text: String) -> String? {
        let parts = text.split(separator: "/")
        for part in parts {
            guard part != "..", part != ".",
                part.unicodeScalars.allSatisfy({
                    $0.value > 0x20 && $0.value != 0x7F && !"%?#\\".unicodeScalars.contains($0)
                })
            else { return nil }
        }
        return parts.isEmpty ? "/" : "/" + parts.joined(separator: "/") + "/"
    }
}
