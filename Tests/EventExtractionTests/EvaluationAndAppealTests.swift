import ArticleText
import EventExtraction
import EventOntology
import Testing

/// Judgements said as a verb's complement ("called X dishonest"), acts said in a gerund clause of means ("answered
/// by threatening …"), expulsions said as a deadline to leave, demands said as what another should do, and outsiders'
/// appeals in a report about one state.
struct EvaluationAndAppealTests {
    static let pipeline = ExtractionPipeline()

    static func events(_ text: String, published: String = "2024-05-15") -> [String] {
        let document = Document(id: "t", text: text, published: CalendarDate(iso: published))
        return pipeline.extract(document).events.map { event in
            "\(event.type.rawValue) \(event.sourceCountry ?? event.source.rawValue)>\(event.targetCountry ?? "-")"
        }
    }

    @Test(arguments: [
        // A negative judgement in the complement is a criticism (CAMEO 111), whatever the word; a positive one is
        // praise (051).
        ("Turkey called the Dutch government arrogant and hypocritical on Sunday.", ["ACCUSE TUR>NLD"]),
        ("Kenya called Ethiopia a reliable partner on Tuesday.", ["SUPPORT KEN>ETH"]),
        ("Hungary described Sweden as irresponsible.", ["ACCUSE HUN>SWE"]),
        // Words that name what a call is about are no judgement.
        ("Peru called an emergency meeting of its cabinet over the crisis.", []),
        // Tribute is praise, not aid.
        ("Ghana's president paid tribute to Nigeria on Monday.", ["SUPPORT GHA>NGA"]),
        // A deadline given to a diplomat is an expulsion (CAMEO 166), not an ultimatum.
        ("Bolivia gave the Peruvian ambassador 72 hours to leave the country.", ["SANCTION BOL>PER"]),
        // A deadline given to a leader to leave his own country stays an ultimatum.
        ("Washington gave the Panamanian leader 48 hours to leave Panama.", ["THREATEN USA>PAN"]),
        ("Chile ordered two Argentine diplomats out of the country on Friday.", ["SANCTION CHL>ARG"]),
    ])
    func judgementsAndExpulsions(text: String, expected: [String]) {
        #expect(Self.events(text) == expected)
    }

    @Test(arguments: [
        // A gerund clause of time or means has the subject of the clause it modifies.
        ("After meeting Xi Jinping in Beijing, Lula signed a trade pact with China.",
         ["CONSULT BRA>CHN", "SUPPORT BRA>CHN"]),
        // Drawing up tariffs or sanctions against a party is a threat of them (CAMEO 1312), not yet the act.
        ("Washington ordered officials on Monday to draw up tariffs on Chinese goods.", ["THREATEN USA>CHN"]),
        // What a speaker says another state should or must do is the speaker's demand on it (CAMEO 100).
        ("The Philippine foreign ministry said on Tuesday that China should stop harassing Philippine vessels.",
         ["REQUEST PHL>CHN"]),
        ("Japan's foreign ministry said on Monday that Russia must stop sending warships near Hokkaido.", ["REQUEST JPN>RUS"]),
    ])
    func meansAndPreparedMeasures(text: String, expected: [String]) {
        #expect(Self.events(text) == expected)
    }

    /// In a report about one state, an outsider's appeal or warning that names no one is addressed to that state.
    @Test func anOutsidersAppealWithoutATargetIsToTheStateTheReportIsAbout() {
        let text = """
            LUSAKA, Zambia — Zambia held a presidential election on Thursday, and Zambia's electoral commission \
            declared Hakainde Hichilema the winner on Monday. Zambian police arrested dozens of opposition supporters \
            in Lusaka. The Zambian government said the vote in Zambia had been fair.

            The African Union called for calm on Tuesday. The United States warned that those who undermine \
            democracy in the country could face visa bans.
            """
        let coded = Self.events(text, published: "2021-08-17")
        #expect(coded.contains("REQUEST IGOAFRAFU>ZMB"))
        #expect(coded.contains("THREATEN USA>ZMB"))
        #expect(!coded.contains("THREATEN USA>USA"))
    }
}
