import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock on an output folder, held for a whole build.
///
/// Two builds into the same folder at once would each tidy the other's staging folder and could
/// publish an incomplete site, so a build holds this lock from before it looks at the output until
/// it has swapped the new site in. The lock is `flock(2)` on a file beside the output
/// (`.public.dangjian-lock` for `public/`): the kernel releases it when the process exits, also
/// when it is killed, so a crashed build never leaves a stale lock behind. The file itself stays;
/// deleting a lock file while another process waits on it would let two builds in at once.
public final class OutputLock: Sendable {
    /// The lock file.
    public let url: URL
    private let descriptor: Int32

    /// The lock file of an output folder.
    public static func lockFile(for outputDirectory: URL) -> URL {
        let output = outputDirectory.standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).dangjian-lock")
    }

    /// Takes the lock of `outputDirectory`. When another build holds it, either waits (calling
    /// `onWait` once with a message to show) or, with `wait == false`, throws at once.
    public static func acquire(
        for outputDirectory: URL, wait: Bool, onWait: (String) -> Void = { _ in }
    ) throws(BuildFailure) -> OutputLock {
        let url = lockFile(for: outputDirectory)
        let location = SourceLocation(file: outputDirectory.standardizedFileURL.path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw BuildFailure(
                "无法创建输出目录的上级目录：\(FileSystemProblem.describe(error))", at: location)
        }
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw BuildFailure(
                "无法创建锁文件 \(url.path)：\(FileSystemProblem.describe(errno: errno))", at: location)
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let busy = errno == EWOULDBLOCK
            guard busy else {
                let problem = FileSystemProblem.describe(errno: errno)
                close(descriptor)
                throw BuildFailure("无法锁定输出目录（\(url.path)）：\(problem)", at: location)
            }
            guard wait else {
                close(descriptor)
                throw BuildFailure(
                    "另一个 dangjian 构建正在写入这个输出目录（锁文件 \(url.path)）；请等它结束后再试，或去掉 --no-wait 以排队等待",
                    at: location)
            }
            onWait("另一个 dangjian 构建正在写入 \(outputDirectory.standardizedFileURL.path)，等待它结束 …")
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let problem = FileSystemProblem.describe(errno: errno)
                    close(descriptor)
                    throw BuildFailure("无法锁定输出目录（\(url.path)）：\(problem)", at: location)
                }
            }
        }
        return OutputLock(url: url, descriptor: descriptor)
    }

    private init(url: URL, descriptor: Int32) {
        self.url = url
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
