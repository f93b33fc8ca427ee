/// Phrasal verbs: the particle that changes what a verb does ("gave *in* to" yields, "called *off*" cancels,
/// "backed *down*" concedes), read off the parse for dictionary entries that name one (`EventPattern.particle`).
extension DocumentRun {
    /// Words that serve as verb particles.
    static let particleWords: Set<String> = [
        "in", "out", "off", "up", "down", "back", "away", "over", "aside", "on",
    ]

    /// The particle `verb` (word index) carries, lower case, or `nil`: its `compound:prt` dependent, else the
    /// word right after it when that word is a particle it heads as an adverb ("backed *down*") or a preposition
    /// that opens its oblique with another ("pulled *out of* Syria", "gave *in to* the demands").
    func particle(of verb: Int, in parse: ParseView) -> String? {
        let words = parse.words
        if let particle = parse.dependents(verb, "compound:prt").first { return parse.lemmas[particle] }
        let next = verb + 1
        guard next < words.count, Self.particleWords.contains(parse.lemmas[next]) else { return nil }
        if words[next].deprel == "advmod", words[next].head == verb + 1 { return parse.lemmas[next] }
        if words[next].deprel == "case", next + 1 < words.count,
           ["of", "to", "from"].contains(parse.lemmas[next + 1]),
           ["case", "fixed"].contains(words[next + 1].deprel)
        {
            return parse.lemmas[next]
        }
        return nil
    }
}
