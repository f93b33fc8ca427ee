import ArticleText
import EventExtraction
import EventOntology
import Testing

/// Words of obituaries, health and election reports that are no acts between parties; expectation frames that
/// put an act ahead; and the dates of acts in relative clauses, under noun-modifying dates, beside "when"
/// clauses and in dated statements. Sentences written for these tests.
struct HealthVoteAndScheduleTests {
    static func events(_ text: String, published: String) -> [String] {
        let document = Document(id: "t", text: text, published: CalendarDate(iso: published))
        return ParseCodingTests.pipeline.extract(document).events.map(summary)
    }

    @Test(arguments: [
        // An illness fought is no adversary.
        ("Former Brazilian President Luiz Inacio Lula da Silva fought throat cancer in 2011 and returned to politics.", "ASSAULT"),
        ("Venezuelan President Hugo Chavez fought cancer for two years.", "ASSAULT"),
        ("Nigerian President Umaru Yar'Adua fought against a kidney disease for years.", "ASSAULT"),
        ("Kenya's president battled malaria for two weeks last year.", "ACCUSE"),
        // A medical event named by an event noun arrests no one, and a death announced is a statement.
        ("Kenya's government on Tuesday announced the death of President Daniel arap Moi and gave the cause of death as a cardiac arrest.", "COERCE"),
        // A vote held is an institutional act, not an agreement or a concession.
        ("On Sunday, Portugal held a general election.", "AGREE"),
        ("Germany held a general election in September.", "AGREE"),
        ("Chile held a referendum on a new constitution on Sunday.", "CONCEDE"),
    ])
    func falseTriggersAreNotCoded(sentence: String, type: String) {
        #expect(!Self.events(sentence, published: "2024-05-15").contains { $0.hasPrefix(type + " ") })
    }

    @Test("an agreement to hold a vote and a real attack stay coded")
    func votesPromisedAndAttacksStay() {
        #expect(Self.events("Russian forces attacked Ukrainian positions near Kharkiv on Monday.", published: "2024-05-15")
            == ["ASSAULT RUS>UKR asserted 2024-05-13"])
        #expect(Self.events("Togo's president promised the opposition on Friday to hold elections within a year.",
                            published: "2024-05-15") == ["AGREE TGO>TGO asserted 2024-05-10"])
    }

    @Test(arguments: [
        // "be" + a word of expectation without an infinitive: the act is still to come.
        ("Indian Prime Minister Narendra Modi is due in Moscow on Monday for talks with Russian President Vladimir Putin.",
         "CONSULT IND>RUS future 2024-05-20"),
        ("Chinese President Xi Jinping is expected in Paris next month for talks with French President Emmanuel Macron.",
         "CONSULT CHN>FRA future 2024-06"),
        // The present of a scheduled happening with a date after publication.
        ("Chinese President Xi Jinping arrives in Paris on Sunday for talks with French President Emmanuel Macron.",
         "CONSULT CHN>FRA future 2024-05-19"),
        ("Chinese President Xi Jinping meets French President Emmanuel Macron in Paris on Monday.",
         "CONSULT CHN>FRA future 2024-05-20"),
        // The past stays asserted, on the Monday before.
        ("Chinese President Xi Jinping met French President Emmanuel Macron in Paris on Monday.",
         "CONSULT CHN>FRA asserted 2024-05-13"),
    ])
    func expectationAndScheduleFrames(sentence: String, expected: String) {
        #expect(Self.events(sentence, published: "2024-05-15").contains(expected))
    }

    @Test("an act before a dated when-clause happens at that clause's time, whatever its modality")
    func whenClauseDatesTheActBeforeIt() {
        #expect(Self.events(
            "Mongolia did not arrest Russian President Vladimir Putin when he arrived in Ulaanbaatar on Tuesday.",
            published: "2024-09-05") == ["COERCE MNG>RUS negated 2024-09-03"])
    }

    @Test("a date that modifies a noun dates that noun's act only")
    func nounModifierDateDatesOnlyItsNoun() {
        let events = Self.events(
            "Prime Minister Keir Starmer told parliament last week that Britain would honour the 1998 peace agreement, and urged Ireland to reopen talks.",
            published: "2024-10-20")
        #expect(!events.contains { $0.hasSuffix(" 1998") })
    }

    @Test("a statement's day dates the threat made in it")
    func threatMadeInADatedStatement() {
        #expect(Self.events(
            "Moroccan Foreign Minister Nasser Bourita said on Monday that Rabat would recall its ambassador from Madrid if Spain expelled any more Moroccan diplomats.",
            published: "2024-05-15").contains("THREATEN MAR>ESP asserted 2024-05-13"))
    }
}
