import ArticleText
import Testing

@testable import ActorLexicon

/// An unlisted name's `actor.unknown` finding says what it was taken as and where it ended up: the country it was
/// given, a country placed later by its sentence or the document, or none.
struct UnknownActorFindingTests {
    @Test func aNameLeftWithoutACountrySaysSo() throws {
        let annotation = Support.recognize("Acme Holdings said Russia and China would pay.")
        let finding = try #require(annotation.findings.first { $0.code == "actor.unknown" })
        #expect(finding.message == "\"Acme Holdings\" is not in the lexicon; taken as an actor of unknown kind, with no country")
        #expect(annotation.actors.first?.country == nil)
    }

    @Test func aNamePlacedByItsSentenceSaysWhere() throws {
        let recognized = Support.recognize("Acme Holdings said Russia and China would pay.")
        let placed = recognized.placingCountrylessGroups([0: "PRY"], lexicon: Support.recognizer.lexicon)
        #expect(placed.actors.first { $0.name == "Acme Holdings" }?.country == "PRY")
        let finding = try #require(placed.findings.first { $0.code == "actor.unknown" })
        #expect(finding.message == "\"Acme Holdings\" is not in the lexicon; taken as an actor of unknown kind, with no "
            + "country; then placed in PRY, the country its sentence's places lie in")
        #expect(finding.start == 0 && finding.end == 13)
    }

    @Test func aNamePlacedByTheOtherActorsOfABriefReportSaysSo() throws {
        let recognized = Support.recognize("Acme Holdings said Russia would pay.")
        let placed = recognized.placingCountrylessGroups([:], lexicon: Support.recognizer.lexicon)
        let finding = try #require(placed.findings.first { $0.code == "actor.unknown" })
        #expect(finding.message == "\"Acme Holdings\" is not in the lexicon; taken as an actor of unknown kind, with no "
            + "country; then placed in RUS, the one country of the other actors in its sentence")
    }

    @Test func aNameGivenItsCountryByTheRecogniserKeepsItsReading() throws {
        let annotation = Support.recognize("South Korean official Chang Yoon-jeong said Seoul would talk to Beijing.")
        let finding = try #require(annotation.findings.first { $0.code == "actor.unknown" })
        #expect(finding.message == "\"Chang Yoon-jeong\" is not in the lexicon; taken as person of KOR")
        let placed = annotation.placingCountrylessGroups([0: "PRY"], lexicon: Support.recognizer.lexicon)
        #expect(placed.findings.first { $0.code == "actor.unknown" }?.message == finding.message)
    }

    /// An appositive places the person it describes by the body or state before its person noun, also when it ends
    /// the sentence; a state an envoy is posted to is the host, not the home; a clause after the comma is no
    /// appositive.
    @Test(arguments: [
        ("The prisoner was handed to Karen Whitfield, the State Department's special representative for Venezuela.",
         "karen-whitfield", "USA"),
        ("Ankara summoned Lars Eriksen, the Danish ambassador to Turkey, on Monday.", "lars-eriksen", "DNK"),
        ("Reporters spoke to Anil Kapoor, a spokesman for the Indian foreign ministry.", "anil-kapoor", "IND"),
        ("The letter was signed by Tomas Berg, the ambassador to Russia.", "tomas-berg", nil),
        // A role phrase before the name: the body before the posting, an IGO too.
        ("The UN envoy for Libya, Karl Brandt, urged both sides to talk.", "karl-brandt", "IGOUNO"),
        ("Japan's ambassador to China, Kenji Mori, protested on Monday.", "kenji-mori", "JPN"),
        // "the president" read as a state's government is the noun itself, not whose president he is.
        ("Ghana's President John Mahama will fly to Banjul on Friday. \"We will go in,\" said Paul Mensah, the "
            + "president of the ECOWAS Commission.", "paul-mensah", "IGOWAFWAS"),
    ])
    func anAppositivePlacesThePersonItDescribes(text: String, id: String, country: String?) throws {
        let annotation = Support.recognize(text, published: "2024-05-15")
        let actor = try #require(annotation.actors.first { $0.id.rawValue == id })
        #expect(actor.country == country)
        #expect(actor.kind == .person)
    }

    @Test func aClauseAfterTheCommaIsNoAppositive() {
        let annotation = Support.recognize("The rights went to Shell, the armed forces commander said.", published: "2024-05-15")
        #expect(!annotation.actors.contains { $0.kind == .person && $0.name == "Shell" })
    }

    /// A titled name takes the state named right after it ("of the Netherlands"), not the destination of a visit
    /// told before it.
    @Test func aTitledNameTakesTheStateOfItsOfPhraseNotAVisitsDestination() throws {
        let annotation = Support.recognize("During a state visit to Kenya on Monday, King Willem-Alexander of the Netherlands laid a wreath.")
        #expect(annotation.actors.first { $0.name == "Willem-Alexander" }?.country == "NLD")
        let finding = try #require(annotation.findings.first { $0.code == "actor.unknown" })
        #expect(finding.message == "\"Willem-Alexander\" is not in the lexicon; taken as person of NLD")
    }

    @Test(arguments: [
        // A title holder followed by "in" and a capital holds that state's office, not the state of the
        // sentence's earlier subject.
        ("A US envoy, Dana Wellbrook, telephoned Prime Minister Oskar Virtanenko in Helsinki and Prime Minister "
            + "Aksel Lindqvam in Oslo on Tuesday.", ["dana-wellbrook=USA", "oskar-virtanenko=FIN", "aksel-lindqvam=NOR"]),
        // A state named with "of" right after the name still comes first.
        ("Prime Minister Oskar Virtanenko of Finland met reporters in Oslo.", ["oskar-virtanenko=FIN"]),
    ])
    func aTitleHoldersSeatPlacesTheOffice(text: String, expected: [String]) {
        let annotation = Support.recognize(text, published: "2020-08-10")
        let people = annotation.actors.filter { $0.kind == .person }.map { "\($0.id.rawValue)=\($0.country ?? "-")" }
        #expect(people == expected)
    }
}

