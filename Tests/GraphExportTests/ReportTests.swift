import GraphFixtures
import ActorLexicon
import ArticleText
import EventOntology
import Foundation
import Geo
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import GraphExport
import GraphModel
import Testing

/// The report escapes every article text once: parsed back, the page holds the hostile strings as text, one
/// script (ours), no event-handler attributes and links only to http/https addresses.
@Suite(.serialized) struct ReportTests {
    static let evidence = #"He said "no" & left <script>alert(1)</script> ]]> --> &#x0; &amp; \N [x](javascript:alert(1)) | *b*"#
    static let title = "<img src=x onerror=alert(1)> & \"quoted\" 'single'"

    static var graph: EventGraph {
        let villain = Actor(id: "v&<1>", name: "<b>Villain</b> & \"Co\"", country: nil, sector: nil, kind: .organization)
        let events = [
            SeedFixture.event(1, villain, .accuse, SeedFixture.kor, date: SeedFixture.date("2025-09"), text: evidence),
            SeedFixture.event(2, SeedFixture.prk, .aid, SeedFixture.rus, date: SeedFixture.date(nil, range: "2025-01"), at: 300),
        ]
        var graph = EventGraph(
            actors: [villain, SeedFixture.kor, SeedFixture.prk, SeedFixture.rus], events: events,
            document: DocumentRecord(id: SeedFixture.seed, title: title, url: "javascript:alert(1)"))
        graph.add(findings: [
            Finding(.info, code: "actor.unknown", message: "\"<i>Unknown</i> & Co\" is not in the lexicon; taken as organization"),
            Finding(.info, code: "actor.unknown", message: "\"<i>Unknown</i> & Co\" is not in the lexicon; taken as organization"),
            Finding(.info, code: "actor.unknown", message: "\"Rodaba Noori\" is not in the lexicon; taken as person of AFG"),
        ], of: SeedFixture.seed)
        return graph
    }

    static func html(svg: Bool) throws -> Data {
        let graph = graph
        let provenance = DiagramProvenance(graph)
        var relations: String?, timeline: String?
        if svg, DotCommand.isAvailable {
            relations = String(decoding: try DotCommand.run(DOTEncoder().encode(graph.relationGraph(level: .country), provenance: provenance), format: "svg").output, as: UTF8.self)
            timeline = String(decoding: try DotCommand.run(DOTEncoder().encode(TimelineChart(graph: graph, provenance: provenance), provenance: provenance), format: "svg", engine: "neato").output, as: UTF8.self)
        }
        let content = ReportContent(graph: graph, title: title, level: .country, notes: ["left out <nothing> & more"])
        return HTMLReport(relationsSVG: relations, timelineSVG: timeline).encode(content)
    }

    @Test func theContentRanksUnknownNamesAndDatesEventsForPeople() {
        let content = ReportContent(graph: Self.graph, title: "T", level: .country)
        #expect(content.unknownActors.map(\.name) == ["<i>Unknown</i> & Co", "Rodaba Noori"])
        #expect(content.unknownActors.map(\.mentions) == [2, 1])
        #expect(content.unknownActors.last?.reading == "taken as person of AFG")
        #expect(content.keyEvents.map(\.date) == ["since Jan 2025", "Sep 2025"])
        #expect(content.keyEvents.map(\.dyad) == ["North Korea → Russia", "<b>Villain</b> & \"Co\" → South Korea"])
        #expect(content.summary.events == 2 && content.summary.documents == 1)
    }

    @Test func bothSummariesAgreeEveryCountWithItsNoun() {
        let content = ReportContent(graph: Self.graph, title: "T", level: .country, drawnRelations: 1)
        #expect(content.summary.sentence == "1 article, 2 events (0 undated or vague), 4 actors, 2 relations (1 drawn), dated Jan 2025 to Sep 2025.")
        let markdown = String(decoding: MarkdownReport(relationsImage: "r.svg", timelineImage: "t.svg").encode(content), as: UTF8.self)
        #expect(markdown.contains("\n1 article, 2 events (0 undated or vague), 4 actors, 2 relations (1 drawn), dated"))
        #expect(!markdown.contains("1 articles"))
        #expect(markdown.contains(", 2 events (korea-party-congress)"))
        let html = String(decoding: HTMLReport(relationsSVG: nil, timelineSVG: nil).encode(content), as: UTF8.self)
        #expect(html.contains(">1 article, 2 events (0 undated or vague), 4 actors, 2 relations (1 drawn), dated"))
        #expect(CountedNoun.text(1, "document") == "1 document" && CountedNoun.text(0, "document") == "0 documents")
    }

    @Test func theHTMLParsesAndHoldsHostileTextAsText() throws {
        let data = try Self.html(svg: true)
        let document = try XMLDocument(data: data)  // the page is well-formed XML too
        let text = try document.nodes(forXPath: "//*[local-name()='td']").map { $0.stringValue ?? "" }.joined(separator: "\n")
        #expect(text.contains(Self.evidence))
        #expect(text.contains(Self.title))
        #expect(text.contains("<i>Unknown</i> & Co"))
        let scripts = try document.nodes(forXPath: "//*[local-name()='script']")
        #expect(scripts.count == 1)
        #expect(scripts.first?.stringValue?.contains("table.sortable") == true)
        let elements = try document.nodes(forXPath: "//*").compactMap { $0 as? XMLElement }
        let attributes = elements.flatMap { $0.attributes ?? [] }
        #expect(!attributes.contains { ($0.name ?? "").lowercased().hasPrefix("on") })
        let links = attributes.filter { ["href", "xlink:href", "src"].contains($0.name ?? "") }.map { $0.stringValue ?? "" }
        #expect(links.allSatisfy { $0.hasPrefix("https://") || $0.hasPrefix("http://") }, "\(links)")
        #expect(!elements.contains { ["img", "iframe", "object", "embed"].contains($0.localName ?? "") })
        if DotCommand.isAvailable {
            #expect(try document.nodes(forXPath: "//*[local-name()='svg']").count == 2)
        }
        let raw = String(decoding: data, as: UTF8.self)
        #expect(raw.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(raw.contains("&amp;#x0; &amp;amp;"))
        #expect(raw.contains("default-src 'none'"))
    }

    @Test func theMapDrawsOnePointPerHappeningWithItsCountsEscaped() throws {
        let hostile = ReportContent.MappedHappening(
            id: "gaza#e1", name: "Gaza <script>alert(1)</script> & co", country: "PSE", lat: 31.5, lon: 34.47,
            numArticles: 3, numSources: 2, documents: ["g1", "g2", "g3"],
            events: ["12 Oct 2023 · ISR → PSE · ASSAULT", "12 Oct 2023 · ISR → PSE · ASSAULT \"x\" --> ]]>"],
            quadClass: .materialConflict)
        let kyiv = ReportContent.MappedHappening(
            id: "kyiv#e1", name: "Kyiv", country: "UKR", lat: 50.45, lon: 30.52, numArticles: 1, numSources: 1,
            documents: ["k1"], events: ["2022 · RUS → UKR · ASSAULT"], quadClass: .materialConflict)
        let map = ReportMap(places: [kyiv, hostile], outlines: try WorldOutlines.bundled())
        let svg = map.node().render()
        let document = try XMLDocument(data: Data(svg.utf8))
        let circles = try document.nodes(forXPath: "//*[local-name()='circle']").compactMap { $0 as? XMLElement }
        #expect(circles.count == 2)
        // Gaza has three articles: the larger point, drawn first; [lon, lat] projected at 4 units a degree.
        #expect(circles.first?.attribute(forName: "cx")?.stringValue == "857.9")
        #expect(circles.first?.attribute(forName: "cy")?.stringValue == "234")
        #expect(circles.first?.attribute(forName: "fill")?.stringValue == "#D55E00")
        let title = try document.nodes(forXPath: "//*[local-name()='circle']/*[local-name()='title']").first?.stringValue ?? ""
        #expect(title.hasPrefix("Gaza <script>alert(1)</script> & co (PSE): 3 articles, 2 sources\n12 Oct 2023 · ISR → PSE · ASSAULT\n"))
        #expect(!svg.contains("<script>"))
        #expect(try document.nodes(forXPath: "//*[local-name()='path']").count > 10)  // the countries around
        let box = map.extent
        #expect(box.west <= 30.52 && box.east >= 34.47 && box.south <= 31.5 && box.north >= 50.45)
    }

    /// Happenings at the same coordinates are one point whose tooltip lists each of them (else only the top
    /// one could be hovered), and a point's area is proportional to its articles.
    @Test func happeningsAtOnePlaceAreOnePointAndAreaFollowsArticles() throws {
        func happening(_ id: String, _ name: String, lat: Double, lon: Double, articles: Int, event: String) -> ReportContent.MappedHappening {
            ReportContent.MappedHappening(
                id: id, name: name, country: "UKR", lat: lat, lon: lon, numArticles: articles, numSources: 1,
                documents: Set((0..<articles).map { DocumentID(rawValue: "\(id)-\($0)") }),
                events: [event], quadClass: articles > 1 ? .materialConflict : .verbalCooperation)
        }
        let places = [
            happening("a#e1", "Kyiv", lat: 50.45, lon: 30.52, articles: 1, event: "2022 · RUS → UKR · ASSAULT"),
            happening("b#e1", "Kyiv", lat: 50.45, lon: 30.52, articles: 2, event: "2023 · UKR → RUS · ACCUSE"),
            happening("c#e1", "Lviv", lat: 49.84, lon: 24.03, articles: 1, event: "2024 · POL → UKR · CONSULT"),
        ]
        let document = try XMLDocument(data: Data(ReportMap(places: places, outlines: nil).node().render().utf8))
        let circles = try document.nodes(forXPath: "//*[local-name()='circle']").compactMap { $0 as? XMLElement }
        #expect(circles.count == 2)
        let titles = circles.map { ($0.children ?? []).first?.stringValue ?? "" }
        #expect(titles.first == "Kyiv (UKR): 2 happenings, 3 articles\n— 2 articles, 1 source:\n2023 · UKR → RUS · ACCUSE\n"
            + "— 1 article, 1 source:\n2022 · RUS → UKR · ASSAULT")
        #expect(titles.last == "Lviv (UKR): 1 article, 1 source\n2024 · POL → UKR · CONSULT")
        #expect(circles.first?.attribute(forName: "fill")?.stringValue == "#D55E00")  // the most reported one's
        let radii = try circles.map { try #require(Double($0.attribute(forName: "r")?.stringValue ?? "")) }
        // 3 articles against 1: three times the area (radii written to 0.01 unit).
        #expect(abs(radii[0] * radii[0] / (radii[1] * radii[1]) - 3) < 0.03, "\(radii)")
        let pair = try XMLDocument(data: Data(ReportMap(places: [places[1], places[2]], outlines: nil).node().render().utf8))
        let pairRadii = try pair.nodes(forXPath: "//*[local-name()='circle']").compactMap { $0 as? XMLElement }
            .map { try #require(Double($0.attribute(forName: "r")?.stringValue ?? "")) }
        #expect(abs(pairRadii[0] * pairRadii[0] / (pairRadii[1] * pairRadii[1]) - 2) < 0.03, "\(pairRadii)")
    }

    /// One article reporting two happenings at one place counts once in the point's tooltip and area, and the
    /// hint under the map says how many places the happenings lie at.
    @Test func anArticleReportingSeveralHappeningsAtOnePlaceCountsOnce() {
        let places = ["a#e1", "b#e1"].map { id in
            ReportContent.MappedHappening(
                id: id, name: "Kyiv", country: "UKR", lat: 50.45, lon: 30.52, numArticles: 1, numSources: 1,
                documents: ["d1"], events: ["2022 · RUS → UKR · ASSAULT"], quadClass: .materialConflict)
        }
        #expect(ReportMap.articles(places) == 1)
        #expect(ReportMap(places: places, outlines: nil).node().render().contains("Kyiv (UKR): 2 happenings, 1 article\n"))
        #expect(HTMLReport.mapHint(2, places: 1).hasPrefix("2 located happenings at 1 place: one point per place"))
        #expect(HTMLReport.mapHint(2, places: 2).hasPrefix("2 located happenings: "))
    }

    /// Two articles reporting one happening at one place give one point, as in `events.geojson`, with both
    /// articles and both outlets counted.
    @Test func theMapHasTheGeoJSONHappeningsNotOnePointPerEvent() throws {
        let graph = GeoJSONEncoderTests.graphWithRetelling(placedAt: LocatedFixture.ukraine)
        #expect(graph.events.values.filter { $0.location != nil }.count == 3)
        let places = ReportContent(graph: graph, title: "T", level: .country).places
        let features = GeoJSONFeatureCollection(graph: graph).features
        #expect(places.map(\.id) == features.map(\.id))
        #expect(places.map(\.id) == ["korea-party-congress#e1", "korea-party-congress#e2"])
        #expect(places.map(\.name) == ["Kharkiv", "Ukraine"])
        #expect(places.map(\.numArticles) == [1, 2])
        #expect(places.map(\.numSources) == [1, 2])
        #expect(places[1].events.count == 2)
        #expect(places[1].lat == 48.59 && places[1].lon == 31.89)
        let svg = ReportMap(places: places, outlines: nil).node().render()
        #expect(svg.components(separatedBy: "<circle").count - 1 == 2)
        #expect(svg.contains("Ukraine (UKR): 2 articles, 2 sources"))
        let markdown = String(decoding: MarkdownReport(relationsImage: "r.svg", timelineImage: "t.svg")
            .encode(ReportContent(graph: graph, title: "T", level: .country)), as: UTF8.self)
        #expect(markdown.contains("| Ukraine | UKR | 48.5900 | 31.8900 | 20 Feb 2026 · North Korea → Russia · COOPERATE (military) | 2 | 2 | 2 |"))
    }

    @Test func markdownEscapesOnlyWhatCouldBecomeSyntax() {
        let content = ReportContent(graph: Self.graph, title: Self.title, level: .country)
        let markdown = String(decoding: MarkdownReport(relationsImage: "r.svg", timelineImage: "t.svg").encode(content), as: UTF8.self)
        #expect(markdown.contains(#"He said "no" & left \<script>alert(1)\</script> \]\]> --> \&#x0; \&amp; \\N \[x\](javascript:alert(1)) \| \*b\*"#))
        #expect(!markdown.contains("[x](javascript"))
        #expect(markdown.contains("![Relations diagram](r.svg)"))
        #expect(markdown.contains("| since Jan 2025 | North Korea → Russia | AID | asserted | 1 | A sentence. — "))
        #expect(markdown.contains(#"| \<i>Unknown\</i> & Co | 2 | 1 | taken as organization |"#))
    }
}
