/// Paths (and other names users type) as messages show them: control characters written as Swift escapes.
///
/// A file named `a<ESC>[31mb.txt` or `x<LF>y.jsonl` was echoed raw in error messages: the terminal obeyed the
/// escape sequence, or one message became two lines. Every message that shows a path interpolates it with
/// `\(path: value)`, which writes C0 and C1 control characters, DEL and the bidirectional formatting
/// characters (U+202A–U+202E, U+2066–U+2069, which reorder what a terminal shows) as `\n`, `\t`, `\r`, `\0` or
/// `\u{1B}`; everything else, a backslash included, is shown as it is.
extension String {
    /// This text with its control and bidirectional formatting characters written as Swift escapes
    /// (`"a\u{1B}b"` for `a<ESC>b`); the text itself when it holds none.
    ///
    /// - Complexity: O(*n*) in the number of Unicode scalars.
    public var escapingControlCharacters: String {
        guard unicodeScalars.contains(where: Self.needsEscape) else { return self }
        var shown = ""
        shown.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            guard Self.needsEscape(scalar) else {
                shown.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": shown += "\\n"
            case "\t": shown += "\\t"
            case "\r": shown += "\\r"
            case "\0": shown += "\\0"
            default: shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return shown
    }

    /// Whether `scalar` is a control character (C0, DEL, C1) or a bidirectional embedding, override or isolate.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

extension DefaultStringInterpolation {
    /// Interpolates a path (or another name the user typed) with its control characters escaped
    /// (``Swift/String/escapingControlCharacters``): `"\(path: url.path): cannot be read"`.
    public mutating func appendInterpolation(path: String) {
        appendLiteral(path.escapingControlCharacters)
    }
}

extension String {
    /// The folder of this path as the user typed it: everything before its last `/` (`a/b/s.db` → `a/b`, `/s.db`
    /// → `/`), `.` for a bare name (`s.db`); trailing slashes are ignored.
    ///
    /// Used instead of `NSString.deletingLastPathComponent`, which traps (an illegal instruction) on a path of one
    /// character in this Foundation (`storygraph ingest a.txt --db b` crashed).
    public var folderOfPath: String {
        var path = Substring(self)
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }
}
