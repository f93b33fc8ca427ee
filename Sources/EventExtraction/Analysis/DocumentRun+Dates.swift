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
    ///
    /// The lede sets the news day too when none of its acts was coded: a wire story's first sentence says when
    /// its news happened ("President Emmanuel Macron promised on Thursday not to force through …"), and the
    /// acts the next sentences tell in the simple past without a date of their own continue that account
    /// ("Macron, who flew in from Paris, met pro-independence and loyalist leaders …"); its states are those
    /// the lede names. Only simple-past acts take a news day: "Paris has banned TikTok" (present perfect) and
    /// "police say" (present) speak of the time of writing.
    mutating func applyNarrativeDates() {
        guard let dct else { return }
        let earliest = dct.adding(-Self.narrativeReach, .day)
        var newsDay: (value: String, date: CalendarDate, states: Set<String>)?
        let lede = ledeDay(earliest: earliest, dct: dct)
        for index in drafts.indices {
            let event = drafts[index].event
            if newsDay == nil, let lede, event.evidence.sentence >= lede.sentence { newsDay = (lede.day.description, lede.day, lede.states) }
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
            } else if date.anchoring == .dctTense, drafts[index].tense == .past || Self.isParticipialAdjunct(event),
                      let newsDay, newsDay.date != dct,
                      !newsDay.states.isDisjoint(with: states)
            {
                drafts[index].event.date = EventDate(value: newsDay.value, anchoring: .narrative)
            }
        }
    }

    /// Whether an event was coded from a participle set after its clause ("…, accusing Paris of …"), whose time
    /// is that of the clause it hangs on.
    static func isParticipialAdjunct(_ event: Event) -> Bool {
        let first = event.trigger.split(separator: " ").first.map(String.init) ?? event.trigger
        return first.count > 5 && first.hasSuffix("ing")
    }

    /// The day the lede gives its news (a possessive date such as "Sunday's run-off" names another event's day): the first DATE or TIME expression with a day's value in
    /// [`earliest`, `dct`) in the first of the first two sentences that has one (the first may be a headline),
    /// with the states of the actors that sentence names; `nil` when neither has one.
    func ledeDay(earliest: CalendarDate, dct: CalendarDate) -> (sentence: Int, day: CalendarDate, states: Set<String>)? {
        for sentence in 0..<2 {
            for timex in (timexesBySentence[sentence] ?? []).sorted(by: { $0.start < $1.start })
            where [.date, .time].contains(timex.type) && timex.value.count >= 10 && !timex.text.hasSuffix("'s") && !timex.text.hasSuffix("’s") {
                guard let day = CalendarDate(iso: String(timex.value.prefix(10))), day >= earliest, day < dct else { continue }
                let states = Set((mentionsBySentence[sentence] ?? []).compactMap { actorsByID[$0.actor]?.country })
                return states.isEmpty ? nil : (sentence, day, states)
            }
        }
        return nil
    }
}
