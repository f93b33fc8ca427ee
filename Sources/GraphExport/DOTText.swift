/// The one place DOT text is escaped: every ID and attribute value Storygraph writes goes through
/// ``quoted(_:as:)`` exactly once, in the role Graphviz will read it in.
///
/// Graphviz reads a quoted DOT string in up to three passes, and each must give the text back unchanged:
/// 1. The DOT lexer knows `\"` (a quote) and `\\` (kept as two backslashes, so a trailing backslash cannot
///    swallow the closing quote).
/// 2. Labels and tooltips are escStrings: `\N \G \E \T \H \L` expand to node, graph, edge and label names and
///    `\n \l \r` are line breaks. In labels `\\` is one literal backslash; tooltips go through one more
///    unescaping, so there a literal backslash is `\\\\` (measured with Graphviz 2.42/2.43).
/// 3. Labels and tooltips have HTML entities decoded (`&amp;` → `&`), and the SVG writer passes anything that
///    looks like an entity through unescaped: `&` is therefore always written `&amp;`, so `&amp;` in an article
///    stays `&amp;` in the picture and `&#x0;` can never become a character reference in the SVG.
///
/// Graphviz copies IDs and text into SVG `<title>`s, comments and attributes, so U+FFFE and U+FFFF (no XML
/// characters) and carriage returns are dropped, and the hidden control characters (C0 other than tab, line feed
/// and carriage return; DEL; C1) become U+FFFD, as in every text output (``ControlCharacters``). Line feeds
/// become `\n` (a centred line break), tabs a space. In an ID, which is a name and not text to read, a tab, a
/// character XML cannot carry and a C1 control are written as an escape (`\u{1B}`, `\u{85}`) instead, so
/// that every mapping is injective there and two different IDs stay two nodes; keywords (`node`, `graph`, `strict`) and IDs starting with a digit are
/// harmless once quoted. URLs are percent-encoded and kept only for `http`/`https`
/// (see ``url(_:)``).
enum DOTText {
    /// How Graphviz will read a quoted string.
    enum Role {
        /// A node, edge or graph ID: read by the lexer only.
        case id
        /// A `label` (escString, one unescaping, entities decoded).
        case label
        /// A `tooltip` (escString with one more unescaping, entities decoded).
        case tooltip
        /// An already checked and percent-encoded `URL`/`href` (see ``url(_:)``).
        case url
    }

    /// `text` as a double-quoted DOT string, escaped for `role`.
    static func quoted(_ text: String, as role: Role = .label) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        let backslash = role == .tooltip ? #"\\\\"# : #"\\"#
        for scalar in text.unicodeScalars {
            if role == .id, scalar == "\t" || isForbidden(scalar) || isC1Control(scalar) {
                // An ID is a name, not text to read: two names that differ only in a control character stay two
                // nodes (dropping or replacing it merged them). A backslash from the text is doubled, so this
                // escape cannot be confused with text that reads the same.
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                continue
            }
            switch scalar {
            case "\\": result += backslash
            case "\"": result += "\\\""
            case "&": result += "&amp;"
            case "\n": result += "\\n"
            case "\t": result += " "
            case _ where ControlCharacters.isHidden(scalar): result.unicodeScalars.append(ControlCharacters.replacement)
            case _ where isForbidden(scalar): continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Whether XML 1.0 cannot carry `scalar` (or it is DEL, which no label wants).
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    /// Whether `scalar` is a C1 control (U+0080–U+009F, such as CSI U+009B or NEL U+0085): legal in XML but never
    /// wanted in a picture, and a terminal showing the file may obey it; written as U+FFFD, as in CSV.
    static func isC1Control(_ scalar: Unicode.Scalar) -> Bool {
        (0x80...0x9F).contains(scalar.value)
    }

    /// `address` ready for a `URL` attribute: only `http` and `https` addresses with a host are kept (nothing
    /// like `javascript:` reaches a link), and every character outside RFC 3986's unreserved and reserved sets
    /// is percent-encoded, as are `"`, `<`, `>`, `\` and `'`. Returns `nil` for anything else.
    static func url(_ address: String?) -> String? {
        guard let address else { return nil }
        let trimmed = address.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), trimmed.count > 8 else { return nil }
        var result = ""
        for byte in trimmed.utf8 {
            if allowedInURL.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    private static let allowedInURL: Set<UInt8> = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&()*+,;=%".utf8))

    /// The role an attribute's value is read in.
    static func role(of key: String) -> Role {
        switch key {
        case "tooltip", "edgetooltip", "labeltooltip", "headtooltip", "tailtooltip": .tooltip
        case "URL", "href", "edgeURL", "labelURL": .url
        default: .label
        }
    }

    /// An attribute list ` [key="value", …]` with keys in sorted order; empty when there are no attributes.
    /// Keys are Storygraph's own constant attribute names and are written bare; each value is escaped for
    /// the role its key gives it.
    static func attributes(_ pairs: [String: String]) -> String {
        guard !pairs.isEmpty else { return "" }
        let list = pairs.keys.sorted().map { key in "\(key)=\(quoted(pairs[key] ?? "", as: role(of: key)))" }
        return " [" + list.joined(separator: ", ") + "]"
    }

    /// An ID (node, edge end, subgraph), quoted.
    static func id(_ text: String) -> String { quoted(text, as: .id) }

    /// A statement setting default attributes: `graph [...]`, `node [...]` or `edge [...]`.
    static func defaults(_ kind: String, _ pairs: [String: String]) -> String {
        "\(kind)\(attributes(pairs));"
    }
}
