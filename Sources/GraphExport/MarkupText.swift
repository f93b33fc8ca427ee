/// The one escaper of text placed in HTML or XML markup that Storygraph writes as text (TimelineJS slides, the
/// report, Graphviz HTML-like labels): `&`, `<`, `>`, `"`, `'` become character references, U+FFFE and U+FFFF
/// (which XML 1.0 cannot carry) are dropped, and the hidden control characters (C0 other than tab, line feed and
/// carriage return; DEL; C1, such as CSI U+009B) become U+FFFD, as in every text output (``ControlCharacters``).
public enum MarkupText {
    /// `text` safe as HTML/XML element content or a quoted attribute value.
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where ControlCharacters.isHidden(scalar): result.unicodeScalars.append(ControlCharacters.replacement)
            case _ where scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
