import ArticleText

/// A place named in a document and the gazetteer entry it resolved to.
public struct PlaceMention: Hashable, Sendable, Codable {
    /// What the mention was found by.
    public enum Basis: String, Hashable, Sendable, Codable {
        /// A LOC span of the named-entity recogniser.
        case entity
        /// Capitalised words the gazetteer knows, in a place-like position.
        case gazetteer
        /// A country name in a locative phrase ("in Syria"); it stays an actor too.
        case country
        /// A capital the actor lexicon reads as its state, used as a place ("flew to Kabul", "a Kabul car
        /// bombing"); it stays an actor too. As a subject ("Moscow said") it is not a place.
        case capital
        /// An organisation of the actor lexicon named like a place, used as one: a body's seat ("talks in
        /// Brussels" for the EU) or a first-level division's government ("from Florida", "Kansas senator"). It stays an
        /// actor too. A division is never a capital: the place keeps its own precision (`admin1` for a US state).
        case organization
        /// The place of the dateline ("SEOUL, South Korea (Yonhap) –").
        case dateline
        /// A named facility or landmark ("at Moscone Center", "Fishmongers' Hall", "Singapore's Changi Airport"):
        /// the gazetteer holds no such entry, so its place is the city (or division, or country) the text puts it
        /// in; the mention's text is the landmark's name.
        case landmark
    }

    /// First scalar of the mention in the document text (with its qualifier: "Springfield, Illinois").
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// The mention as written.
    public var text: String
    /// 0-based index of the sentence holding it (the first sentence for the dateline).
    public var sentence: Int
    /// The resolved place.
    public var place: Place
    /// What found it.
    public var basis: Basis
    /// Whether a locative preposition governs it ("in", "at", "near", …, or the dateline).
    public var isLocative: Bool
    /// The locative word before it ("in", "near", "visited"), skipping "the", directions and "capital", or `nil`
    /// (also for a landmark followed by the place it is in: "at Fishmongers' Hall in London" leaves "in London"
    /// the clause's place).
    public var preposition: String?

    /// Creates a mention.
    public init(
        span: TextSpan, text: String, sentence: Int, place: Place, basis: Basis, isLocative: Bool,
        preposition: String? = nil
    ) {
        self.preposition = preposition
        self.start = span.start
        self.end = span.end
        self.text = text
        self.sentence = sentence
        self.place = place
        self.basis = basis
        self.isLocative = isLocative
    }

    /// The mention's span.
    public var span: TextSpan { TextSpan(start: start, end: end) }
}

/// The places of one document, in text order.
public struct PlaceAnnotation: Hashable, Sendable {
    /// Every place mention resolved to a gazetteer entry, the dateline's first, then in text order.
    public var mentions: [PlaceMention]
    /// The place names no gazetteer entry resolves, in text order; none overlaps a mention of `mentions` or an actor's
    /// mention. They are kept apart so that nothing that needs a place's coordinates can take one.
    public var unresolved: [UnresolvedPlaceMention]

    /// Creates an annotation.
    public init(mentions: [PlaceMention], unresolved: [UnresolvedPlaceMention] = []) {
        self.mentions = mentions
        self.unresolved = unresolved
    }

    /// The dateline's place, or `nil`.
    public var dateline: PlaceMention? { mentions.first { $0.basis == .dateline } }

    /// One finding (`place.ambiguous`, severity info) per name left unresolved because several second-level
    /// divisions share it and the text chooses none ("Washington County" in a story that names no state).
    public func findings(document: DocumentID) -> [Finding] {
        unresolved.filter { $0.cue == .ambiguous }.map { mention in
            Finding(.info, code: "place.ambiguous",
                    message: "\"\(mention.text)\" names second-level divisions in several states or provinces and the text names none of them: left without a GeoNames id",
                    document: document, span: mention.span)
        }
    }

    /// The mentions of sentence `index`.
    public func mentions(inSentence index: Int) -> [PlaceMention] {
        mentions.filter { $0.sentence == index && $0.basis != .dateline }
    }
}
