import Foundation

/// Writes a command's text result to standard output or, atomically, to a file.
enum OutputText {
    /// Writes `text` to `path` (atomically) or to standard output when `path` is `nil` or `-`.
    /// - Throws: an error naming the file when it cannot be written.
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure("could not write \(path): \(error.localizedDescription)")
        }
    }
}

