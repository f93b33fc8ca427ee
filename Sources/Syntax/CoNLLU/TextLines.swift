import ArticleText
import Foundation

/// Reading the line-based training and evaluation formats (CoNLL-U, IOB2): UTF-8 text, LF or CRLF line ends,
/// an optional byte-order mark.
enum TextLines {
    /// The text of the file at `path`.
    /// - Throws: `SyntaxError.unreadable` naming the file when it is missing, a directory, unreadable or not UTF-8
    ///   (a named pipe, `eval-parse <(…)`, is read like a file).
    static func read(path: String) throws -> String {
        let data: Data
        do {
            data = try FileContents.read(path)
        } catch {
            throw SyntaxError.unreadable(path: path, reason: error.reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SyntaxError.unreadable(path: path, reason: "not valid UTF-8")
        }
        return text
    }

    /// The lines of `text` (line `i` has number `i + 1`), without their `\r` and the first line's BOM.
    static func lines(_ text: String) -> [Substring] {
        // "\r\n" is one Character in Swift, so it is a separator of its own.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for index in lines.indices where lines[index].last == "\r" { lines[index] = lines[index].dropLast() }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        return lines
    }

    /// Whether `line` holds only spaces and tabs (a sentence break).
    static func isBlank(_ line: Substring) -> Bool { line.allSatisfy { $0 == " " || $0 == "\t" } }

    /// The tab-separated rows of the file at `path` with their 1-based line numbers; blank lines are skipped and
    /// a row with another number of fields than `columns` is an error naming the line.
    /// - Throws: `SyntaxError.unreadable` or `.malformedLine` (`expected` describes the row).
    static func rows(path: String, columns: Int, expected: String) throws -> [(line: Int, fields: [Substring])] {
        var rows: [(line: Int, fields: [Substring])] = []
        for (index, line) in lines(try read(path: path)).enumerated() where !isBlank(line) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == columns else {
                throw SyntaxError.malformedLine(path: path, line: index + 1, column: 0, reason: "expected \(expected)")
            }
            rows.append((index + 1, fields))
        }
        return rows
    }
}
