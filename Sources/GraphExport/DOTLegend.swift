import Foundation
import EventOntology

/// The legends drawn inside the diagrams, as Graphviz HTML-like labels.
///
/// The tables hold Storygraph's own constant text; the only outside text, a caption, is escaped by
/// ``escaped(_:)`` for the HTML-like label reader (XML entities; backslashes doubled, since Graphviz unescapes
/// them there too).
enum DOTLegend {
    /// The relations diagram's legend: QuadClass colours, line styles, the negation bar, what width means.
    static func relations(title: String?) -> String {
        table(title: title, rows: [
            QuadClass.allCases.map { cell(swatch: $0, text: $0.label) },
            [
                cell("━━  asserted"), cell("╺ ╺ ╺  reported, hedged"), cell("┄┄┄  future, hypothetical"),
                cell("━━┫  not (negated)"),
            ],
            [cell("wider line: more articles · ×n: events · loop: both ends in one country", span: 7)],
        ])
    }

    /// The timeline's legend: box fills by QuadClass, outlines by modality, what the lanes are.
    static func timeline(title: String?, lanes: String) -> String {
        table(title: title, rows: [
            QuadClass.allCases.map { cell(swatch: $0, text: $0.label) },
            [
                cell("solid outline: asserted"), cell("dashed: reported, hedged"), cell("dotted: future, hypothetical"),
                cell("bar: ongoing since its start"),
            ],
            [cell("time runs left to right; one lane per \(lanes)", span: 7)],
        ])
    }

    /// Points of empty column between two legend items side by side. Graphviz sizes each column to the widest
    /// text it measures, which leaves only the cell padding between neighbours: a viewer whose font is even
    /// slightly wider than the one measured (a fallback for Liberation Sans, hinting) ran "dashed: reported,
    /// hedged" into "dotted: …". The gap column keeps the items apart by at least this much in any case.
    static let itemGap = 18

    private static func table(title: String?, rows: [[String]]) -> String {
        let columns = 2 * 4 - 1  // four item columns with a gap column between each two
        var body = ""
        if let title { body += "<TR><TD COLSPAN=\"\(columns)\" ALIGN=\"LEFT\"><B>\(escaped(title))</B></TD></TR>" }
        let gap = "<TD WIDTH=\"\(itemGap)\"></TD>"
        for row in rows { body += "<TR>" + row.joined(separator: gap) + "</TR>" }
        return "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">\(body)</TABLE>>"
    }

    private static func cell(swatch quadClass: QuadClass, text: String) -> String {
        "<TD ALIGN=\"LEFT\"><FONT COLOR=\"\(DOTStyle.color(quadClass))\">■■</FONT> \(text)</TD>"
    }

    private static func cell(_ text: String, span: Int = 1) -> String {
        "<TD ALIGN=\"LEFT\" COLSPAN=\"\(span)\">\(escaped(text))</TD>"
    }

    /// `text` for an HTML-like label: markup-escaped, line breaks as spaces, `\` doubled (Graphviz unescapes
    /// backslashes in HTML-like labels too).
    static func escaped(_ text: String) -> String {
        MarkupText.escaped(text).replacingOccurrences(of: "\\", with: "\\\\")
            .split(whereSeparator: { ControlCharacters.isLineBreak($0) }).joined(separator: " ")
    }
}
