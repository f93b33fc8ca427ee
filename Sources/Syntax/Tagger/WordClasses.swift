import Foundation

/// WordNet's parts of speech for single words, and its irregular inflections, as tagger features.
///
/// A word the treebank never showed still has a likely class: "defenestrate" is only a verb in WordNet,
/// "ambassadors" is the plural of a noun. `signature(of:)` packs, for a lower-cased word, the classes of the
/// word itself and of the stems its inflectional endings point to (-s, -ed, -ing, -ly, irregular forms).
/// Source: WordNet 3.0 (Princeton University; licence in `Data/wordnet/LICENSE-WordNet.txt`), extracted by
/// `Scripts/build_wordnet.py`.
public struct WordClasses: Sendable {
    /// Class bits by word hash: 1 noun, 2 verb, 4 adjective, 8 adverb.
    let classes: HashKeyTable<UInt8>
    /// Irregular forms: hash of the form → class bits of the base it inflects.
    let irregular: HashKeyTable<UInt8>
    /// Irregular forms: (form, class letter) → base form.
    let bases: [String: String]

    /// No classes: every signature is 0.
    public static let empty = WordClasses(classes: [:], irregular: [:], bases: [:])

    init(classes: [UInt64: UInt8], irregular: [UInt64: UInt8], bases: [String: String]) {
        self.init(classes: HashKeyTable(classes), irregular: HashKeyTable(irregular), bases: bases)
    }

    init(classes: HashKeyTable<UInt8>, irregular: HashKeyTable<UInt8>, bases: [String: String]) {
        self.classes = classes
        self.irregular = irregular
        self.bases = bases
    }

    static func bits(_ letters: Substring) -> UInt8 {
        var value: UInt8 = 0
        for letter in letters {
            switch letter {
            case "n": value |= 1
            case "v": value |= 2
            case "a", "s": value |= 4
            case "r": value |= 8
            default: continue
            }
        }
        return value
    }

    /// Reads `classes.tsv` and `exceptions.tsv` from `directory`.
    /// - Throws: `SyntaxError.unreadable` or `.malformedLine` naming the file.
    public init(directory: URL) throws {
        var classes: [UInt64: UInt8] = [:]
        for row in try TextLines.rows(path: directory.appendingPathComponent("classes.tsv").path, columns: 2,
                                      expected: "word<TAB>classes")
        {
            classes[FeatureHash.of(String(row.fields[0]))] = Self.bits(row.fields[1])
        }
        var irregular: [UInt64: UInt8] = [:]
        var bases: [String: String] = [:]
        for row in try TextLines.rows(path: directory.appendingPathComponent("exceptions.tsv").path, columns: 3,
                                      expected: "form<TAB>class<TAB>base")
        {
            irregular[FeatureHash.of(String(row.fields[0])), default: 0] |= Self.bits(row.fields[1])
            bases["\(row.fields[0])\t\(row.fields[1])"] = String(row.fields[2])
        }
        self.init(classes: classes, irregular: irregular, bases: bases)
    }

    /// The base form WordNet lists for an irregular `form` of class `letter` (n, v, a, r).
    public func irregularBase(_ form: String, letter: Character) -> String? { bases["\(form)\t\(letter)"] }

    /// Whether WordNet knows `word` (lower-cased) as a word of any class.
    public func contains(_ word: String) -> Bool { classes[FeatureHash.of(word)] != nil }

    /// Whether WordNet lists `word` (lower case) as a verb.
    public func isVerb(_ word: String) -> Bool { (classes[FeatureHash.of(word)] ?? 0) & 2 != 0 }

    /// Packed class bits of `lower` and of the stems its endings point to; 0 when WordNet knows none.
    public func signature(of lower: String) -> UInt64 {
        var text = lower
        return text.withUTF8 { signature(lowerBytes: $0) }
    }

    /// `signature(of:)` over the UTF-8 bytes of a lower-cased word, without building strings: every stem is
    /// hashed by continuing the hash of a prefix.
    public func signature(lowerBytes word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard !classes.isEmpty, !word.isEmpty else { return 0 }
        let count = word.count
        func prefix(_ length: Int) -> UInt64 { FeatureHash.of(bytes: word[0..<length]) }
        func look(_ hash: UInt64) -> UInt64 { UInt64(classes[hash] ?? 0) }
        func ends(_ ending: StaticString) -> Bool {
            let length = ending.utf8CodeUnitCount
            guard count >= length else { return false }
            return ending.withUTF8Buffer { suffix in
                (0..<length).allSatisfy { word[count - length + $0] == suffix[$0] }
            }
        }
        let e = UInt8(ascii: "e")
        let y = UInt8(ascii: "y")
        let whole = prefix(count)
        var value = look(whole)
        value |= UInt64(irregular[whole] ?? 0) << 4
        if ends("s"), count > 3 {
            var stem = look(prefix(count - 1))
            if ends("es") { stem |= look(prefix(count - 2)) }
            if ends("ies") { stem |= look(FeatureHash.continued(prefix(count - 3), ascii: y)) }
            value |= stem << 8
        }
        for (length, shift, isED) in [(2, 12, true), (3, 16, false)]
        where (isED ? ends("ed") : ends("ing")) && count > length + 2 {
            let stemLength = count - length
            let stem = prefix(stemLength)
            var found = look(stem) | look(FeatureHash.continued(stem, ascii: e))
            if word[stemLength - 1] == word[stemLength - 2] { found |= look(prefix(stemLength - 1)) }
            if isED, word[stemLength - 1] == UInt8(ascii: "i") {
                found |= look(FeatureHash.continued(prefix(stemLength - 1), ascii: y))
            }
            value |= found << UInt64(shift)
        }
        if ends("ly"), count > 4 { value |= look(prefix(count - 2)) << 20 }
        if ends("er") || ends("est"), count > 4 {
            let stem = prefix(ends("er") ? count - 2 : count - 3)
            value |= (look(stem) | look(FeatureHash.continued(stem, ascii: e))) << 24
        }
        return value
    }
}

extension WordClasses {
    /// Appends the tables to `archive`.
    public func store(in archive: inout ModelArchive) {
        let entries = classes.sortedEntries
        archive.append(section: "wordnet.keys", bytes: ByteWriter.array(entries.map(\.key)))
        archive.append(section: "wordnet.bits", bytes: entries.map(\.value))
        let irregularEntries = irregular.sortedEntries
        archive.append(section: "wordnet.irregular.keys", bytes: ByteWriter.array(irregularEntries.map(\.key)))
        archive.append(section: "wordnet.irregular.bits", bytes: irregularEntries.map(\.value))
        let baseEntries = bases.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)" }
        archive.append(section: "wordnet.bases", bytes: Array(baseEntries.joined(separator: "\n").utf8))
    }

    /// Reads the tables stored by `store(in:)`.
    /// - Throws: `SyntaxError.corruptModel` naming `path`.
    public init(archive: ModelArchive, path: String) throws {
        guard let keys = try archive.array("wordnet.keys", as: UInt64.self, in: path),
            let irregularKeys = try archive.array("wordnet.irregular.keys", as: UInt64.self, in: path)
        else { throw SyntaxError.corruptModel(path: path, reason: "word class tables are unreadable") }
        let bits = try archive.section("wordnet.bits", in: path)
        let irregularBits = try archive.section("wordnet.irregular.bits", in: path)
        guard keys.count == bits.count, irregularKeys.count == irregularBits.count,
            let baseText = String(validating: try archive.section("wordnet.bases", in: path), as: UTF8.self)
        else { throw SyntaxError.corruptModel(path: path, reason: "word class tables disagree in length") }
        let classes = HashKeyTable(keys: keys, values: Array(bits))
        let irregular = HashKeyTable(keys: irregularKeys, values: Array(irregularBits))
        var bases: [String: String] = [:]
        if baseText.utf8.contains(0x0D) {
            for line in baseText.split(separator: "\n") {
                let parts = line.split(separator: "\t")
                if parts.count == 3 { bases["\(parts[0])\t\(parts[1])"] = String(parts[2]) }
            }
        } else {
            // Line feeds and tabs are characters of their own (no carriage return here), so splitting the bytes
            // gives the same lines and fields as splitting the characters, without grapheme breaking.
            for line in baseText.utf8.split(separator: 0x0A) {
                let parts = line.split(separator: 0x09)
                if parts.count == 3 {
                    bases["\(Substring(parts[0]))\t\(Substring(parts[1]))"] = String(Substring(parts[2]))
                }
            }
        }
        self.init(classes: classes, irregular: irregular, bases: bases)
    }
}
