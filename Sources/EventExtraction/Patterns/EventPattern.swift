import EventOntology

/// One entry of the event dictionary: a head word (verb or noun) with optional context words, mapped to a
/// PLOVER event type, mode and CAMEO code, and the cues that find the event's source and target.
///
/// Entries are read from `plover-patterns.json` (see `PatternDictionary`); users extend the dictionary by
/// adding entries to a JSON file of the same shape.
public struct EventPattern: Hashable, Sendable, Codable {
    /// Part of speech of the head word.
    public enum PartOfSpeech: String, Hashable, Sendable, Codable {
        /// A verb: inflected forms ("sends", "sent", "sending") are generated.
        case verb
        /// A noun: the plural is generated.
        case noun
    }

    /// Head word lemma, lower case ("send", "sanction", "talks").
    public var lemma: String
    /// Part of speech of `lemma`.
    public var pos: PartOfSpeech
    /// Context words, one of which must occur near the head (after a verb; on either side of a noun), lower case.
    public var with: [String]?
    /// Words that veto the entry when they occur near the head ("send" + "message").
    public var without: [String]?
    /// PLOVER event type.
    public var type: EventType
    /// PLOVER mode, or `nil`.
    public var mode: String?
    /// CAMEO code, or `nil` for the type's root code.
    public var cameo: String?
    /// Goldstein-scale intensity overriding the type's, or `nil`.
    public var goldstein: Double?
    /// How targets are introduced: `"object"` for the direct object, or prepositions ("to", "with", "against").
    /// `nil` means `["object"]`.
    public var target: [String]?
    /// Whether the grammatical subject is the target, with the source in a `from` phrase ("receive aid from").
    public var reverse: Bool?
    /// Whether the event may have no target (a congress opens, missiles are tested).
    public var single: Bool?
    /// Whether a missing target may be taken from context (the party's last counterpart, or another state in the
    /// sentence): used for relational cooperation and aid.
    public var contextTarget: Bool?
    /// Whether coordinated subjects act on each other ("North and South Korea exchanged fire", "X and Y
    /// clashed"): one event in each direction.
    public var mutual: Bool?
    /// How many tokens the context words may lie from the head (default 7 after a verb, 4 around a noun).
    public var window: Int?
    /// How many tokens before a verb its context words may lie (default 2, or `window` when that is given).
    public var before: Int?
    /// A preposition introducing an embedded claim about the target ("accuse X of flying drones" → `"of"`).
    public var complement: String?
    /// Whether the act is one only a state's own authorities perform on its people or organs (arrest, impeach,
    /// indict): a passive with no agent ("Clinton was impeached in 1998") takes the patient's state as source.
    public var domestic: Bool?
    /// A particle the verb must carry for the entry to apply ("gave *in* to" → CONCEDE, "called *off*", "backed
    /// *down*", "pulled *out* of"): the parse's `compound:prt` (or the adverb or preposition right after the verb
    /// that it heads), else, before the parse, the word right after the verb or one closing a short object ("called
    /// the talks off"). A verb that carries a particle an entry names is read with those entries alone.
    public var particle: String?

    /// Creates a pattern.
    public init(
        lemma: String, pos: PartOfSpeech, with: [String]? = nil, without: [String]? = nil, type: EventType,
        mode: String? = nil, cameo: String? = nil, goldstein: Double? = nil, target: [String]? = nil,
        reverse: Bool? = nil, single: Bool? = nil, contextTarget: Bool? = nil, mutual: Bool? = nil,
        window: Int? = nil, before: Int? = nil, complement: String? = nil,
        domestic: Bool? = nil, particle: String? = nil
    ) {
        self.lemma = lemma
        self.pos = pos
        self.with = with
        self.without = without
        self.type = type
        self.mode = mode
        self.cameo = cameo
        self.goldstein = goldstein
        self.target = target
        self.reverse = reverse
        self.single = single
        self.contextTarget = contextTarget
        self.mutual = mutual
        self.window = window
        self.before = before
        self.complement = complement
        self.domestic = domestic
        self.particle = particle
    }

    /// The target cues, defaulting to the direct object.
    public var targetCues: [String] { target ?? ["object"] }

    /// How specific the entry is: entries with a particle win over those without, entries with context words over
    /// bare ones.
    var specificity: Int { (particle == nil ? 0 : 20) + (with == nil ? 0 : 10) + (mode == nil ? 0 : 1) }

    /// Whether the act is done together by its parties, each pair once: meetings and agreements (the symmetric
    /// types) and the signing of a formal agreement (CAMEO 057, which the CAMEO→PLOVER table types SUPPORT).
    var isJoint: Bool {
        Self.isJoint(type, cameo: cameo)
            // Relations restored or established, or a railway or border opened, between coordinated parties are
            // one act between them.
            || [.verbalCooperation, .materialCooperation].contains(type.quadClass)
                && (with?.contains { Self.sharedThings.contains($0) } ?? false)
    }

    /// Context words naming something two parties hold together: what they establish, restore or open is
    /// theirs jointly ("Ethiopia and Djibouti inaugurated a railway").
    static let sharedThings: Set<String> = ["relations", "railway", "pipeline", "bridge", "border"]

    /// Whether an act of `type` with CAMEO code `cameo` is done together by its parties (see `isJoint`).
    static func isJoint(_ type: EventType, cameo: String?) -> Bool { type.isSymmetric || cameo == signingCode }

    /// The CAMEO code of signing a formal agreement.
    static let signingCode = "057"
}
