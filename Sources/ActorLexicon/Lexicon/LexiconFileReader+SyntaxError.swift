import ArticleText
import Foundation
import Yams

extension LexiconFileReader {
    /// A YAML syntax error of the lexicon file as one line at the file's line, in plain words with what to do,
    /// instead of libyaml's message and context dump ("mapping values are not allowed in this context",
    /// "3:12: error: reader: control characters are not allowed: … ^").
    func syntaxError(_ error: YamlError, yaml: String) -> LexiconError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let plain = Self.plainProblem(problem, context: context, at: mark, yaml: yaml)
            return .syntax(path: path, line: plain.line ?? mark.line, message: plain.reason)
        case let .reader(problem, offset, value, _):
            let line = yaml.utf8.prefix(offset ?? 0).count { $0 == UInt8(ascii: "\n") } + 1
            if problem.contains("control characters") {
                let code = String(format: "U+%04X", value)
                return .syntax(path: path, line: line, message: "a control character (\(code)) YAML does not allow: remove it")
            }
            if problem.contains("UTF-8") || problem.contains("utf-8") {
                return .syntax(path: path, line: line, message: "bytes that are not valid UTF-8: save the file as UTF-8")
            }
            return .syntax(path: path, line: line, message: problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.sorted().map { "`\($0)`" }.joined(separator: ", ")
            return .syntax(
                path: path, line: context.mark.line,
                message: "the key \(names) is given twice in the mapping that starts here; keep one")
        default:
            let first = "\(error)".split(separator: "\n").first.map(String.init) ?? "?"
            return .syntax(path: path, line: 1, message: first)
        }
    }

    /// libyaml's `problem` (with its `context`, found at `mark`) in plain words; the line to report when it is
    /// not the problem's own (a line without `:`, a quote or bracket not closed, is reported where it is, not
    /// where the parser noticed it).
    static func plainProblem(_ problem: String, context: YamlError.Context?, at mark: Mark, yaml: String)
        -> (reason: String, line: Int?)
    {
        let opened = context.map { "at line \($0.mark.line), column \($0.mark.column)" } ?? ""
        let character = YAMLErrorText.character(at: (mark.line, mark.column), in: yaml)
        let shown = character.map { $0 == "\t" ? "a tab" : "\"\($0)\"" } ?? "this character"
        switch problem {
        case "mapping values are not allowed in this context":
            return ("unexpected \":\" here: put a value that holds \": \" in quotes (name: \"Kim: a profile\"), or check "
                + "this line's indentation", nil)
        case let text where text.hasPrefix("found unexpected end of stream"):
            if context?.text.contains("quoted scalar") == true { return ("the quote opened \(opened) is not closed", context?.mark.line) }
            return ("the file ends in the middle of a value", nil)
        case let text where text.contains("tab character"):
            return ("a tab indents this line: YAML indents with spaces", nil)
        case "found character that cannot start any token" where character == "\t":
            return ("a tab indents this line: YAML indents with spaces", nil)
        case "found character that cannot start any token", "found undefined alias", "found undefined tag handle",
             "did not find expected node content":
            return ("a value cannot start with \(shown) in YAML: put the value in quotes", nil)
        case "found unknown escape character":
            return ("an unknown backslash escape in a double-quoted value: write \\\\ for a backslash, or use single quotes", nil)
        case "did not find expected ',' or ']'":
            return ("the list opened with \"[\" \(opened) is not closed", context?.mark.line)
        case "did not find expected ',' or '}'":
            return ("the mapping opened with \"{\" \(opened) is not closed", context?.mark.line)
        case "could not find expected ':'":
            return ("this line is not key: value (no \":\" after a key)", context?.mark.line)
        case "did not find expected key":
            return ("unexpected text here: check this line's indentation, or put the whole value in quotes", nil)
        case "did not find expected '-' indicator":
            return ("this line is indented unlike the list it is in: indent each \"- \" item, and the keys under it, alike", nil)
        case let text where text.hasPrefix(YAMLErrorText.nestingLimit):
            return (YAMLErrorText.nestingProblem, nil)
        case "block sequence entries are not allowed in this context":
            return ("a \"- \" list item is not allowed here: check the indentation, or put a value that starts with \"- \" in quotes", nil)
        default:
            return (problem + (context.map { " (\($0.text) that starts \(opened))" } ?? ""), nil)
        }
    }
}
