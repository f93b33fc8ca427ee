import ActorLexicon
import ArticleText
import EventExtraction
import EventOntology
import Testing

/// Acts named as nouns that another party reacts to: the act, and the reaction aimed at its agent.
struct ReactedActTests {
    static let pipeline = ExtractionPipeline()

    /// The events of `text` as "TYPE SOURCE>TARGET", a state by its code, any other actor by its id.
    static func events(_ text: String) -> Set<String> {
        let document = Document(id: "t", text: text, published: CalendarDate(iso: "2024-05-15"))
        return Set(pipeline.extract(document).events.map { event in
            func name(_ id: ActorID?, _ country: String?) -> String {
                guard let id else { return "-" }
                return id.rawValue.count == 3 ? id.rawValue : (country.map { "\($0)/\(id.rawValue)" } ?? id.rawValue)
            }
            return "\(event.type.rawValue) \(name(event.source, event.sourceCountry))>\(name(event.target, event.targetCountry))"
        })
    }

    @Test(arguments: [
        // A possessed act made from a verb ("suspension" ← "suspend") with its own "with"/"to" party, and the
        // reaction of that party aimed at the act's agent.
        ("Ecuador's suspension of trade with Peru on Friday was condemned by Lima as a breach of the Andean pact.",
         ["SANCTION ECU>PER", "ACCUSE PER>ECU"]),
        ("Ghana's suspension of cocoa exports to Togo was criticised by Lome on Tuesday.",
         ["SANCTION GHA>TGO", "ACCUSE TGO>GHA"]),
        ("Hungary's withdrawal of its ambassador from Poland was denounced by Warsaw on Thursday.",
         ["SANCTION HUN>POL", "ACCUSE POL>HUN"]),
        // The agent in the "by" phrase of a participle; an answered act with no party of its own is addressed to
        // the answering party, and the answer the rules coded without a target is aimed at the act's agent.
        ("The charge, made by Kenya's interior minister on Monday, that Uganda was arming cattle raiders was dismissed by Kampala as baseless.",
         ["ACCUSE KEN/KEN-GOV>UGA", "ACCUSE UGA>KEN/KEN-GOV"]),
    ])
    func codesTheActAndTheReaction(text: String, expected: [String]) {
        let found = Self.events(text)
        for event in expected { #expect(found.contains(event), "\(event) missing from \(found.sorted())") }
    }

    @Test(arguments: [
        // An answered proposal is the answer alone, aimed at the proposal's maker; a statement is no act.
        ("An offer from Norway to mediate between Colombia and the ELN was accepted by Bogota on Monday.", "NOR",
         ["AGREE COL>NOR"]),
        ("Chile's statement on the Falklands was welcomed by Argentina on Tuesday.", "CHL", []),
    ])
    func codesNoActForProposalsAndStatements(text: String, maker: String, expected: [String]) {
        let found = Self.events(text)
        #expect(!found.contains { $0.split(separator: " ").last?.hasPrefix(maker + ">") == true }, "\(found.sorted())")
        for event in expected { #expect(found.contains(event), "\(event) missing from \(found.sorted())") }
    }
}
