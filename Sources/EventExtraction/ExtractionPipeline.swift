import ActorLexicon
import ArticleText
import EventOntology
import Geo
import Syntax
import TemporalExpressions

/// Runs every extraction stage over a document: segmentation, TIMEX3 tagging, actor recognition, events.
public struct ExtractionPipeline: Sendable {
    /// Splits documents into sentences and tokens.
    public var segmenter: TextSegmenter
    /// Tags, parses and finds named entities; `nil` skips the syntax layer (no parse, no recogniser actors).
    public var syntax: SyntaxAnalyzer?
    /// Tags temporal expressions.
    public var tagger: TemporalTagger
    /// Recognises actors.
    public var recognizer: ActorRecognizer
    /// Extracts events.
    public var extractor: EventExtractor
    /// Finds and resolves places (event locations, the document's `places`); `nil` skips it.
    public var places: PlaceRecognizer?

    /// Creates a pipeline from its stages; each default loads its bundled resources (once per process).
    public init(
        segmenter: TextSegmenter = TextSegmenter(), syntax: SyntaxAnalyzer? = SyntaxAnalyzer.bundled,
        tagger: TemporalTagger = TemporalTagger(),
        recognizer: ActorRecognizer = ActorRecognizer(), extractor: EventExtractor = EventExtractor(),
        places: PlaceRecognizer? = PlaceRecognizer.shared
    ) {
        self.segmenter = segmenter
        self.syntax = syntax
        self.tagger = tagger
        self.recognizer = recognizer
        self.extractor = extractor
        self.places = places
    }

    /// Extracts everything from `document`.
    public func extract(_ document: Document) -> DocumentExtraction {
        let segmented = segmenter.segment(document)
        let analysis = syntax?.analyze(segmented)
        let temporal = tagger.tag(segmented)
        let entities = analysis?.entityMentions(in: segmented.text) ?? []
        let recognized = recognizer.recognize(segmented, asOf: temporal.dct, entities: entities)
        let places = self.places?.recognize(segmented, entities: entities, actors: recognized)
        // A state name that is part of a place ("Atlanta, Georgia"; "in Georgia" the US state) is not the state.
        var mentioned = places?.removingPlaceNames(from: recognized) ?? recognized
        if let places {
            // "…, The Guardian reported": the outlet is not where its story happens.
            let sources = mentioned.newsSources { mention in
                guard segmented.sentences.indices.contains(mention.sentence) else { return nil }
                return segmented.tokens(ofSentence: mention.sentence).first { $0.span.start >= mention.end }?.lowercased
            }
            mentioned = mentioned.placingCountrylessGroups(
                places.homeEvidence, datelineCountry: places.dateline?.place.country, lexicon: recognizer.lexicon,
                newsSources: sources)
        }
        let (events, eventFindings) = extractor.extract(
            segmented, actors: mentioned, temporal: temporal, syntax: analysis, places: places)
        let actors = extractor.actors(mentioned, completedFor: events, asOf: temporal.dct)
        var findings = document.inputFindings + temporal.findings + actors.findings + eventFindings
            + (places?.findings(document: document.id) ?? [])
        if temporal.dct == nil {
            findings.append(
                Finding(.warning, code: "dct.missing",
                        message: "no publication date (DCT): relative dates stay unresolved; pass --published YYYY-MM-DD",
                        document: document.id))
        }
        return DocumentExtraction(
            document: segmented, temporal: temporal, actors: actors, events: events, findings: findings,
            syntax: analysis, places: places)
    }
}
