import Foundation

/// Finds named entities (PER, ORG, LOC in the Universal NER sense) in tagged sentences.
///
/// Words are tagged greedily left to right with BILOU classes by a linear model over spelling, context,
/// part-of-speech and gazetteer features; each class is chosen among those that can follow the previous one, so the
/// output always decodes to well-formed, non-overlapping spans. In a sentence written in title case ("Great Place To
/// Stay !"), a phrase of common words is not a name (`EntityFeatures.isHeadingPhrase`), and a name written with
/// capitals neither begins nor ends with words written in lower case nor begins with a person's title
/// (`withoutTrailingLowercase`, `withoutLeadingWords`); a name the gazetteer lists as an organisation only is an
/// organisation. The model and its gazetteer live in one `ModelArchive` of kind `entities`; nothing else is needed
/// at run time.
public struct EntityRecognizer: Sendable {
    /// The archive kind of recogniser models.
    public static let kind = "entities"

    let model: LinearModel
    /// `model` laid out for fast scoring.
    let scorer: PackedScorer
    let gazetteer: EntityGazetteer
    let commonWords: EntityWordTable
    /// Brown clusters as features (`empty` for a recogniser trained without them).
    let clusters: WordClusters
    /// Provenance stored with the model (training data, iterations, seed, …).
    public let metadata: [String: String]

    init(
        model: LinearModel, gazetteer: EntityGazetteer, commonWords: EntityWordTable = .empty,
        clusters: WordClusters = .empty, metadata: [String: String] = [:]
    ) {
        self.model = model
        self.scorer = PackedScorer(model)
        self.gazetteer = gazetteer
        self.commonWords = commonWords
        self.clusters = clusters
        self.metadata = metadata
    }

    /// Loads a recogniser from an archive of kind `entities`.
    /// - Parameters:
    ///   - archive: The decoded model file.
    ///   - path: The model file, named in errors.
    ///   - clusters: The Brown clusters the recogniser was trained with, if any.
    /// - Throws: `SyntaxError.corruptModel` when the archive is not a recogniser, its tables are inconsistent or it
    ///   was trained with other clusters.
    public init(archive: ModelArchive, path: String, clusters: WordClusters = .empty) throws {
        guard archive.kind == Self.kind else {
            throw SyntaxError.corruptModel(path: path, reason: "holds a \(archive.kind) model, expected \(Self.kind)")
        }
        guard try archive.labelList("entities.classes", in: path) == EntityLabels.names else {
            throw SyntaxError.corruptModel(path: path, reason: "entity classes differ from this build's")
        }
        let model = try LinearModel(archive: archive, prefix: "entities.model", path: path)
        guard model.classCount == EntityLabels.count else {
            throw SyntaxError.corruptModel(path: path, reason: "the model scores \(model.classCount) classes")
        }
        self.model = model
        self.scorer = PackedScorer(model)
        self.gazetteer = try EntityGazetteer(archive: archive, prefix: "entities.gazetteer", path: path)
        self.commonWords = try EntityWordTable(archive: archive, prefix: "entities.common", path: path)
        self.clusters = try clusters.matching(archive, path: path)
        self.metadata = archive.metadata.filter { !$0.key.hasPrefix("entities.") }
    }

    /// Loads the recogniser stored in the file at `url`, with the Brown clusters it was trained with, if any.
    /// - Throws: `SyntaxError.modelNotFound` or `.corruptModel`.
    public init(contentsOf url: URL, clusters: WordClusters = .empty) throws {
        try self.init(archive: ModelArchive.read(from: url, kind: Self.kind), path: url.path, clusters: clusters)
    }

    /// The recogniser as a model archive, with `metadata` (merged over the stored provenance) as its metadata.
    /// - Parameter metadata: Provenance to record (training files, scores, …).
    /// - Returns: An archive of kind `entities`; the same recogniser and metadata always give the same bytes.
    public func archive(metadata: [String: String]) -> ModelArchive {
        var archive = ModelArchive(
            kind: Self.kind, metadata: self.metadata.merging(metadata) { $1 },
            labels: ["entities.classes": EntityLabels.names]
        )
        model.store(in: &archive, prefix: "entities.model")
        gazetteer.store(in: &archive, prefix: "entities.gazetteer")
        if commonWords.count > 0 { commonWords.store(in: &archive, prefix: "entities.common") }
        archive.metadata[WordClusters.metadataKey] = nil
        clusters.record(in: &archive)
        return archive
    }

    /// Number of names in the recogniser's gazetteer.
    public var gazetteerCount: Int { gazetteer.count }

    /// Number of features with at least one weight.
    public var featureCount: Int { model.featureCount }

    /// The named entities of one sentence.
    /// - Parameter words: The sentence's words; `form`, `upos` and `xpos` are used (tags may be `_`).
    /// - Returns: Non-overlapping spans in order of start.
    /// - Complexity: O(words · features); buffers are allocated once per call, not per word.
    public func recognize(_ words: [SyntaxWord]) -> [EntitySpan] {
        guard !words.isEmpty else { return [] }
        var features = EntityFeatures()
        features.load(words, gazetteer: gazetteer, commonWords: commonWords, wordClusters: clusters)
        var buffer: [UInt64] = []
        buffer.reserveCapacity(96)
        var scores = [Int32](repeating: 0, count: model.classCount)
        var classes = [Int](repeating: 0, count: words.count)
        var prev1 = EntityLabels.start
        var prev2 = EntityLabels.start
        for index in words.indices {
            features.extract(index, prev1: prev1, prev2: prev2, into: &buffer)
            let mask = EntityLabels.masks[prev1 * 2 + (index == words.count - 1 ? 1 : 0)]
            let label = scorer.predict(buffer, scores: &scores, allowed: mask)
            classes[index] = label
            prev2 = prev1
            prev1 = label
        }
        return EntityLabels.spans(from: classes)
            .filter { !features.isHeadingPhrase($0.start..<$0.end) }
            .map { Self.withoutLeadingWords(Self.withoutTrailingLowercase($0, words), words) }
            .map { span in
                // A name the gazetteer lists as an organisation only is one, whatever its context suggests ("Hamas
                // 's position", "with Hamas"): the organisations come from the actor lexicon (parties, armed
                // groups, international bodies, agencies). Its persons and places are not trusted so: GeoNames'
                // cities share names with persons ("Victoria", "Austin").
                guard features.gazetteerType(of: span.start..<span.end) == .organization else { return span }
                return EntitySpan(type: .organization, start: span.start, end: span.end)
            }
    }

    /// Lower-case particles that begin names ("*bin* Laden", "*de* Gaulle", "*van* Gogh").
    static let nameParticles: Set<String> = [
        "al", "el", "bin", "ibn", "abu", "de", "da", "di", "du", "del", "della", "dos", "das", "van", "von", "le",
        "la", "der", "den", "ter",
    ]

    /// Titles and offices written before a person's name, which Universal NER leaves out of it ("Dr *Joseph*",
    /// "PM *Allawi*"). Royal and religious titles, often part of the name ("King Abdullah", "Sheikh Ahmed
    /// Yassin"), are not among them.
    static let personTitles: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "president", "vice",
        "prime", "minister", "pm", "senator", "sen.", "governor", "gov.", "mayor", "general", "gen.", "judge",
        "secretary", "ambassador", "chairman", "director", "chief", "captain", "rev.",
    ]

    /// `span` without the words at its start that are not part of a name written with capitals: words written in
    /// lower case ("*former* Britt 's", "*historic* Canyon Road"), unless a name particle ("bin Laden") or
    /// before a hyphen ("al - Qaeda"), and a person's titles ("Dr Joseph"). A name all in lower case is left as it
    /// is.
    static func withoutLeadingWords(_ span: EntitySpan, _ words: [SyntaxWord]) -> EntitySpan {
        guard span.end - span.start > 1,
            words[span.start..<span.end].contains(where: { $0.form.first?.isUppercase == true })
        else { return span }
        var trimmed = span
        while trimmed.end - trimmed.start > 1 {
            let form = words[trimmed.start].form
            let lower = form.lowercased()
            let modifier = form.first?.isLowercase == true && !nameParticles.contains(lower)
                && words[trimmed.start + 1].form != "-"
            guard modifier || (span.type == .person && personTitles.contains(lower)) else { break }
            trimmed.start += 1
        }
        return trimmed
    }

    /// `span` without the words written in lower case at its end when the name has a word written with a capital:
    /// a greedy tagger that has opened a name must carry it on to some word, and it runs into the verb after it
    /// ("*Abbas* keeps", "*Department of State* waived the fees"). A word after a hyphen ("Lee Cheuk - yan") and
    /// a lone "s" (a possessive written without its apostrophe: "Hancock s") stay; a name all in lower case
    /// ("tampa bay") is left as it is.
    static func withoutTrailingLowercase(_ span: EntitySpan, _ words: [SyntaxWord]) -> EntitySpan {
        func startsLowercase(_ index: Int) -> Bool { words[index].form.first?.isLowercase == true }
        guard span.end - span.start > 1,
            words[span.start..<span.end].contains(where: { $0.form.first?.isUppercase == true })
        else { return span }
        var trimmed = span
        while trimmed.end - trimmed.start > 1, startsLowercase(trimmed.end - 1),
            words[trimmed.end - 2].form != "-", words[trimmed.end - 1].form != "s"
        {
            trimmed.end -= 1
        }
        return trimmed
    }
}
