import Foundation
import Yams

extension DocumentReader {
    /// Parses one input's bytes: JSONL when `forceJSONL` says so (or, when `nil`, when the first non-blank
    /// character is `{`), otherwise plain text with optional front matter.
    /// - Throws: `ArticleTextError` naming `origin` (and the line, for JSONL) and the problem.
    public func parse(data: Data, origin: String, defaultID: String, forceJSONL: Bool?) throws -> [Document] {
        let isJSONL = forceJSONL ?? (data.first { !Set(" \t\r\n".utf8).contains($0) } == UInt8(ascii: "{"))
        if isJSONL { return try parseJSONL(data, origin: origin) }
        guard let string = String(data: data, encoding: .utf8) else {
            throw ArticleTextError.notUTF8(path: origin, line: nil)
        }
        return [try parsePlainText(string.hasPrefix("\u{FEFF}") ? String(string.dropFirst()) : string,
                                   origin: origin, defaultID: defaultID)]
    }

    func parsePlainText(_ string: String, origin: String, defaultID: String) throws -> Document {
        var body = string
        var fields: [String: String] = [:]
        // Split on any line end ("\r\n" is one Character, so splitting on "\n" alone would miss it).
        let lines = string.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        func isFence(_ line: Substring) -> Bool { line.trimmingCharacters(in: .whitespacesAndNewlines) == "---" }
        if let first = lines.first, isFence(first) {
            guard let close = lines.dropFirst().firstIndex(where: isFence) else {
                throw ArticleTextError.badFrontMatter(path: origin, reason: "opening --- has no closing --- line")
            }
            let yaml = lines[1..<close].joined(separator: "\n")
            fields = try frontMatterFields(yaml, origin: origin)
            body = lines[(close + 1)...].joined(separator: "\n")
        }
        var published: CalendarDate?
        if let value = fields["published"] {
            guard let date = CalendarDate(iso: value) else {
                throw ArticleTextError.badDate(path: origin, line: nil, value: value)
            }
            published = date
        }
        let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw ArticleTextError.emptyText(path: origin, line: nil) }
        var document = makeDocument(
            id: fields["id"] ?? defaultID, text: text, published: published, title: fields["title"],
            url: fields["url"], origin: origin)
        document.idFromFileName = fields["id"] == nil
        return document
    }

    /// The front matter's `key: value` pairs, each value a plain text scalar.
    func frontMatterFields(_ yaml: String, origin: String) throws -> [String: String] {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            throw ArticleTextError.badFrontMatter(path: origin, reason: "\(error)")
        }
        guard let node else { return [:] }
        guard let mapping = node.mapping else {
            throw ArticleTextError.badFrontMatter(path: origin, reason: "expected key: value lines")
        }
        var fields: [String: String] = [:]
        for (key, value) in mapping {
            let line = (key.mark?.line ?? 0) + 1  // the file's line: the front matter starts on line 2
            // Other tools' keys (author, tags, …) are ignored; `date` is the common name for the publication date.
            guard var name = key.scalar?.string, ["id", "published", "date", "title", "url"].contains(name) else {
                continue
            }
            if name == "date" { name = "published" }
            guard fields[name] == nil else {
                throw ArticleTextError.badFrontMatter(
                    path: origin, reason: "line \(line): the publication date is given twice (published and date)")
            }
            guard let scalar = value.scalar,
                  !(scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string))
            else {
                throw ArticleTextError.badFrontMatter(path: origin, reason: "line \(line): \(name) must be a single text value")
            }
            let text = scalar.string.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else {
                throw ArticleTextError.badFrontMatter(path: origin, reason: "line \(line): \(name) is empty")
            }
            fields[name] = text
        }
        return fields
    }

    struct Record: Decodable {
        var id: String
        var text: String
        var published: String?
        var title: String?
        var url: String?
    }

    func parseJSONL(_ data: Data, origin: String) throws -> [Document] {
        var documents: [Document] = []
        let decoder = JSONDecoder()
        for line in JSONLines.lines(of: data) {
            if let document = try parseJSONLRecord(line.bytes, number: line.number, origin: origin, decoder: decoder) {
                documents.append(document)
            }
        }
        guard !documents.isEmpty else { throw ArticleTextError.noRecords(path: origin) }
        return documents
    }

    /// Parses one JSONL line (its bytes without the line end) into a document; `nil` for a blank line.
    /// - Throws: `ArticleTextError` naming `origin`, the line and the problem.
    public func parseJSONLRecord(_ line: Data, number lineNumber: Int, origin: String, decoder: JSONDecoder = JSONDecoder())
        throws -> Document?
    {
        guard let text = String(data: line, encoding: .utf8) else {
            throw ArticleTextError.notUTF8(path: origin, line: lineNumber)
        }
        guard !text.allSatisfy(\.isWhitespace) else { return nil }
        let record: Record
        do {
            record = try decoder.decode(Record.self, from: line)
        } catch let DecodingError.keyNotFound(key, _) {
            throw ArticleTextError.badRecord(path: origin, line: lineNumber, reason: "missing \"\(key.stringValue)\"")
        } catch let DecodingError.typeMismatch(_, context) where !context.codingPath.isEmpty {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw ArticleTextError.badRecord(path: origin, line: lineNumber, reason: "\"\(field)\" has the wrong type")
        } catch let DecodingError.valueNotFound(_, context) where !context.codingPath.isEmpty {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw ArticleTextError.badRecord(path: origin, line: lineNumber, reason: "\"\(field)\" is null")
        } catch DecodingError.typeMismatch {
            throw ArticleTextError.badRecord(path: origin, line: lineNumber, reason: "expected a JSON object {…}")
        } catch {
            throw ArticleTextError.badRecord(path: origin, line: lineNumber, reason: "not valid JSON")
        }
        guard !record.id.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ArticleTextError.badRecord(path: origin, line: lineNumber, reason: "\"id\" is empty")
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
        return makeDocument(
            id: record.id, text: record.text, published: published, title: record.title, url: record.url,
            origin: "\(origin):\(lineNumber)")
    }
}
