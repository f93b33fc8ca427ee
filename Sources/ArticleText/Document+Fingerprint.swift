/// Stable digests of a document, for telling unchanged, changed and duplicated documents apart.
///
/// Both are 64-bit FNV-1a digests of UTF-8 bytes, written as 16 lower-case hex digits; they are stable across
/// runs, machines and Swift versions (unlike `Hasher`), so a store can keep them.
extension Document {
    /// Digest of everything extraction reads: id, publication date and its source, title, url and text. Two
    /// inputs with the same id and the same `contentHash` give the same extraction.
    public var contentHash: String {
        let fields = [
            id.rawValue, published?.description ?? "", dctSource.rawValue, title ?? "", url ?? "", text,
        ]
        return Self.fnv1a(fields.joined(separator: "\u{1F}"))
    }

    /// Digest of the text alone, normalised: lower-cased, every run of characters that are not letters or
    /// digits folded into one space. The same article under another id or URL, re-flowed or with other quotes
    /// and dashes, has the same fingerprint.
    public var textFingerprint: String { Self.fnv1a(Self.normalisedText(text)) }

    /// `text` lower-cased with every run of non-alphanumeric characters as one space, trimmed.
    public static func normalisedText(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let isWordScalar = scalar.isASCII
                ? (scalar.value >= 0x30 && scalar.value <= 0x39) || (scalar.value | 0x20 >= 0x61 && scalar.value | 0x20 <= 0x7A)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            guard isWordScalar else {
                pendingSpace = true
                continue
            }
            if pendingSpace, !result.isEmpty { result.append(" ") }
            pendingSpace = false
            if scalar.isASCII {
                result.append(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value | 0x20) ?? scalar : scalar)
            } else {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(result)
    }

    /// The host of an article URL without a leading `www.`, lower-cased (`https://www.BBC.co.uk/news/x` →
    /// `bbc.co.uk`): the outlet, for counting distinct sources. `nil` when `url` has no host.
    public static func sourceHost(of url: String?) -> String? {
        guard let url, let schemeEnd = url.range(of: "://") else { return nil }
        var host = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if let colon = host.lastIndex(of: ":") { host = host[..<colon] }
        var lowered = host.lowercased()
        if lowered.hasPrefix("www.") { lowered.removeFirst(4) }
        return lowered.isEmpty ? nil : lowered
    }

    /// 64-bit FNV-1a of the UTF-8 bytes of `string`, as 16 hex digits.
    static func fnv1a(_ string: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in string.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
