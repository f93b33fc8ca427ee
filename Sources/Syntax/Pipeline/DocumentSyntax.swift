import ArticleText

/// One analysed sentence: its UD words with tags, lemmas, heads and relations, and its named entities.
public struct AnalyzedSentence: Hashable, Sendable, Codable {
    /// 0-based index of the sentence in the document (`Sentence.index`).
    public var sentence: Int
    /// The words; word `i` has CoNLL-U id `i + 1`.
    public var words: [SyntaxWord]
    /// Named entities over `words`.
    public var entities: [EntitySpan]

    /// Creates an analysed sentence.
    public init(sentence: Int, words: [SyntaxWord], entities: [EntitySpan]) {
        self.sentence = sentence
        self.words = words
        self.entities = entities
    }

    /// The relation of the entity's head word: the first of its words whose head lies outside it.
    public func headRelation(of entity: EntitySpan) -> String {
        let inside = entity.start..<min(entity.end, words.count)
        for index in inside where !inside.contains(words[index].head - 1) { return words[index].deprel }
        return "_"
    }

    /// The scalar span of entity `entity` in the document, when its words have spans.
    public func span(of entity: EntitySpan) -> TextSpan? {
        guard entity.start < entity.end, entity.end <= words.count,
            let first = words[entity.start].span, let last = words[entity.end - 1].span
        else { return nil }
        return TextSpan(start: first.start, end: last.end)
    }
}

/// A named entity located in the document text.
public struct EntityMention: Hashable, Sendable, Codable {
    /// PER, ORG or LOC.
    public var type: EntitySpan.EntityType
    /// Scalar offsets in the document text.
    public var span: TextSpan
    /// The words of the entity joined by their original spacing.
    public var text: String
    /// 0-based sentence index.
    public var sentence: Int
    /// The dependency relation of the entity's head word (the word whose head lies outside the entity):
    /// `nsubj` for "Acme said", `obl` for "on Twitter".
    public var deprel: String

    /// Creates a mention.
    public init(type: EntitySpan.EntityType, span: TextSpan, text: String, sentence: Int, deprel: String = "_") {
        self.type = type
        self.span = span
        self.text = text
        self.sentence = sentence
        self.deprel = deprel
    }
}

/// The syntactic analysis of a document: one `AnalyzedSentence` per content sentence, in order.
public struct DocumentSyntax: Hashable, Sendable, Codable {
    /// The analysed sentences.
    public var sentences: [AnalyzedSentence]

    /// Creates an analysis.
    public init(sentences: [AnalyzedSentence]) { self.sentences = sentences }

    /// The analysis of sentence `index` (`Sentence.index`), if it was analysed.
    public func sentence(_ index: Int) -> AnalyzedSentence? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if sentences[mid].sentence == index { return sentences[mid] }
            if sentences[mid].sentence < index { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    /// Every named entity with its span and text in `text`, in text order.
    public func entityMentions(in text: ScalarText) -> [EntityMention] {
        sentences.flatMap { sentence in
            sentence.entities.compactMap { entity -> EntityMention? in
                guard let span = sentence.span(of: entity) else { return nil }
                return EntityMention(type: entity.type, span: span, text: text[span], sentence: sentence.sentence,
                                     deprel: sentence.headRelation(of: entity))
            }
        }
    }
}
