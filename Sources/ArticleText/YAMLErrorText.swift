/// Helpers for saying a YAML parser's errors in plain words, shared by the front matter and the lexicon files.
public enum YAMLErrorText {
    /// The character at `mark` (1-based line, 1-based column in Unicode scalars) of `yaml`, when there is one:
    /// what a parser's error points at, for messages that name it ("a tab", "\"{\"").
    public static func character(at mark: (line: Int, column: Int), in yaml: String) -> Character? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let scalars = lines[mark.line - 1].unicodeScalars
        let index = max(mark.column, 1) - 1
        guard index < scalars.count else { return nil }
        return Character(scalars[scalars.index(scalars.startIndex, offsetBy: index)])
    }

    /// How libyaml's message about lists and mappings nested past its limit starts ("Maximum nesting level
    /// reached, set with yaml_set_max_nest_level()"), which names a C function to the user.
    public static let nestingLimit = "Maximum nesting level reached"

    /// That message in plain words.
    public static let nestingProblem = "lists or mappings (\"[\", \"{\" or indented blocks) nested more deeply than YAML "
        + "reading allows: put a value that starts with \"[\" or \"{\" in quotes"
}
