import Foundation

/// Errors reading article inputs. Each names the file (and line, for JSONL) and the problem.
public enum ArticleTextError: Error, LocalizedError, Equatable, Sendable {
    /// The path does not exist.
    case fileNotFound(path: String)
    /// The file or directory could not be read.
    case unreadable(path: String, reason: String)
    /// The bytes are not article text: a binary file (PDF, image, archive) or an HTML page.
    case notText(path: String, reason: String)
    /// A malformed JSONL line (the wrapped error) met with `--skip-bad-files` but not `--skip-bad-lines`: that
    /// option skips whole files, and the message says which one skips lines.
    indirect case lineNotSkipped(ArticleTextError)
    /// A path is a symbolic link that points back to itself (directly or through other links).
    case symlinkLoop(path: String)
    /// The YAML front matter is malformed or has a field of the wrong kind, at a line and column of the file.
    case badFrontMatter(path: String, line: Int, column: Int, reason: String)
    /// A JSONL line is not a valid article record.
    case badRecord(path: String, line: Int, reason: String)
    /// A publication date is not a real `YYYY-MM-DD` day between 0001-01-01 and 9999-12-31.
    case badDate(path: String, line: Int?, value: String)
    /// A JSONL input holds no record.
    case noRecords(path: String)
    /// A JSONL input whose every record line was skipped as malformed (`--skip-bad-lines`): how many, and the
    /// first one's problem (its ``errorDescription``).
    case allLinesBad(path: String, count: Int, first: String)
    /// A directory held no `.txt`, `.md` or `.jsonl` article.
    case noArticles(path: String)
    /// Two inputs carry the same document id with different texts.
    case duplicateID(id: String, first: String, second: String)
    /// The input holds no text at all.
    case emptyText(path: String, line: Int?)
    /// The input (or one document in it) is longer than a document may be.
    case tooLarge(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .fileNotFound(path): "\(path: path): no such file or directory"
        case let .unreadable(path, reason): "\(path: path): cannot be read: \(reason)"
        case let .notText(path, reason): "\(path: path): not text: \(reason)"
        case let .lineNotSkipped(problem):
            (problem.errorDescription ?? "\(problem)")
                + "; --skip-bad-files skips whole files, not lines: add --skip-bad-lines to skip bad lines like this one"
        case let .symlinkLoop(path): "\(path: path): symbolic link loop (the link points back to itself)"
        case let .badFrontMatter(path, line, column, reason): "\(path: path):\(line):\(column): bad front matter: \(reason)"
        case let .badRecord(path, line, reason): "\(path: path):\(line): bad JSONL record: \(reason)"
        case let .badDate(path, line, value): "\(path: path)\(line.map { ":\($0)" } ?? ""): \(Self.dateProblem(value))"
        case let .noRecords(path): "\(path: path): no JSONL records (expected one {\"id\", \"text\", …} object a line)"
        case let .allLinesBad(path, count, first):
            "\(path: path): no JSONL records: \(count == 1 ? "its one line was" : "all \(count) lines were") skipped as bad "
                + "(--skip-bad-lines); the first: \(first)"
        case let .noArticles(path): "\(path: path): directory holds no .txt, .md or .jsonl articles"
        case let .duplicateID(id, first, second):
            "\(path: second): document id \"\(path: id)\" is already used by \(path: first) for a different text; ids must be unique"
        case let .emptyText(path, line): "\(path: path)\(line.map { ":\($0)" } ?? ""): article text is empty"
        case let .tooLarge(path, reason): "\(path: path): too large: \(reason)"
        }
    }

    /// Why `value` is refused as a publication date, in one phrase.
    /// A timestamp of a shape RFC 3339 does not allow (a space for the `T`, an offset `+0530`) or out of range
    /// (`+25:00`) is told what is wrong with it (see ``CalendarDate/publishedProblem(_:)``).
    ///
    /// A day that does not exist (`2025-02-29`, `2025-04-31`, month 13) is named as such, and an RSS `pubDate` with
    /// a problem (a weekday that is not the date's, a two-digit year) says it; anything else gets the forms that
    /// are read.
    public static func dateProblem(_ value: String) -> String {
        let shown = value.escapingControlCharacters
        if let problem = CalendarDate.dayProblem(value) {
            return "published date \"\(shown)\" is not a day of the calendar: \(problem)"
        }
        if let problem = CalendarDate.publishedProblem(value) {
            return "published date \"\(shown)\" is not a valid RFC 3339 timestamp: \(problem)"
        }
        if case .problem(let problem) = CalendarDate.readRFC822(value) {
            return "published date \"\(shown)\" is not a valid RSS pubDate (RFC 822): \(problem)"
        }
        return "published date \"\(shown)\" is not a date storygraph reads: write a YYYY-MM-DD day (0001-01-01 to 9999-12-31), "
            + "an RFC 3339 timestamp (2025-06-03T09:00:00Z) or an RSS pubDate (Tue, 03 Jun 2025 09:00:00 GMT)"
    }

    /// Whether the error is ``tooLarge(path:reason:)``.
    public var isTooLarge: Bool {
        if case .tooLarge = self { return true }
        return false
    }

    /// Whether the error is about one input file as a whole (it cannot be read, is not text, has bad front
    /// matter, is too large, holds no record), which `--skip-bad-files` skips; problems of one JSONL record
    /// (`--skip-bad-lines`), a missing input path, clashing ids and an input folder without articles are not.
    public var isFileProblem: Bool {
        switch self {
        case .unreadable, .notText, .symlinkLoop, .badFrontMatter, .noRecords, .allLinesBad, .tooLarge: true
        case let .emptyText(_, line): line == nil
        case .fileNotFound, .badRecord, .badDate, .noArticles, .duplicateID, .lineNotSkipped: false
        }
    }
}
