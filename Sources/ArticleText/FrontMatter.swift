import Foundation
import Yams

/// The YAML front matter of a plain-text article: the keys Storygraph reads (`id`, `published`, `title`, `url`,
/// matched as ``MetadataKey`` matches them: in any case, and `date`, `published_at`, `pubDate` … as other names
/// for `published`), each a single text value, with the file line it is on; and the other keys, which are
/// reported, not read.
///
/// Positions are the file's: the opening `---` is line 1, so the first key is on line 2; columns count Unicode
/// scalars from 1.
struct FrontMatter {
    /// A key/value read, with the position of its value.
    struct Field {
        var value: String
        var line: Int
        var column: Int
        /// The key as written ("Published", "date").
        var key: String = ""
    }

    /// A key that is not read (another tool's `author`, `tags`, or a misspelt one).
    struct IgnoredKey {
        var name: String
        var line: Int
        var column: Int
    }

    /// The fields read, by their name (`published` for `date`).
    var fields: [String: Field] = [:]
    /// The other keys, in the order written.
    var ignoredKeys: [IgnoredKey] = []

    /// Parses `yaml`, the lines between the two `---` fences of `origin`.
    /// - Throws: `ArticleTextError.badFrontMatter` at the faulty line and column: YAML syntax, a front matter
    ///   that is no `key: value` mapping, a value that is not one non-empty text, a key given twice.
    init(_ yaml: String, origin: String) throws {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            throw Self.syntaxError(error, yaml: yaml, origin: origin)
        }
        guard let node else { return }
        guard let mapping = node.mapping else {
            let (line, column) = Self.position(node.mark)
            throw ArticleTextError.badFrontMatter(path: origin, line: line, column: column, reason: "expected key: value lines")
        }
        for (key, value) in mapping {
            let (line, column) = Self.position(key.mark)
            guard let written = key.scalar?.string else {
                throw ArticleTextError.badFrontMatter(path: origin, line: line, column: column, reason: "a key must be a single word")
            }
            guard let known = MetadataKey(written: written), known != .text else {
                ignoredKeys.append(IgnoredKey(name: written, line: line, column: column))
                continue
            }
            let name = known.rawValue
            if let earlier = fields[name] {
                throw ArticleTextError.badFrontMatter(
                    path: origin, line: line, column: column,
                    reason: name == "published"
                        ? "the publication date is given twice (\(earlier.key) on line \(earlier.line), \(written) on line \(line))"
                        : "\(name) is given twice (first on line \(earlier.line))")
            }
            let (valueLine, valueColumn) = Self.position(value.mark ?? key.mark)
            // An empty publication date (`published:`, `published: ""`, `published: null`) is no date, as in JSONL:
            // the document is undated (`--dct` or the date-less rules apply).
            if known == .published, let scalar = value.scalar,
               scalar.string.trimmingCharacters(in: .whitespaces).isEmpty
                || (scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(scalar.string))
            {
                continue
            }
            guard let scalar = value.scalar,
                  !(scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string))
            else {
                throw ArticleTextError.badFrontMatter(
                    path: origin, line: valueLine, column: valueColumn, reason: "\(written) must be a single text value")
            }
            let text = scalar.string.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else {
                throw ArticleTextError.badFrontMatter(path: origin, line: valueLine, column: valueColumn, reason: "\(written) is empty")
            }
            fields[name] = Field(value: text, line: valueLine, column: valueColumn, key: written)
        }
    }

    /// The findings of the keys not read: `metadata.unread-date-key` for one that looks like a date (see
    /// ``MetadataKey/looksLikeDate(_:)``), `front-matter.unknown-key` for the others.
    func findings(origin: String, document: Document) -> [Finding] {
        ignoredKeys.map { key in
            let place = "\(path: origin):\(key.line):\(key.column)"
            if MetadataKey.looksLikeDate(key.name) {
                return MetadataKey.unreadDateFinding(key: key.name, at: place, document: document)
            }
            return Finding(
                .info, code: "front-matter.unknown-key",
                message: "\(place): front matter key \"\(key.name)\" is not read "
                    + "(read: id, published or date, title, url, in any case)",
                document: document.id)
        }
    }

    /// The file line and column of a YAML mark (1-based within the YAML, which starts on the file's line 2).
    private static func position(_ mark: Mark?) -> (line: Int, column: Int) {
        guard let mark else { return (2, 1) }
        return (mark.line + 1, max(mark.column, 1))
    }

    /// The 1-based line of `yaml` after line `first` where the mapping key `name` (plain or quoted) is written
    /// again at the same indentation, or `nil` when it cannot be found as written (a flow mapping, an escape).
    private static func repeatLine(of name: String, after first: Int, indent: Int, in yaml: String) -> Int? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard first < lines.count else { return nil }
        for index in first..<lines.count {
            let text = Substring(lines[index].unicodeScalars.dropFirst(indent))
            guard lines[index].unicodeScalars.prefix(indent).allSatisfy({ $0 == " " }) else { continue }
            for written in [name, "\"\(name)\"", "'\(name)'"] where text.hasPrefix(written) {
                if text.dropFirst(written.count).drop(while: { $0 == " " }).hasPrefix(":") { return index + 1 }
            }
        }
        return nil
    }

    /// A YAML syntax error as one line at the file's line and column, without the parser's context dump.
    private static func syntaxError(_ error: any Error, yaml: String, origin: String) -> ArticleTextError {
        func located(_ mark: Mark?, _ reason: String) -> ArticleTextError {
            let (line, column) = position(mark)
            return .badFrontMatter(path: origin, line: line, column: column, reason: reason)
        }
        guard let yamlError = error as? YamlError else { return located(nil, "\(error)") }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let plain = plainProblem(problem, context: context, at: (mark.line, mark.column), yaml: yaml)
            return located(plain.mark ?? mark, plain.reason)
        case let .reader(problem, offset, _, _):
            let prefix = yaml.utf8.prefix(offset ?? 0)
            let line = prefix.count { $0 == UInt8(ascii: "\n") } + 1
            let column = String(decoding: prefix.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).last ?? [], as: UTF8.self)
                .unicodeScalars.count + 1
            let reason = plainProblem(problem, context: nil, at: (line, column), yaml: yaml).reason
            return .badFrontMatter(path: origin, line: line + 1, column: column, reason: reason)
        case let .duplicatedKeysInMapping(duplicates, context):
            // The parser marks the first occurrence; the error is the repeat, so point there.
            let names = duplicates.sorted()
            let (line, column) = position(context.mark)
            let reason = "key \(names.joined(separator: ", ")) given twice (first on line \(line))"
            guard let name = names.first,
                  let repeated = repeatLine(of: name, after: context.mark.line, indent: max(context.mark.column, 1) - 1, in: yaml)
            else { return located(context.mark, reason) }
            return .badFrontMatter(path: origin, line: repeated + 1, column: column, reason: reason)
        default:
            return located(nil, "not valid YAML: " + ("\(yamlError)".split(separator: "\n").first.map(String.init) ?? "?"))
        }
    }
}
