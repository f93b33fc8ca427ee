import ActorLexicon
import EventExtraction
import EventOntology
import Testing

/// One row per rule: the sentence, then the expected `TYPE SRC>TGT modality date` summaries in text order.
struct RuleTableTests {
    static let attribution: [(String, [String], ActorID?)] = [
        ("North Korea sent troops to Russia, officials said.", ["COOPERATE PRK>RUS reported 2024-11-20"], nil),
        ("South Korea's spy agency told reporters that North Korea sent troops to Russia.",
         ["COOPERATE PRK>RUS reported 2024-11-20"], "KOR-SPY"),
        ("According to KCNA, Russia attacked Ukraine.", ["ASSAULT RUS>UKR reported 2024-11-20"], "kcna"),
        ("“Russia attacked Ukraine,” said KCNA.", ["ASSAULT RUS>UKR reported 2024-11-20"], "kcna"),
        ("Russia attacked Ukraine.", ["ASSAULT RUS>UKR asserted 2024-11-20"], nil),
    ]

    @Test("reporting frames attribute the reported events", arguments: attribution)
    func attributed(_ text: String, _ expected: [String], _ reporter: ActorID?) {
        let events = Fixture(text).korea().extract()
        #expect(events.map(summary) == expected)
        #expect(events.first?.attribution == reporter)
    }

    @Test("a pronoun reporter in a later paragraph's quote resolves to the last named reporter")
    func heAdded() {
        let events = Fixture("KCNA said Seoul was hostile.\n“Russia attacked Ukraine,” it added.").korea().extract()
        #expect(events.map(summary) == ["ASSAULT RUS>UKR reported 2024-11-20"])
        #expect(events.first?.attribution == "kcna")
    }

    static let modality: [(String, [String])] = [
        ("Russia could attack Ukraine.", ["ASSAULT RUS>UKR hedged -"]),
        ("Russia will likely attack Ukraine.", ["ASSAULT RUS>UKR hedged -"]),
        ("Russia is due to attack Ukraine.", ["ASSAULT RUS>UKR future -"]),
        ("Russia would attack Ukraine if talks fail.", ["ASSAULT RUS>UKR hypothetical -"]),
        ("Russia never attacked Ukraine.", ["ASSAULT RUS>UKR negated -"]),
        ("Russia has not attacked Ukraine but has threatened Japan.",
         ["ASSAULT RUS>UKR negated -", "THREATEN RUS>JPN asserted 2024-11-20"]),
        ("Russia declined to sanction China or attack Ukraine.",
         ["COERCE RUS>CHN negated -", "ASSAULT RUS>UKR negated -"]),
        ("North Korea said it would send troops to Russia.", ["COOPERATE PRK>RUS future -"]),
    ]

    @Test("modality cues", arguments: modality)
    func modalities(_ text: String, _ expected: [String]) {
        #expect(Fixture(text).korea().extract().map(summary) == expected)
    }

    static let structure: [(String, [String])] = [
        ("Japan and South Korea sanctioned Russia.", ["COERCE JPN>RUS asserted 2024-11-20", "COERCE KOR>RUS asserted 2024-11-20"]),
        ("China met Japan.", ["CONSULT CHN>JPN asserted 2024-11-20"]),
        ("Seoul was attacked by Pyongyang.", ["ASSAULT PRK>KOR asserted 2024-11-20"]),
        ("Russia sent weapons to North Korea.", ["AID RUS>PRK asserted 2024-11-20"]),
        ("North Korea received weapons from Russia.", ["AID RUS>PRK asserted 2024-11-20"]),
        ("China held talks with Japan and South Korea.", ["CONSULT CHN>JPN asserted 2024-11-20", "CONSULT CHN>KOR asserted 2024-11-20"]),
        ("Japan urged China to stop.", ["REQUEST JPN>CHN asserted 2024-11-20"]),
        ("The war in Ukraine continued.", []),
        ("Russia continued its war against Ukraine.", ["ASSAULT RUS>UKR asserted 2024-11-20"]),
        ("After the EU sanctioned Iran, Russia criticized Japan.", ["COERCE IGOEU>IRN asserted 2024-11-20", "ACCUSE RUS>JPN asserted 2024-11-20"]),
        ("Officials from Japan visited Seoul.", ["CONSULT JPN>KOR asserted 2024-11-20"]),
        ("The protests in Seoul continued.", ["PROTEST KOR>- asserted -"]),
        ("North Korea's military was placed on high alert.", ["MOBILIZE PRK>- asserted 2024-11-20"]),
        ("Russia expelled Japanese diplomats.", ["SANCTION RUS>JPN asserted 2024-11-20"]),
        ("Japan, South Korea and Russia sanctioned China.",
         ["COERCE JPN>CHN asserted 2024-11-20", "COERCE KOR>CHN asserted 2024-11-20", "COERCE RUS>CHN asserted 2024-11-20"]),
        ("The attack by Russia on Ukraine was condemned.", ["ASSAULT RUS>UKR asserted -"]),
        ("Russia's attack on Ukraine drew criticism.", ["ASSAULT RUS>UKR asserted -"]),
        ("Russian forces attacked Ukraine.", ["ASSAULT RUS>UKR asserted 2024-11-20"]),
        ("Russia supports Ukraine.", ["SUPPORT RUS>UKR asserted 2024-11-20"]),
        ("U.S. sanctions on Russia took effect.", ["COERCE USA>RUS asserted -"]),
        ("The party congress opened in Pyongyang.", ["CONSULT PRK>- asserted 2024-11-20"]),
        ("Russia attacked the decision by Japan.", ["ACCUSE RUS>JPN asserted 2024-11-20"]),
        ("Ukraine, backed by Japan, resisted.", ["SUPPORT JPN>UKR asserted 2024-11-20"]),
        ("Japan and the United States criticized China.",
         ["ACCUSE JPN>CHN asserted 2024-11-20", "ACCUSE USA>CHN asserted 2024-11-20"]),
        ("North Korea and South Korea exchanged artillery fire.",
         ["ASSAULT PRK>KOR asserted 2024-11-20", "ASSAULT KOR>PRK asserted 2024-11-20"]),
        ("Kim, who visited China, criticized Seoul.", ["CONSULT PRK>CHN asserted 2024-11-20", "ACCUSE PRK>KOR asserted 2024-11-20"]),
        ("China condemned the killing of civilians by Japan.", ["ACCUSE CHN>JPN asserted 2024-11-20"]),
        ("Russia denounced the agreement between Japan and South Korea.",
         ["ACCUSE RUS>JPN asserted 2024-11-20", "ACCUSE RUS>KOR asserted 2024-11-20", "AGREE JPN>KOR asserted 2024-11-20"]),
        ("The congress of the Workers' Party opened on Thursday.", ["CONSULT PRK>- asserted 2024-11-20"]),
    ]

    @Test("clause structure gives the dyad", arguments: structure)
    func structures(_ text: String, _ expected: [String]) {
        let events = Fixture(text).korea()
            .actor("EU", "IGOEU", kind: .organization, "the EU")
            .actor("IRN", "IRN", "Iran")
            .actor("JPN", "JPN", "Japanese")
            .actor("RUS-MIL", "RUS", kind: .organization, sector: "MIL", "Russian forces")
            .actor("prk-workers-party", "PRK", kind: .organization, sector: "PTY", "Workers' Party")
            .actor("kim", "PRK", kind: .person, sector: "GOV", "Kim")
            .extract()
        #expect(events.map(summary) == expected)
    }

    static let dating: [(String, [(String, String)], [String])] = [
        ("Russia attacked Ukraine on Monday.", [("Monday", "2024-11-18")], ["ASSAULT RUS>UKR asserted 2024-11-18"]),
        ("In 2019, Russia attacked Ukraine and sanctioned Japan.", [("2019", "2019")],
         ["ASSAULT RUS>UKR asserted 2019", "COERCE RUS>JPN asserted 2019"]),
        ("South Korea's spy agency said on Tuesday that North Korea had sent troops to Russia.", [("Tuesday", "2024-11-19")],
         ["COOPERATE PRK>RUS reported -"]),
        ("Russia attacked Ukraine in 2022, while China visited Japan.", [("2022", "2022")],
         ["ASSAULT RUS>UKR asserted 2022", "CONSULT CHN>JPN asserted 2024-11-20"]),
        ("Russia will visit China next year.", [("next year", "2025")], ["CONSULT RUS>CHN future 2025"]),
    ]

    @Test("dates come from the clause, not the report or the DCT", arguments: dating)
    func dates(_ text: String, _ timexes: [(String, String)], _ expected: [String]) {
        var fixture = Fixture(text).korea()
        for (phrase, value) in timexes { fixture = fixture.timex(phrase, value) }
        #expect(fixture.extract().map(summary) == expected)
    }
}
