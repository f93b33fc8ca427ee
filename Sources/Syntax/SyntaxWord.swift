import ArticleText

/// One syntactic word of a sentence in the Universal Dependencies sense, with its analysis.
///
/// "don't" is two words ("do", "n't"); a word's `span` points at the scalars it covers in the document text
/// (`nil` for words read from a CoNLL-U file, which carries no document). `head` is 1-based within the sentence,
/// 0 for the root, as in CoNLL-U.
public struct SyntaxWord: Hashable, Sendable, Codable {
    /// The word as written.
    public var form: String
    /// The dictionary form (lower case except proper nouns), `_` when unknown.
    public var lemma: String
    /// Universal part-of-speech tag (UPOS: NOUN, VERB, PROPN, …).
    public var upos: String
    /// Penn Treebank tag (XPOS: NN, VBD, NNP, …).
    public var xpos: String
    /// 1-based index of the head word in the sentence; 0 for the root; -1 before parsing.
    public var head: Int
    /// Universal Dependencies relation to the head (nsubj, obj, obl, …), `_` before parsing.
    public var deprel: String
    /// Scalar offsets of the word in the document text, when it came from one.
    public var span: TextSpan?

    /// Creates a word with an empty analysis.
    public init(
        form: String, lemma: String = "_", upos: String = "_", xpos: String = "_", head: Int = -1,
        deprel: String = "_", span: TextSpan? = nil
    ) {
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.head = head
        self.deprel = deprel
        self.span = span
    }
}

/// A named entity found by the recogniser: a half-open range of word indices (0-based) and a type.
public struct EntitySpan: Hashable, Sendable, Codable {
    /// The entity types of Universal NER: persons, organisations, locations (GPEs and facilities included).
    public enum EntityType: String, Hashable, Sendable, Codable, CaseIterable {
        case person = "PER"
        case organization = "ORG"
        case location = "LOC"
    }

    /// The entity type.
    public var type: EntityType
    /// First word (0-based).
    public var start: Int
    /// One past the last word.
    public var end: Int

    /// Creates an entity span over words `start..<end`.
    public init(type: EntityType, start: Int, end: Int) {
        self.type = type
        self.start = start
        self.end = end
    }
}
