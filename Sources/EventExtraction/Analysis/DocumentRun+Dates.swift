import ArticleText
import EventOntology

extension DocumentRun {
    /// How many days before publication a dated act may set the news day (`EventDate.Anchoring.narrative`).
    static let narrativeReach = 7

    /// Dates the past acts told without a time expression of their own by the news day the text set before
    /// them: the day of the latest act dated by a time expression (a day, asserted or reported) in the
    /// `narrativeReach` days before publication. "Erdoğan warned Syria on Tuesday … He called the downing a
    /// hostile act" (published Wednesday): the second act is Tuesday's, not Wednesday's. The news day holds for
    /// acts of the same story only, those sharing a state with the dated act ("Venezuela expelled … on New
    /// Year's Day. North Korea refused to meet …" does not date the refusal); other acts, and acts dated by
    /// tense before any such day, keep the publication day. An act told as done is never dated after
    /// publication: a later day is that of something it plans ("agreed to resume talks on Monday", published on
    /// Friday), and the act takes the publication day.
    mutating func applyNarrativeDates() {
        guard let dct else { return }
        let earliest = dct.adding(-Self.narrativeReach, .day)
        var newsDay: (value: String, date: CalendarDate, states: Set<String>)?
        for index in drafts.indices {
            let event = drafts[index].event
            guard [.asserted, .reported].contains(event.modality), var date = event.date else { continue }
            var day = date.anchoring == .timex ? date.value.flatMap { $0.count >= 10 ? CalendarDate(iso: String($0.prefix(10))) : nil } : nil
            if let later = day, later > dct {
                date = EventDate(value: dct.description, anchoring: .dctTense)
                drafts[index].event.date = date
                day = nil
            }
            let states = Set([event.sourceCountry, event.targetCountry].compactMap { $0 })
            if let day, day >= earliest {
                newsDay = (day.description, day, states)
            } else if date.anchoring == .dctTense, let newsDay, newsDay.date != dct, !newsDay.states.isDisjoint(with: states) {
                drafts[index].event.date = EventDate(value: newsDay.value, anchoring: .narrative)
            }
        }
    }
}
