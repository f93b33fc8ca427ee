#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension OutputFileSystem {
    /// Removes, with everything inside, the hidden folders an earlier run staged its files in and left behind
    /// when it was killed: the folders named `prefix` followed by a process id (`.storygraph-train-1234`) whose
    /// process is gone (see ``RunTemporaries``). Folders of running processes, other names, and symbolic links
    /// (even one named like a staging folder) are left alone.
    /// - Parameter prefix: The start of the folder names, up to the process id (`.storygraph-train-`).
    /// - Returns: The names of the folders removed, in name order.
    @discardableResult
    public func removeStaleFolders(prefix: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        var removed: [String] = []
        for name in names.sorted() {
            guard let pid = RunTemporaries.processID(in: name, prefix: prefix), RunTemporaries.isLeftOver(by: pid) else { continue }
            let path = directory.appendingPathComponent(name).path
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { continue }
            if (try? FileManager.default.removeItem(atPath: path)) != nil { removed.append(name) }
        }
        return removed
    }
}
