import ActorLexicon
import ArticleText
import EventExtraction
import EventOntology
import Testing

/// The event scorer's per-type figures, miss classes and non-state group slugs.
struct EventScorerTests {
    func event(_ type: EventType, _ source: String, _ target: String?, country: (String?, String?)) -> Event {
        Event(
            id: EventID(rawValue: "d#e1"), type: type, source: ActorID(source), target: target.map { ActorID($0) },
            sourceCountry: country.0, targetCountry: country.1, trigger: "x", date: nil, modality: .asserted,
            attribution: nil, evidence: Evidence(document: DocumentID("d"), sentence: 0, span: TextSpan(start: 0, end: 1), text: "x"))
    }

    @Test func typesAndMissClassesAreCounted() {
        let gold = [
            GoldEvent(source: "RUS", target: "UKR", type: .accuse, modality: .asserted),
            GoldEvent(source: "RUS", target: "GEO", type: .assault, modality: .asserted),
            GoldEvent(source: "CHN", target: "TWN", type: .mobilize, modality: .asserted),
        ]
        let system = [
            event(.accuse, "RUS", "UKR", country: ("RUS", "UKR")),
            event(.reject, "RUS", "GEO", country: ("RUS", "GEO")),
            event(.mobilize, "CHN", nil, country: ("CHN", nil)),
        ]
        var score = EventScore()
        EventScorer().add(document: "d", gold: gold, system: system, to: &score)
        #expect(score.event.truePositives == 1 && score.event.falsePositives == 2 && score.event.falseNegatives == 2)
        #expect(score.byType["ACCUSE"]?.truePositives == 1)
        #expect(score.byType["ASSAULT"]?.falseNegatives == 1)
        #expect(score.byType["REJECT"]?.falsePositives == 1)
        #expect(score.byType["MOBILIZE"]?.falseNegatives == 1 && score.byType["MOBILIZE"]?.falsePositives == 1)
        #expect(score.missClasses == ["wrong type": 1, "wrong target": 1])
    }

    @Test func datesPairAndCountAtTheGoldGranularity() {
        func dated(_ value: String) -> Event {
            var e = event(.consult, "GRC", "ISR", country: ("GRC", "ISR"))
            e.date = EventDate(value: value, anchoring: .timex)
            return e
        }
        // Two meetings of one dyad: each gold event pairs with the system event of its own date.
        let gold = [
            GoldEvent(source: "GRC", target: "ISR", type: .consult, modality: .asserted, date: "2020-01-02"),
            GoldEvent(source: "GRC", target: "ISR", type: .consult, modality: .asserted, date: "2020-01-09"),
        ]
        var score = EventScore()
        EventScorer().add(document: "d", gold: gold, system: [dated("2020-01-09TNI"), dated("2020-01-02")], to: &score)
        #expect(score.event.truePositives == 2)
        #expect(score.datedMatches == 2 && score.dateCorrect == 2)
        // A coarser system date is not right at the gold's granularity.
        var coarse = EventScore()
        EventScorer().add(document: "d", gold: [gold[0]], system: [dated("2020-01")], to: &coarse)
        #expect(coarse.dateCorrect == 0)
    }

    @Test func lowerCaseGoldCodesMatchGroupsBySlug() {
        let gold = [GoldEvent(source: "ISR", target: "hamas", type: .assault, modality: .asserted)]
        var score = EventScore()
        EventScorer().add(document: "d", gold: gold,
                          system: [event(.assault, "ISR", "pse-hamas", country: ("ISR", "PSE"))], to: &score)
        #expect(score.event.truePositives == 1)
        var wrong = EventScore()
        EventScorer().add(document: "d", gold: [GoldEvent(source: "ISR", target: "PSE", type: .assault, modality: .asserted)],
                          system: [event(.assault, "ISR", "lbn-hezbollah", country: ("ISR", "LBN"))], to: &wrong)
        #expect(wrong.event.truePositives == 0)
        // With a lexicon, a group's short name matches through its aliases.
        let lexicon = Lexicon(entries: [LexiconEntry(id: ActorID("kurdistan-workers-party"), name: "Kurdistan Workers' Party",
                                                     kind: .organization, country: "TUR", sector: "REB", aliases: ["PKK"])])
        var byAlias = EventScore()
        EventScorer(lexicon: lexicon).add(
            document: "d", gold: [GoldEvent(source: "TUR", target: "pkk", type: .assault, modality: .asserted)],
            system: [event(.assault, "TUR", "kurdistan-workers-party", country: ("TUR", "TUR"))], to: &byAlias)
        #expect(byAlias.event.truePositives == 1)
    }

    @Test func lowerCaseGoldCodesMatchAGroupsInitials() {
        let gold = [GoldEvent(source: "ruf", target: "IGOUNO", type: .coerce, modality: .asserted)]
        var score = EventScore()
        EventScorer().add(document: "d", gold: gold,
                          system: [event(.coerce, "revolutionary-united-front", "IGOUNO", country: (nil, "IGOUNO"))], to: &score)
        #expect(score.event.truePositives == 1)
        // Two words give no initials: "ra" is not the Red Army.
        var short = EventScore()
        EventScorer().add(document: "d", gold: [GoldEvent(source: "ra", target: "IGOUNO", type: .coerce, modality: .asserted)],
                          system: [event(.coerce, "red-army", "IGOUNO", country: (nil, "IGOUNO"))], to: &short)
        #expect(short.event.truePositives == 0)
        #expect(EventScorer.initials("islamic-movement-of-uzbekistan") == "imu")
    }

    @Test func lowerCaseGoldCodesMatchWhatTheTextCalledTheActor() {
        let gold = [GoldEvent(source: "COL", target: "eln", type: .agree, modality: .asserted)]
        let system = [event(.agree, "COL-GOV", "national-liberation-army", country: ("COL", "COL"))]
        var withoutMentions = EventScore()
        EventScorer().add(document: "d", gold: gold, system: system, to: &withoutMentions)
        #expect(withoutMentions.event.truePositives == 0)
        let acronym = ActorMention(actor: "national-liberation-army", span: TextSpan(start: 60, end: 63), text: "ELN", sentence: 0)
        var withMentions = EventScore()
        EventScorer().add(document: "d", gold: gold, system: system, mentions: [acronym], to: &withMentions)
        #expect(withMentions.event.truePositives == 1)
    }
}
