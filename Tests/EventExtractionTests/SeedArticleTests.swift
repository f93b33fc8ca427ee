import ArticleText
import EventExtraction
import EventOntology
import Foundation
import Testing

/// The bundled article end to end: segmentation, TIMEX3, actors and events together.
struct SeedArticleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func events() throws -> [Event] {
        let path = root.appendingPathComponent("examples/korea-party-congress.txt").path
        let document = try #require(try DocumentReader().read(paths: [path]).first)
        return ExtractionPipeline().extract(document).events
    }

    @Test("the dyads the article is about come out typed, directed, qualified and dated")
    func expectedEvents() throws {
        let found = Set(try Self.events().map(summary))
        let expected = [
            "COOPERATE PRK>RUS reported 2026-02-20",  // troops and equipment, per South Korean and U.S. officials
            "AID RUS>PRK hedged -",                    // "may be receiving"
            "CONSULT PRK>CHN asserted 2025",           // visit and summit, "last year"
            "CONSULT PRK>USA asserted 2019",           // talks that collapsed in 2019
            "REJECT PRK>USA asserted 2025-01-20",      // since Trump began his second term
            "REQUEST PRK>USA asserted 2025-01-20",     // insisting Washington abandon calls for denuclearization
            "SANCTION PRK>KOR asserted 2026-02-20",    // cooperation suspended
            "ACCUSE PRK>KOR asserted 2026-02-20",      // the South framed as hostile
            "ASSAULT RUS>UKR asserted 2026-02-20",     // the war in Ukraine
            "CONSULT PRK>- asserted 2026-02-20",       // the congress opening
            "CONSULT PRK>- asserted 2021",             // the previous congress, per KCNA: the state's own record
        ]
        for event in expected {
            #expect(found.contains(event), "missing \(event)")
        }
    }

    @Test("no self-loops and nothing from the dateline or the publisher's footer")
    func noNoise() throws {
        let events = try Self.events()
        #expect(!events.contains { $0.target != nil && $0.sourceCountry == $0.targetCountry && $0.sourceCountry == "PRK" })
        #expect(!events.contains { $0.evidence.text.contains("JournosNews") || $0.evidence.text.hasPrefix("SEOUL") && $0.evidence.start == 0 && $0.trigger == "SEOUL" })
        #expect(events.allSatisfy { !$0.evidence.text.isEmpty && $0.evidence.start < $0.evidence.end })
    }

    @Test("the rejection is anchored to the start of Trump's second term as a range")
    func termAnchor() throws {
        let reject = try #require(try Self.events().first { $0.type == .reject })
        #expect(reject.date?.rangeBegin == "2025-01-20")
        #expect(reject.date?.anchoring == .timex)
        #expect(reject.mode == "meet")
    }
}

/// The hand-annotated gold: a regression floor, not a target. All forty-three event gold files pooled
/// (development, the twenty-one held-out article sets and the twenty-one one-sentence sets); the floors sit 0.02
/// below the figures measured when they were set (P 0.641, R 0.499, F1 0.561 over 4,586 gold events), so a
/// change that loses more fails.
struct GoldRegressionTests {
    static let files = [
        "events-gold", "events-gold-heldout", "events-gold-heldout2", "events-gold-heldout3", "events-gold-heldout4",
        "events-gold-heldout5", "events-sentences", "events-sentences2", "events-sentences3", "events-sentences4",
        "events-sentences5", "events-sentences6", "events-gold-heldout6", "events-sentences7", "events-sentences8",
        "events-gold-heldout7", "events-sentences9", "events-gold-heldout8", "events-sentences10",
        "events-gold-heldout9", "events-sentences11", "events-gold-heldout10", "events-sentences12",
        "events-gold-heldout11", "events-sentences13", "events-gold-heldout12", "events-sentences14",
        "events-gold-heldout13", "events-sentences15", "events-gold-heldout14", "events-sentences16",
        "events-gold-heldout15", "events-sentences17", "events-gold-heldout16", "events-gold-heldout17",
        "events-sentences18", "events-gold-heldout18", "events-sentences19", "events-gold-heldout19",
        "events-sentences20", "events-gold-heldout20", "events-sentences21", "events-gold-heldout21",
    ]

    @Test("pooled event F1 on the gold files stays within 0.02 of its measured value")
    func goldFloor() throws {
        var score = EventScore()
        let pipeline = ExtractionPipeline()
        var documentCount = 0
        for file in Self.files {
            let url = SeedArticleTests.root.appendingPathComponent("Tests/Gold/\(file).jsonl")
            let documents = try EventGoldDocument.readJSONL(try Data(contentsOf: url))
            documentCount += documents.count
            for document in documents {
                let extraction = pipeline.extract(document.document)
                EventScorer(lexicon: pipeline.recognizer.lexicon).add(
                    document: document.id, gold: document.events, system: extraction.events,
                    mentions: extraction.actors.flatMap(\.mentions), to: &score)
            }
        }
        #expect(documentCount == 2192)
        #expect(score.event.precision >= 0.621)  // measured 0.641
        #expect(score.event.f1 >= 0.541)  // measured 0.561
        #expect(score.modalityAccuracy >= 0.85)
    }
}
