import Foundation
import ResourceIndex

/// Foundation's folding of single Latin letters and typographic marks, each computed once per process when first
/// met: the table behind `PlaceName.key`'s fast path (the bundled gazetteer's names are almost all Latin script).
enum LatinFolding {
    /// Scalars that are always a character of their own (none combines with a neighbour) and whose folding is
    /// tabled: Latin-1 Supplement to Latin Extended-B and IPA/spacing modifiers (U+0080–U+02FF), Latin Extended
    /// Additional (U+1E00–U+1EFF), general punctuation dashes and quotes (U+2010–U+201F).
    static let ranges: [ClosedRange<UInt32>] = [0x80...0x2FF, 0x1E00...0x1EFF, 0x2010...0x201F]

    /// `foundationFolded` of the tabled scalars met so far (a process folding one article meets a handful).
    private static let table = RecordCache<String>()

    /// The folding of `scalar`, or `nil` when it is not tabled.
    static func folded(_ scalar: Unicode.Scalar) -> String? {
        guard ranges.contains(where: { $0.contains(scalar.value) }) else { return nil }
        return table.value(Int(scalar.value)) { PlaceName.foundationFolded(String(Character(scalar))) }
    }
}
