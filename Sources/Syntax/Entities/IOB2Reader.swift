import Foundation
import ArticleText

/// Reads IOB2 files (Universal NER: `id`, `token`, `tag`, further columns; `#` comments; a blank line between
/// sentences) into `IOB2Sentence`s.
///
/// Checks what the trainer and the scorer rely on: at least three tab-separated columns, a non-empty token, tags
/// that are `O` or `B-`/`I-` followed by a known type, and every `I-` tag continuing an entity of the same
/// type. PER, ORG and LOC become `entities`; MISC (CoNLL's other names) is kept in the rows and ignored. Any other
/// type (`B-XYZ`, `B-GPE`, a misspelt `B-PRE`) is an error naming the file, line and tag: ignored, its names
/// would silently leave the gold (and `ner` would drop it from its input without a word). Errors name the file,
/// line and column.
public struct IOB2Reader: Sendable {
    /// The entity types a tag may carry: PER, ORG and LOC (recognised and scored) and MISC (kept, ignored).
    public static let knownTypes: [String] = ["PER", "ORG", "LOC", "MISC"]

    /// Creates a reader.
    public init() {}

    /// Reads the file at `path`.
    /// - Parameter path: The IOB2 file.
    /// - Returns: The sentences in file order.
    /// - Throws: `SyntaxError.unreadable`, `.notTabSeparated` (a line without a tab: plain text) or `.malformedLine`.
    public func read(path: String) throws -> [IOB2Sentence] {
        try parse(TextLines.read(path: path), path: path)
    }

    /// Parses IOB2 `text`; `path` names the source in errors.
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - path: The name used in error messages.
    /// - Returns: The sentences in order.
    /// - Throws: `SyntaxError.notTabSeparated` or `.malformedLine`.
    public func parse(_ text: String, path: String) throws -> [IOB2Sentence] {
        var sentences: [IOB2Sentence] = []
        var current = IOB2Sentence(rows: [])
        var started = false
        var previousTag = "O"
        var lineNumber = 0
        func malformed(_ column: Int, _ reason: String) -> SyntaxError {
            .malformedLine(path: path, line: lineNumber, column: column, reason: reason)
        }
        for line in TextLines.lines(text) {
            lineNumber += 1
            if TextLines.isBlank(line) {
                if started { sentences.append(current) }
                current = IOB2Sentence(rows: [])
                started = false
                previousTag = "O"
                continue
            }
            if !started {
                current.lineNumber = lineNumber
                started = true
            }
            if line.hasPrefix("#") && current.rows.isEmpty {
                current.comments.append(String(line))
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count > 1 else {
                throw SyntaxError.notTabSeparated(
                    path: path, line: lineNumber, format: "IOB2", layout: "one token a line: id, token and tag separated by tabs")
            }
            guard columns.count >= 3 else {
                throw malformed(0, "expected at least 3 tab-separated columns (id, token, tag), found \(columns.count)")
            }
            guard !columns[1].isEmpty else { throw malformed(2, "empty token") }
            let tag = columns[IOB2Sentence.tagColumn]
            // O, or B-/I- and a known type: PER, ORG and LOC are scored; MISC is kept and ignored.
            let type = tag.dropFirst(2)
            guard tag == "O"
                || (tag.hasPrefix("B-") || tag.hasPrefix("I-")) && !type.isEmpty
                    && type.allSatisfy({ $0.isUppercase || $0 == "_" })
            else {
                throw malformed(3, "unknown tag \"\(tag.escapingControlCharacters)\" (expected O, or B-/I- and a type such as PER, ORG, LOC, MISC)")
            }
            guard tag == "O" || Self.knownTypes.contains(String(type)) else {
                throw malformed(
                    3,
                    "unknown entity type \"\(type)\" in tag \"\(tag)\" (PER, ORG and LOC are recognised and scored, MISC is "
                        + "kept and ignored; write another type as one of these, or as O)")
            }
            if tag.hasPrefix("I-") {
                guard previousTag != "O", previousTag.dropFirst(2) == type else {
                    throw malformed(3, "\"\(tag)\" does not continue an entity of its type (previous tag \"\(previousTag)\")")
                }
            }
            previousTag = tag
            current.rows.append(columns)
        }
        if started { sentences.append(current) }
        return sentences
    }
}
