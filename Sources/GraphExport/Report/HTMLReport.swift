import EventOntology
import Foundation
import Geo
import Plot

/// The report as one self-contained HTML file: inline CSS, the two diagrams as inline SVG, a sortable table of
/// key events (a few lines of inline script), the sources and the findings. Nothing is fetched: a
/// Content-Security-Policy forbids every network request.
///
/// Built with Plot. Plot keeps anything that looks like an entity (`&amp;`, `&#x0;`) and does not escape
/// attribute values, so every outside text goes through ``MarkupText/escaped(_:)`` first and enters the
/// document escaped exactly once; links are kept only for `http`/`https` addresses. The SVGs are Graphviz's
/// output of Storygraph's DOT, whose text is escaped by ``DOTText``; their XML prologue is dropped.
public struct HTMLReport: Sendable {
    /// The rendered relations diagram (SVG), or `nil`.
    public var relationsSVG: String?
    /// The rendered timeline (SVG), or `nil`.
    public var timelineSVG: String?

    /// Creates the encoder.
    public init(relationsSVG: String?, timelineSVG: String?) {
        self.relationsSVG = relationsSVG
        self.timelineSVG = timelineSVG
    }

    /// The Content-Security-Policy every report carries: no network request, inline CSS, script and images only.
    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

    /// How every HTML report Storygraph writes begins, up to and including its Content-Security-Policy.
    static let opening = "<!DOCTYPE html>\n<html>\n <head>\n  <meta charset=\"UTF-8\"/>\n"
        + "  <meta http-equiv=\"Content-Security-Policy\" content=\"\(contentSecurityPolicy)\"/>\n"

    /// Whether `head`, the first bytes of a file, begin as Storygraph's HTML reports begin: how `report` tells a
    /// report an earlier version wrote (before reports were recorded in `.storygraph-outputs`) from an HTML page of
    /// the user's, which it never replaces.
    public static func isReport(_ head: Data) -> Bool {
        head.starts(with: Data(opening.utf8))
    }

    /// The HTML document, UTF-8, ending in a newline.
    public func encode(_ content: ReportContent) -> Data {
        let html = HTML(
            .head(
                .meta(.charset(.utf8)),
                .meta(.attribute(named: "http-equiv", value: "Content-Security-Policy"),
                      .attribute(named: "content", value: Self.contentSecurityPolicy)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title(Self.text(content.title)),
                .style(Self.css)
            ),
            .body(
                .h1(.raw(Self.text(content.title))),
                .p(.class("summary"), .raw(Self.text(content.summary.sentence))),
                .forEach(content.notes) { .p(.class("note"), .raw(Self.text($0))) },
                .h2("Relations"),
                .unwrap(relationsSVG) { .div(.class("figure"), .id("relations"), .raw(Self.inline($0))) },
                .h2("Timeline"),
                .unwrap(timelineSVG) { .div(.class("figure"), .id("timeline"), .raw(Self.inline($0))) },
                .h2("Places"),
                content.places.isEmpty
                    ? .p(.class("hint"), .text("No event has a location: none of their clauses names a place the gazetteer knows."))
                    : .div(.class("figure"), .id("map"), ReportMap(places: content.places, outlines: try? WorldOutlines.bundled()).node()),
                .unwrap(content.places.isEmpty ? nil : content.places.count) { count in
                    .p(.class("hint"), .text(Self.mapHint(count, places: Set(content.places.map { [$0.lat, $0.lon] }).count)))
                },
                .h2("Key events"),
                .p(.class("hint"), .text("The events of the happenings the most articles report; click a column heading to sort.")),
                keyEvents(content.keyEvents),
                .h2("Sources"),
                .ol(.forEach(content.sources) { source in
                    .li(
                        Self.link(source.title, source.url),
                        .raw(Self.text(" — \(source.published ?? "no date"), \(CountedNoun.text(source.events, "event")) (\(source.id.rawValue))"))
                    )
                }),
                .h2("Findings"),
                unknownActors(content.unknownActors),
                .script(.raw(Self.sortScript))
            )
        )
        return Data((html.render(indentedBy: .spaces(1)) + "\n").utf8)
    }

    private func keyEvents(_ events: [ReportContent.KeyEvent]) -> Node<HTML.BodyContext> {
        .table(
            .class("sortable"), .id("key-events"),
            .thead(.tr(.forEach(["Date", "Dyad", "Type", "Modality", "Articles", "Evidence"]) { .th(.text($0)) })),
            .tbody(.forEach(events) { event in
                .tr(
                    .class("q\(event.quadClass.rawValue)"),
                    .td(.attribute(named: "data-sort", value: Self.text(event.sortKey.isEmpty ? "~" : event.sortKey)), .raw(Self.text(event.date))),
                    .td(.raw(Self.text(event.dyad))),
                    .td(.raw(Self.text(event.type))),
                    .td(.raw(Self.text(event.modality.rawValue))),
                    .td(.class("number"), .text("\(event.articles)")),
                    .td(.raw(Self.text(event.evidence)), .br(), .small(Self.link(event.source, event.url)))
                )
            })
        )
    }

    private func unknownActors(_ actors: [ReportContent.UnknownActor]) -> Node<HTML.BodyContext> {
        guard !actors.isEmpty else { return .p(.text("Every name met is in the lexicon.")) }
        return .group(
            .p(.text("Names the lexicon does not know, most mentioned first: add the ones that matter to a user lexicon (--lexicon).")),
            .table(
                .class("sortable"), .id("unknown-actors"),
                .thead(.tr(.forEach(["Name", "Mentions", "Articles", "Read as"]) { .th(.text($0)) })),
                .tbody(.forEach(actors.prefix(40)) { actor in
                    .tr(
                        .td(.raw(Self.text(actor.name))), .td(.class("number"), .text("\(actor.mentions)")),
                        .td(.class("number"), .text("\(actor.documents)")), .td(.raw(Self.text(actor.reading)))
                    )
                })
            ),
            .if(actors.count > 40, .p(.text("… and \(actors.count - 40) more names.")))
        )
    }

    /// The sentence under the map, for `count` happenings at `places` distinct coordinates.
    static func mapHint(_ count: Int, places: Int) -> String {
        "\(count) located happening\(count == 1 ? "" : "s")"
            + (places < count ? " at \(CountedNoun.text(places, "place"))" : "")
            + ": one point per place, listing its happenings; the reports of different articles about a "
            + "happening merged, at the place most of them name (in the event's own clause, or the "
            + "dateline's for attacks, protests, mobilisations and coercion); colour as in the diagram, area by the "
            + "number of articles; hover for the article and source counts and the events. Country outlines: "
            + "Natural Earth (public domain). events.geojson (from build) has the same points for GIS tools."
    }

    /// Outside text, escaped once.
    static func text(_ text: String) -> String { MarkupText.escaped(text) }

    /// A link for http/https addresses, the bare (escaped) text otherwise.
    static func link(_ text: String, _ url: String?) -> Node<HTML.BodyContext> {
        guard let url = DOTText.url(url) else { return .raw(Self.text(text)) }
        return .a(.attribute(named: "href", value: Self.text(url)), .attribute(named: "rel", value: "noreferrer"), .raw(Self.text(text)))
    }

    /// Graphviz's SVG without its XML declaration, doctype and leading comments.
    static func inline(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        return String(svg[start.lowerBound...])
    }

    static let css = """
        body{font-family:"Liberation Sans",Arial,sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}
        h1{font-size:1.6em}h2{margin-top:1.6em;border-bottom:1px solid #ccc}
        .summary{font-size:1.1em}.note,.hint{color:#555;font-size:.9em}
        svg.map{width:100%;height:auto;background:#f4f8fb;border:1px solid #ccc}svg.map .land{fill:#e4e4e4;stroke:#aaa;stroke-width:.6}
        svg.map .place{stroke:#222;stroke-width:.8;fill-opacity:.85}
        .figure{overflow-x:auto;border:1px solid #eee;padding:.5em}.figure svg{max-width:100%;height:auto}
        table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
        th{cursor:pointer;background:#f4f4f4}td.number{text-align:right}
        tr.q1 td:first-child{border-left:4px solid #009E73}tr.q2 td:first-child{border-left:4px solid #0072B2}
        tr.q3 td:first-child{border-left:4px solid #E69F00}tr.q4 td:first-child{border-left:4px solid #D55E00}
        @media print{.figure{overflow:visible;border:none}th{cursor:auto}}
        """

    static let sortScript = """
        document.querySelectorAll("table.sortable th").forEach(function (th) {
          th.addEventListener("click", function () {
            var table = th.closest("table"), body = table.tBodies[0], column = th.cellIndex;
            var rows = Array.prototype.slice.call(body.rows);
            var direction = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
            function key(row) { var cell = row.cells[column]; return cell.getAttribute("data-sort") || cell.textContent; }
            rows.sort(function (a, b) {
              var x = key(a), y = key(b), difference = Number(x) - Number(y);
              return direction * (isNaN(difference) ? x.localeCompare(y) : difference);
            });
            table.querySelectorAll("th").forEach(function (other) { other.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
            rows.forEach(function (row) { body.appendChild(row); });
          });
        });
        """
}
