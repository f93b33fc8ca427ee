import Foundation

/// Single words with a byte of bits each, looked up by their lower-cased hash: WordNet's common words with their
/// classes, so the recogniser can tell a capitalised common word ("Coach", "Hamster", "How") from a capitalised
/// word no dictionary knows ("Renee", "Traci"), and the given names and surnames of the gazetteer's persons.
///
/// Words are kept as hashes of their ASCII-lower-cased forms (`EntityWordTraits.lowerHash`), sorted, with their
/// bits (for WordNet: 1 noun, 2 verb, 4 adjective, 8 adverb), so the table is stored in the recogniser's model file
/// and looked up without building strings. WordNet lists a few proper nouns too ("mexico"); the model learns how
/// far to trust the table from the training data.
public struct EntityWordTable: Sendable, Equatable {
    /// Hashes of the lower-cased words, sorted and indexed.
    private(set) var index: SortedKeyIndex
    /// Class bits of each word.
    var classes: [UInt8]
    /// Hashes of the lower-cased words, sorted.
    var keys: [UInt64] { index.keys }

    /// No words: every look-up answers 0.
    public static let empty = EntityWordTable(keys: [], classes: [])

    init(keys: [UInt64], classes: [UInt8]) {
        self.index = SortedKeyIndex(keys)
        self.classes = classes
    }

    /// Creates a table from words and their bits (duplicates merge their bits; words with no bits are left out).
    /// - Parameter words: Words (any case) with their bits.
    public init(words: [(word: String, classes: UInt8)]) {
        var table: [UInt64: UInt8] = [:]
        for (word, bits) in words where !word.isEmpty && bits != 0 {
            table[EntityWordTraits.lowerHash(word), default: 0] |= bits
        }
        let sorted = table.keys.sorted()
        self.init(keys: sorted, classes: sorted.map { table[$0] ?? 0 })
    }

    /// Reads WordNet's single words and their classes from `classes.tsv` in `directory` (`word<TAB>letters`, as
    /// written by `Scripts/build_wordnet.py`; the letters are n, v, a/s, r).
    /// - Parameter directory: The folder of `classes.tsv` (`Data/wordnet`).
    /// - Throws: `SyntaxError.unreadable` or `.malformedLine` naming the file.
    public init(wordNetDirectory directory: URL) throws {
        let rows = try TextLines.rows(path: directory.appendingPathComponent("classes.tsv").path, columns: 2,
                                      expected: "word<TAB>classes")
        let words = rows.map { (word: String($0.fields[0]), classes: WordClasses.bits($0.fields[1])) }
        self.init(words: words)
    }

    /// Number of words.
    public var count: Int { keys.count }

    /// The class bits of the word whose lower-cased hash is `lower` (0 when unknown).
    /// - Complexity: O(log words), no allocation.
    @inline(__always)
    func classes(ofLower lower: UInt64) -> UInt8 {
        index.index(of: lower).map { classes[$0] } ?? 0
    }

    /// A word's look-up code: its class bits, or those of its stem without a final `s` plus 16 ("hamsters"),
    /// or 0 when neither is known.
    func code(of traits: EntityWordTraits) -> UInt64 {
        let own = classes(ofLower: traits.lower)
        if own != 0 { return UInt64(own) }
        if traits.endsInS {
            let stem = classes(ofLower: traits.lowerWithoutLast)
            if stem != 0 { return UInt64(stem) | 16 }
        }
        return 0
    }
}
