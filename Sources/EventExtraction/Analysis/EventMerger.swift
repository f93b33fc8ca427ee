import ActorLexicon
import ArticleText
import EventOntology

/// Merges restatements of the same event within a document and numbers the result.
///
/// Two drafts are the same event when type, mode, source, target (either order for symmetric types) and
/// modality agree (asserted and reported count as one: a reported restatement adds its attribution) and their
/// dates do not contradict each other (the 2021 congress is not the 2026 one). The first keeps its fields; later sentences become `additionalEvidence`; a later anchored
/// date replaces an unanchored one; a later location fills a missing one.
struct EventMerger {
    func merge(_ drafts: [EventDraft], document: DocumentID) -> [Event] {
        let ordered = drafts.enumerated().sorted { ($0.element.event.evidence.start, $0.element.triggerStart, $0.offset)
            < ($1.element.event.evidence.start, $1.element.triggerStart, $1.offset) }
        var events: [Event] = []
        var indexByKey: [String: [Int]] = [:]
        var sentencesByEvent: [Set<Int>] = []  // evidence sentences of each kept event, for O(1) duplicate checks
        for (_, draft) in ordered {
            let event = draft.event
            let key = Self.key(event)
            if let index = indexByKey[key]?.first(where: { Self.datesAgree(events[$0].date, event.date) }) {
                // Mutate in place: copying the kept event would copy its evidence list on every restatement.
                if sentencesByEvent[index].insert(event.evidence.sentence).inserted {
                    events[index].additionalEvidence.append(event.evidence)
                }
                if events[index].date?.anchoring != .timex, event.date?.anchoring == .timex {
                    events[index].date = event.date
                }
                if events[index].location == nil, let location = event.location {
                    events[index].location = location
                }
                if events[index].attribution == nil, let attribution = event.attribution {
                    events[index].attribution = attribution
                    events[index].modality = .reported
                }
            } else {
                indexByKey[key, default: []].append(events.count)
                events.append(event)
                sentencesByEvent.append([event.evidence.sentence])
            }
        }
        for index in events.indices {
            events[index].id = EventID(document: document, index: index + 1)
            events[index].additionalEvidence.sort()
        }
        return events
    }

    /// Whether two dates can belong to one event: equal, at least one undated, or a tense-based (DCT) date
    /// within the same month as the other ("banned on Monday" and "has suspended" two days later agree; the
    /// 2021 congress and the one reported today do not).
    static func datesAgree(_ a: EventDate?, _ b: EventDate?) -> Bool {
        guard let x = a?.value, let y = b?.value else { return true }
        // Dates read off tense, from the DCT or the news day, not from the act's own time expression.
        func isTenseBased(_ date: EventDate?) -> Bool { [.dctTense, .narrative].contains(date?.anchoring) }
        if x == y || isTenseBased(a) && isTenseBased(b) { return true }
        guard isTenseBased(a) || isTenseBased(b) else { return false }
        return x.count >= 7 && y.count >= 7 && x.prefix(7) == y.prefix(7)
    }

    static func key(_ event: Event) -> String {
        var ends = [event.source.rawValue, event.target?.rawValue ?? "-"]
        if event.symmetric { ends.sort() }
        // Asserted and reported restatements are one fact; hedged, negated, future and hypothetical ones are not.
        let modality = event.modality == .reported ? Modality.asserted : event.modality
        // Modes tell events apart only where they name different acts (a visit and a summit; military and
        // economic cooperation); an accusation "alleged" and one "blamed" are the same.
        let mode = [.consult, .cooperate, .aid].contains(event.type) ? event.mode ?? "-" : "-"
        return [event.type.rawValue, mode, ends[0], ends[1], modality.rawValue].joined(separator: "|")
    }
}
