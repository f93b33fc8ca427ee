import ArticleText
import Foundation

/// A gold-standard JSONL file as the `eval-*` commands read it, with uniform errors: `PATH: no such
/// file`, `PATH:LINE: missing key "text"` and `PATH: no gold documents`.
struct GoldFile {
    /// The path as the user gave it.
    var path: String

    /// Every record, decoded as `Record` (for plain error messages) and then by `read`, the module's own
    /// reader applied to the single line (for its checks of offsets and dates).
    ///
    /// - Throws: ``CommandFailure`` naming the path, and the line of a bad record.
    func documents<Record: Decodable, Document>(
        _ record: Record.Type, read: (Data) throws -> [Document]
    ) throws -> [Document] {
        var documents: [Document] = []
        let decoder = JSONDecoder()
        for line in JSONLines.lines(of: try contents()) {
            do {
                _ = try decoder.decode(Record.self, from: line.bytes)
                documents += try read(line.bytes)
            } catch {
                throw CommandFailure("\(path):\(line.number): \(JSONLines.describe(error, data: line.bytes))")
            }
        }
        guard !documents.isEmpty else { throw CommandFailure("\(path): no gold documents") }
        return documents
    }

    /// The file's bytes; a named pipe or process substitution (`eval-timex <(zcat gold.jsonl.gz)`) is read
    /// like a file.
    /// - Throws: ``CommandFailure`` naming the path and the cause: no such file, a directory, a permission.
    func contents() throws -> Data {
        do {
            return try FileContents.read(path)
        } catch {
            if error.reason == "is a directory" { throw CommandFailure("\(path): is a directory, not a gold JSONL file") }
            throw CommandFailure("\(path): \(error.reason)")
        }
    }
}

/// A failure of a subcommand explained in one line (printed as `Error: …`, exit status 1).
struct CommandFailure: Error, LocalizedError {
    var message: String
    init(_ message: String) { self.message = message }
    var errorDescription: String? { message }
}
