import Foundation

/// The report as CommonMark: the same sections as ``HTMLReport``, the diagrams as image links to SVG files
/// written beside it.
///
/// Outside text goes through ``escaped(_:)`` (every ASCII punctuation character that Markdown could read as
/// syntax is backslash-escaped, `<` and `&` become character references, line breaks spaces), so names and
/// evidence never turn into links, emphasis, HTML or table cells.
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
        let summary = content.summary
        var lines = ["# " + Self.escaped(content.title), ""]
        var span = ""
        if let first = summary.firstDate, let last = summary.lastDate { span = first == last ? ", dated \(first)" : ", dated \(first) to \(last)" }
        lines.append(Self.escaped(
            "\(summary.documents) articles, \(summary.events) events (\(summary.undatedEvents) undated or vague), "
                + "\(summary.actors) actors, \(summary.relations) relations\(span)."))
        lines += content.notes.flatMap { ["", "> " + Self.escaped($0)] }
        lines += ["", "## Relations", "", "![Relations diagram](\(relationsImage))", "", "## Timeline", "",
                  "![Timeline](\(timelineImage))", "", "## Key events", "",
                  "| Date | Dyad | Type | Modality | Articles | Evidence |", "|---|---|---|---|---:|---|"]
        for event in content.keyEvents {
            let cells = [event.date, event.dyad, event.type, event.modality.rawValue].map(Self.escaped)
                + ["\(event.articles)", Self.escaped(event.evidence) + " — " + Self.link(event.source, event.url)]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        lines += ["", "## Sources", ""]
        for (index, source) in content.sources.enumerated() {
            lines.append("\(index + 1). " + Self.link(source.title, source.url)
                + Self.escaped(" — \(source.published ?? "no date"), \(source.events) events (\(source.id.rawValue))"))
        }
        lines += ["", "## Findings", ""]
        if content.unknownActors.isEmpty {
            lines.append("Every name met is in the lexicon.")
        } else {
            lines += ["Names the lexicon does not know, most mentioned first:", "",
                      "| Name | Mentions | Articles | Read as |", "|---|---:|---:|---|"]
            for actor in content.unknownActors.prefix(40) {
                lines.append("| \(Self.escaped(actor.name)) | \(actor.mentions) | \(actor.documents) | \(Self.escaped(actor.reading)) |")
            }
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// `[text](url)` for http/https addresses (the address percent-encoded, so it holds no `)` or space),
    /// the escaped text otherwise.
    static func link(_ text: String, _ url: String?) -> String {
        guard let url = DOTText.url(url)?.replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29") else {
            return escaped(text)
        }
        return "[\(escaped(text))](\(url))"
    }

    /// `text` as literal Markdown inline text.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": result += "&lt;"
            case "&": result += "&amp;"
            case "\n", "\r", "\t": result += " "
            case _ where scalar.value < 0x20: continue
            case _ where scalar.isASCII && "\\`*_{}[]()#+-.!|>~\"'".unicodeScalars.contains(scalar):
                result += "\\"
                result.unicodeScalars.append(scalar)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
