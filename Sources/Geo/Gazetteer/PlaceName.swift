import Foundation

/// The normalised form place names are looked up by.
public enum PlaceName {
    /// Lower-cased, diacritics folded, periods and apostrophes dropped, hyphens and runs of spaces made one
    /// space, a leading "the " removed: "Trípoli" → "tripoli", "the Hague" → "hague", "N.Y." → "ny",
    /// "Saint-Denis" → "saint denis".
    public static func key(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            switch scalar {
            case ".", "'", "\u{2019}", "`":
                continue
            case "-", "\u{2010}", "\u{2013}", " ", "\t", "\n", "\u{00A0}":
                pendingSpace = !out.isEmpty
            default:
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        if out.hasPrefix("the ") { out.removeFirst(4) }
        return out
    }
}
