import EventOntology

/// Cues around a noun trigger that say its act did not (or not yet) happen, or is a state rather than an event.
///
/// - A negative-change verb governing a cooperative noun ("delay … military aid", "suspended talks") is CAMEO 16
///   "reduce relations": aid becomes SANCTION mode `aid` (CAMEO 162); other cooperative nouns yield no event.
/// - An act that "was cancelled", "called off" or "postponed" is negated; one that is "planned", "proposed" or
///   being arranged or sought is future.
/// - A relation noun in a stative frame ("part of a pact", "with or without a deal") is no event.
struct PolarityCues {
    /// What to do with a noun trigger's events.
    enum Verdict: Hashable, Sendable {
        /// Keep the event as read.
        case keep
        /// Write no event.
        case drop
        /// Write a SANCTION (reduce or stop material aid, CAMEO 162) instead of the cooperative act.
        case withholdAid
        /// Keep the event with this modality.
        case modality(Modality)
    }

    let view: SentenceView

    /// Verbs of reducing or stopping an act (any inflection).
    static let negativeChange: Set<String> = [
        "delay", "delays", "delayed", "delaying", "withhold", "withholds", "withheld", "withholding", "suspend",
        "suspends", "suspended", "suspending", "cut", "cuts", "cutting", "halt", "halts", "halted", "halting",
        "freeze", "freezes", "froze", "frozen", "freezing", "stop", "stops", "stopped", "stopping", "block",
        "blocks", "blocked", "blocking", "slash", "slashed", "slashes", "reduce", "reduced",
        "reduces", "curb", "curbed", "curbs",
    ]
    /// Types of cooperative acts that a negative-change verb reverses.
    static let cooperative: Set<EventType> = [.aid, .cooperate, .consult, .agree]
    /// Participles saying an act was called off.
    static let cancelled: Set<String> = [
        "cancelled", "canceled", "postponed", "scrapped", "shelved", "aborted", "suspended", "delayed", "abandoned",
    ]
    /// Verbs that keep an act from happening ("blocked the sanctions", "vetoed", "thwarted an attack").
    static let preventing: Set<String> = [
        "block", "blocks", "blocked", "blocking", "veto", "vetoes", "vetoed", "vetoing", "prevent", "prevents",
        "prevented", "preventing", "avert", "averts", "averted", "averting", "thwart", "thwarts", "thwarted",
        "thwarting", "foil", "foils", "foiled", "foiling",
    ]
    /// Words before a noun that make its act planned, sought or possible rather than done.
    static let unrealised: Set<String> = [
        "planned", "proposed", "possible", "potential", "prospective", "upcoming", "expected", "mooted", "arrange",
        "arranging", "seek", "seeks", "sought", "seeking", "propose", "proposes", "proposing", "request",
        "requests", "requested", "requesting", "plan", "plans", "planning", "hoped-for", "would-be",
    ]

    /// The verdict for the noun trigger at `t` of an event typed `type`.
    func verdict(noun t: Int, type: EventType) -> Verdict {
        let before = wordsBefore(t, limit: 4)
        // "ordered his staff to delay around US$400 million in military aid": a negative-change verb in reach,
        // with no other verb of the same kind reversing it.
        // "cut a deal" makes one.
        let governing = wordsBefore(t, limit: 10, stopAtAnd: true).filter { Self.negativeChange.contains($0) }
        // "aid to Mali was suspended": the same reversal in the passive.
        if type == .aid, isStoppedInPassive(after: t) { return .withholdAid }
        if Self.cooperative.contains(type), !governing.isEmpty, !(type == .agree && governing == ["cut"]) {
            if type == .aid { return .withholdAid }
            return .drop
        }
        // "part of a pact between …", "with or without a trade deal with the EU": a state, not an act.
        // "as part of its investigation" presupposes the investigation: only the copular frame is a state.
        if let part = before.firstIndex(of: "of"), part + 1 < before.count, before[part + 1] == "part",
           view.word(t - part - 3) != "as"
        {
            return .drop
        }
        if before.contains("without") { return .drop }
        if isCalledOff(after: t) { return .modality(.negated) }
        // "Hungary blocked the EU sanctions against Russia", "foiled an attack": an act kept from happening.
        if !Self.cooperative.contains(type), before.contains(where: { Self.preventing.contains($0) }) {
            return .modality(.negated)
        }
        if before.contains(where: { Self.unrealised.contains($0) }) { return .modality(.future) }
        return .keep
    }

    /// Whether a relation noun ("relations", "rift", "ties") stands between the trigger at `t` and the first
    /// "between" after it, so that the parties named there are that noun's, not the trigger's.
    func betweenBelongsToOtherNoun(after t: Int) -> Bool {
        var k = t + 1
        while k < view.count, k <= t + 12 {
            let word = view.words[k]
            if word == "between" { return false }
            if FunctionWords.clauseBoundaries.contains(word) || word == "," || word == "." { return false }
            if Self.relationNouns.contains(word), view.word(k + 1) == "between" { return true }
            k += 1
        }
        return false
    }

    /// Nouns naming a standing relation, not an act.
    static let relationNouns: Set<String> = [
        "relations", "relationship", "relationships", "ties", "rift", "rifts", "tensions", "tension", "dispute",
        "feud", "row", "split", "divide", "gap", "rivalry", "friendship", "animosity", "mistrust", "distrust",
    ]

    /// Words before `t`, nearest first, up to `limit`, stopping at commas and clause boundaries.
    private func wordsBefore(_ t: Int, limit: Int, stopAtAnd: Bool = false) -> [String] {
        var result: [String] = []
        var k = t - 1
        while k >= 0, k >= t - limit {
            let word = view.words[k]
            if FunctionWords.clauseBoundaries.contains(word) || [",", ";", ":", "."].contains(word) { break }
            if stopAtAnd, ["and", "or", "but", "while"].contains(word) { break }
            result.append(word)
            k -= 1
        }
        return result
    }

    /// "a trip to Warsaw, which was cancelled", "the talks were called off": a passive of cancelling after the noun.
    private func isCalledOff(after t: Int) -> Bool { passiveParticiple(after: t) { Self.cancelled.contains($0) } }

    /// Whether the act of the noun at `t` is the subject of a passive of reducing or stopping ("aid to Mali was
    /// suspended", "talks were halted").
    func isStoppedInPassive(after t: Int) -> Bool { passiveParticiple(after: t) { Self.negativeChange.contains($0) } }

    /// Whether a passive "was/were/been … PARTICIPLE" whose participle satisfies `matches` follows the noun at `t`
    /// in its clause (or in a relative clause on it), "called off", "put off" and "broken off" counting as cancelled.
    private func passiveParticiple(after t: Int, _ matches: (String) -> Bool) -> Bool {
        var k = t + 1
        var commas = 0
        while k < view.count, k <= t + 10 {
            let word = view.words[k]
            if word == "." || word == ";" { return false }
            if word == "," {
                commas += 1
                // Only a relative clause on the noun phrase: ", which was cancelled".
                if commas > 1 || !["which", "that"].contains(view.word(k + 1)) { return false }
            }
            if ["was", "were", "been", "be", "is", "are"].contains(word) {
                let next = view.word(k + 1)
                if matches(next) { return true }
                if ["called", "put", "broken"].contains(next), view.word(k + 2) == "off", matches("cancelled") { return true }
            }
            k += 1
        }
        return false
    }
}
