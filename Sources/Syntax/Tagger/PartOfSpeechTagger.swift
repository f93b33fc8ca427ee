import Foundation

/// A greedy left-to-right part-of-speech tagger that assigns UPOS and Penn Treebank XPOS together.
///
/// The classes are the (UPOS, XPOS) pairs seen in training; an averaged perceptron scores them from the word's
/// form, affixes and shape, its neighbours (±2) and the two previous predicted tags. Frequent words that always
/// carried one tag in training take it straight from the tag dictionary.
public struct PartOfSpeechTagger: Sendable {
    /// Class names, "UPOS XPOS".
    public let tags: [String]
    let upos: [String]
    let xpos: [String]
    let model: LinearModel
    /// `model` laid out for fast scoring.
    let scorer: PackedScorer
    /// Tags of frequent unambiguous words, by hash of the form.
    let tagDictionary: HashKeyTable<UInt16>
    /// WordNet classes used as features (and by the lemmatiser).
    public let wordClasses: WordClasses
    /// The tags words took in training, as features.
    let lexicon: TagLexicon
    /// Brown clusters as features (`empty` for a tagger trained without them).
    let clusters: WordClusters

    static let kind = "tagger"

    init(
        tags: [String], model: LinearModel, tagDictionary: [UInt64: Int], wordClasses: WordClasses, lexicon: TagLexicon,
        clusters: WordClusters
    ) {
        self.init(
            tags: tags, model: model, tagDictionary: HashKeyTable(tagDictionary.mapValues { UInt16(truncatingIfNeeded: $0) }),
            wordClasses: wordClasses, lexicon: lexicon, clusters: clusters)
    }

    init(
        tags: [String], model: LinearModel, tagDictionary: HashKeyTable<UInt16>, wordClasses: WordClasses,
        lexicon: TagLexicon, clusters: WordClusters
    ) {
        self.wordClasses = wordClasses
        self.lexicon = lexicon
        self.clusters = clusters
        self.tags = tags
        self.upos = tags.map { String($0.split(separator: " ").first ?? "_") }
        self.xpos = tags.map { String($0.split(separator: " ").last ?? "_") }
        self.model = model
        self.scorer = PackedScorer(model)
        self.tagDictionary = tagDictionary
    }

    /// Reads a tagger from a model archive of kind `tagger`; `clusters` is the table it was trained with, if any.
    /// - Throws: `SyntaxError.corruptModel` naming `path`, also when the tagger was trained with other clusters.
    public init(archive: ModelArchive, path: String, clusters: WordClusters = .empty) throws {
        let tags = try archive.labelList("tags", in: path)
        let model = try LinearModel(archive: archive, prefix: "tagger", path: path)
        guard model.classCount == tags.count else {
            throw SyntaxError.corruptModel(path: path, reason: "tagger: \(tags.count) tags for \(model.classCount) classes")
        }
        guard let words = try archive.array("tagdict.words", as: UInt64.self, in: path),
            let classes = try archive.array("tagdict.tags", as: UInt16.self, in: path),
            words.count == classes.count, classes.allSatisfy({ Int($0) < tags.count })
        else { throw SyntaxError.corruptModel(path: path, reason: "tag dictionary is inconsistent") }
        self.init(
            tags: tags, model: model, tagDictionary: HashKeyTable(keys: words, values: classes),
            wordClasses: try WordClasses(archive: archive, path: path), lexicon: try TagLexicon(archive: archive, path: path),
            clusters: try clusters.matching(archive, path: path)
        )
    }

    /// The tagger as a model archive (kind `tagger`) with `metadata`.
    public func archive(metadata: [String: String]) -> ModelArchive {
        var archive = ModelArchive(kind: Self.kind, metadata: metadata, labels: ["tags": tags])
        model.store(in: &archive, prefix: "tagger")
        let entries = tagDictionary.sortedEntries
        archive.append(section: "tagdict.words", bytes: ByteWriter.array(entries.map(\.key)))
        archive.append(section: "tagdict.tags", bytes: ByteWriter.array(entries.map(\.value)))
        wordClasses.store(in: &archive)
        lexicon.store(in: &archive)
        clusters.record(in: &archive)
        return archive
    }

    /// Whether `form` is made only of emoji, pictographs and their joiners/modifiers (no letter, digit or ASCII).
    static func isPictograph(_ form: String) -> Bool {
        var sawPictograph = false
        for scalar in form.unicodeScalars {
            if scalar.isASCII { return false }
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil { return false }
            if properties.isEmojiPresentation || (properties.isEmoji && scalar.value > 0xFF) { sawPictograph = true }
        }
        return sawPictograph
    }

    /// Sets `upos` and `xpos` of every word.
    /// - Complexity: O(words · features).
    public func tag(_ words: inout [SyntaxWord]) {
        let context = words.map { WordFeatures($0.form, wordClasses: wordClasses, lexicon: lexicon, clusters: clusters) }
        let useClusters = !clusters.isEmpty
        var scores = [Int32](repeating: 0, count: tags.count)
        var features: [UInt64] = []
        features.reserveCapacity(40)
        var previous = (-1, -1)
        for index in words.indices {
            let tag: Int
            if let known = tagDictionary[context[index].form] {
                tag = Int(known)
            } else {
                TaggerFeatures.collect(context, at: index, previous: previous, clusters: useClusters, into: &features)
                tag = scorer.predict(features, scores: &scores)
            }
            words[index].upos = upos[tag]
            words[index].xpos = xpos[tag]
            // Emoji and other pictographs are symbols (UD English: SYM / NFP), whatever the model guessed.
            if Self.isPictograph(words[index].form) {
                words[index].upos = "SYM"
                words[index].xpos = "NFP"
            }
            previous = (previous.1, tag)
        }
    }
}

/// The tagger's feature templates, shared by training and tagging.
enum TaggerFeatures {
    static func tagHash(_ tag: Int) -> UInt64 { UInt64(bitPattern: Int64(tag)) &+ 0x5151 }

    /// Writes the features of word `index` into `features`; `clusters` adds the Brown-cluster templates.
    static func collect(
        _ words: [WordFeatures], at index: Int, previous: (Int, Int), clusters: Bool,
        into features: inout [UInt64]
    ) {
        features.removeAll(keepingCapacity: true)
        func word(_ offset: Int) -> WordFeatures {
            let position = index + offset
            return position >= 0 && position < words.count ? words[position] : .boundary
        }
        let w = words[index]
        let p1 = tagHash(previous.1)
        let p2 = tagHash(previous.0)
        func f(_ t: UInt64, _ a: UInt64, _ b: UInt64 = 0) -> UInt64 { FeatureHash.feature(t, a, b) }
        features.append(f(1, 1))
        features.append(f(2, w.lower))
        features.append(f(3, w.form))
        features.append(f(4, w.suffix.0))
        features.append(f(5, w.suffix.1))
        features.append(f(6, w.suffix.2))
        features.append(f(7, w.suffix.3))
        features.append(f(8, w.prefix.0))
        features.append(f(9, w.prefix.1))
        features.append(f(10, w.prefix.2))
        features.append(f(11, w.shape))
        features.append(f(12, w.flags &+ 1, index == 0 ? 2 : 3))
        features.append(f(13, p1))
        features.append(f(14, p2, p1))
        features.append(f(15, p1, w.lower))
        features.append(f(16, p1, w.suffix.2))
        let before = word(-1)
        let before2 = word(-2)
        let after = word(1)
        let after2 = word(2)
        features.append(f(17, before.lower))
        features.append(f(18, before.suffix.2))
        features.append(f(19, before2.lower))
        features.append(f(20, after.lower))
        features.append(f(21, after.suffix.2))
        features.append(f(22, after2.lower))
        features.append(f(23, before.lower, w.lower))
        features.append(f(24, w.lower, after.lower))
        features.append(f(25, after.shape))
        features.append(f(26, before.shape, w.shape))
        features.append(f(27, p1, after.lower))
        features.append(f(28, after.suffix.1, w.suffix.2))
        let signature = w.classes
        features.append(f(40, signature & 0xF))
        features.append(f(41, signature &+ 1))
        features.append(f(42, signature &+ 1, w.suffix.1))
        features.append(f(43, signature &+ 1, p1))
        features.append(f(44, signature &+ 1, w.flags &+ 1))
        let nextSignature = index + 1 < words.count ? words[index + 1].classes : 0xFFFF_FFFF
        features.append(f(45, nextSignature &+ 1))
        let a0 = w.ambiguity &+ 1, a1 = after.ambiguity &+ 1, a2 = after2.ambiguity &+ 1
        features.append(f(50, a0))
        features.append(f(51, a0, p1))
        features.append(f(52, a1))
        features.append(f(53, a0, a1))
        features.append(f(54, a1, a2))
        features.append(f(55, a1, w.lower))
        features.append(f(56, a0, w.suffix.2))
        guard clusters else { return }
        // Brown clusters: prefixes of the word's, the whole paths of its neighbours', with the previous tag.
        let c = w.cluster
        features.append(f(60, c.prefix4))
        features.append(f(61, c.prefix6))
        features.append(f(62, c.prefix10))
        features.append(f(63, c.full))
        features.append(f(70, p1, c.full))
        features.append(f(71, c.full, w.suffix.1))
    }
}
