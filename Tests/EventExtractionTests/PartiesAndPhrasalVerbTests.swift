import ActorLexicon
import ArticleText
import EventExtraction
import EventOntology
import Testing

/// Who the parties are and how a verb with its complement is typed: naming with a judging complement, phrasal
/// verbs whose particle changes the act, troops sent into another country, armed groups the recogniser names.
struct PartiesAndPhrasalVerbTests {
    static let pipeline = ExtractionPipeline()

    static func coded(_ text: String, published: String = "2024-05-15") -> [Event] {
        let document = Document(id: "t", text: text, published: CalendarDate(iso: published))
        return pipeline.extract(document).events
    }

    /// "TYPE CAMEO SOURCE>TARGET" by country (an actor's id when it has none).
    static func events(_ text: String, published: String = "2024-05-15") -> [String] {
        coded(text, published: published).map { event in
            "\(event.type.rawValue) \(event.cameo ?? "-") \(event.sourceCountry ?? event.source.rawValue)>"
                + "\(event.targetCountry ?? event.target?.rawValue ?? "-")"
        }
    }

    @Test(arguments: [
        // The complement's head judges, before its adjectives: a "Great Satan" is no praise.
        ("Tehran called Washington the Great Satan on Friday.", ["ACCUSE 111 IRN>USA"]),
        // A nominal complement in quotes, hung on the object by the parser.
        ("Lula called Xi Jinping \"a genius\" on Monday.", ["SUPPORT 051 BRA>CHN"]),
        // A noun of abuse VADER does not rate; the object names its state by a demonym.
        ("Venezuela's foreign minister called the Colombian president a dictator.", ["ACCUSE 111 VEN>COL"]),
        // An "as" complement; the object's party by its demonym.
        ("Ankara described the Greek decision as a betrayal.", ["ACCUSE 111 TUR>GRC"]),
        ("Belgrade called Moscow a true friend of the Serbian people.", ["SUPPORT 051 SRB>RUS"]),
        // An act judged is the judgement's content (as after "welcomed"); the praise is aimed at its party.
        ("India called the meeting with Pakistan a success.", ["SUPPORT 051 IND>PAK"]),
        // A negated complement judges nothing.
        ("Seoul described the launch as not a threat.", []),
    ])
    func namingWithAJudgingComplementIsACriticismOrPraise(text: String, expected: [String]) {
        #expect(Self.events(text) == expected)
    }

    @Test(arguments: [
        // The particle changes the act: yielding, not giving.
        ("Serbia gave in to Kosovo on Tuesday and lifted the ban.", "CONCEDE 080 SRB>"),
        ("Russia backed down on Friday.", "CONCEDE 080 RUS>"),
        // Calling off talks reduces relations; the talks are its content, not a meeting.
        ("Pakistan called off talks with India on Sunday.", "SANCTION 160 PAK>IND"),
        ("Tokyo called it off on Monday after talks with Seoul collapsed.", "SANCTION"),
    ])
    func aParticleChangesTheAct(text: String, expected: String) {
        let coded = Self.events(text)
        #expect(coded.contains { $0.hasPrefix(expected) }, "\(coded)")
        #expect(!coded.contains { $0.hasPrefix("AID") || $0.hasPrefix("CONSULT") || $0.hasPrefix("SUPPORT") }, "\(coded)")
    }

    @Test func aVerbWithAnotherParticleKeepsItsOwnEntries() {
        // "stepped up" is no resignation; the act is the object's.
        let coded = Self.events("China stepped up military drills near Taiwan on Saturday.")
        #expect(!coded.contains { $0.hasPrefix("CONCEDE") }, "\(coded)")
        // "pulled out of" a country is a withdrawal from it.
        #expect(Self.events("Washington pulled its troops out of Syria in 2019.", published: "2019-12-01")
            .contains("RETREAT 0874 USA>SYR"))
    }

    @Test(arguments: [
        // Troops sent into another country uninvited move against it.
        ("Colombia sent troops across the border into Venezuela on Sunday.", ["MOBILIZE 152 COL>VEN"]),
        // Troops sent at its request help it.
        ("Rwanda sent troops into Mozambique at the request of Maputo.", ["COOPERATE 062 RWA>MOZ"]),
        // Sending troops to a partner stays military cooperation.
        ("Belarus sent troops to Russia on Monday.", ["COOPERATE 062 BLR>RUS"]),
    ])
    func troopsSentIntoACountry(text: String, expected: [String]) {
        #expect(Self.events(text) == expected)
    }

    /// A group the recogniser names "… Liberation Army" is not the army of the state it is placed in, so its acts
    /// on that state are no self-loops; a state's army named by its state alone stays the state's.
    @Test(arguments: [
        ("Northern Liberation Army", nil, "MIL", "REB"),
        ("Myanmar National Democratic Alliance Army", "MMR", "MIL", "REB"),
        ("Azawad Patriotic Front", nil, nil, "OPP"),
        ("Pakistan Army", "PAK", "MIL", "MIL"),
        ("Afghan National Army", "AFG", "MIL", "MIL"),
        ("Federation of Students", nil, nil, nil),
    ] as [(String, String?, String?, String?)])
    func anArmedGroupTheRecogniserNamesIsNotItsStatesArmy(name: String, country: String?, sector: String?, expected: String?) {
        let actor = Actor(id: ActorID(name.lowercased()), name: name, country: country, sector: sector, kind: .organization)
        #expect(actor.placedAsNonStateGroup().sector == expected)
    }

    /// A noun act told again by a relative clause is the clause's act: its subject is the source, and coordinated
    /// demonyms each name a target.
    @Test func aRelativeClauseSaysWhoseActANounIs() {
        let coded = Self.events(
            "Ottawa answered the tariffs that Washington imposed on Canadian and Mexican steel on 1 June.",
            published: "2018-06-23")
        #expect(coded.contains { $0.hasPrefix("COERCE") && $0.hasSuffix("USA>CAN") }, "\(coded)")
        #expect(coded.contains { $0.hasPrefix("COERCE") && $0.hasSuffix("USA>MEX") }, "\(coded)")
        #expect(!coded.contains { $0.hasSuffix("CAN>MEX") || $0.hasSuffix("CAN>CAN") }, "\(coded)")
    }

    /// A lexicon organisation's name inside a longer name is not that organisation.
    @Test func anOrganisationsNameInsideALongerNameIsNotThatOrganisation() {
        let document = Document(
            id: "t", text: "The Ta'ang National Liberation Army attacked an army post in Namhsan on Friday.",
            published: CalendarDate(iso: "2024-01-13"))
        let actors = Self.pipeline.extract(document).actors
        #expect(!actors.contains { $0.country == "COL" }, "\(actors.map { "\($0.id.rawValue) \($0.country ?? "-")" })")
    }

    /// Allies attacking together act on a third party, not on each other.
    @Test func aJointOffensiveIsNoCooperationBetweenItsParties() {
        let coded = Self.events("Rwanda and Uganda opened a joint offensive against rebels in Congo on Monday.")
        #expect(!coded.contains { $0.hasPrefix("COOPERATE") }, "\(coded)")
    }

    @Test func aTamilTigerIsTheLTTE() {
        let events = Self.coded("A Tamil Tiger suicide bomber killed a Sri Lankan minister in Colombo on Friday.")
        #expect(events.contains { $0.source.rawValue == "liberation-tigers-of-tamil-eelam" && $0.targetCountry == "LKA" },
                "\(events.map { "\($0.type.rawValue) \($0.source.rawValue)>\($0.target?.rawValue ?? "-")" })")
    }
}
