import Foundation

/// Foundation's folding of single Latin letters and typographic marks, computed once per process: the table
/// behind `PlaceName.key`'s fast path (the bundled gazetteer's names are almost all Latin script).
enum LatinFolding {
    /// Scalars that are always a character of their own (none combines with a neighbour) and whose folding is
    /// tabled: Latin-1 Supplement to Latin Extended-B and IPA/spacing modifiers (U+0080–U+02FF), Latin Extended
    /// Additional (U+1E00–U+1EFF), general punctuation dashes and quotes (U+2010–U+201F).
    static let ranges: [ClosedRange<UInt32>] = [0x80...0x2FF, 0x1E00...0x1EFF, 0x2010...0x201F]

    /// `foundationFolded` of each tabled scalar, by range then offset.
    private static let table: [[String]] = ranges.map { range in
        range.map { value in
            Unicode.Scalar(value).map { PlaceName.foundationFolded(String(Character($0))) } ?? ""
        }
    }

    /// The folding of `scalar`, or `nil` when it is not tabled.
    static func folded(_ scalar: Unicode.Scalar) -> String? {
        for (i, range) in ranges.enumerated() where range.contains(scalar.value) {
            return table[i][Int(scalar.value - range.lowerBound)]
        }
        return nil
    }
}
