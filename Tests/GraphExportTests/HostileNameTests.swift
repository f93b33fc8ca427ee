import GraphFixtures
import ActorLexicon
import ArticleText
import EventOntology
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GraphExport
import GraphModel
import Testing

/// Names that break naive DOT and XML writers: quotes, backslashes (also trailing), markup, line breaks, DOT
/// keywords and IDs starting with a digit.
@Suite struct HostileNameTests {
    static let names: [(id: ActorID, name: String)] = [
        ("node", "Say \"hi\" to node"),
        ("graph", #"back\slash and trailing\"#),
        ("1abc", "<b>bold</b> & <i>\"quoted\"</i>"),
        ("strict", "two\nlines\\n not an escape"),
        (#"quote"id\"#, "\\N \\G \\l label escapes"),
        ("same-name-1", "Twin"),
        ("same-name-2", "Twin"),
    ]

    static var graph: EventGraph {
        let actors = names.map { Actor(id: $0.id, name: $0.name, country: nil, sector: nil, kind: .organization) }
        let events = zip(actors, actors.dropFirst()).enumerated().map { index, pair in
            SeedFixture.event(index + 1, pair.0, .accuse, pair.1, date: SeedFixture.date("2025"),
                              trigger: "said \"no\" & <left>", at: index * 100, text: "He said \"no\" & <left>\\.")
        }
        return EventGraph(actors: actors, events: events)
    }

    @Test func everyIdIsQuotedAndEscapedOnce() {
        let dot = DOTEncoder().encode(Self.graph.relationGraph(level: .actor))
        #expect(dot.contains(#""node" [fillcolor"#))
        #expect(dot.contains(#""1abc" -> "strict""#))
        #expect(dot.contains(#""quote\"id\\" ["#))
        #expect(dot.contains(#"label="back\\slash and trailing\\""#))
        #expect(dot.contains(#"label="two\nlines\\n not an escape""#))
        #expect(dot.contains(#"label="\\N \\G \\l label escapes""#))
        #expect(dot.contains(#"label="<b>bold</b> &amp; <i>\"quoted\"</i>""#))  // `&` never reaches Graphviz's entity decoder
    }

    /// Graphviz's own reading of our DOT: every node survives with its label intact.
    @Test(.enabled(if: DotCommand.isAvailable, "needs Graphviz's dot command (Debian graphviz)")) func graphvizReadsBackEveryNodeAndLabel() throws {
        let dot = DOTEncoder().encode(Self.graph.relationGraph(level: .actor))
        let result = try DotCommand.run(dot, format: "json")
        #expect(result.errors.isEmpty, "\(result.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        let objects = try #require(json["objects"] as? [[String: Any]])
        #expect(objects.count == Self.names.count)
        let labels = Set(objects.compactMap { $0["label"] as? String }.map(Self.unescapeLabel)
            .map { $0.replacingOccurrences(of: "&amp;", with: "&") })
        #expect(labels == Set(Self.names.map(\.name)))
        let edges = try #require(json["edges"] as? [[String: Any]])
        #expect(edges.count == Self.names.count - 1)
    }

    /// Document ids come from file names and JSONL records: they reach timeline tooltips.
    @Test(.enabled(if: DotCommand.isAvailable, "needs Graphviz's dot command (Debian graphviz)")) func hostileDocumentIdsSurviveTheTimeline() throws {
        let document: DocumentID = #"doc "1" \ <graph>"#
        let events = [
            SeedFixture.event(1, SeedFixture.prk, .accuse, SeedFixture.kor, date: SeedFixture.date("2025"), document: document),
            SeedFixture.event(2, SeedFixture.prk, .aid, SeedFixture.rus, date: SeedFixture.date("2025"), document: document, at: 50),
        ]
        let graph = EventGraph(actors: [SeedFixture.prk, SeedFixture.kor, SeedFixture.rus], events: events)
        let dot = DOTEncoder().encode(TimelineChart(graph: graph, provenance: DiagramProvenance(graph)), provenance: DiagramProvenance(graph))
        #expect(dot.contains(#"doc \"1\" \\\\ <graph>: A sentence."#))
        let result = try DotCommand.run(dot, format: "json")
        #expect(result.errors.isEmpty, "\(result.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        let names = (json["objects"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(names.filter { $0.hasPrefix("box:") }.count == 2, "\(names)")
        #expect(names.contains("tick:0"))
    }

    @Test func xmlEncodersRoundTripHostileText() throws {
        // GraphML ids are name tokens (`quote"id\` → `quote_22_id_5C_`), GEXF ids the ids as they are but for a
        // backslash, doubled (so that the escapes of control characters cannot be confused with text).
        let encodings = [
            (GraphMLEncoder().encode(Self.graph), Self.names.map { GraphMLEncoder.token($0.id.rawValue) }),
            (GEXFEncoder().encode(Self.graph), Self.names.map { $0.id.rawValue.replacingOccurrences(of: "\\", with: "\\\\") }),
        ]
        for (data, expected) in encodings {
            let document = try XMLDocument(data: data)
            let ids = try document.nodes(forXPath: "//*[local-name()='node']")
                .compactMap { ($0 as? XMLElement)?.value(of: "id") }
            #expect(Set(ids) == Set(expected))
            #expect(ids.count == Self.names.count)
            let raw = String(decoding: data, as: UTF8.self)
            #expect(raw.contains("&lt;b&gt;bold&lt;/b&gt; &amp;"))
        }
        let graphML = try XMLDocument(data: GraphMLEncoder().encode(Self.graph))
        let actorIDs = try graphML.nodes(forXPath: "//*[local-name()='data'][@key='n_actor']").map { $0.stringValue ?? "" }
        #expect(Set(actorIDs) == Set(Self.names.map(\.id.rawValue)))
        let labels = try graphML.nodes(forXPath: "//*[local-name()='NodeLabel']").map { $0.stringValue ?? "" }
        #expect(labels.contains("<b>bold</b> & <i>\"quoted\"</i>"))  // yEd's label reads as written
        let names = try graphML.nodes(forXPath: "//*[local-name()='data'][@key='n_name']").map { $0.stringValue ?? "" }
        #expect(Set(names) == Set(Self.names.map(\.name)))
        let gexf = try XMLDocument(data: GEXFEncoder().encode(Self.graph))
        let triggers = try gexf.nodes(forXPath: "//*[local-name()='attvalue'][@for='trigger']")
            .compactMap { ($0 as? XMLElement)?.value(of: "value") }
        #expect(triggers.count == Self.names.count - 1)
        #expect(triggers.allSatisfy { $0 == "said \"no\" & <left>" })
    }

    /// Ids that differ only in a control character (ESC dropped, two C1 controls both written U+FFFD) were one node
    /// in the DOT and one id in GEXF; names with C1 controls kept them raw in GraphML and GEXF, where the DOT, the
    /// SVGs and the report write U+FFFD.
    @Test func idsThatDifferOnlyInAControlCharacterStayDistinct() throws {
        let actors = [("ctl\u{1B}x", "Esc\u{1B}[2J name"), ("ctlx", "Plain"), ("c1\u{85}y", "Next\u{85}line"), ("c1\u{86}y", "C1\u{9B}31m")]
            .map { Actor(id: ActorID($0.0), name: $0.1, country: nil, sector: nil, kind: .organization) }
        let events = zip(actors, actors.dropFirst()).enumerated().map { index, pair in
            SeedFixture.event(index + 1, pair.0, .accuse, pair.1, date: SeedFixture.date("2025"), at: index * 100,
                              text: "He said\u{9B} no.")
        }
        let graph = EventGraph(actors: actors, events: events)
        let dot = DOTEncoder().encode(graph.relationGraph(level: .actor))
        for id in [#""ctl\u{1B}x" ["#, #""ctlx" ["#, #""c1\u{85}y" ["#, #""c1\u{86}y" ["#] {
            #expect(dot.contains(id), "\(id) in \(dot)")
        }
        #expect(dot.contains("label=\"Esc\u{FFFD}[2J name\""))  // in a label the control is U+FFFD, as in CSV
        let gexf = try XMLDocument(data: GEXFEncoder().encode(graph))
        let ids = try gexf.nodes(forXPath: "//*[local-name()='node']").compactMap { ($0 as? XMLElement)?.value(of: "id") }
        #expect(Set(ids) == [#"ctl\u{1B}x"#, "ctlx", #"c1\u{85}y"#, #"c1\u{86}y"#])
        let edgeEnds = try gexf.nodes(forXPath: "//*[local-name()='edge']").compactMap { ($0 as? XMLElement)?.value(of: "source") }
        #expect(Set(edgeEnds).isSubset(of: Set(ids)))
        for data in [GEXFEncoder().encode(graph), GraphMLEncoder().encode(graph)] {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) }, "a C1 control is written raw")
            #expect(text.contains("Next\u{FFFD}line") && text.contains("C1\u{FFFD}31m") && text.contains("He said\u{FFFD} no."))
        }
    }

    /// Graphviz label escapes as Graphviz reads them for plain labels: `\\` → `\`, `\n` → line feed.
    static func unescapeLabel(_ label: String) -> String {
        var result = ""
        var escaped = false
        for character in label {
            if escaped {
                result += character == "n" ? "\n" : String(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
