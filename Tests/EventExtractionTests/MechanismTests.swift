import ActorLexicon
import EventExtraction
import EventOntology
import Testing

/// One table per recall mechanism: the text, then the expected `TYPE SRC>TGT modality date` summaries in text
/// order (source and target as countries).
struct MechanismTests {
    private func run(_ text: String) -> [String] {
        Fixture(text).korea()
            .actor("CYP", "CYP", "Cyprus")
            .actor("GRC", "GRC", "Greece")
            .actor("ISR", "ISR", "Israel")
            .actor("IMF", "IGOWSTIMF", kind: .organization, "the International Monetary Fund")
            .actor("clinton", "USA", kind: .person, sector: "GOV", "Clinton")
            .actor("kim", "PRK", kind: .person, sector: "GOV", "Kim")
            .actor("moon", "KOR", kind: .person, sector: "GOV", "Moon")
            .actor("rebels", "UKR", kind: .organization, sector: "REB", "the Separatist Front")
            .extract()
            .map(summary)
    }

    static let groups: [(String, [String])] = [
        // Three or more coordinated parties of a symmetric event: one event a pair.
        ("Cyprus, Greece and Israel met.",
         ["CONSULT CYP>GRC asserted 2024-11-20", "CONSULT CYP>ISR asserted 2024-11-20", "CONSULT GRC>ISR asserted 2024-11-20"]),
        // An agent noun's list is the subject.
        ("The delegations of Cyprus, Greece and Israel met.",
         ["CONSULT CYP>GRC asserted 2024-11-20", "CONSULT CYP>ISR asserted 2024-11-20", "CONSULT GRC>ISR asserted 2024-11-20"]),
        // The parties of a symmetric noun.
        ("The trilateral meeting of Cyprus, Greece and Israel ended.",
         ["CONSULT CYP>GRC asserted -", "CONSULT CYP>ISR asserted -", "CONSULT GRC>ISR asserted -"]),
        // A symmetric passive with "between".
        ("A memorandum was signed between Cyprus and Israel.", ["SUPPORT CYP>ISR asserted 2024-11-20"]),
        // A resumed preposition adds a partner.
        ("Greece met with the International Monetary Fund, then with Israel.",
         ["CONSULT GRC>IGOWSTIMF asserted 2024-11-20", "CONSULT GRC>ISR asserted 2024-11-20"]),
        // Two parties keep the old reading: one event.
        ("Japan and China met.", ["CONSULT JPN>CHN asserted 2024-11-20"]),
    ]

    @Test("symmetric events among several parties", arguments: groups)
    func symmetric(_ text: String, _ expected: [String]) {
        #expect(run(text) == expected)
    }

    static let agents: [(String, [String])] = [
        // Agentless domestic acts take the patient's own state.
        ("The United States is a republic. Clinton was impeached.", ["ACCUSE USA>USA asserted 2024-11-20"]),
        ("South Korea held elections. Moon was arrested.", ["COERCE KOR>KOR asserted 2024-11-20"]),
        // Not for acts that are not domestic, nor for a state as patient.
        ("Clinton was attacked.", []),
        ("Japan was impeached.", []),
        // A reference back to an earlier act targets its agent.
        ("North Korea tested missiles. Japan criticized the move.",
         ["MOBILIZE PRK>- asserted 2024-11-20", "ACCUSE JPN>PRK asserted 2024-11-20"]),
        ("Japan made a proposal. The proposal was rejected by China.", ["REJECT CHN>JPN asserted 2024-11-20"]),
        // An object relative clause whose antecedent names no actor targets the main clause's subject.
        ("Japan kept a policy which China and Russia criticised.",
         ["ACCUSE CHN>JPN asserted 2024-11-20", "ACCUSE RUS>JPN asserted 2024-11-20"]),
        // Rebels are not organs of their state; an assault with no target is on the state where it happened.
        ("The attack by the Separatist Front on Ukraine failed.", ["ASSAULT UKR>UKR asserted -"]),
        ("A bomb hit a base in the east of Ukraine's Donetsk region. Dozens died in the attack, reportedly carried out by the Separatist Front.",
         ["ASSAULT UKR>UKR asserted 2024-11-20"]),
        // An actor announcing its own future violence makes a threat.
        ("North Korea said it would attack Seoul.", ["THREATEN PRK>KOR asserted 2024-11-20"]),
        // Retaliation is against the last counterpart.
        ("North Korea shelled Seoul. South Korea retaliated.",
         ["ASSAULT PRK>KOR asserted 2024-11-20", "ASSAULT KOR>PRK asserted 2024-11-20"]),
        // The act referred to is another party's, not the speaker's own.
        ("Japan accused China of spying. China denied the accusation.",
         ["ACCUSE JPN>CHN asserted 2024-11-20", "REJECT CHN>JPN asserted 2024-11-20"]),
        // Protests are located where they happen, in whatever place phrase names the state.
        ("Anti-government protests continued through the south of Ukraine.", ["PROTEST UKR>- asserted -"]),
        // An announcer announces its own act, and announcing it does it.
        ("Japan announced sanctions on Russia.", ["COERCE JPN>RUS asserted -"]),
        ("Japan announced that it would impose sanctions on Russia.", ["COERCE JPN>RUS future -"]),
        // A reporter is not the agent of an act it merely reports.
        ("Japan said an attack on Russia failed.", []),
        // A wished act is not an event.
        ("China wants Japanese troops to leave Korea.", []),
        ("Japan wants Kim to resign or be impeached.", []),
        // "It" after the sentence's own subject is that subject, not an earlier sentence's source.
        ("Japan attacked Seoul. North Korea denied that it had sent troops to Russia.",
         ["ASSAULT JPN>KOR asserted 2024-11-20", "COOPERATE PRK>RUS negated -"]),
        // A pronoun subject resolves to the last person subject.
        ("Kim spoke on Monday. He later denounced Seoul.", ["ACCUSE PRK>KOR asserted 2024-11-20"]),
        // A requested act is the request's content, not an event.
        ("Japan urged China to attack Russia.", ["REQUEST JPN>CHN asserted 2024-11-20"]),
        // Evaluative naming is disapproval.
        ("Japan called Russia's decision a dangerous provocation.", ["ACCUSE JPN>RUS asserted 2024-11-20"]),
        // "Both sides" are the two parties named last, an armed group among them, never the speaker itself.
        ("Ukraine and the Separatist Front signed a truce. Japan urged both sides to respect it.",
         ["SUPPORT UKR>UKR asserted 2024-11-20", "REQUEST JPN>UKR asserted 2024-11-20", "REQUEST JPN>UKR asserted 2024-11-20"]),
        // A pair phrase with a modifier ("the two NATO allies") is still the pair; "them" after it in the clause
        // is the same pair.
        ("Greece attacked Cyprus. Hours later the two Mediterranean neighbours agreed to talk.",
         ["ASSAULT GRC>CYP asserted 2024-11-20", "AGREE CYP>GRC asserted 2024-11-20"]),
        ("Greece attacked Cyprus. Clinton telephoned both leaders and urged them to stop.",
         ["ASSAULT GRC>CYP asserted 2024-11-20", "CONSULT USA>CYP asserted 2024-11-20", "CONSULT USA>GRC asserted 2024-11-20",
          "REQUEST USA>CYP asserted 2024-11-20", "REQUEST USA>GRC asserted 2024-11-20"]),
        // A bare title takes its holder from the "of" phrase.
        ("Japan attacked the proclamation by the President of the United States.", ["ACCUSE JPN>USA asserted 2024-11-20"]),
    ]

    @Test("agents and targets from context", arguments: agents)
    func context(_ text: String, _ expected: [String]) {
        #expect(run(text) == expected)
    }

    static let vocabulary: [(String, [String])] = [
        ("Japan condemned and lambasted Russia.", ["ACCUSE JPN>RUS asserted 2024-11-20"]),
        ("Japan welcomed China.", ["SUPPORT JPN>CHN asserted 2024-11-20"]),
        ("Japan accepted the offer from China.", ["AGREE JPN>CHN asserted 2024-11-20"]),
        ("Japan pressured China to stop.", ["REQUEST JPN>CHN asserted 2024-11-20"]),
        ("Japan held military exercises with the United States.", ["MOBILIZE JPN>USA asserted 2024-11-20"]),
        ("Russia murdered Ukraine's envoy.", ["ASSAULT RUS>UKR asserted 2024-11-20"]),
        // "Pull out" alone is a withdrawal; out of talks or a deal it is a break in relations.
        ("Russia pulled out of Ukraine.", ["RETREAT RUS>UKR asserted 2024-11-20"]),
        ("Russia pulled out of the talks with Ukraine.", ["SANCTION RUS>UKR asserted 2024-11-20"]),
        // A sporting win is no assault.
        ("Japan crushed China by ten wickets in the World Cup final.", []),
        // "Demonstrate" is a protest only when intransitive.
        ("Japan demonstrated a new missile.", []),
        ("Students demonstrated in Seoul.", ["PROTEST KOR>- asserted 2024-11-20"]),
    ]

    @Test("broader dictionary", arguments: vocabulary)
    func words(_ text: String, _ expected: [String]) {
        #expect(run(text) == expected)
    }
}
