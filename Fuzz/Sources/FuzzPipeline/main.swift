import ArticleText
import EventExtraction
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GraphExport
import GraphModel

let pipeline = ExtractionPipeline()

/// Whether `data` is well-formed XML.
func isWellFormedXML(_ data: Data) -> Bool {
    XMLParser(data: data).parse()
}

/// One libFuzzer input: the bytes as an article (at most 8 KiB, so that each run stays short), extracted,
/// merged into a graph and encoded. The XML outputs must be well-formed and events.json must parse.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count <= 8192 else { return 0 }
    let text = String(decoding: Data(bytes: start, count: count), as: UTF8.self)
    guard !text.allSatisfy(\.isWhitespace) else { return 0 }
    let document = Document(id: "fuzz", text: text, published: CalendarDate(year: 2020, month: 1, day: 1),
                            title: text.prefix(40).description, url: "https://example.org/?q=<&>")
    let extraction = pipeline.extract(document)
    var graph = EventGraph()
    graph.add(actors: extraction.actors.map(\.actor), events: extraction.events,
              document: DocumentRecord(id: document.id, published: document.published, title: document.title,
                                       url: document.url, textLength: text.unicodeScalars.count))
    let relations = graph.relationGraph(level: .country)
    _ = DOTEncoder().encode(relations)
    _ = DOTEncoder().encode(graph.timeline(level: .actor))
    precondition(isWellFormedXML(GraphMLEncoder(level: .country).encode(graph)), "GraphML is not well-formed")
    precondition(isWellFormedXML(GEXFEncoder(level: .country).encode(graph)), "GEXF is not well-formed")
    let json = try? EventsJSONEncoder(level: .country).encode(graph)
    precondition(json.flatMap { try? JSONSerialization.jsonObject(with: $0) } != nil, "events.json does not parse")
    return 0
}
