#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
    /// earlier version of Storygraph wrote) or it is not a readable regular file.
    public static func read(in fileSystem: OutputFileSystem) -> OutputManifest? {
        guard fileSystem.isRegularFile(fileName),
              let data = FileManager.default.contents(atPath: fileSystem.directory.appendingPathComponent(fileName).path)
        else { return nil }
        let names = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") && !$0.contains("/") }
        return OutputManifest(names: names)
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
