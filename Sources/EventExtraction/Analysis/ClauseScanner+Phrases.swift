/// Phrase tests of the clause analysis: titles, verb phrases, voice and noun premodifiers.
extension ClauseScanner {
    /// Whether mention `m` is only a title ("the President", "the Foreign Minister"), whose holder an "of"
    /// phrase names.
    func isBareTitle(_ m: Int) -> Bool {
        let mention = view.mentions[m]
        return (mention.first...mention.last).allSatisfy { FunctionWords.titleWords.contains(view.words[$0]) }
    }

    /// Whether a verb phrase starts at `k` ("and has framed", "or sign").
    func startsVerbPhrase(_ k: Int) -> Bool {
        guard k < view.count, view.mentionAt[k] == nil else { return false }
        let word = view.words[k]
        if FunctionWords.auxiliaries.contains(word) && word != "to" { return true }
        if verbTriggers.contains(k) { return true }
        if FunctionWords.verbGroupAdverbs.contains(word), k + 1 < view.count { return startsVerbPhrase(k + 1) }
        return isVerbForm(word) && !FunctionWords.determiners.contains(word)
    }

    /// Whether the verb at `t` is passive: a form of "be" (possibly with adverbs in between) right before a
    /// past participle, or a participle followed by "by" and an actor (a reduced relative).
    func isPassive(_ t: Int) -> Bool {
        var k = t - 1
        while k >= 0, FunctionWords.verbGroupAdverbs.contains(view.words[k]) { k -= 1 }
        if k >= 0, FunctionWords.be.contains(view.words[k]) { return true }
        // A reduced relative: "rebels backed by Russia", "the attack, reportedly carried out by the Taliban".
        if k >= 0, ["has", "have", "had"].contains(view.words[k]) { return false }
        var j = t + 1
        while j < view.count, FunctionWords.verbGroupAdverbs.contains(view.words[j]) || ["out"].contains(view.words[j]) {
            j += 1
        }
        return view.word(j) == "by" && view.mentionStarting(afterArticleAt: j + 1) != nil
    }

    /// The actor mention directly modifying a noun trigger at `t` ("Russia's war", "U.S. offers"), if any.
    func premodifier(of t: Int) -> Int? {
        var k = t - 1
        var steps = 0
        while k >= 0, steps < 4 {
            if let m = view.mentionEnding(at: k) { return m }
            let word = view.words[k]
            if word == "'s" { k -= 1; continue }
            if let m = view.mentionEnding(at: k - 1), word == "'s" { return m }
            guard word.first?.isLetter == true, !FunctionWords.prepositions.contains(word),
                  !FunctionWords.auxiliaries.contains(word), !FunctionWords.determiners.contains(word) || word == "'s",
                  !verbTriggers.contains(k), !(isVerbForm(word) && word.hasSuffix("ed"))
            else { return nil }
            k -= 1
            steps += 1
        }
        return nil
    }
}
