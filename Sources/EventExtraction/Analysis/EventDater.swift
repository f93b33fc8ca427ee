import ActorLexicon
import ArticleText
import EventOntology
import TemporalExpressions

/// Anchors events to the TIMEX3 expressions of their clause or governing clause, to a dated role ("since Trump
/// began his second term"), or to the DCT for present and recent-past reporting.
///
/// Rules, in order:
/// 1. a DATE or TIME expression (or a bounded range) in the trigger's own clause, nearest first, unless a comma
///    separates it from the trigger (an apposition's date); a relative clause set off by commas ends at its
///    closing comma, and an expression that modifies a noun ("the 2020 election") dates only that noun's act;
/// 2. a sentence-initial expression set off by a comma ("Last year, he traveled … and held …"), then a
///    comma-separated one of the clause;
/// 3. for a clause introduced by "when"/"after"/"before", the governing clause's expression ("frozen since
///    2019, when talks … collapsed" → 2019), moved by a measured interval before "after"/"before" ("on Wednesday,
///    two days after the army declared martial law" → Monday);
/// 3b. an act whose own clause is followed by a "when" clause takes that clause's expression, whatever its
///    modality ("did not arrest Netanyahu when he arrived in Budapest on Thursday");
/// 4. a past act right after "and" takes the date of the act it is coordinated with, the reporting frame's
///    included ("said on Sunday that … and accused Damascus of …");
/// 5. "since <office-holder> began/took … (Nth) term|office" → the start of that term, as `rangeBegin`;
/// 6. no expression: asserted or reported events in the present, present perfect or simple past are dated
///    from the DCT (`dct-tense`); anything else is undated (`none`).
/// Expressions inside a reporting frame ("…, the agency said on Tuesday") date the report, never the event.
struct EventDater {
    let view: SentenceView
    let excluded: [Bool]
    let dct: CalendarDate?
    let terms: OfficeTerms
    let lexicon: Lexicon?
    let actorOfMention: (Int) -> ActorID

    func date(trigger t: Int, modality: Modality, tense: Tense) -> EventDate {
        // A deadline after the trigger ("met … to sign an agreement to build the pipeline by 2025") dates only
        // what is still to come.
        let usable = view.timexes.indices.filter { index in
            let located = view.timexes[index]
            guard isUsable(located) else { return false }
            let deadline = ["by", "until"].contains(view.word(located.first - 1)) && located.first > t
            return (!deadline || [.future, .hypothetical, .hedged].contains(modality)) && !modifiesNoun(located, trigger: t)
        }
        let clause = clauseRange(of: t)
        // 1. Same clause, nearest, not set off by a comma (an apposition's date is not the event's).
        let inClause = usable.filter { clause.contains(view.timexes[$0].first) }
        let nearest = { (candidates: [Int]) in
            candidates.min { self.distance(self.view.timexes[$0], t) < self.distance(self.view.timexes[$1], t) }
        }
        if let best = nearest(inClause.filter { !isCommaSeparated(view.timexes[$0], t) }) {
            return pastWeekday(view.timexes[best], trigger: t, modality: modality, tense: tense)
                ?? eventDate(view.timexes[best].timex)
        }
        // 2. Sentence-initial, set off by a comma. (A past perfect event precedes the governing clause's time:
        // "On Saturday, Iran admitted it had …".)
        if let first = usable.first(where: { isSentenceInitial(view.timexes[$0]) }),
           tense != .pastPerfect || !((view.timexes[first].last + 1)..<max(view.timexes[first].last + 1, t)).contains(where: {
               FunctionWords.embeddingVerbs.contains(view.words[$0])
           })
        {
            return eventDate(view.timexes[first].timex)
        }
        if let best = nearest(inClause.filter { tense != .pastPerfect || view.timexes[$0].first > t }) {
            return eventDate(view.timexes[best].timex)
        }
        // 3. Governing clause of a "when" clause.
        if clause.lowerBound > 0, ["when", "after", "before"].contains(view.word(clause.lowerBound - 1)) {
            let previous = clauseRange(of: clause.lowerBound - 2)
            if let best = usable.last(where: { previous.contains(view.timexes[$0].first) }) {
                var date = eventDate(view.timexes[best].timex)
                date.rangeBegin = nil
                date.rangeEnd = nil
                // "opened talks on Wednesday, two days after the army declared martial law": the act lies the
                // measured interval before (or after) the governing clause's day.
                if let interval = interval(endingAt: clause.lowerBound - 2), let value = date.value,
                   let day = CalendarDate(iso: value)
                {
                    let after = view.word(clause.lowerBound - 1) == "after"
                    date.value = day.plusDays(after ? -interval : interval).description
                }
                return date
            }
        }
        // 3b. A "when" clause after the act's own clause ("Hungary did not arrest Netanyahu when he arrived in
        // Budapest on Thursday", "will ask Germany for more systems when Merz visits Kyiv next week"): the two
        // happen at one time, whatever the act's modality.
        if clause.upperBound + 1 < view.count, view.words[clause.upperBound + 1] == "when" {
            let following = clauseRange(of: clause.upperBound + 2)
            if let best = usable.first(where: { following.contains(view.timexes[$0].first) }) {
                var date = eventDate(view.timexes[best].timex)
                date.rangeBegin = nil
                date.rangeEnd = nil
                return date
            }
        }
        // 4. A past act coordinated with a dated one ("fired tear gas on Friday night at the crowd … and
        // detained 20", "said on Sunday that … and accused Damascus of …"): the date of the act before "and".
        if tense == .past, let shared = coordinatedDate(before: t) { return shared }
        // 5. A dated role.
        if let role = roleAnchor(before: t) { return role }
        // 6. Tense.
        if let dct, modality == .asserted || modality == .reported,
           [.present, .presentPerfect, .past].contains(tense)
        {
            return EventDate(value: dct.description, anchoring: .dctTense)
        }
        return EventDate(value: nil, anchoring: .none)
    }

    /// The date of the act a verb right after "and" at token `t` is coordinated with: the nearest DATE or TIME
    /// expression with a calendar value before the "and", the reporting frame's included; `nil` when the word
    /// before `t` is not "and" or no such expression precedes it.
    private func coordinatedDate(before t: Int) -> EventDate? {
        guard t >= 2, view.words[t - 1] == "and" else { return nil }
        let candidates = view.timexes.filter { located in
            located.last < t - 1 && [.date, .time].contains(located.timex.type) && located.timex.value.first?.isNumber == true
                && !modifiesNoun(located, trigger: t)
        }
        guard let nearest = candidates.last else { return nil }
        return eventDate(nearest.timex)
    }

    /// The days a duration expression ending at token `last` measures ("two days", "a week": P2D, P1W), or `nil`
    /// when none ends there or its unit is not days or weeks.
    private func interval(endingAt last: Int) -> Int? {
        guard last >= 0, let located = view.timexes.first(where: { $0.last == last }), located.timex.type == .duration
        else { return nil }
        let value = located.timex.value
        guard value.hasPrefix("P"), let unit = value.last, let count = Int(value.dropFirst().dropLast()) else { return nil }
        switch unit {
        case "D": return count
        case "W": return count * 7
        default: return nil
        }
    }

    /// The date of the sentence's reporting frame ("…, the minister said on Thursday"): its one DATE or TIME
    /// expression, for acts that are the statement itself (a refusal, an act done in the same breath); `nil`
    /// when the frame has none or more than one.
    func statementDate() -> EventDate? {
        let inFrame = view.timexes.filter { located in
            (located.first...located.last).allSatisfy { excluded[$0] }
                && [.date, .time].contains(located.timex.type) && located.timex.value.first?.isNumber == true
        }
        guard inFrame.count == 1, let located = inFrame.first else { return nil }
        return eventDate(located.timex)
    }

    /// The weekday before publication that a past act's weekday names, when the TIMEX3 value put it after
    /// publication (`ClauseTense.pastWeekday` reads the words). Only for an act told as done in the simple past,
    /// asserted or reported; the act keeps its other dates.
    /// - Returns: the event date a week before the value, or `nil` when the rule does not apply.
    private func pastWeekday(_ located: LocatedTimex, trigger t: Int, modality: Modality, tense: Tense) -> EventDate? {
        guard let dct, tense == .past, [.asserted, .reported].contains(modality),
              let value = ClauseTense.pastWeekday(tokens: view.tokens, act: t, weekday: located.first,
                                                  value: located.timex.value, dct: dct)
        else { return nil }
        var date = eventDate(located.timex)
        date.value = value
        return date
    }

    /// Whether a time expression modifies the noun after it and so dates only the happening that noun names:
    /// "the 2020 election", "the 30 July election", "the 1984 Joint Declaration" (after a determiner, before a
    /// word that is no preposition, conjunction or subordinator). It still dates a trigger within the three
    /// words after it ("the 10 May attack") and an act done at or during that event ("at its July summit").
    func modifiesNoun(_ located: LocatedTimex, trigger t: Int) -> Bool {
        guard located.first > 0, Self.modifierDeterminers.contains(view.words[located.first - 1]),
              // "invite Skopje … at its July summit", "during the 2019 visit": the act happens at that event.
              !["at", "during"].contains(view.word(located.first - 2))
        else { return false }
        let next = located.last + 1
        guard next < view.count, view.tokens[next].kind == .word, view.tokens[next].text.first?.isLetter == true
        else { return false }
        let word = view.words[next]
        if FunctionWords.prepositions.contains(word) || FunctionWords.clauseBoundaries.contains(word)
            || FunctionWords.dateBoundaries.contains(word) || ["and", "or", "to", "that", "as", "'s", "’s"].contains(word)
        {
            return false
        }
        return !(t > located.last && t <= located.last + 3)
    }

    /// Relative pronouns that open a clause of their own.
    static let relativePronouns: Set<String> = ["who", "which", "whom", "whose"]

    /// Determiners before a time expression that modifies a noun ("the 2020 election", "its 2019 decision").
    static let modifierDeterminers: Set<String> = ["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"]

    private func isUsable(_ located: LocatedTimex) -> Bool {
        let timex = located.timex
        if (located.first...located.last).contains(where: { excluded[$0] }) { return false }
        switch timex.type {
        case .date, .time:
            return timex.value.first?.isNumber == true || timex.value == "PAST_REF"
        case .duration:
            return timex.rangeBegin != nil && timex.mod != nil
        case .set:
            return false
        }
    }

    private func eventDate(_ timex: Timex) -> EventDate {
        EventDate(
            value: timex.type == .duration ? (timex.rangeBegin ?? timex.value) : timex.value, text: timex.text,
            timex: timex.id, span: timex.span, rangeBegin: timex.rangeBegin, rangeEnd: timex.rangeEnd,
            anchoring: .timex)
    }

    private func isCommaSeparated(_ timex: LocatedTimex, _ t: Int) -> Bool {
        let range = timex.first > t ? (t + 1)..<timex.first : (timex.last + 1)..<t
        return range.contains { view.words[$0] == "," }
    }

    private func distance(_ timex: LocatedTimex, _ t: Int) -> Int {
        timex.first > t ? timex.first - t : t - timex.last + 1
    }

    private func isSentenceInitial(_ timex: LocatedTimex) -> Bool {
        var k = 0
        while k < timex.first, ["in", "on", "at", "by", "during", "early", "late", "since", "“", "\"", ","].contains(view.words[k])
                || view.timexAt[k] != nil
        {
            k += 1
        }
        guard k == timex.first else { return false }
        if view.word(timex.last + 1) == "," { return true }
        // "On Wednesday Islamabad recalled …": a date opened by a preposition sets the scene without a comma too.
        let next = view.word(timex.last + 1)
        return timex.first > 0 && ["on", "in", "late", "early"].contains(view.words[0])
            && timex.last + 1 < view.count && view.tokens[timex.last + 1].kind == .word
            && !["and", "or", "to", "-", "–", "through"].contains(next)
    }

    /// The token range of the clause holding `t`, bounded by `FunctionWords.dateBoundaries`.
    func clauseRange(of t: Int) -> ClosedRange<Int> {
        let t = max(0, min(t, view.count - 1))
        var lower = t
        while lower > 0, !FunctionWords.dateBoundaries.contains(view.words[lower - 1]) { lower -= 1 }
        var upper = t
        // A relative clause set off by commas ends at its closing comma: "Morales, who is fighting Arce for
        // control of the party, was barred … in December" — the main clause's date is not the relative act's.
        // (A main-clause verb after that comma is not in it.)
        let parenthetical = lower >= 2 && Self.relativePronouns.contains(view.words[lower - 1]) && view.words[lower - 2] == ","
            && !(lower..<t).contains { view.words[$0] == "," }
        while upper + 1 < view.count, !FunctionWords.dateBoundaries.contains(view.words[upper + 1]),
              !(parenthetical && view.words[upper + 1] == ",")
        {
            upper += 1
        }
        return lower...upper
    }

    private func roleAnchor(before t: Int) -> EventDate? {
        guard let since = view.words[..<t].firstIndex(of: "since"), let m = view.mentionStarting(at: since + 1)
        else { return nil }
        let mention = view.mentions[m]
        let verbs: Set<String> = ["began", "begun", "started", "took", "assumed", "entered", "won", "returned"]
        var k = mention.last + 1
        guard verbs.contains(view.word(k)) else { return nil }
        var ordinal: Int?
        while k < min(view.count, mention.last + 6) {
            let word = view.words[k]
            if let number = OfficeTerms.ordinals[word] { ordinal = number }
            if ["term", "office", "presidency", "tenure", "mandate", "power"].contains(word) {
                guard let start = terms.start(actor: actorOfMention(m), mentionText: mention.mention.text,
                                              ordinal: ordinal, dct: dct, lexicon: lexicon)
                else { return nil }
                let first = view.tokens[since].span.start
                let last = view.tokens[k].span.end
                let text = view.sentence.text
                let offset = view.sentence.start
                let scalars = Array(text.unicodeScalars)
                var phrase = String.UnicodeScalarView()
                phrase.append(contentsOf: scalars[(first - offset)..<(last - offset)])
                return EventDate(value: start, text: String(phrase), span: TextSpan(start: first, end: last),
                                 rangeBegin: start, rangeEnd: dct?.description, anchoring: .timex)
            }
            k += 1
        }
        return nil
    }
}
