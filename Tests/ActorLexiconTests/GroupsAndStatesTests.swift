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
        // Groups formed or renamed since the 2014 source data, from the curated file.
        ("M23 rebels seized Goma.", "M23", "march-23-movement", "COD", "REB"),
        ("The Rapid Support Forces shelled El Fasher.", "Rapid Support Forces", "rapid-support-forces", "SDN", "REB"),
        ("The Pakistani Taliban attacked a checkpoint.", "Pakistani Taliban", "tehrik-i-taliban-pakistan", "PAK", "REB"),
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

    /// States whose CountryInfo entries follow an unclosed block (Cuba, Botswana, Panama), that have no
    /// `<CountryName>` (South Sudan) or an outdated code (East Timor's TMP is ISO 3166 TLS).
    @Test(arguments: [
        ("Cuba turned down the offer.", "Cuba", "CUB"), ("Havana turned down the offer.", "Havana", "CUB"),
        ("South Sudan expelled the envoy.", "South Sudan", "SSD"), ("Botswana hosted the summit.", "Botswana", "BWA"),
        ("Panama seized the tanker.", "Panama", "PAN"), ("East Timor joined ASEAN.", "East Timor", "TLS"),
        // "Congo" alone is the Democratic Republic; the Republic is named with Brazzaville.
        ("Congo and Rwanda signed a deal.", "Congo", "COD"), ("Brazzaville hosted the talks.", "Brazzaville", "COG"),
        // Hyphenated names the source writes with spaces.
        ("Guinea-Bissau expelled the envoy.", "Guinea-Bissau", "GNB"), ("Timor-Leste joined ASEAN.", "Timor-Leste", "TLS"),
        // A state's name that is its adjective with an "s" is the state, not its people (Lao → "Laos").
        ("Laos closed the border.", "Laos", "LAO"),
        // The Holy See, which CountryInfo lacks; plural noun demonyms CountryInfo gives in the singular.
        ("The Vatican criticised the law.", "Vatican", "VAT"), ("The Holy See criticised the law.", "Holy See", "VAT"),
        ("Turks voted on Sunday.", "Turks", "TUR"), ("Poles voted on Sunday.", "Poles", "POL"),
        ("Filipinos voted on Sunday.", "Filipinos", "PHL"), ("Britons voted on Sunday.", "Britons", "GBR"),
    ])
    func statesOnceMissingFromTheSourceAreRead(sentence: String, text: String, id: String) throws {
        let actor = try #require(Self.actor(text, in: sentence))
        #expect(actor.id == ActorID(id))
        #expect(actor.kind == .state)
    }

    /// Non-governmental organisations of the Phoenix file under NGO subcodes (NGOHRIAMN, NGOHLHIRC), one-word
    /// intergovernmental names written in title case, and the LTTE's short name.
    @Test(arguments: [
        ("Amnesty International condemned the arrests.", "Amnesty International", "amnesty-international", "NGO"),
        ("Human Rights Watch condemned the arrests.", "Human Rights Watch", "human-rights-watch", "NGO"),
        ("The International Committee of the Red Cross visited the prison.", "International Committee of the Red Cross",
         "international-committee-of-the-red-cross", "NGO"),
        ("Interpol issued a red notice.", "Interpol", "IGOCOPITP", nil),
        // "The Commonwealth" alone is the Commonwealth of Nations; the longer name is the CIS.
        ("The Commonwealth suspended Fiji.", "Commonwealth", "IGOCWN", nil),
        ("The Commonwealth of Independent States met in Minsk.", "Commonwealth of Independent States", "IGOCASCIS", nil),
        ("The Tigers rejected the proposal.", "Tigers", "liberation-tigers-of-tamil-eelam", "REB"),
    ])
    func organisationsOfTheInternationalFile(sentence: String, text: String, id: String, sector: String?) throws {
        let actor = try #require(Self.actor(text, in: sentence))
        #expect(actor.id == ActorID(id))
        #expect(actor.kind == .organization)
        #expect(actor.sector == sector)
    }

    /// A role the source lists without a state ("[ELI]") places no one in a country named ELI.
    @Test func aRoleWithoutAStateIsNoCountry() throws {
        let annan = try #require(Self.actor("Kofi Annan", in: "Kofi Annan condemned the coup."))
        #expect(annan.country == "IGOUNO")
    }

    @Test(arguments: [
        // A number opening the sentence does not start a name.
        ("Twelve French diplomats were expelled.", "Twelve French diplomats", "FRA-GOV"),
        // An international body's own people are the body.
        ("NATO defence ministers agreed to meet.", "NATO defence ministers", "IGOWSTNAT"),
    ])
    func groupsAfterNumbersAndInternationalBodies(sentence: String, text: String, id: String) throws {
        let annotation = Support.recognize(sentence)
        #expect(annotation.mentions.map(\.actor.rawValue).contains(id), "\(annotation.mentions.map(\.text))")
        #expect(annotation.mentions.contains { $0.actor == ActorID(id) && text.hasSuffix($0.text) })
    }

    /// A body the lexicon lacks, named after its state, is that state's; a one-word alias of another
    /// organisation ("Congress") at the end of its name is its own word.
    @Test func aNationalBodyNamedAfterItsStateHasItsCountry() throws {
        let actor = try #require(Self.actor("Nigeria Labour Congress", in: "The Nigeria Labour Congress called a strike on Monday."))
        #expect(actor.id == ActorID("nigeria-labour-congress"))
        #expect(actor.kind == .organization)
        #expect(actor.country == "NGA")
    }

    /// The second half of a hyphenated title ("Secretary-General") is no name of its own.
    @Test func aHyphenatedTitleIsNoName() {
        let annotation = Support.recognize("UN Secretary-General Antonio Guterres urged Israel to allow aid into Gaza.")
        #expect(!annotation.actors.contains { $0.name.contains("General") })
        #expect(annotation.actors.contains { $0.id == ActorID("antonio-guterres") })
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
