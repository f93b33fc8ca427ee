/// The one place DOT text is escaped: every ID and attribute value Storygraph writes goes through
/// ``quoted(_:)`` exactly once.
///
/// DOT quoted strings know a single escape, `\"`. Graphviz then reads backslash escapes in labels
/// (`\n`, `\l`, `\N`, `\G`, …), so a literal backslash must be doubled, and a string ending in a lone backslash
/// would swallow its closing quote. The mapping below is injective (two different texts never become the same
/// ID) and survives both readings: keywords (`node`, `graph`, `strict`) and IDs starting with a digit are
/// harmless once quoted.
enum DOTText {
    /// `text` as a double-quoted DOT string: `\` → `\\`, `"` → `\"`, line feed → `\n` (a centred line break in
    /// labels), carriage return and other C0 control characters dropped, tab → space.
    static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// An attribute list ` [key="value", …]` with keys in sorted order; empty when there are no attributes.
    /// Keys are Storygraph's own constant attribute names and are written bare.
    static func attributes(_ pairs: [String: String]) -> String {
        guard !pairs.isEmpty else { return "" }
        let list = pairs.keys.sorted().map { key in "\(key)=\(quoted(pairs[key] ?? ""))" }
        return " [" + list.joined(separator: ", ") + "]"
    }

    /// A statement setting default attributes: `graph [...]`, `node [...]` or `edge [...]`.
    static func defaults(_ kind: String, _ pairs: [String: String]) -> String {
        "\(kind)\(attributes(pairs));"
    }
}
