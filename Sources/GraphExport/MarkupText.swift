/// The one escaper of text placed in HTML or XML markup that Storygraph writes as text (TimelineJS slides, the
/// report, Graphviz HTML-like labels): `&`, `<`, `>`, `"`, `'` become character references and characters
/// XML 1.0 cannot carry (C0 controls other than tab, line feed, carriage return; U+FFFE, U+FFFF) are dropped;
/// DEL and the C1 controls (U+007F–U+009F, such as CSI U+009B) become U+FFFD, as in CSV and Markdown.
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
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            case _ where (0x7F...0x9F).contains(scalar.value): result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
