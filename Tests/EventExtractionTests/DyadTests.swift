import EventExtraction
import EventOntology
import Testing

/// Who did what to whom: dyads read from the clause structure.
struct DyadTests {
    static let cases: [(String, [String])] = [
        ("North Korea sent troops to Russia.", ["COOPERATE PRK>RUS asserted 2024-11-20"]),
        ("The EU sanctioned Iran.", ["COERCE IGOEU>IRN asserted 2024-11-20"]),
        ("Iran was sanctioned by the EU.", ["COERCE IGOEU>IRN asserted 2024-11-20"]),
        ("Russia and North Korea signed a treaty.", ["SUPPORT RUS>PRK asserted 2024-11-20"]),
        ("Russia attacked Ukraine.", ["ASSAULT RUS>UKR asserted 2024-11-20"]),
        ("China criticized Japan and South Korea.", ["ACCUSE CHN>JPN asserted 2024-11-20", "ACCUSE CHN>KOR asserted 2024-11-20"]),
        ("Pyongyang has suspended most cooperation with Seoul.", ["SANCTION PRK>KOR asserted 2024-11-20"]),
        ("North Korea tested missiles.", ["MOBILIZE PRK>- asserted 2024-11-20"]),
        ("Kim traveled to China.", ["CONSULT PRK>CHN asserted 2024-11-20"]),
        ("Pyongyang praised Pyongyang.", []),
        ("North Korea may be receiving weapons from Russia.", ["AID RUS>PRK hedged -"]),
        ("Russia has imposed sanctions on Japan.", ["COERCE RUS>JPN asserted 2024-11-20"]),
        ("Talks between North Korea and the United States collapsed.", ["CONSULT PRK>USA asserted -"]),
    ]

    @Test("dyads follow subject, object, passive agent, prepositions and coordination", arguments: cases)
    func dyad(_ text: String, _ expected: [String]) {
        let events = Fixture(text).korea()
            .actor("EU", "IGOEU", kind: .organization, "The EU", "the EU")
            .actor("IRN", "IRN", "Iran")
            .actor("kim", "PRK", kind: .person, sector: "GOV", "Kim")
            .extract()
        #expect(events.map(summary) == expected)
    }
}
