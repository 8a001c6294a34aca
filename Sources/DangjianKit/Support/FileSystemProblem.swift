import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Says in Chinese why a file operation failed: a full disk, a missing permission, a read-only
/// medium (a locked USB stick) or a missing folder, rather than Foundation's English text.
enum FileSystemProblem {
    /// The reason behind an error thrown by FileManager or `Data.write`.
    static func describe(_ error: any Error) -> String {
        if let code = posixCode(of: error) { return describe(errno: code) }
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileWriteOutOfSpace: return describe(errno: ENOSPC)
            case .fileWriteNoPermission, .fileReadNoPermission: return describe(errno: EACCES)
            case .fileWriteVolumeReadOnly: return describe(errno: EROFS)
            case .fileNoSuchFile, .fileReadNoSuchFile: return describe(errno: ENOENT)
            default: break
            }
        }
        return (error as NSError).localizedDescription
    }

    /// The reason behind a POSIX error number.
    static func describe(errno code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: "磁盘已满（或超出配额），请清理空间后重试"
        case EACCES, EPERM: "没有权限，请检查该目录的读写权限"
        case EROFS: "磁盘是只读的（U 盘是否开了写保护？）"
        case ENOENT: "文件或目录不存在"
        case ENAMETOOLONG: "路径太长"
        case EIO: "读写出错（磁盘或 U 盘可能损坏或已拔出）"
        default: String(cString: strerror(code))
        }
    }

    /// The POSIX error number carried by an error or its underlying error.
    private static func posixCode(of error: any Error) -> Int32? {
        var current: NSError? = error as NSError
        while let candidate = current {
            if candidate.domain == NSPOSIXErrorDomain { return Int32(candidate.code) }
            current = candidate.userInfo[NSUnderlyingErrorKey] as? NSError
        }
        return nil
    }
}
