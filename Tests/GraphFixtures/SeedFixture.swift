import ActorLexicon
import ArticleText
import EventOntology
import GraphModel

/// Hand-made actors and events modelled on examples/korea-party-congress.txt (published 2026-02-20), plus a
/// second, invented document that describes some actors differently.
public enum SeedFixture {
    public static let seed: DocumentID = "korea-party-congress"
    public static let other: DocumentID = "pyongyang-moscow-treaty"

    public static let prk = Actor(id: "PRK", name: "North Korea", country: "PRK", sector: nil, kind: .state)
    public static let rus = Actor(id: "RUS", name: "Russia", country: "RUS", sector: nil, kind: .state)
    public static let chn = Actor(id: "CHN", name: "China", country: "CHN", sector: nil, kind: .state)
    public static let usa = Actor(id: "USA", name: "United States", country: "USA", sector: nil, kind: .state)
    public static let kor = Actor(id: "KOR", name: "South Korea", country: "KOR", sector: nil, kind: .state)
    public static let ukr = Actor(id: "UKR", name: "Ukraine", country: "UKR", sector: nil, kind: .state)
    public static let kim = Actor(
        id: "kim-jong-un", name: "Kim Jong Un", country: "PRK", sector: "GOV", kind: .person, role: "Supreme Leader")
    public static let xi = Actor(
        id: "xi-jinping", name: "Xi Jinping", country: "CHN", sector: "GOV", kind: .person, role: "President")
    public static let trump = Actor(
        id: "donald-trump", name: "Donald Trump", country: "USA", sector: "GOV", kind: .person, role: "President")
    public static let korOfficials = Actor(
        id: "KOR-GOV", name: "South Korean officials", country: "KOR", sector: "GOV", kind: .organization)
    public static let kcna = Actor(
        id: "kcna", name: "Korean Central News Agency", country: "PRK", sector: "MED", kind: .organization)

    public static let seedActors = [kim, prk, usa, kor, kcna, chn, rus, ukr, korOfficials, xi, trump]

    /// Evidence whose span length matches its text, as the invariants demand.
    public static func evidence(_ document: DocumentID, _ sentence: Int, at start: Int, _ text: String) -> Evidence {
        Evidence(document: document, sentence: sentence, span: TextSpan(start: start, end: start + text.unicodeScalars.count), text: text)
    }

    public static func date(_ value: String?, range: String? = nil, text: String? = nil) -> EventDate {
        EventDate(value: value, text: text, rangeBegin: range, anchoring: value == nil && range == nil ? .none : .timex)
    }

    public static func event(
        _ index: Int, _ source: Actor, _ type: EventType, _ target: Actor?, modality: Modality = .asserted,
        date: EventDate? = nil, attribution: ActorID? = nil, mode: String? = nil, trigger: String = "did",
        document: DocumentID = seed, sentence: Int = 0, at start: Int = 0, text: String = "A sentence."
    ) -> Event {
        Event(
            id: EventID(document: document, index: index), type: type, mode: mode, source: source.id,
            target: target?.id, sourceCountry: source.country, targetCountry: target?.country, trigger: trigger,
            date: date, modality: modality, attribution: attribution,
            evidence: evidence(document, sentence, at: start, text))
    }

    public static let sentence12 = "As Russia continues its war in Ukraine, Pyongyang has deepened military cooperation, supplying equipment and, according to South Korean and U.S. officials, thousands of troops."
    public static let sentence13 = "In return, analysts believe North Korea may be receiving economic assistance and military technologies, though specific arrangements have not been publicly confirmed."
    public static let sentence15 = "Last year, he traveled to China for a World War II commemorative event and held his first summit in six years with Chinese President Xi Jinping."
    public static let sentence27 = "Diplomatic engagement between Pyongyang and Washington has been frozen since 2019, when talks between Kim and then-U.S. President Donald Trump collapsed over disagreements on sanctions relief and denuclearization steps."

    public static var seedEvents: [Event] {
        [
            event(1, kim, .consult, nil, date: date("2026-02-19"), mode: "meeting", trigger: "used the opening", sentence: 0, at: 0,
                  text: "North Korean leader Kim Jong Un used the opening of the congress."),
            event(2, prk, .cooperate, rus, modality: .asserted, date: date("2026-02-20"), mode: "military",
                  trigger: "deepened military cooperation", sentence: 12, at: 2410, text: sentence12),
            event(3, prk, .aid, rus, modality: .reported, date: date("2026-02-20"), attribution: "KOR-GOV", mode: "military",
                  trigger: "supplying", sentence: 12, at: 2410, text: sentence12),
            event(4, rus, .aid, prk, modality: .hedged, trigger: "may be receiving", sentence: 13, at: 2584, text: sentence13),
            event(5, kim, .consult, chn, date: date("2025", text: "Last year"), mode: "visit", trigger: "traveled to",
                  sentence: 15, at: 2900, text: sentence15),
            event(6, kim, .consult, xi, date: date("2025", text: "Last year"), mode: "summit", trigger: "held his first summit",
                  sentence: 15, at: 2900, text: sentence15),
            event(7, kim, .consult, trump, date: date("2019"), trigger: "talks", sentence: 27, at: 5000, text: sentence27),
            event(8, prk, .reject, usa, date: date(nil, range: "2025-01-20"), trigger: "has rejected", sentence: 28, at: 5300),
            event(9, prk, .sanction, kor, trigger: "has suspended most cooperation", sentence: 30, at: 5600),
            event(10, prk, .accuse, kor, trigger: "framed", sentence: 30, at: 5600),
            event(11, prk, .mobilize, nil, modality: .future, date: date("FUTURE_REF"), trigger: "expand", sentence: 20, at: 4000),
            event(12, kim, .consult, usa, modality: .negated, date: date("2026-02-20"), trigger: "offered no details",
                  sentence: 1, at: 400),
        ]
    }

    /// A second document: Kim described with another role, a treaty with Russia, an undescribed actor.
    public static var otherActors: [Actor] {
        var kimAsSecretary = kim
        kimAsSecretary.role = "General Secretary"
        var bareRussia = rus
        bareRussia.country = nil
        return [kimAsSecretary, bareRussia, prk]
    }

    public static var otherEvents: [Event] {
        [
            event(1, kim, .agree, rus, date: date("2024-06-19"), mode: "treaty", trigger: "signed", document: other, at: 10),
            event(2, rus, .cooperate, prk, date: date("2024-06"), mode: "military", trigger: "pledged", document: other, at: 90),
        ]
    }

    public static var seedRecord: DocumentRecord {
        DocumentRecord(id: seed, published: CalendarDate(iso: "2026-02-20"), title: "Kim highlights economic resilience")
    }

    public static var seedGraph: EventGraph { EventGraph(actors: seedActors, events: seedEvents, document: seedRecord) }

    public static var mergedGraph: EventGraph {
        var graph = seedGraph
        graph.add(actors: otherActors, events: otherEvents, document: DocumentRecord(id: other))
        return graph
    }

    /// ``mergedGraph`` with a title and an address for the second document, for provenance and links.
    public static var mergedGraphWithSources: EventGraph {
        var graph = mergedGraph
        graph.add(actors: [], events: [], document: DocumentRecord(id: other, title: "Treaty signed", url: "https://example.org/treaty"))
        return graph
    }
}
