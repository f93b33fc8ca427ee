/// Which article addresses (`url` in front matter or a JSONL record) Storygraph keeps: those of the web.
///
/// An address is shown as a link in the diagrams and the report and listed in `events.csv`, `events.json` and
/// `events.geojson`. One whose scheme is not `http` or `https` (`javascript:`, `data:`, `file:`, `vbscript:`)
/// would run code or read local files where a program turns it into a link, so it is not kept: the reader
/// leaves it out with a `document.url-scheme` warning, and a graph read from a store drops it too. An address
/// without a scheme (`www.example.com/a`) is kept as text; only `http` and `https` ones become links.
public enum WebAddress {
    /// The schemes an address may name.
    public static let schemes: Set<String> = ["http", "https"]

    /// The scheme `address` names, lower case, as a browser reads it (tabs and line breaks removed, leading
    /// and trailing control characters and spaces ignored: `" Java\tScript:x"` names `javascript`); `nil` when
    /// it names none (RFC 3986: a letter, then letters, digits, `+`, `-` or `.`, then `:`).
    public static func scheme(of address: String) -> String? {
        let scalars = address.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
            .drop { $0.value <= 0x20 }
        var scheme = ""
        for scalar in scalars {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            let isLetter = (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
            let isOther = (0x30...0x39).contains(scalar.value) || scalar == "+" || scalar == "-" || scalar == "."
            guard isLetter || (!scheme.isEmpty && isOther) else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    /// Whether `address` may be kept as an article's address: it names no scheme, or `http` or `https`.
    public static func isKept(_ address: String) -> Bool {
        scheme(of: address).map(schemes.contains) ?? true
    }

    /// `address` when it may be kept (``isKept(_:)``), else `nil`.
    public static func kept(_ address: String?) -> String? {
        address.flatMap { isKept($0) ? $0 : nil }
    }
}
