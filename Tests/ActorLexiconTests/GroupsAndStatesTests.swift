import Testing

@testable import ActorLexicon

/// The bundled lexicon's non-state armed groups (Phoenix.MilNonState) and US states, read by the recognizer.
struct GroupsAndStatesTests {
    /// The actor of the first mention whose text is `text`.
    static func actor(_ text: String, in sentence: String) -> Actor? {
        let annotation = Support.recognize(sentence)
        guard let mention = annotation.mentions.first(where: { $0.text == text }) else { return nil }
        return annotation.actors.first { $0.id == mention.actor }
    }

    @Test(arguments: [
        // (sentence, mention, id, country, sector)
        ("Boko Haram claimed the attack.", "Boko Haram", "boko-haram", "NGA", "REB"),
        ("The Tamil Tigers denied the report.", "Tamil Tigers", "liberation-tigers-of-tamil-eelam", "LKA", "REB"),
        ("The Moro Islamic Liberation Front signed the accord.", "Moro Islamic Liberation Front",
         "moro-islamic-liberation-front", "PHL", "REB"),
    ])
    func groupsFromTheMilNonStateFileHaveTheirCountryAndSector(
        sentence: String, text: String, id: String, country: String, sector: String
    ) throws {
        let actor = try #require(Self.actor(text, in: sentence))
        #expect(actor.id == ActorID(id))
        #expect(actor.kind == .organization)
        #expect(actor.country == country)
        #expect(actor.sector == sector)
    }

    @Test func aTransnationalGroupHasNoCountry() throws {
        let actor = try #require(Self.actor("Abu Nidal Organization", in: "The Abu Nidal Organization was blamed."))
        #expect(actor.id == ActorID("abu-nidal-organization"))
        #expect(actor.country == nil)
        #expect(actor.sector == "IMG")
    }

    @Test func aParenthesisedAcronymBecomesAnAlias() {
        #expect(Support.pairs(Support.recognize("The LTTE rejected the offer.")) == ["LTTE=liberation-tigers-of-tamil-eelam"])
    }

    @Test func curatedGroupsStillWin() {
        #expect(Support.pairs(Support.recognize("Hamas said the talks had failed.")) == ["Hamas=pse-hamas"])
        #expect(Support.pairs(Support.recognize("Hezbollah fired rockets.")).first == "Hezbollah=lbn-hezbollah")
    }

    @Test func aUSStateIsAnAmericanActor() throws {
        let actor = try #require(Self.actor("Texas", in: "Texas sued the administration."))
        #expect(actor.id == ActorID("usa-texas"))
        #expect(actor.country == "USA")
        #expect(actor.sector == "GOV")
    }

    @Test(arguments: [
        ("Georgia and Russia signed a deal.", ["Georgia=GEO", "Russia=RUS"]),
        ("The State of Georgia filed a lawsuit.", ["State of Georgia=usa-georgia"]),
        ("New York State sued the company.", ["New York State=usa-new-york"]),
        ("Washington State and New Mexico joined the suit.",
         ["Washington State=usa-washington", "New Mexico=usa-new-mexico"]),
        ("Washington has rejected the offer.", ["Washington=USA"]),
    ])
    func ambiguousStateNamesKeepTheirDefaults(sentence: String, expected: [String]) {
        #expect(Support.pairs(Support.recognize(sentence)) == expected)
    }

    @Test func aStateAfterASpatialPrepositionIsAPlace() {
        #expect(!Support.pairs(Support.recognize("Officials in Texas and in New York said nothing.")).contains {
            $0.contains("usa-")
        })
    }
}
