extension SentenceReader {
    /// Takes an acronym in brackets right after an actor's name as a mention of that actor and as its short
    /// form for the rest of the document: "the National Liberation Army (ELN) … The ELN said", "the Rapid
    /// Support Forces (RSF)". Runs after each way of finding names, so it sees lexicon entries and unknown
    /// names alike; an acronym that is already a mention is left alone.
    /// - Complexity: O(m · t) in this sentence's mentions and tokens: mentions are recorded sentence by
    ///   sentence, so the sentence's own are the trailing ones and earlier sentences are never scanned.
    func captureAcronyms(covered: inout Set<Int>, into context: inout RecognitionContext) {
        let current = Array(context.mentions(inSentence: sentence))
        for mention in current where mention.antecedent == nil {
            guard let last = range.last(where: { tokens[$0].span.end == mention.end }),
                  let acronym = parenthesizedAcronym(after: last), allowed[acronym], !covered.contains(acronym)
            else { continue }
            let span = tokens[acronym].span
            guard !current.contains(where: { $0.start < span.end && span.start < $0.end }) else { continue }
            covered.insert(acronym)
            context.addShortName(tokens[acronym].text, for: mention.actor)
            record(self.mention(mention.actor, acronym..<(acronym + 1), antecedent: mention.start),
                   acronym..<(acronym + 1), fullName: false, into: &context)
        }
    }

    /// The token of an acronym in brackets right after token `last` ("… Army (ELN)"): a word of two to eight
    /// letters, all capitals, between "(" and ")".
    func parenthesizedAcronym(after last: Int) -> Int? {
        let acronym = last + 2
        guard acronym + 1 < range.upperBound, keys[last + 1] == "(", keys[acronym + 1] == ")",
              tokens[acronym].kind == .word, (2...8).contains(tokens[acronym].text.count),
              tokens[acronym].text.allSatisfy({ $0.isUppercase && $0.isLetter })
        else { return nil }
        return acronym
    }
}
