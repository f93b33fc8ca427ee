import Foundation

/// The report as CommonMark: the same sections as ``HTMLReport``, the diagrams as image links to SVG files
/// written beside it.
///
/// Outside text goes through ``MarkdownText/escaped(_:in:)`` for the place it lands (a table cell, the start of
/// a paragraph or list item, a heading), which escapes only what Markdown would read as syntax there: the file
/// reads as written prose, and names and evidence never turn into links, emphasis, HTML or table cells.
public struct MarkdownReport: Sendable {
    /// Relative path of the relations diagram image.
    public var relationsImage: String
    /// Relative path of the timeline image.
    public var timelineImage: String

    /// Creates the encoder.
    public init(relationsImage: String, timelineImage: String) {
        self.relationsImage = relationsImage
        self.timelineImage = timelineImage
    }

    /// The Markdown document, UTF-8, ending in a newline.
    public func encode(_ content: ReportContent) -> Data {
        var lines = ["# " + MarkdownText.escaped(content.title, in: .heading), ""]
        lines.append(MarkdownText.escaped(content.summary.sentence, in: .blockStart))
        lines += content.notes.flatMap { ["", "> " + MarkdownText.escaped($0, in: .blockStart)] }
        lines += ["", "## Relations", "", "![Relations diagram](\(relationsImage))", "", "## Timeline", "",
                  "![Timeline](\(timelineImage))", "", "## Key events", "",
                  "| Date | Dyad | Type | Modality | Articles | Evidence |", "|---|---|---|---|---:|---|"]
        for event in content.keyEvents {
            let cells = [event.date, event.dyad, event.type, event.modality.rawValue].map { Self.cell($0) }
                + ["\(event.articles)", Self.cell(event.evidence) + " — " + Self.link(event.source, event.url, in: .tableCell)]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        if !content.places.isEmpty {
            lines += ["", "## Places", "",
                      "| Place | Country | Latitude | Longitude | Happening | Events | Articles | Sources |",
                      "|---|---|---:|---:|---|---:|---:|---:|"]
            for place in content.places {
                lines.append("| \(Self.cell(place.name)) | \(Self.cell(place.country)) | \(String(format: "%.4f", place.lat)) | "
                    + "\(String(format: "%.4f", place.lon)) | \(Self.cell(place.events.first ?? "")) | \(place.events.count) | "
                    + "\(place.numArticles) | \(place.numSources) |")
            }
        }
        lines += ["", "## Sources", ""]
        for (index, source) in content.sources.enumerated() {
            lines.append("\(index + 1). " + Self.link(source.title, source.url, in: .blockStart) + " "
                + MarkdownText.escaped("— \(source.published ?? "no date"), \(CountedNoun.text(source.events, "event")) (\(source.id.rawValue))", in: .inline))
        }
        lines += ["", "## Findings", ""]
        if content.unknownActors.isEmpty {
            lines.append("Every name met is in the lexicon.")
        } else {
            lines += ["Names the lexicon does not know, most mentioned first:", "",
                      "| Name | Mentions | Articles | Read as |", "|---|---:|---:|---|"]
            for actor in content.unknownActors.prefix(40) {
                lines.append("| \(Self.cell(actor.name)) | \(actor.mentions) | \(actor.documents) | \(Self.cell(actor.reading)) |")
            }
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// `[text](url)` for http/https addresses (see ``MarkdownText/destination(_:)``), the escaped text
    /// otherwise; `context` is where the text starts.
    static func link(_ text: String, _ url: String?, in context: MarkdownText.Context) -> String {
        guard let destination = MarkdownText.destination(url) else { return MarkdownText.escaped(text, in: context) }
        return "[\(MarkdownText.escaped(text, in: context == .tableCell ? .tableCell : .inline))](\(destination))"
    }

    /// `text` as one table cell's literal content.
    static func cell(_ text: String) -> String { MarkdownText.escaped(text, in: .tableCell) }
}
