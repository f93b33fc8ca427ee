import ArticleText

extension SentenceReader {
    /// Finds capitalised names the lexicon does not know that behave like actors, and adds them with an
    /// `actor.unknown` finding. Runs of capitalised words count when a reporting or action verb follows
    /// ("X said"), when a title precedes ("Foreign Minister X"), when an appositive sits between the name and
    /// such a verb ("X, spokesperson for the ministry, told"), or after "according to".
    func findUnknownNames(covered: Set<Int>, titles: [Int: TitleContext], into context: inout RecognitionContext) {
        var i = range.lowerBound
        while i < range.upperBound {
            guard allowed[i], !covered.contains(i), isCapitalizedWord(i) else {
                i += 1
                continue
            }
            var end = i
            while end < range.upperBound, allowed[end], !covered.contains(end), isCapitalizedWord(end) { end += 1 }
            var start = i
            while start < end, WordLists.nonNameWords.contains(keys[start]) || WordLists.titleWords.contains(keys[start]) {
                start += 1
            }
            defer { i = end }
            guard start < end else { continue }
            let run = start..<end
            if let placed = classify(run, covered: covered, titles: titles, context: context) {
                let mentionRange = withPossessive(run)
                let name = tokens[run].map(\.text).joined(separator: " ")
                let actor = context.actor(placed.id) ?? placed
                context.register(actor)
                context.add(mention(actor.id, mentionRange))
                context.findings.append(Finding(
                    .info, code: "actor.unknown",
                    message: "\"\(name)\" is not in the lexicon; taken as \(actor.kind.rawValue)"
                        + (actor.country.map { " of \($0)" } ?? ""),
                    document: context.document, span: span(run)))
            }
        }
    }

    /// The actor a capitalised run stands for, or `nil` when it does not behave like an actor.
    func classify(_ run: Range<Int>, covered: Set<Int>, titles: [Int: TitleContext], context: RecognitionContext)
        -> Actor?
    {
        let name = tokens[run].map(\.text).joined(separator: " ")
        let after = key(run.upperBound) == "'s" ? run.upperBound + 1 : run.upperBound
        if let title = titles[run.lowerBound] {
            return Actor(id: ActorID(LexiconFileReader.slug(name)), name: name, country: title.country,
                         sector: title.sector, kind: .person, role: title.title)
        }
        if key(after) == ",", let appositive = appositive(from: after + 1), WordLists.actorVerbs.contains(key(appositive.upperBound + 1)) {
            let inside = context.mentions.last { mention in
                mention.sentence == sentence && mention.start >= tokens[appositive.lowerBound].span.start
                    && mention.end <= tokens[appositive.upperBound - 1].span.end
            }
            let placedBy = inside.flatMap { context.actor($0.actor) }
            let role = tokens[appositive].prefix { !["for", "of", "at", "to", "with", "in"].contains(AliasIndex.key($0.text)) }
                .map(\.text).joined(separator: " ")
            let isPerson = appositive.contains { WordLists.titleWords.contains(keys[$0]) || personNouns.contains(keys[$0]) }
            return Actor(id: isPerson ? ActorID(LexiconFileReader.slug(name)) : ActorID("unknown:\(name)"), name: name,
                         country: placedBy?.country, sector: placedBy?.sector,
                         kind: isPerson ? .person : .unknown, role: role.isEmpty ? nil : role)
        }
        let isSentenceStart = run.lowerBound == range.lowerBound
        let acts = WordLists.actorVerbs.contains(key(after))
        let quoted = key(run.lowerBound - 1) == "to" && key(run.lowerBound - 2) == "according"
        guard acts || quoted else { return nil }
        if isSentenceStart && run.count == 1 && !acts { return nil }
        return Actor(id: ActorID("unknown:\(name)"), name: name, country: nil, sector: nil, kind: .unknown)
    }

    /// The tokens of an appositive starting at `start` and closed by a comma within 15 tokens.
    func appositive(from start: Int) -> Range<Int>? {
        var i = start
        while i < range.upperBound, i - start < 15 {
            if keys[i] == "," { return i > start ? start..<i : nil }
            if tokens[i].kind == .punctuation && ["(", ")", ";", ":", "."].contains(keys[i]) { return nil }
            i += 1
        }
        return nil
    }

    /// Nouns that make an appositive describe a person.
    var personNouns: Set<String> {
        ["spokesperson", "spokesman", "spokeswoman", "analyst", "professor", "researcher", "official", "director",
         "head", "chief", "minister", "lawmaker", "diplomat", "envoy", "ambassador", "adviser", "advisor",
         "secretary", "president", "chairman", "leader", "expert", "fellow", "commander", "general", "member",
         "founder", "executive", "ceo", "journalist", "editor", "correspondent", "scholar", "economist"]
    }
}
