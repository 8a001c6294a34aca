import Foundation

/// One hash of everything a build's output depends on: every file of the content and templates
/// folders (path and bytes), the build's options and date, and the dangjian executable itself.
struct InputFingerprint {
    let options: BuildOptions

    /// The build date as pages show it: a rebuild on another day rewrites the footers.
    let day: String

    /// The fingerprint; a folder that cannot be read makes it unique, so the build goes on.
    func compute() -> ContentHash {
        var hash = ContentHash("dangjian inputs")
        let settings = [
            options.audience?.rawValue ?? "-", options.includesDrafts ? "drafts" : "-", String(options.listLimit), day,
            options.printsPDF ? "pdf:" + (options.browser ?? "") : "-",
        ]
        hash.combine(ContentHash(settings.joined(separator: "\u{1F}")))
        for folder in [options.contentDirectory, options.templatesDirectory] {
            hash.combine(Self.hash(of: folder))
        }
        hash.combine(Self.executable)
        return hash
    }

    /// The hash of every file below `folder`, in path order, links followed.
    static func hash(of folder: URL) -> ContentHash {
        let fileManager = FileManager.default
        var hash = ContentHash(folder.path)
        guard let enumerator = fileManager.enumerator(atPath: folder.path) else {
            return ContentHash(UUID().uuidString)
        }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String { paths.append(path) }
        for path in paths.sorted() {
            let url = folder.appendingPathComponent(path).resolvingSymlinksInPath()
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                continue
            }
            guard let data = fileManager.contents(atPath: url.path) else { return ContentHash(UUID().uuidString) }
            hash.combine(ContentHash(path))
            hash.combine(ContentHash(data))
        }
        return hash
    }

    /// The running program: a new dangjian may render the same input differently.
    static let executable: ContentHash = {
        #if os(Linux)
            let path = "/proc/self/exe"
        #else
            let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        #endif
        guard let data = FileManager.default.contents(atPath: path) else { return ContentHash(UUID().uuidString) }
        return ContentHash(data)
    }()
}
