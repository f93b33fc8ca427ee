#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArticleText
import Foundation

/// The record a command keeps in its output folder of the files it wrote there (`.storygraph-outputs`, one
/// name a line), so that a later run removes or replaces only those: a file the record does not list is the
/// user's, never removed, and never overwritten by an output of the same name.
///
/// The record is written in the same ``OutputSet`` as the files it lists, so it changes with them or not at all.
/// Lines starting with `#` and blank lines are comments.
public struct OutputManifest: Hashable, Sendable {
    /// The record's file name in the output folder.
    public static let fileName = ".storygraph-outputs"

    /// The names of the files written, sorted.
    public var names: [String]

    /// A record of `names` (kept sorted and without repeats).
    public init(names: [String]) {
        self.names = Array(Set(names)).sorted()
    }

    /// The record in the folder `fileSystem` names; `nil` when there is none (a folder no build wrote, or one an
    /// earlier version of Storygraph wrote).
    /// - Throws: ``OutputFileError`` naming the record when it is not one storygraph could have written: not a
    ///   regular file (a folder), unreadable, not UTF-8 text, holding control characters, or a line that is no
    ///   file name (a path, `..`, a line longer than a file name may be). Such a file says nothing of which files
    ///   storygraph wrote there, so nothing is replaced or removed.
    public static func read(in fileSystem: OutputFileSystem) throws -> OutputManifest? {
        let path = fileSystem.directory.appendingPathComponent(fileName).path
        guard exists(fileName, in: fileSystem) else { return nil }
        let shown = fileSystem.shown(fileName)
        let advice = "storygraph keeps there the names of the files it wrote into the folder, to replace only those: "
            + "move the folder's files elsewhere (or remove them if they are storygraph's outputs) with \(path: shown), "
            + "or give another --out"
        guard fileSystem.isRegularFile(fileName) else {
            throw OutputFileError("could not use \(path: shown): it is \(Self.kind(of: path)), not the record storygraph writes; \(advice)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = access(path, R_OK) == 0 ? "it cannot be read" : OutputFileSystem.reason(errno)
            throw OutputFileError("could not read \(path: shown): \(reason)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw OutputFileError("could not use \(path: shown): it is not a record storygraph wrote (it is not UTF-8 text); \(advice)")
        }
        var names: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let name = line.trimmingCharacters(in: .whitespacesAndNewlines)  // a CRLF line too
            if name.isEmpty || name.hasPrefix("#") { continue }
            if let problem = Self.problem(ofName: name) {
                throw OutputFileError(
                    "could not use \(path: shown): it is not a record storygraph wrote (line \(index + 1) \(problem)); \(advice)")
            }
            names.append(name)
        }
        return OutputManifest(names: names)
    }

    /// Why the line `name` of a record is no file name storygraph writes, `nil` when it is one.
    static func problem(ofName name: String) -> String? {
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            return "holds control characters"
        }
        if name.contains("/") { return "is a path, not a file name" }
        if name == "." || name == ".." { return "is \(name), not a file name" }
        if name.utf8.count > 255 { return "is longer than a file name may be" }
        return nil
    }

    /// What the entry at `path` is, for messages: "a folder", "a named pipe (FIFO)".
    private static func kind(of path: String) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else { return "a broken symbolic link" }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        default: return "not a regular file"
        }
    }

    /// The record's bytes: a comment line saying what it is, then one name a line.
    public func data() -> Data {
        let comment = "# The files storygraph build and report wrote into this folder: their next runs replace them, and build "
            + "removes those of its outputs it no longer writes. They never touch a file this list does not name."
        return Data((([comment] + names).joined(separator: "\n") + "\n").utf8)
    }

    /// Whether the folder holds an entry named `name` of any kind (a file, a symbolic link, even a broken one).
    public static func exists(_ name: String, in fileSystem: OutputFileSystem) -> Bool {
        var status = stat()
        return lstat(fileSystem.directory.appendingPathComponent(name).path, &status) == 0
    }

    /// The outputs `names` the folder already holds as files this record does not list: the user's own files
    /// (or those of an earlier version of Storygraph, which kept no record), which a run must not replace.
    /// - Returns: The names, in the order of `names`.
    public static func foreignFiles(_ names: [String], in fileSystem: OutputFileSystem, recorded: OutputManifest?) -> [String] {
        let listed = Set(recorded?.names ?? [])
        return names.filter { !listed.contains($0) && exists($0, in: fileSystem) }
    }
}
