import Foundation

/// Notices changes under the folders a build reads (content/ and Templates/).
///
/// It compares each file's path, size and modification time with the previous look, every few
/// hundred milliseconds. Polling works the same on Linux and macOS, on network shares and in
/// containers, where inotify or FSEvents may miss changes or not exist, and a content folder of a
/// few hundred files takes well under a millisecond to look at.
struct ContentWatcher: Sendable {
    /// The folders watched.
    let folders: [URL]

    /// One look at every file (hidden ones, such as editors' swap files, aside): path → size,
    /// modification time and whether it is a folder.
    struct Fingerprint: Equatable, Sendable {
        fileprivate var entries: [String: [Double]] = [:]
    }

    /// The current state of the folders.
    func fingerprint() -> Fingerprint {
        var print = Fingerprint()
        let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey, .isDirectoryKey]
        for folder in folders {
            print.entries[folder.path] = []
            guard
                let enumerator = FileManager.default.enumerator(
                    at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles],
                    errorHandler: { _, _ in true })
            else { continue }
            for case let url as URL in enumerator {
                let values = try? url.resourceValues(forKeys: Set(keys))
                print.entries[url.path] = [
                    Double(values?.fileSize ?? -1), values?.contentModificationDate?.timeIntervalSince1970 ?? 0,
                    values?.isDirectory == true ? 1 : 0,
                ]
            }
        }
        return print
    }
}
