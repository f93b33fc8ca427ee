import ActorLexicon

/// What the extractor remembers across sentences: the last event source (for pronoun subjects), the last
/// reporter (for "he added" and quotes), and each party's last counterpart (for cooperation whose partner was
/// named earlier).
struct DiscourseMemory: Sendable {
    /// Source of the most recent event, and its sentence.
    var lastSource: (actor: ActorID, sentence: Int)?
    /// The most recent reporting actor, and its paragraph.
    var lastReporter: (actor: ActorID, paragraph: Int)?
    /// Country (or actor id) → (counterpart, sentence of the event).
    var counterparts: [String: (actor: ActorID, sentence: Int)] = [:]

    /// The last sentence subject that is a person, and its sentence ("Mitsotakis reaffirmed …").
    var lastPersonSubject: (actor: ActorID, sentence: Int)?
    /// The last sentence subject that is a state or organisation, and its sentence.
    var lastGroupSubject: (actor: ActorID, sentence: Int)?

    /// How often each party has been named so far (a state directly or through its organs and people, or an
    /// armed group), the sentence it was last named in, and whether it is a state: what "both countries" (states
    /// only) and "both sides" refer to.
    var partyMentions: [ActorID: (count: Int, sentence: Int, isState: Bool)] = [:]

    /// Counts a naming of `party` in `sentence`; `isState` is false for an armed group.
    mutating func noteParty(_ party: ActorID, at sentence: Int, isState: Bool) {
        let count = (partyMentions[party]?.count ?? 0) + 1
        partyMentions[party] = (count, sentence, isState)
    }

    /// The pair of parties a plural description at `sentence` refers to (states only for `noun`s such as
    /// "countries"; armed groups too for "sides"): the two most named so far (ties: the
    /// latest named, then the code), when both were named within the previous `reach` sentences; parties for
    /// which `isExcluded` holds (the act's own source: "Japan urged both sides") are passed over.
    func statePair(at sentence: Int, noun: String = "countries", excluding isExcluded: (ActorID) -> Bool = { _ in false }) -> [ActorID]? {
        let statesOnly = FunctionWords.stateOnlyPairNouns.contains(noun)
        let parties = partyMentions.filter { ($0.value.isState || !statesOnly) && !isExcluded($0.key) }
        let ranked = parties.sorted { a, b in
            (a.value.count, a.value.sentence, b.key.rawValue) > (b.value.count, b.value.sentence, a.key.rawValue)
        }
        guard ranked.count >= 2, ranked.prefix(2).allSatisfy({ sentence - $0.value.sentence <= Self.reach }) else { return nil }
        return ranked.prefix(2).map(\.key)
    }

    /// The last state named as a place ("in Afghanistan's Maidan Wardak province"), and its sentence.
    var lastPlace: (actor: ActorID, sentence: Int, token: Int)?

    /// The antecedent of a subject pronoun at `sentence`: "he"/"she" → the last person subject, "it"/"they" →
    /// the last state or organisation subject, within the previous two sentences (or earlier in this one).
    func antecedent(of pronoun: String, at sentence: Int) -> ActorID? {
        guard let entry = subject(for: pronoun), sentence - entry.sentence <= 2 else { return nil }
        return entry.actor
    }

    /// The last subject a subject pronoun can stand for, and its sentence: "he"/"she" → the last person subject,
    /// "it"/"they" → the last state or organisation subject.
    func subject(for pronoun: String) -> (actor: ActorID, sentence: Int)? {
        ["he", "she"].contains(pronoun) ? lastPersonSubject : ["it", "they"].contains(pronoun) ? lastGroupSubject : nil
    }

    /// How many sentences back a remembered counterpart or source stays usable.
    static let reach = 3
    /// How many sentences back a noun naming an act of force ("the raid") may find the act: news tells an
    /// attack and then, paragraphs later, who condemned it.
    static let actReach = 12

    /// The last counterpart of the party keyed `key` within reach of `sentence`.
    func counterpart(of key: String, at sentence: Int) -> ActorID? {
        guard let entry = counterparts[key], sentence - entry.sentence <= Self.reach else { return nil }
        return entry.actor
    }

    /// The last event source within reach of `sentence`.
    func source(at sentence: Int) -> ActorID? {
        guard let entry = lastSource, sentence - entry.sentence <= 1 else { return nil }
        return entry.actor
    }
}
