import ArticleText

/// The stable code of an actor.
///
/// States use their ISO 3166-1 alpha-3 code (`PRK`, `USA`); IGOs their CAMEO IGO code (`IGOUNO`);
/// people and organisations a lower-case slug from the lexicon (`kim-jong-un`, `kor-unification-ministry`);
/// sector groups of a state `COUNTRY-SECTOR` with a CAMEO sector code (`KOR-GOV` for "South Korean
/// officials", `PRK-MED` for "North Korean state media"); people not in the lexicon but placed by an
/// appositive or title ("Chang Yoon-jeong, spokesperson for the ministry") a slug of their name; other
/// unknown actors `unknown:` plus their text (`unknown:Acme Corp`).
public struct ActorID: RawRepresentable, Hashable, Sendable, Codable, Comparable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    public static func < (lhs: ActorID, rhs: ActorID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}

/// What sort of thing an actor is.
public enum ActorKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A sovereign state, named directly or through its capital or seat of government.
    case state
    /// A named person.
    case person
    /// A named organisation: ministry, agency, party, IGO, firm, or a sector group of a state.
    case organization
    /// A capitalised name that behaves like an actor but is not in the lexicon.
    case unknown
}

/// An actor: a state, person or organisation with its country and CAMEO-style sector.
public struct Actor: Hashable, Sendable, Codable {
    /// The CAMEO sector codes an actor's `sector` may hold: those of the bundled lexicon and the recogniser's
    /// groups (GOV, MIL, COP, REB, …; INS, SEP and DEV from the CAMEO codebook as well).
    public static let cameoSectors: Set<String> = [
        "AGR", "BUD", "BUS", "CHR", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HIN", "HLH", "HRI", "IGO",
        "IMG", "INS", "JEW", "JUD", "LAB", "LEG", "MED", "MIL", "MOD", "MUS", "NGO", "OPP", "PPL", "PTY", "RAD", "REB",
        "REF", "REL", "SEP", "SPY", "UAF",
    ]

    /// Stable code.
    public var id: ActorID
    /// Display name ("North Korea", "Kim Jong Un").
    public var name: String
    /// ISO 3166-1 alpha-3 code of the actor's state, or a CAMEO IGO code (`IGOUNO`); `nil` when unknown.
    public var country: String?
    /// CAMEO sector code (`GOV`, `MIL`, `MED`, `PTY`, `SPY`, `LEG`, …) as of the document's date, or `nil`.
    public var sector: String?
    /// Kind of actor.
    public var kind: ActorKind
    /// Role as of the document's date ("Supreme Leader", "President"), or `nil`.
    public var role: String?

    /// Creates an actor.
    public init(id: ActorID, name: String, country: String?, sector: String?, kind: ActorKind, role: String? = nil) {
        self.id = id
        self.name = name
        self.country = country
        self.sector = sector
        self.kind = kind
        self.role = role
    }
}

/// One place in a document where an actor is named or referred to.
public struct ActorMention: Hashable, Sendable, Codable {
    /// The actor referred to.
    public var actor: ActorID
    /// First scalar of the mention.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// The mention as written ("Pyongyang", "North Korea’s", "he").
    public var text: String
    /// 0-based index of the sentence holding the mention.
    public var sentence: Int
    /// For a coreferent mention ("he", "the ministry", "Kim"), the start offset of the antecedent mention.
    public var antecedent: Int?
    /// For a demonym inside a title ("*Chinese* President Xi Jinping", "*North Korean* leader Kim Jong Un"), the
    /// start offset of the person mention it qualifies: the state is named, but the person is the one acting.
    public var modifies: Int?
    /// For a bare sector noun whose state is not written ("police" in "police in Minsk", "officials" in an
    /// article about Iraq), `true`: the group's state was inferred from a place named in the sentence or from
    /// the document's main state. `nil` otherwise (omitted from JSON).
    public var isInferred: Bool?

    /// Creates a mention.
    public init(
        actor: ActorID, span: TextSpan, text: String, sentence: Int, antecedent: Int? = nil, modifies: Int? = nil,
        isInferred: Bool? = nil
    ) {
        self.actor = actor
        self.start = span.start
        self.end = span.end
        self.text = text
        self.sentence = sentence
        self.antecedent = antecedent
        self.modifies = modifies
        self.isInferred = isInferred
    }

    /// The mention's span.
    public var span: TextSpan { TextSpan(start: start, end: end) }
}

/// The actors of one document and their mentions in text order.
public struct ActorAnnotation: Hashable, Sendable {
    /// Actors mentioned, in order of first mention.
    public var actors: [Actor]
    /// Mentions in text order.
    public var mentions: [ActorMention]
    /// Unknown actors and other notes.
    public var findings: [Finding]

    /// Creates an annotation. An `actor.unknown` finding that says its name has no country, while the actor of
    /// its mention has one in `actors` (placed by its sentence or the document's home country), is completed to
    /// say where it was placed.
    public init(actors: [Actor], mentions: [ActorMention], findings: [Finding]) {
        self.actors = actors
        self.mentions = mentions
        self.findings = UnknownActorFinding.placed(findings, actors: actors, mentions: mentions)
    }
}
