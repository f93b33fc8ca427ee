import GraphFixtures
import ActorLexicon
import ArticleText
import EventOntology
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import GraphExport
import GraphModel
import Testing

/// Names and evidence that Graphviz would otherwise expand, decode or copy raw into SVG: escString sequences,
/// entities, markup, XML-forbidden characters. Graphviz must read our DOT without a message, write
/// well-formed SVG, and show every text as written.
@Suite(.serialized) struct GraphvizHostileTextTests {
    static let hostile = [
        #"He said "no" & left\"#,
        "<script>alert(1)</script>",
        "]]> --> <!-- &#x0; &amp; &lt;b&gt;",
        #"\N \G \L \E \T \H \n \l \\ end"#,
        "{ } [ ] ; node edge graph strict digraph subgraph",
        "<b>bold</b> <TABLE>",
        "bell\u{7}\u{FFFE}\u{FFFF} gone",
    ]

    /// `text` as XML can carry it (what the SVG must show): hidden control characters as U+FFFD, U+FFFE and
    /// U+FFFF dropped.
    static func carried(_ text: String) -> String {
        String(String.UnicodeScalarView(ControlCharacters.shown(text).unicodeScalars.filter { !DOTText.isForbidden($0) }))
    }

    static var graph: EventGraph {
        let actors = hostile.enumerated().map { index, name in
            Actor(id: ActorID("a\(index)&#x0;"), name: name, country: nil, sector: nil, kind: .organization)
        }
        let document: DocumentID = "doc &#x0; --> ]]>"
        let events = zip(actors, actors.dropFirst()).enumerated().map { index, pair in
            SeedFixture.event(
                index + 1, pair.0, .accuse, pair.1, date: SeedFixture.date("2025-09"), document: document,
                at: index * 200, text: hostile[index])
        }
        return EventGraph(
            actors: actors, events: events,
            document: DocumentRecord(id: document, title: hostile[2], url: "https://example.org/a?b=1&c=\"<x>\""))
    }

    static func svg(_ dot: String) throws -> XMLDocument {
        let result = try DotCommand.run(dot, format: "svg")
        #expect(result.errors.isEmpty, "\(result.errors)")
        return try XMLDocument(data: result.output)
    }

    static func texts(_ document: XMLDocument) throws -> [String] {
        try document.nodes(forXPath: "//*[local-name()='text']").map { $0.stringValue ?? "" }
    }

    static func tooltips(_ document: XMLDocument) throws -> [String] {
        try document.nodes(forXPath: "//*[local-name()='a']").compactMap { ($0 as? XMLElement)?.value(of: "xlink:title") }
    }

    @Test func escapesEachRoleAsGraphvizReadsIt() {
        #expect(DOTText.quoted(#"a\N & "b"\"#) == #""a\\N &amp; \"b\"\\""#)
        #expect(DOTText.quoted(#"a\N"#, as: .tooltip) == #""a\\\\N""#)
        #expect(DOTText.quoted("x\u{0}\u{FFFE}y\nz\r") == "\"x\u{FFFD}y\\nz\"")  // NUL as U+FFFD, as ESC, BEL and DEL
        #expect(DOTText.quoted("a\u{1B}[2J\u{7}\u{7F}b", as: .tooltip) == "\"a\u{FFFD}[2J\u{FFFD}\u{FFFD}b\"")
        #expect(DOTText.url("javascript:alert(1)") == nil)
        // C1 controls (CSI, NEL) become U+FFFD in every role, as in CSV; HTML-like labels and the report too.
        #expect(DOTText.quoted("a\u{9B}31mb\u{85}") == "\"a\u{FFFD}31mb\u{FFFD}\"")
        #expect(DOTText.quoted("a\u{80}b\u{9F}", as: .tooltip) == "\"a\u{FFFD}b\u{FFFD}\"")
        #expect(MarkupText.escaped("<a\u{9B}2J\u{85}>\u{A0}\u{7F}") == "&lt;a\u{FFFD}2J\u{FFFD}&gt;\u{A0}\u{FFFD}")
        #expect(DOTText.url(#"https://e.org/a b?q="<\>"#) == "https://e.org/a%20b?q=%22%3C%5C%3E")
    }

    @Test(.enabled(if: DotCommand.isAvailable, "needs Graphviz's dot command (Debian graphviz)")) func relationsSVGIsWellFormedAndShowsTextAsWritten() throws {
        let graph = Self.graph
        let dot = DOTEncoder().encode(graph.relationGraph(level: .actor), provenance: DiagramProvenance(graph))
        let svg = try Self.svg(dot)
        let texts = try Self.texts(svg)
        for name in Self.hostile {
            #expect(texts.contains(Self.carried(name)), "node label \(name) not shown as written: \(texts)")
        }
        let tooltips = try Self.tooltips(svg).joined(separator: "\n")
        for (index, sentence) in Self.hostile.dropLast().enumerated() {
            #expect(tooltips.contains(Self.carried(sentence)), "evidence \(index) altered in tooltips")
        }
        let links = try svg.nodes(forXPath: "//*[local-name()='a']").compactMap { ($0 as? XMLElement)?.value(of: "xlink:href") }
        #expect(links.contains("https://example.org/a?b=1&c=%22%3Cx%3E%22"))
    }

    @Test(.enabled(if: DotCommand.isAvailable, "needs Graphviz's dot command (Debian graphviz)")) func timelineSVGIsWellFormedAndShowsTextAsWritten() throws {
        let dot = DOTEncoder().encode(TimelineChart(graph: Self.graph, provenance: DiagramProvenance(Self.graph)), provenance: DiagramProvenance(Self.graph))
        let svg = try Self.svg(dot)
        let tooltips = try Self.tooltips(svg).joined(separator: "\n")
        for sentence in Self.hostile.dropLast() {
            #expect(tooltips.contains(Self.carried(sentence)), "evidence altered in timeline tooltips: \(sentence)")
        }
        let texts = try Self.texts(svg).joined(separator: "\n")
        #expect(texts.contains(Self.carried(Self.hostile[1])))
        #expect(!texts.contains("2025-09"))
        #expect(texts.contains("Sep 2025"))
    }
}
