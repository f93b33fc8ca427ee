import ArticleText
import EventOntology
import GraphModel

/// Where the events behind a diagram element come from: each event's date, type, modality, article title and
/// evidence sentence, for tooltips, and the article's address, for links.
///
/// Built from the ``EventGraph`` the diagram was drawn from; the diagrams work without it (tooltips then
/// list event ids only).
public struct DiagramProvenance: Sendable {
    /// The events by id.
    public var events: [EventID: Event]
    /// The documents by id.
    public var documents: [DocumentID: DocumentRecord]
    /// The most events a tooltip lists; further ones are counted.
    public var tooltipLimit: Int
    /// The longest evidence sentence a tooltip quotes, in characters; longer ones are cut at a word and end in "…".
    public var evidenceLimit: Int

    /// Provenance of `graph`'s events.
    public init(_ graph: EventGraph, tooltipLimit: Int = 8, evidenceLimit: Int = 220) {
        events = Dictionary(uniqueKeysWithValues: graph.events.map { ($0.key, $0.value) })
        documents = Dictionary(uniqueKeysWithValues: graph.documents.map { ($0.key, $0.value) })
        self.tooltipLimit = tooltipLimit
        self.evidenceLimit = evidenceLimit
    }

    /// The distinct documents (articles) the events were read from, their restatements included.
    public func articles(of ids: [EventID]) -> [DocumentID] {
        var seen: Set<DocumentID> = []
        var result: [DocumentID] = []
        for id in ids {
            guard let event = events[id] else { continue }
            for document in [event.evidence.document] + event.additionalEvidence.map(\.document) where seen.insert(document).inserted {
                result.append(document)
            }
        }
        return result
    }

    /// The address of the first of the events' articles that has one.
    public func url(of ids: [EventID]) -> String? {
        for document in articles(of: ids) {
            if let url = documents[document]?.url, !url.isEmpty { return url }
        }
        return nil
    }

    /// One line per event, up to ``tooltipLimit``: "Sep 2025 · AID (military) · reported · “Title”: evidence".
    public func eventLines(_ ids: [EventID]) -> [String] {
        var lines = ids.prefix(tooltipLimit).map { id in events[id].map(line) ?? id.rawValue }
        if ids.count > tooltipLimit { lines.append("… and \(ids.count - tooltipLimit) more events") }
        return lines
    }

    /// The describing line of one event.
    public func line(_ event: Event) -> String {
        var parts: [String] = []
        if let value = event.date?.intervalValue {
            parts.append(HumanDate.text(value, since: EventGraph.startsRange(value, event.date)))
        } else if let value = event.date?.value {
            parts.append(HumanDate.text(value))
        } else {
            parts.append("undated")
        }
        parts.append((event.modality == .negated ? "not " : "") + event.type.rawValue + (event.mode.map { " (\($0))" } ?? ""))
        if event.modality != .asserted && event.modality != .negated { parts.append(event.modality.rawValue) }
        let document = documents[event.evidence.document]
        let source = document?.title.map { "“\($0)”" } ?? event.evidence.document.rawValue
        return parts.joined(separator: " · ") + " · " + source + ": " + truncated(event.evidence.text)
    }

    /// `text` cut to ``evidenceLimit`` characters at a word boundary, with "…".
    public func truncated(_ text: String) -> String {
        let flat = text.split(whereSeparator: { ControlCharacters.isLineBreak($0) }).joined(separator: " ")
        guard flat.count > evidenceLimit else { return flat }
        let cut = flat.prefix(evidenceLimit)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return word + " …"
    }
}
