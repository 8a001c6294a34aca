import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a request path names inside the served site, decided before any file is opened.
///
/// The path is taken as the client sent it (still percent-encoded) and decoded one segment at a
/// time, so an encoded slash (`%2F`, `%5C`) can never join two segments and an encoded `..`
/// (`%2e%2e`) is refused like a plain one. Whatever a path names, the file served must lie inside
/// the output folder once every symbolic link is resolved.
enum RequestTarget: Equatable {
    /// A file or folder of the site: its path segments below the output folder.
    case site([String])
    /// The preview's own endpoint (`__dangjian/version`).
    case endpoint(String)
    /// The site's root without its trailing slash (`/dangjian`): redirect to the base path.
    case base
    /// A path outside the base path.
    case outside
    /// A path that cannot name a file of the site: `..`, `.`, encoded separators, NUL, bad escapes.
    case malformed

    /// The folder of the preview's endpoints below the base path.
    static let endpointFolder = "__dangjian"

    /// Parses a raw request path (without the query) under a base path that starts and ends with `/`.
    init(rawPath: String, basePath: String) {
        guard rawPath.hasPrefix(basePath) else {
            self = rawPath + "/" == basePath ? .base : .outside
            return
        }
        var segments: [String] = []
        for raw in rawPath.dropFirst(basePath.count).split(separator: "/", omittingEmptySubsequences: true) {
            guard let segment = String(raw).removingPercentEncoding,
                !segment.isEmpty, segment != ".", segment != "..",
                !segment.contains("/"), !segment.contains("\\"),
                !segment.unicodeScalars.contains(where: { $0.value < 0x20 })
            else {
                self = .malformed
                return
            }
            segments.append(segment)
        }
        if segments.first == Self.endpointFolder {
            self = .endpoint(segments.dropFirst().joined(separator: "/"))
        } else {
            self = .site(segments)
        }
    }
}

/// A file of the output folder found for a request.
struct SiteFile: Equatable {
    /// The file (a folder's index.html for a folder).
    let url: URL
    /// Its size in bytes.
    let size: Int
    /// Its modification time, in whole seconds and nanoseconds.
    let modified: timespec
    /// Its inode (part of the ETag: a rebuilt site has new files even within one second).
    let inode: UInt64

    static func == (lhs: SiteFile, rhs: SiteFile) -> Bool {
        lhs.url == rhs.url && lhs.size == rhs.size && lhs.inode == rhs.inode
            && lhs.modified.tv_sec == rhs.modified.tv_sec && lhs.modified.tv_nsec == rhs.modified.tv_nsec
    }
}

/// How the output folder answers a site path.
enum SiteLookup: Equatable {
    /// A regular file.
    case file(SiteFile)
    /// A folder named without its trailing slash: the browser must ask again with it, or the
    /// page's relative links would resolve against the parent folder.
    case folderWithoutSlash
    /// Nothing to serve: missing, hidden (a name starting with "."), a folder without index.html
    /// (no listings), or a file that is outside the output once links are resolved.
    case notFound

    /// Looks `segments` up below `root`, following symbolic links only within it.
    init(segments: [String], root: URL, endsWithSlash: Bool) {
        guard !segments.contains(where: { $0.hasPrefix(".") }),
            let rootPath = Self.realPath(root.path)
        else {
            self = .notFound
            return
        }
        var target = root
        for segment in segments { target.appendPathComponent(segment) }
        guard let resolved = Self.realPath(target.path),
            resolved == rootPath || resolved.hasPrefix(rootPath == "/" ? "/" : rootPath + "/")
        else {
            self = .notFound
            return
        }
        var info = stat()
        guard stat(resolved, &info) == 0 else {
            self = .notFound
            return
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            guard endsWithSlash || segments.isEmpty else {
                self = .folderWithoutSlash
                return
            }
            self = SiteLookup(segments: segments + ["index.html"], root: root, endsWithSlash: false)
            return
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            self = .notFound
            return
        }
        #if canImport(Darwin)
            let modified = info.st_mtimespec
        #else
            let modified = info.st_mtim
        #endif
        self = .file(
            SiteFile(
                url: URL(fileURLWithPath: resolved), size: Int(info.st_size), modified: modified,
                inode: UInt64(info.st_ino)))
    }

    /// The path with every symbolic link resolved; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
