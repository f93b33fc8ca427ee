import ActorLexicon
import ArticleText
import EventOntology
import Geo
import Syntax
import TemporalExpressions

/// Everything extracted from one document: the JSON object `storygraph extract` prints per document.
///
/// JSON shape (keys stable, written with sorted keys):
/// `{"document": {id, published, dctSource, title, url}, "sentences": [...], "timexes": [...],
///   "actors": [{id, name, country, sector, kind, role, mentions: [{start, end, text, sentence, antecedent}]}],
///   "events": [...], "findings": [...], "places": [{start, end, text, sentence, basis, isLocative, preposition,
///   place: {geonameId, name, asciiName, country, admin1Code, admin1Name, lat, lon, population, precision, …}}]}`.
public struct DocumentExtraction: Hashable, Sendable, Codable {
    /// Identity and DCT of the document.
    public struct DocumentInfo: Hashable, Sendable, Codable {
        /// Document id.
        public var id: DocumentID
        /// The DCT the document was resolved against, or `nil`.
        public var published: CalendarDate?
        /// Where the DCT came from.
        public var dctSource: DCTSource
        /// Headline, if known.
        public var title: String?
        /// Original address, if known.
        public var url: String?
    }

    /// One actor with its mentions in this document.
    public struct ActorEntry: Hashable, Sendable, Codable {
        /// Stable actor code.
        public var id: ActorID
        /// Display name.
        public var name: String
        /// ISO 3166-1 alpha-3 or IGO code, or `nil`.
        public var country: String?
        /// CAMEO-style sector, or `nil`.
        public var sector: String?
        /// State, person or organisation.
        public var kind: ActorKind
        /// Role as of the DCT, or `nil`.
        public var role: String?
        /// The actor's mentions in text order.
        public var mentions: [ActorMention]

        /// The actor without its mentions.
        public var actor: Actor {
            Actor(id: id, name: name, country: country, sector: sector, kind: kind, role: role)
        }
    }

    /// The document.
    public var document: DocumentInfo
    /// Sentences, boilerplate excluded.
    public var sentences: [Sentence]
    /// TIMEX3 annotations.
    public var timexes: [Timex]
    /// Actors with their mentions, in order of first mention.
    public var actors: [ActorEntry]
    /// Events in text order.
    public var events: [Event]
    /// Findings, sorted.
    public var findings: [Finding]
    /// The places the document names, resolved to GeoNames entries (the dateline's first), or `nil` when place
    /// recognition did not run.
    public var places: [PlaceMention]?
    /// The place names no gazetteer entry resolves (villages, landmarks nothing locates), without an id or
    /// coordinates, or `nil` when place recognition did not run. No event location comes from them.
    public var unresolvedPlaces: [UnresolvedPlaceMention]?
    /// The syntactic analysis (UD words with lemma, UPOS, XPOS, head and relation; named entities), or `nil`.
    /// `storygraph extract` prints it only with `--syntax`.
    public var syntax: DocumentSyntax?

    /// Assembles an extraction from the stages' results.
    public init(
        document: SegmentedDocument, temporal: TemporalAnnotation, actors: ActorAnnotation, events: [Event],
        findings: [Finding], syntax: DocumentSyntax? = nil, places: PlaceAnnotation? = nil
    ) {
        self.syntax = syntax
        self.places = places?.mentions
        self.unresolvedPlaces = places?.unresolved
        let doc = document.document
        self.document = DocumentInfo(
            id: doc.id, published: temporal.dct, dctSource: temporal.dctSource, title: doc.title, url: doc.url)
        self.sentences = document.contentSentences
        self.timexes = temporal.timexes
        let mentionsByActor = Dictionary(grouping: actors.mentions, by: \.actor)
        self.actors = actors.actors.map { actor in
            ActorEntry(
                id: actor.id, name: actor.name, country: actor.country, sector: actor.sector, kind: actor.kind,
                role: actor.role, mentions: mentionsByActor[actor.id] ?? [])
        }
        self.events = events
        self.findings = findings.sorted()
    }
}
