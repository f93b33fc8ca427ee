import ArticleText
import Foundation

/// A gold-standard JSONL file as the `eval-*` commands read it, with uniform errors: `PATH: no such
/// file`, `PATH:LINE: missing key "text"`, `PATH:LINE: gold id "X" is already used on line N` and
/// `PATH: no gold documents`.
struct GoldFile {
    /// The path as the user gave it.
    var path: String

    /// Every record, decoded as `Record` (for plain error messages) and then by `read`, the module's own
    /// reader applied to the single line (for its checks of offsets and dates).
    ///
    /// Two records with one id are an error naming both lines: scored twice, a document's events (or mentions)
    /// would count double. A key given twice in one object of a record (`"events"`, or `"type"` in one event)
    /// is an error naming the line and the key, as in article JSONL.
    ///
    /// - Throws: ``CommandFailure`` naming the path, and the line of a bad or repeated record.
    func documents<Record: Decodable, Document>(
        _ record: Record.Type, read: (Data) throws -> [Document]
    ) throws -> [Document] {
        var documents: [Document] = []
        var lineOfID: [String: Int] = [:]
        let decoder = JSONDecoder()
        for line in JSONLines.lines(of: try contents()) {
            let id: String?
            // As the article reader does: a repeated key would keep one value unsaid (one annotation lost).
            if let key = JSONLines.repeatedKey(in: line.bytes) {
                throw CommandFailure(
                    "\(path: path):\(line.number): bad gold record: \"\(path: key)\" is given twice in one object; keep one")
            }
            do {
                _ = try JSONLines.decode(Record.self, from: line.bytes, decoder: decoder)
                id = (try? decoder.decode(RecordID.self, from: line.bytes))?.id
                documents += try read(line.bytes)
            } catch {
                throw CommandFailure("\(path: path):\(line.number): \(JSONLines.describe(error, data: line.bytes))")
            }
            guard let id else { continue }
            if let first = lineOfID[id] {
                throw CommandFailure(
                    "\(path: path):\(line.number): gold id \"\(path: id)\" is already used on line \(first); "
                        + "each gold document needs its own id (it would be scored twice)")
            }
            lineOfID[id] = line.number
        }
        guard !documents.isEmpty else { throw CommandFailure("\(path: path): no gold documents") }
        return documents
    }

    /// The `id` every gold record carries.
    private struct RecordID: Decodable {
        var id: String
    }

    /// The file's bytes; a named pipe or process substitution (`eval-timex <(zcat gold.jsonl.gz)`) is read
    /// like a file.
    /// - Throws: ``CommandFailure`` naming the path and the cause: no such file, a directory, a permission.
    func contents() throws -> Data {
        do {
            return try FileContents.read(path)
        } catch {
            if error.reason == "is a directory" { throw CommandFailure("\(path: path): is a directory, not a gold JSONL file") }
            throw CommandFailure("\(path: path): \(error.reason)")
        }
    }
}

/// A failure of a subcommand explained in one line (printed as `Error: …`, exit status 1).
struct CommandFailure: Error, LocalizedError {
    var message: String
    init(_ message: String) { self.message = message }
    /// The message with any control character a path brought in escaped (`\u{1B}`): one line, shown as is.
    var errorDescription: String? { message.escapingControlCharacters }
}
