#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The hidden temporary files and folders a run names after its process id (`.events.json.1234.tmp`,
/// `.storygraph-train-1234`), and whether the run that made one is gone, so that a later run may remove it.
///
/// A run killed with SIGKILL cannot clean up after itself: every command that writes through temporary names
/// removes those of earlier runs whose process no longer exists, and only names of its own kind.
public enum RunTemporaries {
    /// Whether a process with this id is running. A zombie is not: a process killed whose parent has not
    /// collected it yet (`timeout -s KILL` kills itself with its child, which then waits for init), and whose
    /// files may be cleaned up at once.
    public static func isAlive(_ pid: Int32) -> Bool {
        guard pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return false }
        // /proc/PID/stat reads "PID (NAME) STATE …"; the name may hold spaces and parentheses, the state follows
        // the last ")". Where /proc cannot be read, a process that answers is alive.
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")")
        else { return true }
        let state = stat[stat.index(after: close)...].first { $0 != " " }
        return state != "Z" && state != "X"
    }

    /// Whether a temporary named after process `pid` belongs to a run that is over: its process is gone, or the
    /// id is this process's own (an earlier process that had the same id; this run has made nothing yet when it
    /// cleans up).
    public static func isLeftOver(by pid: Int32) -> Bool {
        !isAlive(pid) || pid == getpid()
    }

    /// The process id in `name` when it is `prefix` followed by the decimal id and `suffix` (`.storygraph-train-`
    /// `1234` ``), `nil` for any other name.
    public static func processID(in name: String, prefix: String, suffix: String = "") -> Int32? {
        guard name.hasPrefix(prefix), name.hasSuffix(suffix), name.count > prefix.count + suffix.count else { return nil }
        let digits = name.dropFirst(prefix.count).dropLast(suffix.count)
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int32(digits)
    }
}
