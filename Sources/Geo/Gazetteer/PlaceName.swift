import Foundation

/// The normalised form place names are looked up by.
public enum PlaceName {
    /// Lower-cased, diacritics folded, periods and apostrophes (also the typographic ones and the ʻokina)
    /// dropped, hyphens and runs of spaces made one space, a leading "the " removed: "Trípoli" → "tripoli",
    /// "the Hague" → "hague", "N.Y." → "ny", "Saint-Denis" → "saint denis", "Nukuʻalofa" → "nukualofa".
    /// - Complexity: O(n) in the name's length; ASCII names skip Foundation's folding.
    public static func key(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(name.utf8) }
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            .replacingOccurrences(of: "\u{02BB}", with: "'").replacingOccurrences(of: "\u{02BC}", with: "'")
            .replacingOccurrences(of: "\u{2010}", with: "-").replacingOccurrences(of: "\u{2013}", with: "-")
            .replacingOccurrences(of: "\u{00A0}", with: " ")
        return asciiKey(folded.utf8)
    }

    /// The key over UTF-8 bytes: ASCII letters lower-cased, other bytes kept.
    private static func asciiKey(_ bytes: String.UTF8View) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "."), UInt8(ascii: "'"), UInt8(ascii: "`"):
                continue
            case UInt8(ascii: "-"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"):
                pendingSpace = !out.isEmpty
            default:
                if pendingSpace { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
                out.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
            }
        }
        if out.starts(with: Array("the ".utf8)) { out.removeFirst(4) }
        return String(decoding: out, as: UTF8.self)
    }
}
