import ArticleText
import EventOntology
import Foundation
import GraphModel

/// `timeline.json` for TimelineJS 3 (Knight Lab): one slide per dated event.
///
/// Shape (keys sorted): `{"title": {"text": {"headline", "text"}}, "events": [{"unique_id", "group",
/// "start_date": {"year", "month"?, "day"?}, "end_date"?: {…}, "text": {"headline", "text"}}]}`. Dates keep
/// their granularity (a year-only value gives `{"year": 2019}`); an event known only to lie in a range
/// ("since January 2025") starts at the range's start and ends at its end when known. The group is the dyad,
/// so TimelineJS draws one row per pair of actors. TimelineJS shows `text` fields as HTML: every text from
/// the articles is HTML-escaped, and the only markup is Storygraph's own link to the article (http/https
/// addresses only). Undated and vague events have no place on a TimelineJS axis: they are counted in the
/// title slide.
public struct TimelineJSEncoder: Sendable {
    /// The title slide's headline.
    public var title: String

    /// Creates the encoder.
    public init(title: String = "Storygraph timeline") { self.title = title }

    struct Document: Encodable {
        var title: Slide
        var events: [Slide]
    }

    struct Slide: Encodable {
        var unique_id: String?
        var group: String?
        var start_date: DateObject?
        var end_date: DateObject?
        var text: Text
    }

    struct Text: Encodable {
        var headline: String
        var text: String
    }

    struct DateObject: Encodable, Equatable {
        var year: Int
        var month: Int?
        var day: Int?
    }

    /// `timeline.json` for `graph`.
    ///
    /// - Throws: ``GraphExportError/encodingFailed(format:reason:)`` when JSON encoding fails.
    public func encode(_ graph: EventGraph) throws -> Data {
        let provenance = DiagramProvenance(graph, evidenceLimit: 600)
        let timeline = graph.timeline(level: .actor)
        var slides: [Slide] = []
        for entry in timeline.entries {
            let event = entry.event
            let dyad = TimelineChart.dyad(event, source: entry.source, target: entry.target)
            let start = Self.date(entry.value, interval: entry.interval, end: false)
            var end: DateObject?
            if entry.isRangeStart, let rangeEnd = event.date?.rangeEnd, let interval = TimexInterval(timex: rangeEnd) {
                end = Self.date(rangeEnd, interval: interval, end: true)
            }
            let document = graph.documents[event.evidence.document]
            var text = MarkupText.escaped(provenance.truncated(event.evidence.text))
            let source = MarkupText.escaped(document?.title ?? event.evidence.document.rawValue)
            if let url = DOTText.url(document?.url) {
                text += " — <a href=\"\(MarkupText.escaped(url))\">\(source)</a>"
            } else {
                text += " — \(source)"
            }
            var headline = TimelineChart.typeText(event)
            if event.modality != .asserted && event.modality != .negated { headline += " (\(event.modality.rawValue))" }
            slides.append(Slide(
                unique_id: event.id.rawValue, group: MarkupText.escaped(dyad), start_date: start, end_date: end,
                text: Text(headline: MarkupText.escaped("\(dyad): \(headline)"), text: text)))
        }
        let undated = timeline.undatedCount
        let documents = graph.documents.count
        var summary = "\(slides.count) dated events from \(documents) article\(documents == 1 ? "" : "s")"
        if undated > 0 { summary += "; \(undated) undated or vague event\(undated == 1 ? " is" : "s are") not shown" }
        let document = Document(title: Slide(text: Text(headline: MarkupText.escaped(title), text: summary)), events: slides)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try JSONText.encode(document, with: encoder) + Data("\n".utf8)
        } catch {
            throw GraphExportError.encodingFailed(format: "TimelineJS", reason: "\(error)")
        }
    }

    /// A TimelineJS date with the value's granularity: its first (or, for `end`, last) day, to the year,
    /// month or day the value names.
    static func date(_ value: String, interval: TimexInterval, end: Bool) -> DateObject {
        let day = end ? interval.last : interval.first
        switch HumanDate.granularity(value) {
        case "day": return DateObject(year: day.year, month: day.month, day: day.day)
        case "month": return DateObject(year: day.year, month: day.month)
        case "year", "decade", "century": return DateObject(year: day.year)
        default: return DateObject(year: day.year, month: day.month, day: day.day)
        }
    }
}
