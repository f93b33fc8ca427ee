import Foundation

/// Lists of known names (persons, organisations, places) matched against sentences, longest match first.
///
/// Names are kept as hashes of their lower-cased word sequences (words split at spaces and hyphens, a trailing
/// comma or possessive `'s` split off, as Universal Dependencies tokenises), so the gazetteer is compact, can be
/// stored inside the recogniser's model file and is matched without building strings.
public struct EntityGazetteer: Sendable, Equatable {
    /// Hashes of every word sequence that begins some name (the names themselves included), sorted and indexed.
    private(set) var prefixIndex: SortedKeyIndex
    /// Hashes of the names, sorted and indexed.
    private(set) var phraseIndex: SortedKeyIndex
    /// Hashes of every word sequence that begins some name (the names themselves included), sorted.
    var prefixes: [UInt64] { prefixIndex.keys }
    /// Hashes of the names, sorted.
    var phrases: [UInt64] { phraseIndex.keys }
    /// For each name, the entity types it is listed under (bit `EntityLabels.typeIndex(type)`).
    var phraseTypes: [UInt8]
    /// The longest name, in words.
    var maxLength: Int
    /// Single words of persons' names: bit 1 a given name (first word), bit 2 a surname (last word).
    var nameParts: EntityWordTable = .empty

    static let seed: UInt64 = 0x6a09_e667_f3bc_c908

    /// Creates a gazetteer from names and their types.
    /// - Parameter entries: Names as written ("Durham University") with their types; case does not matter.
    public init(entries: [(phrase: String, type: EntitySpan.EntityType)]) {
        var prefixSet = Set<UInt64>()
        var types: [UInt64: UInt8] = [:]
        var longest = 0
        for (phrase, type) in entries {
            let words = Self.words(of: phrase)
            guard !words.isEmpty else { continue }
            var hash = Self.seed
            for word in words {
                hash = Self.extend(hash, EntityWordTraits.lowerHash(word))
                prefixSet.insert(hash)
            }
            types[hash, default: 0] |= 1 << UInt8(EntityLabels.typeIndex(type))
            longest = max(longest, words.count)
        }
        prefixIndex = SortedKeyIndex(prefixSet.sorted())
        let sortedPhrases = types.keys.sorted()
        phraseIndex = SortedKeyIndex(sortedPhrases)
        phraseTypes = sortedPhrases.map { types[$0] ?? 0 }
        maxLength = longest
    }

    init(
        prefixes: [UInt64], phrases: [UInt64], phraseTypes: [UInt8], maxLength: Int,
        nameParts: EntityWordTable = .empty
    ) {
        self.prefixIndex = SortedKeyIndex(prefixes)
        self.phraseIndex = SortedKeyIndex(phrases)
        self.phraseTypes = phraseTypes
        self.maxLength = maxLength
        self.nameParts = nameParts
    }

    /// The given names and surnames of persons' names of two words or more, skipping initials ("A.", "F") and
    /// lower-case particles ("bin", "de"): the first remaining word is a given name, the last a surname.
    /// - Parameter names: Persons' names as written.
    /// - Returns: A table with bit 1 for given names and bit 2 for surnames.
    public static func nameParts(of names: [String]) -> EntityWordTable {
        var parts: [(word: String, classes: UInt8)] = []
        for name in names {
            let words = Self.words(of: name).filter { word in
                word.count > 1 && !word.contains(".") && word.first?.isUppercase == true
                    && word.contains { $0.isLowercase }
            }
            guard words.count >= 2, let first = words.first, let last = words.last else { continue }
            parts.append((String(first), 1))
            parts.append((String(last), 2))
        }
        return EntityWordTable(words: parts)
    }

    /// Number of distinct names.
    public var count: Int { phrases.count }

    /// The words of a name as the tokeniser would split them.
    static func words(of phrase: String) -> [Substring] {
        var words: [Substring] = []
        for piece in phrase.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            var rest = piece[...]
            while let hyphen = rest.firstIndex(of: "-"), rest.count > 1 {
                if hyphen > rest.startIndex { words.append(rest[rest.startIndex..<hyphen]) }
                words.append(rest[hyphen...hyphen])
                rest = rest[rest.index(after: hyphen)...]
            }
            var trailing: [Substring] = []
            if rest.hasSuffix(","), rest.count > 1 {
                trailing.append(rest.suffix(1))
                rest = rest.dropLast()
            }
            if rest.hasSuffix("'s"), rest.count > 2 {
                trailing.insert(rest.suffix(2), at: 0)
                rest = rest.dropLast(2)
            }
            if !rest.isEmpty { words.append(rest) }
            words.append(contentsOf: trailing)
        }
        return words
    }

    @inline(__always)
    static func extend(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = FeatureHash.mix(hash ^ word)
        return mixed == 0 ? 1 : mixed
    }

    /// Marks, for every word and type, where the word sits in the longest name of that type covering it.
    ///
    /// Names of each type are matched greedily left to right, longest first; `codes[word * 3 + type]` becomes 0
    /// (no name), 1 (begins a name), 2 (inside), 3 (ends) or 4 (a one-word name).
    /// - Complexity: O(words · longest name · log names), no allocation.
    func mark(lowerHashes: [UInt64], codes: inout [UInt8]) {
        let count = lowerHashes.count
        for index in codes.indices { codes[index] = 0 }
        guard maxLength > 0 else { return }
        var next = (0, 0, 0)
        for start in 0..<count {
            if start < next.0 && start < next.1 && start < next.2 { continue }
            var longest = (0, 0, 0)
            var hash = Self.seed
            for end in start..<min(count, start + maxLength) {
                hash = Self.extend(hash, lowerHashes[end])
                guard prefixIndex.index(of: hash) != nil else { break }
                if let found = phraseIndex.index(of: hash) {
                    let types = phraseTypes[found]
                    if types & 1 != 0 { longest.0 = end - start + 1 }
                    if types & 2 != 0 { longest.1 = end - start + 1 }
                    if types & 4 != 0 { longest.2 = end - start + 1 }
                }
            }
            if start >= next.0, longest.0 > 0 { Self.fill(&codes, start, longest.0, 0); next.0 = start + longest.0 }
            if start >= next.1, longest.1 > 0 { Self.fill(&codes, start, longest.1, 1); next.1 = start + longest.1 }
            if start >= next.2, longest.2 > 0 { Self.fill(&codes, start, longest.2, 2); next.2 = start + longest.2 }
        }
    }

    private static func fill(_ codes: inout [UInt8], _ start: Int, _ length: Int, _ type: Int) {
        if length == 1 {
            codes[start * 3 + type] = 4
            return
        }
        codes[start * 3 + type] = 1
        for index in (start + 1)..<(start + length - 1) { codes[index * 3 + type] = 2 }
        codes[(start + length - 1) * 3 + type] = 3
    }

    /// The longest names of each type found in `words`, ordered by start then type.
    /// - Parameter words: Word forms.
    /// - Returns: One span per match; matches of different types may overlap.
    public func matches(_ words: [String]) -> [EntitySpan] {
        var codes = [UInt8](repeating: 0, count: words.count * 3)
        mark(lowerHashes: words.map { EntityWordTraits.lowerHash($0) }, codes: &codes)
        var spans: [EntitySpan] = []
        for start in words.indices {
            for type in EntitySpan.EntityType.allCases {
                let typeIndex = EntityLabels.typeIndex(type)
                let code = codes[start * 3 + typeIndex]
                guard code == 1 || code == 4 else { continue }
                var end = start + 1
                while code == 1, end < words.count, codes[end * 3 + typeIndex] == 2 { end += 1 }
                if code == 1 { end += 1 }
                spans.append(EntitySpan(type: type, start: start, end: min(end, words.count)))
            }
        }
        return spans
    }
}
