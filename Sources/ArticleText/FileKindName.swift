import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What stands at a path, in the words messages use: "a regular file", "a directory", "a named pipe (FIFO)",
/// "a character device" (`/dev/null`, `/dev/full`), "a block device", "a socket".
public enum FileKindName {
    /// The kind of what `path` names, following symbolic links; `nil` when nothing is there (or it cannot be
    /// looked at).
    public static func of(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return "a regular file"
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }
}
