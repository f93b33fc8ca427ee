import EventExtraction
import EventOntology
import Testing

/// Modality on every event: negation, hedges, future, conditionals and attribution.
struct ModalityTests {
    static let cases: [(String, [String])] = [
        ("Russia did not attack Ukraine.", ["ASSAULT RUS>UKR negated -"]),
        ("Russia may attack Ukraine.", ["ASSAULT RUS>UKR hedged -"]),
        ("Russia will attack Ukraine.", ["ASSAULT RUS>UKR future -"]),
        ("Russia plans to attack Ukraine.", ["ASSAULT RUS>UKR future -"]),
        ("Russia is expected to attack Ukraine.", ["ASSAULT RUS>UKR future -"]),
        ("If talks fail, Russia would attack Ukraine.", ["ASSAULT RUS>UKR hypothetical -"]),
        ("Russia refused to attack Ukraine.", ["ASSAULT RUS>UKR negated -"]),
        // A denied act did not happen; a question reports nothing.
        ("North Korea denied sending troops to Russia.", ["COOPERATE PRK>RUS negated -"]),
        ("North Korea denied that it had sent troops to Russia.", ["COOPERATE PRK>RUS negated -"]),
        ("Will Russia attack Ukraine?", ["ASSAULT RUS>UKR hypothetical -"]),
        // An act kept from happening is negated.
        ("South Korea foiled an attack by North Korea on Seoul.", ["ASSAULT PRK>KOR negated -"]),
        // Contracted negations, kept whole by the tokenizer, negate too.
        ("Russia didn't attack Ukraine.", ["ASSAULT RUS>UKR negated -"]),
        ("Russia hasn’t attacked Ukraine.", ["ASSAULT RUS>UKR negated -"]),

        ("Russia reportedly attacked Ukraine.", ["ASSAULT RUS>UKR hedged -"]),
        ("Analysts believe Russia attacked Ukraine.", ["ASSAULT RUS>UKR hedged -"]),
        ("Russia attacked Ukraine, South Korea's spy agency said.", ["ASSAULT RUS>UKR reported 2024-11-20"]),
        ("According to KCNA, Russia attacked Ukraine.", ["ASSAULT RUS>UKR reported 2024-11-20"]),
        ("China did not attend the summit in Seoul or sign the joint statement with Japan and South Korea, but it sent a vice foreign minister to Tokyo.",
         ["CONSULT CHN>KOR negated -", "SUPPORT CHN>JPN negated -", "SUPPORT CHN>KOR negated -",
          "CONSULT CHN>JPN asserted 2024-11-20"]),
        ("Russia did not attack Ukraine and sent troops to North Korea.",
         ["ASSAULT RUS>UKR negated -", "COOPERATE RUS>PRK asserted 2024-11-20"]),
    ]

    @Test("cues change the modality but never drop or flip the type", arguments: cases)
    func modality(_ text: String, _ expected: [String]) {
        #expect(Fixture(text).korea().extract().map(summary) == expected)
    }

    @Test("the spy agency case: future deployment, reported by the agency, the report date not the event's")
    func spyAgency() throws {
        let events = Fixture("North Korea will send more troops to Russia, South Korea's spy agency said on Tuesday.")
            .korea().timex("Tuesday", "2024-11-19").extract()
        let event = try #require(events.first)
        #expect(events.count == 1)
        #expect(summary(event) == "COOPERATE PRK>RUS future -")
        #expect(event.mode == "military")
        #expect(event.attribution == "KOR-SPY")
        #expect(event.date?.anchoring == EventDate.Anchoring.none)
    }

    @Test("an accusation keeps the accused act as a reported claim of the accuser")
    func accusationFrame() {
        let events = Fixture("KCNA accused Seoul of flying drones over Pyongyang.").korea().extract()
        #expect(events.map(summary) == ["ACCUSE PRK>KOR asserted 2024-11-20", "COERCE KOR>PRK reported 2024-11-20"])
        #expect(events.last?.attribution == "kcna")
    }
}
