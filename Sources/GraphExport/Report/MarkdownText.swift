/// The one escaper of outside text placed in Markdown (CommonMark with GitHub's table, strikethrough and autolink
/// extensions): each character is escaped only where Markdown would read it as syntax, so the file reads as
/// plain prose ("Kim (disapprove) on 2025-02-02" stays as written) while names and evidence never become links,
/// emphasis, code, HTML, headings, lists or extra table cells.
///
/// Escaped everywhere: `\`, `` ` ``, `*`, `~`, `[`, `]` and `<` (with a backslash, so `<script>` reads
/// `\<script>` and renders as text); `_` unless it stands inside a word (`snake_case`); `&` only where it starts
/// a character reference (`&amp;`, `&#38;`). At the start of a block (a paragraph, quote or list item): `#`,
/// `>`, `-`, `+`, `=` and the `.`/`)` after a number ("1. " would start a list). In a table cell also `|`; in a
/// heading a closing run of `#`. Line breaks and tabs become spaces, other control characters (C0, DEL and the
/// C1 controls U+0080–U+009F, such as CSI U+009B and NEL U+0085) become U+FFFD as in CSV, and
/// the text is trimmed (four leading spaces would start a code block). Bare `http://`/`www.` addresses are left
/// as written: GitHub links them, showing the address itself.
enum MarkdownText {
    /// Where the text lands, which decides what could be read as syntax.
    enum Context {
        /// Inside a line, after other content (never at a block's start).
        case inline
        /// At the start of a paragraph, block quote or list item.
        case blockStart
        /// A table cell.
        case tableCell
        /// An ATX heading's text (after `# `).
        case heading
    }

    /// `text` as literal Markdown in `context`.
    static func escaped(_ text: String, in context: Context) -> String {
        let scalars = Array(text.unicodeScalars.lazy.compactMap { scalar -> Unicode.Scalar? in
            if scalar == "\n" || scalar == "\r" || scalar == "\t" { return " " }
            return ControlCharacters.isHidden(scalar) ? ControlCharacters.replacement : scalar
        }.drop(while: { $0 == " " }))
        let end = scalars.lastIndex { $0 != " " }.map { $0 + 1 } ?? 0
        var result = String.UnicodeScalarView()
        let blockMarker = context == .blockStart ? blockMarkerIndex(scalars[..<end]) : nil
        let headingClose = context == .heading ? closingHashIndex(scalars[..<end]) : nil
        for index in 0..<end {
            let scalar = scalars[index]
            if needsEscape(scalars, index, end: end, context: context) || index == blockMarker || index == headingClose {
                result.append("\\")
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// An http/https address as a link destination: percent-encoded (``DOTText/url(_:)``) with `(`, `)` and `|`
    /// encoded too, so it closes only at its own `)` and never splits a table row; `&` that would start a
    /// character reference is escaped. `nil` for other schemes.
    static func destination(_ address: String?) -> String? {
        guard let url = DOTText.url(address) else { return nil }
        let scalars = Array(url.unicodeScalars)
        var result = ""
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "(": result += "%28"
            case ")": result += "%29"
            case "|": result += "%7C"
            case "&" where startsReference(scalars, after: index, end: scalars.count): result += "\\&"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func needsEscape(_ s: [Unicode.Scalar], _ i: Int, end: Int, context: Context) -> Bool {
        switch s[i] {
        case "\\", "`", "*", "~", "[", "]", "<": return true
        case "|": return context == .tableCell
        case "_":
            let before = i > 0 && isWordScalar(s[i - 1])
            let after = i + 1 < end && isWordScalar(s[i + 1])
            return !(before && after)
        case "&": return startsReference(s, after: i, end: end)
        default: return false
        }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Whether the `&` at `i` starts an entity (`&name;`) or numeric (`&#38;`, `&#x26;`) character reference.
    private static func startsReference(_ s: [Unicode.Scalar], after i: Int, end: Int) -> Bool {
        var j = i + 1
        var digits: (Unicode.Scalar) -> Bool = { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        var most = 32
        if j < end, s[j] == "#" {
            j += 1
            if j < end, s[j] == "x" || s[j] == "X" {
                j += 1
                digits = { $0.isASCII && $0.properties.isASCIIHexDigit }
                most = 6
            } else {
                digits = { ("0"..."9").contains($0) }
                most = 7
            }
        } else if !(j < end && s[j].isASCII && s[j].properties.isAlphabetic) {
            return false
        }
        let start = j
        while j < end, j - start < most, digits(s[j]) { j += 1 }
        return j > start && j < end && s[j] == ";"
    }

    /// The index of the character that would open a block (heading, quote, list, thematic break, setext
    /// underline) at the start of `s`, if any.
    private static func blockMarkerIndex(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        guard let first = s.first else { return nil }
        if ["#", ">", "-", "+", "="].contains(first) { return s.startIndex }
        var index = s.startIndex
        while index < s.endIndex, index - s.startIndex < 9, ("0"..."9").contains(s[index]) { index += 1 }
        if index > s.startIndex, index < s.endIndex, s[index] == "." || s[index] == ")" { return index }
        return nil
    }

    /// The index of the first `#` of a run that would close an ATX heading (`Title ##`), if any.
    private static func closingHashIndex(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        var index = s.endIndex
        while index > s.startIndex, s[index - 1] == "#" { index -= 1 }
        guard index < s.endIndex, index == s.startIndex || s[index - 1] == " " else { return nil }
        return index
    }
}
