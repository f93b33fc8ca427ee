import ActorLexicon
import ArticleText
import EventExtraction
import EventOntology
import Foundation
import TemporalExpressions
@testable import EventStore

/// Small hand-made documents with their extractions, and temporary database files.
enum StoreFixture {
    static let usa = Actor(id: "USA", name: "United States", country: "USA", sector: nil, kind: .state)
    static let irn = Actor(id: "IRN", name: "Iran", country: "IRN", sector: nil, kind: .state)
    static let prk = Actor(id: "PRK", name: "North Korea", country: "PRK", sector: nil, kind: .state)
    static let acme = Actor(id: "acme", name: "Acme Oil", country: "USA", sector: "BUS", kind: .organization)

    /// A document whose only sentence `text` holds one event `source → target` of `type` dated `date`.
    static func item(
        _ id: String, published: String, url: String? = nil, _ source: Actor, _ type: EventType, _ target: Actor?,
        date: String?, text: String, modality: Modality = .asserted
    ) -> IngestItem {
        let document = Document(
            id: DocumentID(id), text: text, published: CalendarDate(iso: published), title: "Title of \(id)", url: url)
        let span = TextSpan(start: 0, end: text.unicodeScalars.count)
        let evidence = Evidence(document: document.id, sentence: 0, span: span, text: text)
        let event = Event(
            id: EventID(document: document.id, index: 1), type: type, source: source.id, target: target?.id,
            sourceCountry: source.country, targetCountry: target?.country, trigger: "did",
            date: date.map { EventDate(value: $0, anchoring: .timex) } ?? EventDate(value: nil, anchoring: .none),
            modality: modality, attribution: nil, evidence: evidence)
        var actors = [source]
        if let target { actors.append(target) }
        return IngestItem(document: document, extraction: extraction(document, actors: actors, events: [event]))
    }

    /// An extraction made of parts (no sentences or timexes).
    static func extraction(_ document: Document, actors: [Actor], events: [Event]) -> DocumentExtraction {
        let segmented = SegmentedDocument(
            document: document, text: ScalarText(document.text), sentences: [], tokens: [], tokenRanges: [],
            dateline: nil, boilerplate: [])
        return DocumentExtraction(
            document: segmented,
            temporal: TemporalAnnotation(timexes: [], dct: document.published, dctSource: document.dctSource, findings: []),
            actors: ActorAnnotation(actors: actors, mentions: [], findings: []), events: events, findings: [])
    }

    /// Two reports of one US sanction on Iran (different outlets, overlapping dates), one a year later, and a
    /// business dyad.
    static var corpus: [IngestItem] {
        [
            item("reuters-1", published: "2020-01-08", url: "https://www.reuters.com/a", usa, .sanction, irn,
                 date: "2020-01-07", text: "The United States imposed new sanctions on Iran on Tuesday."),
            item("ap-1", published: "2020-01-09", url: "https://apnews.com/b", usa, .sanction, irn,
                 date: "2020-01", text: "Washington sanctioned Tehran's oil ministry this month."),
            item("reuters-2", published: "2021-01-10", url: "https://www.reuters.com/c", usa, .sanction, irn,
                 date: "2021-01-09", text: "The United States sanctioned Iranian shipping firms."),
            item("biz-1", published: "2020-01-08", url: "https://example.com/d", acme, .cooperate, irn,
                 date: "2020-01-06", text: "Acme Oil signed a supply contract with Iran."),
        ]
    }

    /// A path for a new database in a new temporary folder.
    static func databasePath() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storygraph-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("corpus.sqlite").path
    }
}
