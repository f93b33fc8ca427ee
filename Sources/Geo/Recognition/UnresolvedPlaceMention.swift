import ArticleText

/// A place named in a document that no gazetteer entry resolves: a village, a small town, an island, a district or a
/// landmark nothing locates ("the village of Kirants", "Zvartnots airport", "Republic Square", "the Golf Hotel"), or
/// a second-level division's name that several entries share and nothing in the text chooses among
/// ("Washington County").
///
/// It has no GeoNames id, no coordinates and no precision, so it is never an event location, never a GeoJSON feature
/// and never weighs in the choice of the gazetteer's places; it only records that the text names a place there.
/// JSON (keys sorted): `{"cue", "end", "isLocative", "preposition", "sentence", "start", "text"}`; `preposition` is
/// absent when there is none.
public struct UnresolvedPlaceMention: Hashable, Sendable, Codable {
    /// What makes the words a place name.
    public enum Cue: String, Hashable, Sendable, Codable {
        /// A LOC span of the named-entity recogniser.
        case entity
        /// A settlement or division noun and "of" before it: "the village of Kirants", "the district of Cocody", "the
        /// island of Lifou".
        case settlement
        /// An apposition headed by a settlement noun after it: "Artsvashen, an Armenian exclave", "Kirants, a village
        /// north of Ijevan".
        case apposition
        /// A capitalised name no recogniser tagged, right after a place preposition and ending its phrase: "holed up
        /// in Cocody", "an estate near Curuguaty".
        case untagged
        /// A facility or landmark head after it ("Zvartnots airport", "the Friendship Bridge", "Republic Square")
        /// that no place in the text locates.
        case landmark
        /// A second-level division's name that several divisions share ("Washington County": thirteen US states have
        /// one) when the text names none of their states or countries and no reading holds half of their people.
        case ambiguous
    }

    /// First scalar of the mention in the document text.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// The mention as written.
    public var text: String
    /// 0-based index of the sentence holding it.
    public var sentence: Int
    /// What made it a place name.
    public var cue: Cue
    /// Whether a locative preposition governs it ("in", "at", "near", …).
    public var isLocative: Bool
    /// The locative word before it, or `nil`.
    public var preposition: String?

    /// Creates a mention.
    public init(span: TextSpan, text: String, sentence: Int, cue: Cue, isLocative: Bool, preposition: String? = nil) {
        self.start = span.start
        self.end = span.end
        self.text = text
        self.sentence = sentence
        self.cue = cue
        self.isLocative = isLocative
        self.preposition = preposition
    }

    /// The mention's span.
    public var span: TextSpan { TextSpan(start: start, end: end) }
}
