import ActorLexicon
import ArticleText
import EventExtraction
import EventOntology
import TemporalExpressions

/// Builds hand-made actor and TIMEX3 annotations for a short text, so the extractor is tested on its own.
///
/// Mentions and timexes are given by their text; every occurrence is annotated, offsets are computed in
/// Unicode scalars.
struct Fixture {
    var text: String
    var dct: CalendarDate?
    var actors: [Actor] = []
    var mentions: [(phrase: String, actor: ActorID)] = []
    var timexes: [(phrase: String, type: TimexType, value: String, rangeBegin: String?)] = []

    init(_ text: String, dct: String? = "2024-11-20") {
        self.text = text
        self.dct = dct.flatMap(CalendarDate.init(iso:))
    }

    /// Adds an actor mentioned as `phrases`.
    func actor(_ id: ActorID, _ country: String?, kind: ActorKind = .state, sector: String? = nil,
               _ phrases: String...) -> Fixture
    {
        var copy = self
        copy.actors.append(Actor(id: id, name: phrases.first ?? id.rawValue, country: country, sector: sector, kind: kind))
        for phrase in phrases { copy.mentions.append((phrase, id)) }
        return copy
    }

    /// Adds a time expression.
    func timex(_ phrase: String, _ value: String, type: TimexType = .date, rangeBegin: String? = nil) -> Fixture {
        var copy = self
        copy.timexes.append((phrase, type, value, rangeBegin))
        return copy
    }

    /// Scalar ranges of every whole-word occurrence of `phrase`.
    static func occurrences(of phrase: String, in text: String) -> [TextSpan] {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(phrase.unicodeScalars)
        var result: [TextSpan] = []
        guard needle.count <= scalars.count, !needle.isEmpty else { return [] }
        var i = 0
        while i + needle.count <= scalars.count {
            if Array(scalars[i..<(i + needle.count)]) == needle {
                let before = i == 0 || !scalars[i - 1].properties.isAlphabetic
                let after = i + needle.count == scalars.count || !scalars[i + needle.count].properties.isAlphabetic
                if before && after {
                    result.append(TextSpan(start: i, end: i + needle.count))
                    i += needle.count
                    continue
                }
            }
            i += 1
        }
        return result
    }

    /// Runs the extractor.
    func extract(_ extractor: EventExtractor = EventExtractor()) -> [Event] {
        let document = Document(id: "t", text: text, published: dct)
        let segmented = TextSegmenter().segment(document)
        var actorMentions: [ActorMention] = []
        for (phrase, actor) in mentions {
            for span in Fixture.occurrences(of: phrase, in: text) {
                let sentence = segmented.sentenceIndex(containing: span.start) ?? 0
                actorMentions.append(ActorMention(actor: actor, span: span, text: phrase, sentence: sentence))
            }
        }
        // Longer phrases win over their parts ("South Korea's spy agency" over "South Korea").
        actorMentions.sort { ($0.start, -($0.end - $0.start)) < ($1.start, -($1.end - $1.start)) }
        var kept: [ActorMention] = []
        for mention in actorMentions where !kept.contains(where: { $0.span.overlaps(mention.span) }) {
            kept.append(mention)
        }
        var annotations: [Timex] = []
        for (phrase, type, value, rangeBegin) in timexes {
            for span in Fixture.occurrences(of: phrase, in: text) {
                annotations.append(Timex(
                    id: "t\(annotations.count + 1)", span: span, text: phrase, type: type, value: value,
                    rangeBegin: rangeBegin, anchoring: .dct,
                    sentence: segmented.sentenceIndex(containing: span.start) ?? 0))
            }
        }
        annotations.sort { $0.start < $1.start }
        let temporal = TemporalAnnotation(timexes: annotations, dct: dct, dctSource: .metadata, findings: [])
        let annotation = ActorAnnotation(actors: actors, mentions: kept, findings: [])
        return extractor.extract(segmented, actors: annotation, temporal: temporal).events
    }
}

/// A compact, comparable summary of an event: `TYPE SRC>TGT modality date`.
func summary(_ event: Event) -> String {
    let target = event.targetCountry ?? event.target?.rawValue ?? "-"
    let source = event.sourceCountry ?? event.source.rawValue
    return "\(event.type.rawValue) \(source)>\(target) \(event.modality.rawValue) \(event.date?.value ?? "-")"
}

/// Common actors of the tests.
extension Fixture {
    func korea() -> Fixture {
        actor("PRK", "PRK", "North Korea", "Pyongyang", "North Korea’s", "North Korean")
            .actor("KOR", "KOR", "South Korea", "Seoul", "the South")
            .actor("RUS", "RUS", "Russia", "Moscow")
            .actor("CHN", "CHN", "China", "Beijing")
            .actor("JPN", "JPN", "Japan", "Tokyo")
            .actor("USA", "USA", "United States", "Washington", "U.S.")
            .actor("UKR", "UKR", "Ukraine")
            .actor("KOR-SPY", "KOR", kind: .organization, sector: "SPY", "South Korea's spy agency")
            .actor("kcna", "PRK", kind: .organization, sector: "MED", "KCNA")
    }
}
