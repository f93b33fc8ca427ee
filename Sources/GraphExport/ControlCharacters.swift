/// The one rule for control characters an article brings into Storygraph's outputs.
///
/// Tab, line feed and carriage return are white space. Every other control character — the rest of C0 (such as
/// ESC and BEL), DEL and the C1 controls U+0080–U+009F (such as CSI U+009B and NEL U+0085) — is *hidden*: a
/// terminal showing the file may obey it, and XML cannot carry most of them. Text written for people (CSV,
/// Markdown, the DOT and the SVG, PNG and PDF drawn from it, the HTML report, GraphML, GEXF) shows each as U+FFFD,
/// one character for one, so offsets into the evidence still line up; JSON keeps each, escaped as `\u00XX`,
/// never raw. Names that identify something (DOT node names, GEXF ids) write them as escapes instead, so that
/// two names differing only in a control character stay two.
///
/// NEL (U+0085) is a control here, not a line break: only line feed, carriage return and the Unicode line and
/// paragraph separators (U+2028, U+2029) break a line.
public enum ControlCharacters {
    /// The character hidden control characters are shown as: U+FFFD REPLACEMENT CHARACTER.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether `scalar` is a hidden control character: C0 other than tab, line feed and carriage return; DEL; C1.
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    /// Whether `character` breaks a line: line feed, carriage return (alone or before a line feed), U+2028 and
    /// U+2029. Unlike `Character.isNewline`, NEL, vertical tab and form feed are not line breaks: they are hidden.
    public static func isLineBreak(_ character: Character) -> Bool {
        character == "\n" || character == "\r" || character == "\r\n" || character == "\u{2028}" || character == "\u{2029}"
    }

    /// `text` with each hidden control character written as U+FFFD.
    public static func shown(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.map { isHidden($0) ? replacement : $0 })
        return String(scalars)
    }
}
