import ArticleText
import EventOntology
import Geo

extension DocumentRun {
    /// Event types that happen somewhere on the ground: without a place in their clause they take the dateline's.
    static let onTheGround: Set<EventType> = [.assault, .protest, .mobilize, .coerce]
    /// Case markers that make an oblique or nominal modifier the place of the event.
    static let locationCases: Set<String> = ["in", "at", "near", "outside", "inside", "across", "throughout", "within", "around"]
    /// Dependents of a locative nominal that can hold the place's name ("in the capital, Tripoli", "in the
    /// city of Aleppo", "in Afghanistan's Maidan Wardak province").
    static let placeHolders: Set<String> = ["appos", "compound", "flat", "nmod", "nmod:poss", "amod"]

    /// Sets the location of the drafts in `range` (all from one sentence): the place in the event's own clause,
    /// else the dateline's place for on-the-ground types when it lies in the source's or the target's country
    /// (a Seoul dateline does not place a North Korean missile test; an attack abroad only in the target's),
    /// else none. Never the actors' countries.
    mutating func locate(_ range: Range<Int>, parse: ParseView?, view: SentenceView) {
        guard !range.isEmpty else { return }
        let places = placesBySentence[view.sentence.index] ?? []
        for index in range {
            if let place = clausePlace(of: drafts[index], places: places, parse: parse) {
                drafts[index].event.location = EventLocation(place, basis: .clause)
            } else if let dateline = datelinePlace, Self.onTheGround.contains(drafts[index].event.type),
                      datelineFits(drafts[index].event, country: dateline.place.country)
            {
                drafts[index].event.location = EventLocation(dateline, basis: .dateline)
            }
        }
    }

    /// Whether a dateline in `country` can place `event`: an attack or coercion of another state happens on the
    /// target's ground (a MOSCOW dateline does not place Russian shelling of Ukraine); other acts may happen
    /// in the source's or the target's country.
    func datelineFits(_ event: Event, country: String) -> Bool {
        if [.assault, .coerce].contains(event.type), let target = event.targetCountry, target != event.sourceCountry {
            return target == country
        }
        return [event.sourceCountry, event.targetCountry].contains(country)
    }

    /// The place of the draft's own clause: a locative oblique or nominal modifier of the trigger (or of its
    /// object), read off the parse; without a parse reading, the one place in a locative phrase that no comma
    /// or semicolon separates from the trigger.
    func clausePlace(of draft: EventDraft, places: [PlaceMention], parse: ParseView?) -> PlaceMention? {
        guard !places.isEmpty else { return nil }
        func place(at word: Int, in parse: ParseView) -> PlaceMention? {
            guard let span = parse.words[word].span else { return nil }
            return places.first { $0.span.contains(span) }
        }
        if let parse, let trigger = parse.wordAtTokenStart[draft.triggerStart] {
            var nominals: [Int] = []
            for child in parse.children[trigger] {
                let relation = parse.words[child].deprel
                if relation.hasPrefix("obl") || relation.hasPrefix("nmod") {
                    nominals.append(child)
                } else if relation == "obj" || relation.hasPrefix("nsubj:pass") {
                    // "attacked a market in Kandahar": the place modifies the object.
                    nominals += parse.dependents(child, "nmod")
                }
            }
            for nominal in nominals where Self.locationCases.contains(parse.caseMarker(of: nominal)) {
                if let found = place(at: nominal, in: parse) { return found }
                for holder in parse.children[nominal] where Self.placeHolders.contains(parse.words[holder].deprel) {
                    if let found = place(at: holder, in: parse) { return found }
                }
            }
        }
        let text = document.text
        let nearby = places.filter { mention in
            guard let preposition = mention.preposition, Self.locationCases.contains(preposition) else { return false }
            let between = mention.start >= draft.triggerStart
                ? TextSpan(start: draft.triggerStart, end: mention.start)
                : TextSpan(start: mention.end, end: draft.triggerStart)
            return !text.scalars[between.start..<between.end].contains { $0 == "," || $0 == ";" }
        }
        return nearby.count == 1 ? nearby[0] : nil
    }
}
