extension DocumentRun {
    /// Drops events whose trigger names no act between parties, as obituaries and health and election reports
    /// use the same words:
    /// - a struggle with an illness: "fought pancreatic cancer", "is battling leukaemia", "survived a stroke" (no
    ///   ASSAULT: an illness is not an adversary);
    /// - a medical event named by an event noun: "a cardiac arrest", "a heart attack", "an epileptic seizure" (no
    ///   arrest, attack or seizure of anyone);
    /// - the telling or mourning of a death: "announced his death", "confirmed the death of" (a statement);
    /// - a vote held: "Canada held a general election", "the region held an independence referendum" — an
    ///   institutional act the gold sets leave uncoded; a promise, demand or refusal to hold one is not dropped
    ///   (its modality is not asserted or reported, or its trigger is the promise).
    mutating func dropFalseTriggers(_ range: Range<Int>, view: SentenceView) {
        let dropped = range.filter { index in
            guard let t = view.tokens.firstIndex(where: { $0.span.start == drafts[index].triggerStart }) else { return false }
            let word = view.words[t]
            if FalseTriggerWords.medicalEventNouns.contains(word), FalseTriggerWords.medicalModifiers.contains(view.word(t - 1)) {
                return true
            }
            guard let object = objectHead(after: t, in: view) else { return false }
            if FalseTriggerWords.struggleVerbs.contains(word) { return FalseTriggerWords.illnesses.contains(object) }
            if FalseTriggerWords.tellingVerbs.contains(word) { return FalseTriggerWords.deaths.contains(object) }
            if FalseTriggerWords.holdingVerbs.contains(word), [.asserted, .reported].contains(drafts[index].event.modality) {
                return FalseTriggerWords.votes.contains(object)
            }
            return false
        }
        removeDrafts(Set(dropped), in: range)
    }

    /// The first word of the set lists in the object phrase right after the verb at `t` ("fought *pancreatic
    /// cancer*", "held *a general election*"): at most five words, up to a preposition, conjunction or punctuation.
    private func objectHead(after t: Int, in view: SentenceView) -> String? {
        var k = t + 1
        while k < view.count, k <= t + 5 {
            let word = view.words[k]
            if FalseTriggerWords.listed.contains(word) { return word }
            // "fought against cancer", "battled with leukaemia".
            if k == t + 1, ["against", "with"].contains(word) {
                k += 1
                continue
            }
            if view.tokens[k].kind != .word || FunctionWords.prepositions.contains(word)
                || FunctionWords.clauseBoundaries.contains(word) || ["and", "or", "that", ","].contains(word)
            {
                return nil
            }
            k += 1
        }
        return nil
    }
}

/// The closed word lists `DocumentRun.dropFalseTriggers` reads (lower-cased English).
enum FalseTriggerWords {
    /// Verbs of struggling with or overcoming something.
    static let struggleVerbs: Set<String> = [
        "fight", "fights", "fought", "fighting", "battle", "battles", "battled", "battling", "beat", "beats",
        "beaten", "beating", "combat", "combats", "combated", "combating", "combatted", "combatting", "survive",
        "survives", "survived", "surviving", "overcome", "overcomes", "overcame", "overcoming", "suffer",
        "suffers", "suffered", "suffering", "lose", "loses", "lost", "losing",
    ]
    /// Illnesses and medical conditions.
    static let illnesses: Set<String> = [
        "cancer", "cancers", "disease", "diseases", "illness", "illnesses", "sickness", "leukaemia", "leukemia",
        "lymphoma", "tumour", "tumours", "tumor", "tumors", "malaria", "tuberculosis", "pneumonia", "covid-19",
        "covid", "coronavirus", "virus", "infection", "infections", "ebola", "cholera", "hiv", "aids", "diabetes",
        "dementia", "alzheimer's", "parkinson's", "stroke", "strokes", "addiction", "depression", "epidemic",
        "pandemic", "outbreak", "polio", "measles", "flu", "influenza", "sepsis", "hepatitis",
    ]
    /// Event nouns that also name a medical event ("cardiac arrest", "heart attack").
    static let medicalEventNouns: Set<String> = ["arrest", "arrests", "attack", "attacks", "seizure", "seizures", "strike"]
    /// Words that make such a noun medical.
    static let medicalModifiers: Set<String> = [
        "cardiac", "heart", "respiratory", "asthma", "panic", "epileptic", "allergic", "anxiety", "cardiopulmonary",
    ]
    /// Verbs of telling, confirming and mourning.
    static let tellingVerbs: Set<String> = [
        "announce", "announces", "announced", "announcing", "confirm", "confirms", "confirmed", "confirming",
        "mourn", "mourns", "mourned", "mourning", "report", "reports", "reported", "reporting",
    ]
    /// Nouns of a death.
    static let deaths: Set<String> = ["death", "deaths", "passing", "demise", "funeral"]
    /// Verbs of holding or running a vote.
    static let holdingVerbs: Set<String> = [
        "hold", "holds", "held", "holding", "conduct", "conducts", "conducted", "conducting", "organise",
        "organises", "organised", "organising", "organize", "organizes", "organized", "organizing", "stage",
        "stages", "staged", "staging",
    ]
    /// Nouns of a vote.
    static let votes: Set<String> = [
        "election", "elections", "referendum", "referendums", "referenda", "vote", "votes", "poll", "polls",
        "ballot", "ballots", "primary", "primaries", "plebiscite", "by-election", "by-elections", "run-off",
        "run-offs", "runoff", "runoffs", "caucus", "caucuses",
    ]
    /// Every word of the object lists.
    static let listed: Set<String> = illnesses.union(deaths).union(votes)
}
