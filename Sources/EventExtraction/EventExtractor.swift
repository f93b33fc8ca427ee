import ActorLexicon
import ArticleText
import EventOntology
import Geo
import Syntax
import TemporalExpressions

/// Extracts PLOVER events from a segmented document, given its actors and temporal expressions.
///
/// For every content sentence (dateline, headings and publisher boilerplate skipped) the extractor finds
/// triggers through the `PatternDictionary`, reads the dyad from the clause structure (subject → object,
/// passive agent → subject, prepositional targets, coordination), the modality from the clause's cues, the
/// attribution from reporting frames, and the date from the anchoring TIMEX3. Restated events are merged.
public struct EventExtractor: Sendable {
    /// The event dictionary.
    public var dictionary: PatternDictionary
    /// The actor lexicon whose dated roles anchor "since X began his second term", or `nil` for none.
    public var lexicon: Lexicon?
    /// PETRARCH-2's CAMEO verb dictionary, for verbs our own dictionary does not list; `nil` codes only those.
    public var cameo: CAMEOVerbDictionary? = CAMEOVerbDictionary.bundled
    /// The event-type classifier for sentences the dictionaries code nothing in (`nil`: rules only).
    public var typeModel: EventTypeModel? = EventTypeModel.bundled

    /// Creates an extractor with `dictionary` (the bundled one by default) and the bundled actor lexicon.
    public init(dictionary: PatternDictionary = .shared, lexicon: Lexicon? = EventExtractor.bundledLexicon) {
        self.dictionary = dictionary
        self.lexicon = lexicon
    }

    /// The bundled actor lexicon, loaded once.
    public static let bundledLexicon: Lexicon? = Lexicon.bundled()

    /// The events of `document`, in text order, with findings about what could not be extracted.
    /// - Complexity: O(n · w) in the number of tokens n and the context window w.
    /// - Parameter syntax: the document's dependency parse; verbs the clause rules leave alone are then coded
    ///   from their dependents (see `DocumentRun.codeFromParse`).
    /// - Parameter places: the document's places; each event then gets the `location` of its own clause ("in X",
    ///   "near X", "in the capital X"), else the dateline's place for ASSAULT, PROTEST, MOBILIZE and COERCE.
    public func extract(
        _ document: SegmentedDocument, actors: ActorAnnotation, temporal: TemporalAnnotation,
        syntax: DocumentSyntax? = nil, places: PlaceAnnotation? = nil
    ) -> (events: [Event], findings: [Finding]) {
        var findings: [Finding] = []
        if dictionary.patterns.isEmpty {
            findings.append(Finding(.error, code: "events.dictionary", message: "the event dictionary is empty",
                                    document: document.document.id))
        }
        var run = DocumentRun(extractor: self, document: document, actors: actors, temporal: temporal, syntax: syntax,
                              places: places)
        for sentence in document.sentences {
            run.process(sentence)
        }
        run.applyNarrativeDates()
        let merged = EventMerger().merge(run.drafts, document: document.document.id)
        return (merged, findings)
    }

    /// `annotation` with the actors `events` name but the text does not, from the lexicon as of `date`: the
    /// state a domestic act is coded against ("Kenya's president withdrew the bill" → KEN-GOV → KEN) when the
    /// document names only its organ. Added actors follow the mentioned ones, in event order.
    public func actors(_ annotation: ActorAnnotation, completedFor events: [Event], asOf date: CalendarDate?)
        -> ActorAnnotation
    {
        var known = Set(annotation.actors.map(\.id))
        var completed = annotation
        for id in events.flatMap({ [$0.source] + ($0.target.map { [$0] } ?? []) }) where !known.contains(id) {
            guard let actor = lexicon?.entry(id)?.actor(asOf: date) else { continue }
            completed.actors.append(actor)
            known.insert(id)
        }
        return completed
    }
}
