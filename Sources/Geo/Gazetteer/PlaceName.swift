import Foundation

/// The normalised form place names are looked up by.
public enum PlaceName {
    /// Lower-cased, diacritics folded, periods and apostrophes (also the typographic ones and the ʻokina)
    /// dropped, hyphens and runs of spaces made one space, a leading "the " removed: "Trípoli" → "tripoli",
    /// "the Hague" → "hague", "N.Y." → "ny", "Saint-Denis" → "saint denis", "Nukuʻalofa" → "nukualofa".
    /// - Complexity: O(n) in the name's length. ASCII names skip Foundation's folding; names whose other
    ///   characters are all precomposed Latin letters fold through a table of Foundation's per-letter folding.
    public static func key(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(name.utf8) }
        if let latin = latinFolded(name) { return asciiKey(latin.utf8) }
        return asciiKey(foundationFolded(name).utf8)
    }

    /// Foundation's folding (diacritics, case, width) followed by the typographic substitutions: the reference
    /// every faster path must equal.
    static func foundationFolded(_ name: String) -> String {
        name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            .replacingOccurrences(of: "\u{02BB}", with: "'").replacingOccurrences(of: "\u{02BC}", with: "'")
            .replacingOccurrences(of: "\u{2010}", with: "-").replacingOccurrences(of: "\u{2013}", with: "-")
            .replacingOccurrences(of: "\u{00A0}", with: " ")
    }

    /// The same result as `foundationFolded` for names made of ASCII and of scalars that each stand alone as a
    /// character (Latin-1, Latin Extended-A and -B, Latin Extended Additional, the modifier apostrophes and the
    /// typographic dashes and quotes), or `nil` for any other name. Folding works character by character, so
    /// such a name folds to the concatenation of its scalars' foldings, looked up in `LatinFolding.table`.
    static func latinFolded(_ name: String) -> String? {
        var out = ""
        out.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            if scalar.value < 0x80 {
                out.unicodeScalars.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar)
            } else if let folded = LatinFolding.folded(scalar) {
                out += folded
            } else {
                return nil
            }
        }
        return out
    }

    /// The key over UTF-8 bytes: ASCII letters lower-cased, other bytes kept.
    private static func asciiKey(_ bytes: String.UTF8View) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            var pendingSpace = false
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "."), UInt8(ascii: "'"), UInt8(ascii: "`"):
                    continue
                case UInt8(ascii: "-"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"):
                    pendingSpace = count > 0
                default:
                    if pendingSpace {
                        out[count] = UInt8(ascii: " ")
                        count += 1
                    }
                    pendingSpace = false
                    out[count] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                    count += 1
                }
            }
            // A leading "the " goes.
            guard count >= 4, out[0] == UInt8(ascii: "t"), out[1] == UInt8(ascii: "h"), out[2] == UInt8(ascii: "e"),
                  out[3] == UInt8(ascii: " ")
            else { return count }
            for i in 4..<count { out[i - 4] = out[i] }
            return count - 4
        }
    }
}
