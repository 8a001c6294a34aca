import Foundation

/// Path questions every stage asks of the file system, answered after resolving symbolic links.
enum FilePaths {
    /// The path components of `url` with every symbolic link resolved; a part that does not exist
    /// yet is appended to its deepest existing ancestor, resolved.
    static func canonicalComponents(_ url: URL) -> [String] {
        var existing = url.standardizedFileURL
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.pathComponents.count > 1 {
            missing.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        let resolved = existing.resolvingSymlinksInPath().standardizedFileURL
        return resolved.pathComponents + missing
    }

    /// Whether `url`, links resolved, is `folder` or lies inside it.
    static func isInside(_ url: URL, _ folder: URL) -> Bool {
        canonicalComponents(url).starts(with: canonicalComponents(folder))
    }

    /// What is at a path, without following a final symbolic link.
    enum Kind {
        case file, directory, symbolicLink, other, missing
    }

    /// The kind of the entry at `url` itself (`lstat`): a link is reported as a link.
    static func kind(of url: URL) -> Kind {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return .missing }
        switch attributes[.type] as? FileAttributeType {
        case .typeRegular: return .file
        case .typeDirectory: return .directory
        case .typeSymbolicLink: return .symbolicLink
        default: return .other
        }
    }
}
