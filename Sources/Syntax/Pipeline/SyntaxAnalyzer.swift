import ArticleText

/// Tokenises, tags, lemmatises, parses and finds named entities, sentence by sentence.
///
/// Each sentence is analysed on its own (UD words from `UDTokenizer`, then tagger → lemmatiser → parser →
/// recogniser). A whole document (`analyze(_:)` on a `SegmentedDocument`) then takes one more step over all its
/// sentences: its names are made consistent (`EntityRecognizer.harmonized(_:forms:)`), unless
/// `harmonizesEntities` is off. The output is deterministic.
public struct SyntaxAnalyzer: Sendable {
    /// The models used.
    public let models: SyntaxModels
    /// The tokeniser used for plain text.
    public var tokenizer: UDTokenizer
    /// Whether `analyze(_:)` makes a document's names agree: one type per name in the document, and a name the
    /// recogniser found twice found wherever else it recurs capitalised (`EntityRecognizer.harmonized(_:forms:)`).
    /// On by default; off, each sentence's entities are the recogniser's alone.
    public var harmonizesEntities: Bool

    /// Creates an analyser over `models`.
    /// - Parameters:
    ///   - models: The trained models.
    ///   - tokenizer: The tokeniser for plain text.
    ///   - harmonizesEntities: Whether a document's names are made consistent (see `harmonizesEntities`).
    public init(models: SyntaxModels, tokenizer: UDTokenizer = UDTokenizer(), harmonizesEntities: Bool = true) {
        self.models = models
        self.tokenizer = tokenizer
        self.harmonizesEntities = harmonizesEntities
    }

    /// Sets tags, lemmas, heads and relations of `words` (given forms) and returns their named entities.
    /// - Complexity: O(words · features).
    public func analyze(_ words: inout [SyntaxWord]) -> [EntitySpan] {
        guard !words.isEmpty else { return [] }
        models.tagger.tag(&words)
        Self.restoreVerb(&words)
        models.lemmatizer.lemmatize(&words)
        models.parser.parse(&words)
        return models.recognizer.recognize(words)
    }

    /// Sets tags and lemmas of `words` (given forms) and returns their named entities, without parsing (the
    /// recogniser reads tags, not heads).
    public func entities(_ words: inout [SyntaxWord]) -> [EntitySpan] {
        guard !words.isEmpty else { return [] }
        models.tagger.tag(&words)
        Self.restoreVerb(&words)
        models.lemmatizer.lemmatize(&words)
        return models.recognizer.recognize(words)
    }

    /// The analysis of every content sentence of `document` (boilerplate is skipped).
    ///
    /// Each stage runs over all the sentences before the next starts (every sentence is still analysed on its
    /// own, so words, tags and trees are the same as `analyze(_:)` sentence by sentence): the stage's model then
    /// stays in the processor's caches instead of the three models evicting each other at every sentence. The
    /// entities are then made consistent across the document when `harmonizesEntities` is on, so the spans
    /// returned (and shown by `extract --syntax`) are the ones the actor and place recognisers read.
    public func analyze(_ document: SegmentedDocument) -> DocumentSyntax {
        var indices: [Int] = []
        var sentences: [[SyntaxWord]] = []
        for sentence in document.contentSentences {
            let words = tokenizer.words(in: document.text, span: sentence.span)
            guard !words.isEmpty else { continue }
            indices.append(sentence.index)
            sentences.append(words)
        }
        for index in sentences.indices {
            models.tagger.tag(&sentences[index])
            Self.restoreVerb(&sentences[index])
        }
        for index in sentences.indices { models.lemmatizer.lemmatize(&sentences[index]) }
        for index in sentences.indices { models.parser.parse(&sentences[index]) }
        var entities = sentences.map { models.recognizer.recognize($0) }
        if harmonizesEntities {
            entities = EntityRecognizer.harmonized(entities, forms: sentences.map { $0.map(\.form) })
        }
        return DocumentSyntax(sentences: sentences.indices.map { index in
            AnalyzedSentence(sentence: indices[index], words: sentences[index], entities: entities[index])
        })
    }
}

extension SyntaxAnalyzer {
    /// Repairs two tagging slips that leave a clause without its verb (run after the tagger, before the
    /// lemmatiser and parser; training never sees it): a proper noun given a verb's UPOS ("United" VERB/NNP in "The
    /// United States") is a proper noun, and in a sentence with no verb left, the first "-ed" word tagged as an
    /// adjective right after a noun or pronoun is its past-tense verb ("The United States suspended aid to Mali":
    /// "suspended" JJ, and the parser made "aid" the root).
    static func restoreVerb(_ words: inout [SyntaxWord]) {
        for index in words.indices where words[index].upos == "VERB" && words[index].xpos.hasPrefix("NNP") {
            words[index].upos = "PROPN"
        }
        guard !words.contains(where: { $0.upos == "VERB" || $0.upos == "AUX" }) else { return }
        for index in words.indices.dropFirst()
        where words[index].upos == "ADJ" && words[index].form.lowercased().hasSuffix("ed")
            && ["PROPN", "NOUN", "PRON"].contains(words[index - 1].upos)
        {
            words[index].upos = "VERB"
            words[index].xpos = "VBD"
            return
        }
    }

    /// An analyser over the bundled models, or `nil` when they cannot be loaded (`SyntaxModels.bundled()` says
    /// why).
    public static let bundled: SyntaxAnalyzer? = (try? SyntaxModels.bundled()).map { SyntaxAnalyzer(models: $0) }
}
