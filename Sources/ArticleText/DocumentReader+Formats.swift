import Foundation

extension DocumentReader {
    /// Parses one input's bytes: JSONL when `forceJSONL` says so (or, when `nil`, when the first non-blank
    /// character is `{`), otherwise plain text with optional front matter.
    /// - Throws: `ArticleTextError` naming `origin` (and the line, for JSONL) and the problem.
    public func parse(data: Data, origin: String, defaultID: String, forceJSONL: Bool?) throws -> [Document] {
        var ignored: [Finding] = []
        return try parse(data: data, origin: origin, defaultID: defaultID, forceJSONL: forceJSONL, findings: &ignored)
    }

    /// Parses one input's bytes as `parse(data:origin:defaultID:forceJSONL:)` does.
    /// - Parameter findings: receives a `jsonl.bad-line` finding for each malformed JSONL line skipped when
    ///   `skipBadLines` is set.
    /// - Throws: `ArticleTextError` naming `origin` (and the line, for JSONL) and the problem.
    public func parse(
        data: Data, origin: String, defaultID: String, forceJSONL: Bool?, findings: inout [Finding]
    ) throws -> [Document] {
        let blank: Set<UInt8> = Set(" \t\r\n".utf8)
        let opening = Array(data.lazy.filter { !blank.contains($0) }.prefix(2))  // the first two non-blank bytes
        if forceJSONL ?? (opening.first == UInt8(ascii: "{")) { return try parseJSONL(data, origin: origin, findings: &findings) }
        if opening == Array("[{".utf8) || (opening.first == UInt8(ascii: "[") && origin.lowercased().hasSuffix(".json")) {
            throw ArticleTextError.notText(
                path: origin, reason: "it is a JSON array; write one article object a line (JSONL, .jsonl) instead")
        }
        let (string, notes) = try TextDecoding.decode(data, origin: origin)
        var document = try parsePlainText(string, origin: origin, defaultID: defaultID)
        document.inputFindings = notes.map { Finding(.warning, code: $0.code, message: $0.message, document: document.id) }
            + document.inputFindings
        return [document]
    }

    /// A plain-text article: optional front matter (see ``FrontMatter``), then the body, kept verbatim (line ends
    /// included) so that offsets index the file's article text exactly; only trailing white space is dropped.
    /// Front matter keys that are not read give `front-matter.unknown-key` findings.
    func parsePlainText(_ string: String, origin: String, defaultID: String) throws -> Document {
        var body = Substring(string)
        var frontMatter: FrontMatter?
        // Split on any line end ("\r\n" is one Character, so splitting on "\n" alone would miss it).
        let lines = string.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        func isFence(_ line: Substring) -> Bool { line.trimmingCharacters(in: .whitespacesAndNewlines) == "---" }
        if let first = lines.first, isFence(first) {
            guard let close = lines.dropFirst().firstIndex(where: isFence) else {
                throw ArticleTextError.badFrontMatter(path: origin, line: 1, column: 1, reason: "opening --- has no closing --- line")
            }
            frontMatter = try FrontMatter(lines[1..<close].joined(separator: "\n"), origin: origin)
            let fenceEnd = lines[close].endIndex
            body = fenceEnd < string.endIndex ? string[string.index(after: fenceEnd)...] : ""
        }
        let fields = frontMatter?.fields ?? [:]
        var published: CalendarDate?
        if let field = fields["published"] {
            guard let date = CalendarDate(published: field.value) else {
                // A problem of the file's front matter, like a bad key: `--skip-bad-files` skips the file.
                throw ArticleTextError.badFrontMatter(
                    path: origin, line: field.line, column: field.column, reason: ArticleTextError.dateProblem(field.value))
            }
            published = date
        }
        guard !body.allSatisfy(\.isWhitespace) else { throw ArticleTextError.emptyText(path: origin, line: nil) }
        var scalars = body.unicodeScalars[...]
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        var document = makeDocument(
            id: fields["id"]?.value ?? defaultID, text: String(String.UnicodeScalarView(scalars)), published: published,
            title: fields["title"]?.value, url: fields["url"]?.value, origin: origin)
        document.idFromFileName = fields["id"] == nil
        document.inputFindings += frontMatter?.findings(origin: origin, document: document) ?? []
        return document
    }

    /// One JSONL record's fields, keys matched as ``MetadataKey`` matches them (`"Published"`, `"date"`,
    /// `"published_at"` are the publication date).
    struct Record: Decodable {
        var id: String
        var text: String
        var published: String?
        var title: String?
        var url: String?
        /// Keys not read that look like a date, as written, in the record's order.
        var dateLikeKeys: [String] = []
        /// Two keys naming one field (`"published"` and `"Date"`), as written.
        var repeated: (first: String, second: String)?

        struct WrittenKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: WrittenKey.self)
            var written: [MetadataKey: String] = [:]
            var values: [MetadataKey: String] = [:]
            // allKeys is not in the object's order: sort, for messages that do not vary between runs.
            for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
                guard let field = MetadataKey(written: key.stringValue) else {
                    if MetadataKey.looksLikeDate(key.stringValue) { dateLikeKeys.append(key.stringValue) }
                    continue
                }
                if let earlier = written[field] {
                    if repeated == nil { repeated = (earlier, key.stringValue) }
                    continue
                }
                written[field] = key.stringValue
                if let value = try container.decodeIfPresent(String.self, forKey: key) { values[field] = value }
            }
            for required in [MetadataKey.id, .text] where written[required] == nil {
                throw DecodingError.keyNotFound(WrittenKey(stringValue: required.rawValue), .init(
                    codingPath: [], debugDescription: "missing \(required.rawValue)"))
            }
            for required in [MetadataKey.id, .text] where values[required] == nil {
                throw DecodingError.valueNotFound(String.self, .init(
                    codingPath: [WrittenKey(stringValue: written[required] ?? required.rawValue)],
                    debugDescription: "null"))
            }
            id = values[.id] ?? ""
            text = values[.text] ?? ""
            published = values[.published]
            title = values[.title]
            url = values[.url]
        }
    }

    func parseJSONL(_ data: Data, origin: String, findings: inout [Finding]) throws -> [Document] {
        // A compressed or binary file named .jsonl is "not text", not a JSON error on its first line; UTF-16 is
        // named as such (it was "mostly control characters").
        if let reason = TextDecoding.jsonlReason(data.prefix(TextSample.length)) {
            throw ArticleTextError.notText(path: origin, reason: reason)
        }
        var documents: [Document] = []
        let decoder = JSONDecoder()
        let before = findings.count
        for line in JSONLines.lines(of: data) {
            if let document = try parseJSONLLine(
                line.bytes, number: line.number, origin: origin, decoder: decoder, findings: &findings)
            {
                documents.append(document)
            }
        }
        guard !documents.isEmpty else {
            let error = Self.noRecords(origin, findings: findings[before...])
            if skipBadFiles { Self.countAsBadFile(&findings, from: before) }  // every caller skips the file then
            throw error
        }
        return documents
    }

    /// Gives the `jsonl.bad-line` findings of `findings[start...]`, the lines of one JSONL input that gave no
    /// record, the code ``badLineOfSkippedFileCode``: the input is skipped as a bad file (its warning says how
    /// many lines were bad and why the first was), and summaries count it once, as a bad file, not its lines
    /// as bad lines too. Their warnings stay (`extract` may have printed them already).
    static func countAsBadFile(_ findings: inout [Finding], from start: Int) {
        for index in start..<findings.count where findings[index].code == badLineCode {
            findings[index].code = badLineOfSkippedFileCode
        }
    }

    /// The code of a `jsonl.bad-line` finding once its whole file was skipped because no line of it was good
    /// (``countAsBadFile(_:from:)``).
    public static let badLineOfSkippedFileCode = "jsonl.bad-line-of-skipped-file"

    /// The error of a JSONL input that gave no document: ``ArticleTextError/allLinesBad(path:count:first:)``
    /// when `findings` (those met reading it) hold lines skipped as bad, else
    /// ``ArticleTextError/noRecords(path:)``.
    static func noRecords(_ origin: String, findings: ArraySlice<Finding>) -> ArticleTextError {
        let bad = findings.filter { $0.code == badLineCode }
        guard let first = bad.first else { return .noRecords(path: origin) }
        return .allLinesBad(path: origin, count: bad.count, first: String(first.message.dropLast(badLineNote.count)))
    }

    /// The code of the finding of a JSONL line skipped as malformed.
    public static let badLineCode = "jsonl.bad-line"
    /// What the message of a `jsonl.bad-line` finding ends with, after the line's problem.
    static let badLineNote = "; line skipped"

    /// One non-blank JSONL line's article (its bytes without the line end); `nil` when the line is malformed
    /// and `skipBadLines` is set (a `jsonl.bad-line` finding says so). Invalid UTF-8 is replaced, with a
    /// finding on the document.
    /// - Throws: `ArticleTextError` naming `origin`, the line and the problem.
    public func parseJSONLLine(
        _ bytes: Data, number lineNumber: Int, origin: String, decoder: JSONDecoder, findings: inout [Finding]
    ) throws -> Document? {
        var line = bytes
        var notes: [String] = []
        if String(data: line, encoding: .utf8) == nil {
            line = Data(String(decoding: line, as: UTF8.self).utf8)
            notes.append("\(path: origin):\(lineNumber): bytes that are not valid UTF-8 were replaced by U+FFFD")
        }
        do {
            try checkRecordSize(line, origin: origin, lineNumber: lineNumber)
            var document = try parseRecord(line, decoder: decoder, origin: origin, lineNumber: lineNumber)
            document.inputFindings += notes.map {
                Finding(.warning, code: "text.invalid-utf8", message: $0, document: document.id)
            }
            return document
        } catch let error as ArticleTextError where skipBadLines {
            findings.append(Finding(.warning, code: Self.badLineCode,
                                    message: (error.errorDescription ?? "\(error)") + Self.badLineNote))
            return nil
        } catch let error as ArticleTextError where skipBadFiles && error.isTooLarge {
            // As a document found too long after parsing is: skipped with a warning, the run goes on.
            try skip(error, findings: &findings)
            return nil
        } catch let error as ArticleTextError where skipBadFiles && !error.isFileProblem {
            throw ArticleTextError.lineNotSkipped(error)
        }
    }

    /// Refuses, before parsing, a record whose values could not fit a document: one whose bytes, counting
    /// each JSON escape as the bytes it stands for (`\n` one, `\u00e9` up to three), exceed
    /// `maximumDocumentBytes` by more than 64 KiB (room for the id, title and url). Parsing a 35 MB line only to
    /// refuse its text took longer than reading it; this check is one pass over the bytes.
    /// - Throws: `ArticleTextError.tooLarge` naming the file and line.
    func checkRecordSize(_ line: Data, origin: String, lineNumber: Int) throws {
        let allowance = maximumDocumentBytes + (64 << 10)
        guard line.count > allowance else { return }
        let decoded = JSONLines.decodedLength(line)
        guard decoded > allowance else { return }
        throw ArticleTextError.tooLarge(
            path: "\(origin):\(lineNumber)",
            reason: "the record holds \(decoded) bytes of values, more than the \(maximumDocumentBytes) bytes of text a "
                + "document may have; not parsed (split it into articles)")
    }

    /// The first key the record `line` repeats exactly (`"id"` twice) among the keys it reads (``MetadataKey``),
    /// or `nil`. Foundation's decoder would keep one of the values and drop the other unsaid; a repeat in other
    /// spellings (`"published"` and `"Date"`) is found by ``Record``. Keys that are not read may repeat.
    static func repeatedKey(in line: Data) -> String? {
        var seen: Set<String> = []
        for key in JSONLines.topLevelKeys(of: line) where MetadataKey(written: key) != nil {
            if !seen.insert(key).inserted { return key }
        }
        return nil
    }

    /// What is wrong with a record's value of the wrong type at `codingPath`: what it is, what the field must be,
    /// and how to write it (`"published" must be a text, not the number 1748941200: …`).
    static func wrongTypeProblem(at codingPath: [any CodingKey], in line: Data) -> String {
        let field = codingPath.map(\.stringValue).joined(separator: ".")
        let shown = JSONLines.shownValue(at: codingPath, in: line)
        let value = shown.map { $0 == "a list" || $0 == "an object" ? $0 : $0 == "true" || $0 == "false" ? $0 : "the number \($0)" }
        let found = value.map { ", not \($0)" } ?? ""
        switch codingPath.count == 1 ? MetadataKey(written: field) : nil {
        case .published?:
            return "\"\(field)\" (the publication date) must be a text\(found): a YYYY-MM-DD day, an RFC 3339 timestamp or an "
                + "RSS pubDate, in quotes (\"2025-06-03\", \"2025-06-03T09:00:00Z\", \"Tue, 03 Jun 2025 09:00:00 GMT\")"
                + (shown.flatMap(Self.numberDateHint) ?? "")
        case .id?:
            let quoted = shown.map { $0.hasPrefix("a") ? "" : ": put it in quotes (\"\($0)\")" } ?? ""
            return "\"\(field)\" must be a text\(found)\(quoted)"
        default:
            return "\"\(field)\" must be a text\(found)"
        }
    }

    /// What a number given as a publication date probably is, and how to write it: a day written without hyphens
    /// (`20250603`), or a Unix time in seconds (10 digits) or milliseconds (13 digits). `nil` for other numbers.
    static func numberDateHint(_ number: String) -> String? {
        guard !number.isEmpty, number.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let value = Int(number) else { return nil }
        if number.count == 8, let day = CalendarDate(iso: "\(number.prefix(4))-\(number.dropFirst(4).prefix(2))-\(number.suffix(2))") {
            return " (\(number) reads as the day \(day) written without hyphens: write \"\(day)\")"
        }
        let (unit, seconds) = number.count == 13 ? ("milliseconds", value / 1000) : ("seconds", value)
        guard number.count == 10 || number.count == 13 else { return nil }
        return " (a Unix time, \(unit) since 1970, is not read: convert it first, e.g. date -u -d @\(seconds) +%FT%TZ)"
    }

    /// One JSONL line's article.
    /// - Throws: `ArticleTextError.badRecord`, `.badDate` or `.emptyText` naming the line.
    func parseRecord(_ line: Data, decoder: JSONDecoder, origin: String, lineNumber: Int) throws -> Document {
        let record: Record
        do {
            if line.first(where: { !" \t\r".utf8.contains($0) }) == UInt8(ascii: "[") {
                throw ArticleTextError.badRecord(
                    path: origin, line: lineNumber,
                    reason: "a JSON array, not an object: write one JSON object {…} per line (JSONL), not an array of them")
            }
            record = try JSONLines.decode(Record.self, from: line, decoder: decoder)
        } catch let error as ArticleTextError {
            throw error
        } catch let DecodingError.keyNotFound(key, _) {
            throw ArticleTextError.badRecord(path: origin, line: lineNumber, reason: "missing \"\(key.stringValue)\"")
        } catch let DecodingError.typeMismatch(_, context) where !context.codingPath.isEmpty {
            throw ArticleTextError.badRecord(
                path: origin, line: lineNumber, reason: Self.wrongTypeProblem(at: context.codingPath, in: line))
        } catch let DecodingError.valueNotFound(_, context) where !context.codingPath.isEmpty {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw ArticleTextError.badRecord(path: origin, line: lineNumber, reason: "\"\(field)\" is null")
        } catch DecodingError.typeMismatch {
            throw ArticleTextError.badRecord(path: origin, line: lineNumber, reason: "expected a JSON object {…}: write one article object per line (JSONL)")
        } catch {
            throw ArticleTextError.badRecord(path: origin, line: lineNumber, reason: JSONLines.syntaxProblem(line))
        }
        guard !record.id.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ArticleTextError.badRecord(path: origin, line: lineNumber, reason: "\"id\" is empty")
        }
        if let key = Self.repeatedKey(in: line) {
            let field = MetadataKey(written: key) == .published ? " (the publication date)" : ""
            throw ArticleTextError.badRecord(
                path: origin, line: lineNumber, reason: "the key \"\(key)\"\(field) is given twice; keep one")
        }
        if let (first, second) = record.repeated {
            let field = MetadataKey(written: first).map { $0 == .published ? "the publication date" : "\"\($0.rawValue)\"" }
            throw ArticleTextError.badRecord(
                path: origin, line: lineNumber,
                reason: "\(field ?? first) is given twice (\"\(first)\" and \"\(second)\"); keep one")
        }
        var published: CalendarDate?
        // An empty publication date ("", "  ", null) is no date, as in front matter: the document is undated.
        if let value = record.published, !value.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let date = CalendarDate(published: value) else {
                throw ArticleTextError.badDate(path: origin, line: lineNumber, value: value)
            }
            published = date
        }
        guard !record.text.allSatisfy(\.isWhitespace) else {
            throw ArticleTextError.emptyText(path: origin, line: lineNumber)
        }
        let text = record.text.utf8.contains(0) ? record.text.replacingOccurrences(of: "\u{0}", with: " ") : record.text
        var document = makeDocument(id: record.id, text: text, published: published, title: record.title,
                                    url: record.url, origin: "\(origin):\(lineNumber)")
        document.inputFindings += record.dateLikeKeys.map { key in
            MetadataKey.unreadDateFinding(key: key, at: "\(origin):\(lineNumber)", document: document)
        }
        if text != record.text {
            document.inputFindings.append(Finding(.warning, code: "text.nul",
                message: "\(path: origin):\(lineNumber): NUL characters were replaced by spaces", document: document.id))
        }
        return document
    }
}
