import ArticleText
import Syntax

extension SentenceReader {
    /// Adds the persons and organisations the entity recogniser found that no lexicon entry, coreference or
    /// unknown-name rule covered: each becomes an actor of its own (a person or an organisation, id from its
    /// name) with an `actor.unknown` finding citing the recogniser. A title or appositive before the name
    /// places it as `classify` does ("Defence Secretary X" → the sentence's state, GOV); otherwise it has no
    /// country. Locations are places, not actors, and are left alone. The parse decides what acts: a name
    /// becomes an actor when its head word is a subject or passive agent, or when it is a person of two or
    /// more words, or an organisation with an organisation head noun ("… Institute", "… Party"); a title inside
    /// the span ("… Institute Director Ane Alencar") starts the person's name.
    /// Whether token `first` follows an article or an organisation's possessive determiner, alone or with a product
    /// adjective between ("the Dreamliner", "the first Air", "its Dreamliner", "a new App Store"), or a model number
    /// ("787 Dreamliner"). Not "the late …", which names a person, nor a possessive: "the localist camp's Cheng
    /// Chung-tai" is a person, as "the company's App Store" is not.
    func isAfterArticleOrModel(_ first: Int) -> Bool {
        var k = first - 1
        guard range.contains(k) else { return false }
        if isModelNumber(k) { return true }
        if tokens[k].kind == .word, Self.productAdjectives.contains(keys[k]), range.contains(k - 1) { k -= 1 }
        return tokens[k].kind == .word && ["the", "a", "an", "its", "their"].contains(keys[k])
    }

    /// Adjectives between an article and a product's name: "the first Air", "the new Dreamliner".
    static let productAdjectives: Set<String> = ["first", "new", "original", "latest", "updated", "next", "old"]

    func addNamedEntities(_ entities: [EntityMention], covered: Set<Int>, titles: [Int: TitleContext],
                          places: [SentenceMatch], into context: inout RecognitionContext)
    {
        for entity in entities where entity.type != .location {
            // The name ends at the first word that cannot be part of one ("Kim might use …", "KCNA )"): a
            // lower-case word other than a name particle or linking "of"/"for"/"and", or a bracket.
            var run: [Int] = []
            for index in range where tokens[index].span.start >= entity.span.start && tokens[index].span.end <= entity.span.end {
                if ["(", ")", "[", "]", ",", ";", ":"].contains(keys[index]) { break }
                // Marks that may stand inside a name ("Al-Shabaab", "U.S.", "AT&T") are stepped over; others
                // ("\\", "/", "|") end it.
                if tokens[index].kind == .punctuation {
                    if ["-", ".", "'", "’", "&"].contains(keys[index]) { continue }
                    break
                }
                if tokens[index].kind == .word, !tokens[index].isCapitalized, !WordLists.nameParticles.contains(keys[index]),
                   !["of", "for", "and", "&", "de", "the"].contains(keys[index])
                {
                    break
                }
                run.append(index)
            }
            while let last = run.last, ["of", "for", "and", "&", "de", "the"].contains(keys[last]) { run.removeLast() }
            guard let first = run.first, let last = run.last, allowed[first],
                run.allSatisfy({ !covered.contains($0) }), isCapitalizedWord(first),
                run.contains(where: { tokens[$0].text.count >= 2 }),
                // "The Boeing 737-800": a maker's name before a model number is a product.
                !isModelNumber(last + 1), !isModelNumber(last)
            else { continue }
            // "the Dreamliner", "the App Store", "the first Air", "the 787 Dreamliner": English writes no article or
            // model number before a person's name, so a PER span after one is a product or a fragment of a name.
            if entity.type == .person, isAfterArticleOrModel(first) || ["the", "a", "an"].contains(keys[first]) && first < last {
                continue
            }
            let overlapsMention = context.mentions(inSentence: sentence).contains { mention in
                mention.start < entity.span.end && entity.span.start < mention.end
            }
            guard !overlapsMention else { continue }
            var start = first
            var type = entity.type
            // Titles before the name, and the marks inside them ("Secretary-General").
            while start < last, WordLists.titleWords.contains(keys[start]) || tokens[start].kind == .punctuation { start += 1 }
            if let title = (start..<last).last(where: { WordLists.governmentTitles.contains(keys[$0]) || WordLists.titleWords.contains(keys[$0]) }),
               title > start
            {
                start = title + 1
                type = .person
            }
            let tokenRange = start..<(last + 1)
            let acts = ["nsubj", "nsubj:pass", "obl:agent", "csubj"].contains(entity.deprel)
            let organizationHead = WordLists.organizationHeads[keys[last]] != nil
            guard acts || (type == .person && tokenRange.count >= 2) || (type == .organization && organizationHead)
            else { continue }
            guard !WordLists.nonNameWords.contains(keys[start]) || tokenRange.count > 1 else { continue }
            let name = writtenName(tokenRange)
            // A short form an earlier mention introduced ("the ELN" after "the National Liberation Army (ELN)").
            if tokenRange.count == 1,
               let antecedent = context.shortNameAntecedent(name, sentence: sentence, before: tokens[start].span.start)
            {
                record(mention(antecedent.actor, tokenRange, antecedent: antecedent.start), tokenRange, fullName: false,
                       into: &context)
                continue
            }
            let slug = ActorID(LexiconFileReader.slug(name))
            let placed = classify(tokenRange, titled: start > first || type != entity.type, titles: titles, covered: covered, places: places,
                                  context: context)
            let kind: ActorKind = type == .person ? .person : .organization
            var actor = placed ?? Actor(id: slug, name: name, country: nil, sector: nil, kind: kind)
            if actor.kind == .unknown {
                actor = Actor(id: slug, name: name, country: actor.country, sector: actor.sector, kind: kind,
                              role: actor.role)
            }
            if actor.kind == .organization, actor.country == nil, let state = leadingState(of: tokenRange) {
                // "the Nigeria Labour Congress", "the Kenya National Commission on Human Rights": a national body
                // named after its state.
                let sector = WordLists.organizationHeads[keys[last]].flatMap { $0.isEmpty ? nil : $0 }
                actor = Actor(id: actor.id, name: actor.name, country: state.country, sector: sector ?? actor.sector,
                              kind: .organization, role: actor.role)
            }
            actor = actor.placedAsNonStateGroup()
            let known = context.actor(actor.id) != nil
            context.register(actor)
            let mentionRange = withPossessive(tokenRange)
            record(mention(actor.id, mentionRange), mentionRange, into: &context)
            if !known {
                context.findings.append(UnknownActorFinding.finding(
                    name: name, actor: actor, recogniser: true, document: context.document, span: span(tokenRange)))
            }
        }
    }

    /// The state whose name or demonym opens an organisation's name ("Nigeria Labour Congress" → Nigeria), when
    /// more of the name follows it and the name ends on a body's head noun (not "Georgia Smith").
    func leadingState(of run: Range<Int>) -> LexiconEntry? {
        let last = keys[run.upperBound - 1]
        guard run.count >= 2, WordLists.organizationHeads[last] != nil || ["congress", "assembly", "senate", "league"].contains(last),
              let (entry, count) = state(at: run.lowerBound, limit: run.upperBound), count < run.count
        else { return nil }
        return entry
    }
}
