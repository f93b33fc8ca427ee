import ActorLexicon
import ArticleText

/// The identifier of an event: `DOCUMENT#eN`, unique across a corpus.
public struct EventID: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The `index`-th event (1-based) of `document`.
    public init(document: DocumentID, index: Int) { rawValue = "\(document.rawValue)#e\(index)" }
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    public static func < (lhs: EventID, rhs: EventID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}

/// The sentence an extracted fact rests on: document, sentence index, offsets and text.
public struct Evidence: Hashable, Sendable, Codable, Comparable {
    /// The document holding the sentence.
    public var document: DocumentID
    /// 0-based sentence index in the document.
    public var sentence: Int
    /// First scalar of the sentence in the document text.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// The sentence text.
    public var text: String

    /// Creates evidence.
    public init(document: DocumentID, sentence: Int, span: TextSpan, text: String) {
        self.document = document
        self.sentence = sentence
        self.start = span.start
        self.end = span.end
        self.text = text
    }

    /// The evidence span.
    public var span: TextSpan { TextSpan(start: start, end: end) }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.start, lhs.end) < (rhs.document, rhs.start, rhs.end)
    }
}

/// When an event happened, as a TIMEX3 value and how it was obtained.
public struct EventDate: Hashable, Sendable, Codable {
    /// How the date was anchored.
    public enum Anchoring: String, Hashable, Sendable, Codable {
        /// A temporal expression in the event's clause or a governing clause.
        case timex
        /// The DCT, for present and recent-past reporting without a time expression.
        case dctTense = "dct-tense"
        /// The news day an earlier sentence set ("warned Syria on Tuesday … He called the downing a hostile
        /// act"): a past act without a time expression of its own, told after a dated act of the days just
        /// before publication, is of that day.
        case narrative
        /// Nothing dates the event.
        case none
    }

    /// TIMEX3 value (`2019`, `2025`, `2026-02-19`), or `nil` when `anchoring` is `.none`.
    public var value: String?
    /// The anchoring timex's text, when there is one.
    public var text: String?
    /// The anchoring timex's id (`t3`), when there is one.
    public var timex: String?
    /// First scalar of the anchoring timex.
    public var start: Int?
    /// One past the last scalar of the anchoring timex.
    public var end: Int?
    /// TIMEX3 value of the start of a range the event lies in ("since 2021" → `2021`).
    public var rangeBegin: String?
    /// TIMEX3 value of the end of that range.
    public var rangeEnd: String?
    /// How the date was anchored.
    public var anchoring: Anchoring

    /// Creates an event date.
    public init(
        value: String?, text: String? = nil, timex: String? = nil, span: TextSpan? = nil, rangeBegin: String? = nil,
        rangeEnd: String? = nil, anchoring: Anchoring
    ) {
        self.value = value
        self.text = text
        self.timex = timex
        self.start = span?.start
        self.end = span?.end
        self.rangeBegin = rangeBegin
        self.rangeEnd = rangeEnd
        self.anchoring = anchoring
    }

    /// The value's sort key: the earliest day it covers as `YYYY-MM-DD`-comparable text, or `nil` for vague values.
    public var sortKey: String? {
        guard let value = value ?? rangeBegin, let first = value.first, first.isNumber else { return nil }
        return value
    }
}

/// One who-did-what-to-whom event, typed in PLOVER with its CAMEO root, QuadClass and Goldstein intensity.
public struct Event: Hashable, Sendable, Codable {
    /// Identifier, `DOCUMENT#eN`.
    public var id: EventID
    /// PLOVER event type.
    public var type: EventType
    /// PLOVER mode ("visit", "phone", "military", …), or `nil`.
    public var mode: String?
    /// QuadClass (1–4).
    public var quadClass: QuadClass
    /// CAMEO code (root or finer), e.g. `"04"`, `"042"`.
    public var cameo: String
    /// Goldstein-scale intensity, −10 … +10.
    public var goldstein: Double
    /// The actor doing it.
    public var source: ActorID
    /// The actor it is done to, or `nil` for single-actor events.
    public var target: ActorID?
    /// The source's state (ISO 3166-1 alpha-3 or IGO code), or `nil`.
    public var sourceCountry: String?
    /// The target's state, or `nil`.
    public var targetCountry: String?
    /// Whether source and target play the same role (CONSULT, AGREE).
    public var symmetric: Bool
    /// The trigger words as written ("supplying", "held his first summit").
    public var trigger: String
    /// When it happened, or `nil`.
    public var date: EventDate?
    /// How the text commits to it.
    public var modality: Modality
    /// Who says so (the reporting actor), or `nil` when the article itself asserts it.
    public var attribution: ActorID?
    /// The sentence it was read from.
    public var evidence: Evidence
    /// Further sentences restating the same event (merged duplicates), in text order.
    public var additionalEvidence: [Evidence]
    /// Where it happened, or `nil` when the text does not say (never guessed from the actors' countries).
    public var location: EventLocation?

    /// Creates an event; `quadClass` and `cameo` default to the type's, `goldstein` to the CAMEO code's value in
    /// the bundled codebook, else the type's.
    public init(
        id: EventID, type: EventType, mode: String? = nil, cameo: String? = nil, goldstein: Double? = nil,
        source: ActorID, target: ActorID?, sourceCountry: String?, targetCountry: String?, trigger: String,
        date: EventDate?, modality: Modality, attribution: ActorID?, evidence: Evidence,
        additionalEvidence: [Evidence] = [], location: EventLocation? = nil
    ) {
        self.location = location
        self.id = id
        self.type = type
        self.mode = mode
        self.quadClass = type.quadClass
        self.cameo = cameo ?? type.cameoRoot
        // The Goldstein value of the CAMEO code when the codebook has it ("imposed sanctions", 163: −8.0),
        // else the type's.
        self.goldstein = goldstein ?? cameo.flatMap { CAMEOCodebook.bundled.entry($0)?.goldstein } ?? type.goldstein
        self.source = source
        self.target = target
        self.sourceCountry = sourceCountry
        self.targetCountry = targetCountry
        self.symmetric = type.isSymmetric
        self.trigger = trigger
        self.date = date
        self.modality = modality
        self.attribution = attribution
        self.evidence = evidence
        self.additionalEvidence = additionalEvidence
    }
}
