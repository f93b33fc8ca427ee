import ArticleText
import EventOntology
import Foundation

/// One hand-annotated event of a gold document: country-level dyad, PLOVER type, modality and date.
public struct GoldEvent: Hashable, Sendable, Codable {
    /// Source country code (ISO 3166-1 alpha-3 or IGO code), or an actor id.
    public var source: String
    /// Target country code, or `nil` for a single-actor event.
    public var target: String?
    /// PLOVER event type.
    public var type: EventType
    /// Modality.
    public var modality: Modality
    /// TIMEX3 value of the event's date, or `nil` when the text gives none.
    public var date: String?

    /// Creates a gold event.
    public init(source: String, target: String?, type: EventType, modality: Modality, date: String? = nil) {
        self.source = source
        self.target = target
        self.type = type
        self.modality = modality
        self.date = date
    }
}

/// One gold document: `{"id","published","text","url"?,"events":[…]}` per JSONL line.
public struct EventGoldDocument: Hashable, Sendable, Codable {
    /// Document id.
    public var id: String
    /// DCT, `YYYY-MM-DD`.
    public var published: CalendarDate?
    /// Article text.
    public var text: String
    /// Original address (kept for CC BY attribution).
    public var url: String?
    /// The annotated events.
    public var events: [GoldEvent]

    /// The document to run the pipeline on.
    public var document: Document {
        Document(id: DocumentID(id), text: text, published: published, url: url)
    }

    /// Reads gold JSONL (blank lines skipped).
    /// - Throws: `EventExtractionError.malformedGoldLine` with the 1-based line number.
    public static func readJSONL(_ data: Data) throws -> [EventGoldDocument] {
        let decoder = JSONDecoder()
        var documents: [EventGoldDocument] = []
        for line in JSONLines.lines(of: data) {
            do {
                documents.append(try JSONLines.decode(EventGoldDocument.self, from: line.bytes, decoder: decoder))
            } catch {
                throw EventExtractionError.malformedGoldLine(line: line.number, reason: JSONLines.describe(error, data: line.bytes))
            }
        }
        return documents
    }
}
