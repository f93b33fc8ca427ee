import Foundation
import Yams

extension FrontMatter {
    /// A YAML syntax problem in plain words, at the place a user would look (both 1-based, in the YAML text's
    /// own lines; the caller shifts the line to the file's).
    struct Problem {
        var reason: String
        /// The YAML mark to report, when it is not the parser's own (a line without `:` is reported on that
        /// line, not where the parser noticed it).
        var mark: Mark?
    }

    /// libyaml's message (`problem`, with its `context`, found at `mark`) said in plain words, with what to do: the
    /// front matter's users write `key: value` lines, not YAML, and "mapping values are not allowed in this
    /// context" tells them nothing. An unknown message is kept, after "not valid YAML:".
    static func plainProblem(
        _ problem: String, context: YamlError.Context?, at mark: (line: Int, column: Int), yaml: String
    ) -> Problem {
        let opened = context.map { "at line \($0.mark.line + 1), column \(max($0.mark.column, 1))" } ?? ""
        let character = YAMLErrorText.character(at: mark, in: yaml)
        let shown = character.map { $0 == "\t" ? "a tab" : "\"\($0)\"" } ?? "this character"
        let tabIndent = Problem(
            reason: "a tab indents this line: write each key: value line at the beginning of the line (spaces, not tabs)")
        // A tab before the first key is met where a token should start: it indents the line, as a tab before a
        // later key does, and is no value's first character.
        if character == "\t", Self.isInIndent(mark, of: yaml) { return tabIndent }
        switch problem {
        case "mapping values are not allowed in this context":
            return Problem(reason: "unexpected \":\" here: put a value that holds \": \" in quotes (title: \"Kim: a profile\"), "
                + "and start each key: value line at the beginning of the line")
        case let text where text.hasPrefix("found unexpected end of stream"):
            if context?.text.contains("quoted scalar") == true {
                return Problem(reason: "the quote opened \(opened) is not closed")
            }
            return Problem(reason: "the front matter ends in the middle of a value")
        case "found character that cannot start any token", "found undefined alias", "found undefined tag handle",
             "did not find expected node content":
            return Problem(reason: "a value cannot start with \(shown) in YAML: put the value in quotes")
        case let text where text.contains("tab character"):
            return tabIndent
        case "found unknown escape character":
            return Problem(reason: "an unknown backslash escape in a double-quoted value: write \\\\ for a backslash, or use single quotes")
        case "did not find expected ',' or ']'":
            return Problem(reason: "the list opened with \"[\" \(opened) is not closed: put a value that starts with \"[\" in quotes")
        case "did not find expected ',' or '}'":
            return Problem(reason: "the mapping opened with \"{\" \(opened) is not closed: put a value that starts with \"{\" in quotes")
        case "could not find expected ':'":
            return Problem(reason: "this line is not key: value (no \":\" after a key)", mark: context?.mark)
        case "did not find expected key":
            if character == "-" { return Problem(reason: "a \"- \" list item where a key: value line was expected") }
            return Problem(reason: "unexpected text after the value: put the whole value in quotes (title: \"'A' and B\")")
        case "block sequence entries are not allowed in this context":
            return Problem(reason: "a \"- \" list item is not allowed here: put a value that starts with \"- \" in quotes")
        case let text where text.contains("control characters are not allowed"):
            return Problem(reason: "a control character YAML does not allow: remove it")
        case let text where text.contains("UTF-8 octet"):
            return Problem(reason: "bytes that are not valid UTF-8")
        case let text where text.hasPrefix(YAMLErrorText.nestingLimit):
            return Problem(reason: YAMLErrorText.nestingProblem)
        default:
            return Problem(reason: "not valid YAML: " + problem + (context.map { " \($0.text) that starts \(opened)" } ?? ""))
        }
    }

    /// Whether `mark` (1-based line and column) falls in the blank characters that start its line of `yaml`.
    private static func isInIndent(_ mark: (line: Int, column: Int), of yaml: String) -> Bool {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return false }
        let indent = lines[mark.line - 1].unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
        return max(mark.column, 1) <= indent
    }
}
