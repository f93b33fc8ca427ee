import ArticleText
import EventExtraction
import EventOntology
import Foundation
import Testing

/// The event-type classifier: training, its file, and the events it adds where the rules code nothing.
struct EventTypeModelTests {
    static let examples = [
        EventTypeModel.Example(features: ["L=attack", "R=attack", "B=<PROPN>_attack"], type: .assault),
        EventTypeModel.Example(features: ["L=shell", "R=shell", "B=<PROPN>_shell"], type: .assault),
        EventTypeModel.Example(features: ["L=meet", "R=meet", "B=<PROPN>_meet"], type: .consult),
        EventTypeModel.Example(features: ["L=visit", "R=visit", "B=<PROPN>_visit"], type: .consult),
        EventTypeModel.Example(features: ["L=film", "R=show", "B=the_film"], type: nil),
    ]

    @Test func trainingLearnsTheTypesAndNoEvent() {
        let model = EventTypeModel.train(Self.examples)
        #expect(model.classify(["L=attack", "R=attack"]).type == .assault)
        #expect(model.classify(["L=visit"]).type == .consult)
        #expect(model.classify(["B=the_film"]).type == nil)
        #expect(model.classify(["L=attack", "R=attack"]).margin > 0)
        #expect(EventTypeModel.generalCode(of: .assault) == "180")
        #expect(EventTypeModel.generalCode(of: .retreat) == "084")
    }

    @Test func trainingIsDeterministicAndTheFileRoundTrips() throws {
        let first = EventTypeModel.train(Self.examples, epochs: 5, seed: 7)
        let second = EventTypeModel.train(Self.examples, epochs: 5, seed: 7)
        #expect(first.serialized() == second.serialized())
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("event-types-\(getpid()).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        try first.serialized().write(to: url, atomically: true, encoding: .utf8)
        let read = try EventTypeModel(contentsOf: url)
        #expect(read.serialized() == first.serialized())
        #expect(read.classify(["L=shell"]).type == .assault)
    }

    @Test func aMalformedModelFileNamesTheLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-event-types-\(getpid()).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        var lines = EventTypeModel.train(Self.examples).serialized().split(separator: "\n", omittingEmptySubsequences: false)
        lines[4] = "f\tL=attack\t0:not-a-weight"
        let text = lines.joined(separator: "\n")
        try text.write(to: url, atomically: true, encoding: .utf8)
        #expect {
            try EventTypeModel(contentsOf: url)
        } throws: { error in
            let description = (error as? LocalizedError)?.errorDescription ?? ""
            return description.contains(url.path) && description.contains("line 5")
        }
    }

    @Test func theBundledModelLoads() throws {
        let model = try #require(EventTypeModel.bundled)
        #expect(model.classify(["R=attack", "L=attack", "DR=root:attack"]).type == .assault)
    }

    static func events(_ text: String, classifier: Bool) -> [String] {
        var pipeline = ExtractionPipeline()
        if !classifier { pipeline.extractor.typeModel = nil }
        let document = Document(id: "t", text: text, published: CalendarDate(iso: "2020-05-21"))
        return pipeline.extract(document).events.map { event in
            "\(event.type.rawValue) \(event.cameo) \(event.sourceCountry ?? event.source.rawValue)>\(event.targetCountry ?? "-")"
        }
    }

    // Sentences the rules code nothing in: the classifier types them, with its type's general CAMEO code; the
    // actors come from the verb's subject and the sentence's other actor or, for a lone state, its own state.
    @Test(arguments: [
        ("French marines landed in Chad last week to shore up the government.", ["AID 070 FRA>TCD"]),
        ("Peru's government cancelled the mining concession after weeks of protests.", ["CONCEDE 080 PER>PER"]),
    ])
    func theClassifierCodesWhatTheRulesMiss(text: String, expected: [String]) {
        #expect(Self.events(text, classifier: false) == [])
        #expect(Self.events(text, classifier: true) == expected)
    }

    // Text that reports no political act stays without events.
    @Test func textWithoutAnActGetsNoEvent() {
        #expect(Self.events("The film was shown in cinemas across France last year.", classifier: true) == [])
    }
}
