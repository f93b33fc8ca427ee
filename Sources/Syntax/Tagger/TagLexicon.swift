/// The universal parts of speech each word took in training (its ambiguity class), as tagger features.
///
/// Looked up by the lower-cased word, so "JOB" and "job" share the class of "job" and the tagger can see that
/// the next word is usually a verb or a noun before it has tagged it. A word's class is the set of UPOS tags
/// that made up at least 5% of its training occurrences; words seen once have none. While training, each
/// occurrence sees the class learnt from the other occurrences (leave one out).
public struct TagLexicon: Sendable, Equatable {
    /// The Universal Dependencies UPOS tags in bit order; any other tag is bit 17.
    static let universalTags = [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ",
        "SYM", "VERB", "X",
    ]

    /// UPOS bit sets by hash of the lower-cased word.
    let classes: [UInt64: UInt32]
    /// The same as an open-addressing table (linear probing, at most half full, key 0 = empty) looked up by the
    /// word hash itself: one probe per word instead of a `Dictionary`'s re-hash.
    private let slotKeys: [UInt64]
    private let slotClasses: [UInt32]

    /// No words: every class is 0.
    public static let empty = TagLexicon(classes: [:])

    init(classes: [UInt64: UInt32]) {
        self.classes = classes
        var capacity = 16
        while capacity < classes.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [UInt32](repeating: 0, count: capacity)
        for (key, value) in classes.sorted(by: { $0.key < $1.key }) where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & (capacity - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            values[slot] = value
        }
        slotKeys = keys
        slotClasses = values
    }

    public static func == (lhs: TagLexicon, rhs: TagLexicon) -> Bool { lhs.classes == rhs.classes }

    /// The ambiguity class of the word whose lower-cased form hashes to `lower`; 0 when the word is unknown.
    @inline(__always)
    func ambiguityClass(ofLower lower: UInt64) -> UInt64 {
        let mask = slotKeys.count - 1
        var slot = Int(truncatingIfNeeded: lower) & mask
        while true {
            let key = slotKeys[slot]
            if key == lower { return UInt64(slotClasses[slot]) }
            if key == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }

    /// Learns the classes from `sentences` (gold `upos`).
    public static func learn(from sentences: [[SyntaxWord]]) -> TagLexicon {
        let counts = Counts(sentences)
        var classes: [UInt64: UInt32] = [:]
        for (lower, tagCounts) in counts.byWord {
            if let set = Counts.set(tagCounts) { classes[FeatureHash.of(lower)] = set }
        }
        return TagLexicon(classes: classes)
    }

    /// Per-word tag counts of a training set, for the classes and for their leave-one-out versions.
    struct Counts {
        /// Words seen fewer times have no class.
        static let minimumCount = 2
        /// Tags making up a smaller share of a word's occurrences are left out of its class.
        static let minimumShare = 0.05

        static let bits: [String: Int] = Dictionary(
            uniqueKeysWithValues: universalTags.enumerated().map { ($0.element, $0.offset) }
        )

        /// Tag counts (18 bins) by lower-cased word.
        let byWord: [String: [Int]]

        init(_ sentences: [[SyntaxWord]]) {
            var counts: [String: [Int]] = [:]
            for word in sentences.joined() {
                counts[word.form.lowercased(), default: [Int](repeating: 0, count: 18)][Self.bits[word.upos] ?? 17] += 1
            }
            byWord = counts
        }

        /// The class of a word with these tag counts, `nil` when it was seen too rarely.
        static func set(_ tagCounts: [Int]) -> UInt32? {
            let total = tagCounts.reduce(0, +)
            guard total >= minimumCount else { return nil }
            var set: UInt32 = 0
            for (index, count) in tagCounts.enumerated() where count > 0 && Double(count) >= minimumShare * Double(total) {
                set |= 1 << UInt32(index)
            }
            return set
        }

        /// The class `word` would have if this occurrence were not in the training data, so that training sees
        /// classes as incomplete as those of rare words at run time.
        func classLeavingOut(_ word: SyntaxWord) -> UInt64 {
            guard var tagCounts = byWord[word.form.lowercased()] else { return 0 }
            tagCounts[Self.bits[word.upos] ?? 17] -= 1
            return UInt64(Self.set(tagCounts) ?? 0)
        }
    }
}

extension TagLexicon {
    /// Appends the table to `archive` (sorted by key, so the bytes are deterministic).
    func store(in archive: inout ModelArchive) {
        let entries = classes.sorted { $0.key < $1.key }
        archive.append(section: "taglexicon.words", bytes: ByteWriter.array(entries.map(\.key)))
        archive.append(section: "taglexicon.classes", bytes: ByteWriter.array(entries.map(\.value)))
    }

    /// Reads the table stored by `store(in:)`.
    /// - Throws: `SyntaxError.corruptModel` naming `path`.
    init(archive: ModelArchive, path: String) throws {
        guard let words = try archive.array("taglexicon.words", as: UInt64.self, in: path),
            let sets = try archive.array("taglexicon.classes", as: UInt32.self, in: path),
            words.count == sets.count
        else { throw SyntaxError.corruptModel(path: path, reason: "tag lexicon tables disagree in length") }
        var classes: [UInt64: UInt32] = [:]
        classes.reserveCapacity(words.count)
        for (word, set) in zip(words, sets) { classes[word] = set }
        self.init(classes: classes)
    }
}
