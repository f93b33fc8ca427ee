import Foundation
import Yams

/// Reads articles from files, directories and standard input.
///
/// Accepted inputs:
/// - **Plain text** (`.txt`, `.md` or any other extension), optionally starting with YAML front matter between
///   `---` lines with the keys `id`, `published` (`YYYY-MM-DD`), `title`, `url`. Offsets index the body after
///   the front matter. Without `id`, the file name without its extension is the id.
/// - **JSONL** (`.jsonl`): one record a line, `{"id", "text", "published"?, "title"?, "url"?}`; blank lines skip.
/// - **Directories**: every `.txt`, `.md` and `.jsonl` file below them, in path order, except hidden files and
///   a folder's own `README`, `LICENSE` and `CHANGELOG` notes.
///
/// Document ids must be unique: a document whose id and text repeat an earlier one is skipped with a
/// `document.duplicate` finding; the same id with a different text is an error naming both inputs.
/// - **`-`**: standard input, read as JSONL when its first non-blank character is `{`, else as plain text.
public struct DocumentReader: Sendable {
    /// The DCT for documents whose input has none (`--published`), or `nil`.
    public var fallbackDCT: CalendarDate?

    /// Creates a reader; `fallbackDCT` dates documents without metadata.
    public init(fallbackDCT: CalendarDate? = nil) {
        self.fallbackDCT = fallbackDCT
    }

    /// Reads every document from `paths` in order, dropping exact duplicates.
    /// - Parameter findings: receives a `document.duplicate` finding for each exact duplicate skipped.
    /// - Throws: `ArticleTextError` naming the file (and line) at the first bad input; nothing is returned then.
    public func read(paths: [String], findings: inout [Finding]) throws -> [Document] {
        var unique: [Document] = []
        var seen: [DocumentID: Document] = [:]
        for document in try readAll(paths: paths) {
            if let earlier = seen[document.id] {
                guard earlier.text == document.text else {
                    throw ArticleTextError.duplicateID(id: document.id.rawValue, first: earlier.origin, second: document.origin)
                }
                findings.append(
                    Finding(.warning, code: "document.duplicate",
                            message: "\(document.origin) repeats document \"\(document.id)\" of \(earlier.origin); skipped",
                            document: document.id))
                continue
            }
            seen[document.id] = document
            unique.append(document)
        }
        return unique
    }

    /// Reads every document from `paths` in order, dropping exact duplicates silently.
    /// - Throws: `ArticleTextError` naming the file (and line) at the first bad input.
    public func read(paths: [String]) throws -> [Document] {
        var ignored: [Finding] = []
        return try read(paths: paths, findings: &ignored)
    }

    func readAll(paths: [String]) throws -> [Document] {
        var documents: [Document] = []
        for path in paths {
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                documents += try parse(data: data, origin: "-", defaultID: "stdin", forceJSONL: nil)
                continue
            }
            for file in try expand(path) {
                let data: Data
                do {
                    data = try Data(contentsOf: URL(fileURLWithPath: file))
                } catch {
                    throw ArticleTextError.unreadable(path: file, reason: (error as NSError).localizedDescription)
                }
                let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
                documents += try parse(data: data, origin: file, defaultID: name, forceJSONL: file.hasSuffix(".jsonl"))
            }
        }
        return documents
    }

    /// The article files `path` stands for: itself, or the article files below a directory, sorted.
    func expand(_ path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ArticleTextError.fileNotFound(path: path)
        }
        guard isDirectory.boolValue else { return [path] }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
            throw ArticleTextError.unreadable(path: path, reason: "cannot list directory")
        }
        let files = enumerator.compactMap { $0 as? String }
            .filter { [".txt", ".md", ".jsonl"].contains(where: $0.hasSuffix) }
            .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            .filter { file in
                let name = (file as NSString).lastPathComponent.uppercased()
                return !["README", "LICENSE", "CHANGELOG", "NOTICE"].contains { name.hasPrefix($0) }
            }
            .sorted()
            .map { (path as NSString).appendingPathComponent($0) }
        guard !files.isEmpty else { throw ArticleTextError.noArticles(path: path) }
        return files
    }

    /// Parses one input's bytes.
    public func parse(data: Data, origin: String, defaultID: String, forceJSONL: Bool?) throws -> [Document] {
        guard let string = String(data: data, encoding: .utf8) else { throw ArticleTextError.notUTF8(path: origin) }
        let isJSONL = forceJSONL ?? string.drop(while: \.isWhitespace).hasPrefix("{")
        return isJSONL
            ? try parseJSONL(string, origin: origin)
            : [try parsePlainText(string, origin: origin, defaultID: defaultID)]
    }

    func parsePlainText(_ string: String, origin: String, defaultID: String) throws -> Document {
        var body = string
        var fields: [String: Any] = [:]
        if string.hasPrefix("---\n") || string.hasPrefix("---\r\n") {
            let lines = string.split(separator: "\n", omittingEmptySubsequences: false)
            guard let close = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" })
            else {
                throw ArticleTextError.badFrontMatter(path: origin, reason: "opening --- has no closing --- line")
            }
            let yaml = lines[1..<close].joined(separator: "\n")
            do {
                let loaded = try Yams.load(yaml: yaml)
                guard loaded == nil || loaded is [String: Any] else {
                    throw ArticleTextError.badFrontMatter(path: origin, reason: "expected key: value lines")
                }
                fields = loaded as? [String: Any] ?? [:]
            } catch let error as ArticleTextError {
                throw error
            } catch {
                throw ArticleTextError.badFrontMatter(path: origin, reason: "\(error)")
            }
            body = lines[(close + 1)...].joined(separator: "\n")
        }
        for key in fields.keys where !["id", "published", "title", "url"].contains(key) {
            throw ArticleTextError.badFrontMatter(path: origin, reason: "unknown key \"\(key)\" (expected id, published, title, url)")
        }
        let published: CalendarDate?
        switch fields["published"] {
        case nil: published = nil
        case let date as Date: published = CalendarDate(date)
        case let value:
            let text = "\(value!)"
            guard let date = CalendarDate(iso: text) else {
                throw ArticleTextError.badDate(path: origin, line: nil, value: text)
            }
            published = date
        }
        let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw ArticleTextError.emptyText(path: origin, line: nil) }
        return makeDocument(
            id: fields["id"].map { "\($0)" } ?? defaultID, text: text, published: published,
            title: fields["title"].map { "\($0)" }, url: fields["url"].map { "\($0)" }, origin: origin)
    }

    struct Record: Decodable {
        var id: String
        var text: String
        var published: String?
        var title: String?
        var url: String?
    }

    func parseJSONL(_ string: String, origin: String) throws -> [Document] {
        var documents: [Document] = []
        let decoder = JSONDecoder()
        for (index, line) in string.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            let record: Record
            do {
                record = try decoder.decode(Record.self, from: Data(line.utf8))
            } catch let DecodingError.keyNotFound(key, _) {
                throw ArticleTextError.badRecord(path: origin, line: lineNumber, reason: "missing \"\(key.stringValue)\"")
            } catch let DecodingError.typeMismatch(_, context) {
                let field = context.codingPath.map(\.stringValue).joined(separator: ".")
                throw ArticleTextError.badRecord(path: origin, line: lineNumber, reason: "\"\(field)\" has the wrong type")
            } catch {
                throw ArticleTextError.badRecord(path: origin, line: lineNumber, reason: "not a JSON object")
            }
            var published: CalendarDate?
            if let value = record.published, !value.isEmpty {
                guard let date = CalendarDate(iso: value) else {
                    throw ArticleTextError.badDate(path: origin, line: lineNumber, value: value)
                }
                published = date
            }
            guard !record.text.allSatisfy(\.isWhitespace) else {
                throw ArticleTextError.emptyText(path: origin, line: lineNumber)
            }
            documents.append(
                makeDocument(id: record.id, text: record.text, published: published, title: record.title,
                             url: record.url, origin: "\(origin):\(lineNumber)"))
        }
        return documents
    }

    func makeDocument(id: String, text: String, published: CalendarDate?, title: String?, url: String?, origin: String)
        -> Document
    {
        Document(
            id: DocumentID(id), text: text, published: published ?? fallbackDCT,
            dctSource: published != nil ? .metadata : (fallbackDCT != nil ? .option : DCTSource.none),
            title: title, url: url, origin: origin)
    }
}
