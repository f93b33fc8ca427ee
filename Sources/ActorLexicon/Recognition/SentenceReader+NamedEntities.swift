import ArticleText
import Syntax

extension SentenceReader {
    /// Adds the persons and organisations the entity recogniser found that no lexicon entry, coreference or
    /// unknown-name rule covered: each becomes an actor of its own (a person or an organisation, id from its
    /// name) with an `actor.unknown` finding citing the recogniser. A title or appositive before the name
    /// places it as `classify` does ("Defence Secretary X" → the sentence's state, GOV); otherwise it has no
    /// country. Locations are places, not actors, and are left alone.
    func addNamedEntities(_ entities: [EntityMention], covered: Set<Int>, titles: [Int: TitleContext],
                          places: [SentenceMatch], into context: inout RecognitionContext)
    {
        for entity in entities where entity.type != .location {
            let run = range.filter { index in
                tokens[index].span.start >= entity.span.start && tokens[index].span.end <= entity.span.end
                    && tokens[index].kind != .punctuation
            }
            guard let first = run.first, let last = run.last, allowed[first],
                run.allSatisfy({ !covered.contains($0) }), isCapitalizedWord(first)
            else { continue }
            let overlapsMention = context.mentions.contains { mention in
                mention.sentence == sentence && mention.start < entity.span.end && entity.span.start < mention.end
            }
            guard !overlapsMention else { continue }
            var start = first
            while start < last, WordLists.titleWords.contains(keys[start]) { start += 1 }
            let tokenRange = start..<(last + 1)
            guard !WordLists.nonNameWords.contains(keys[start]) || tokenRange.count > 1 else { continue }
            let name = tokens[tokenRange].map(\.text).joined(separator: " ")
            let slug = ActorID(LexiconFileReader.slug(name))
            let placed = classify(tokenRange, titled: start > first, titles: titles, covered: covered, places: places,
                                  context: context)
            let kind: ActorKind = entity.type == .person ? .person : .organization
            var actor = placed ?? Actor(id: slug, name: name, country: nil, sector: nil, kind: kind)
            if actor.kind == .unknown {
                actor = Actor(id: slug, name: name, country: actor.country, sector: actor.sector, kind: kind,
                              role: actor.role)
            }
            let known = context.actor(actor.id) != nil
            context.register(actor)
            let mentionRange = withPossessive(tokenRange)
            record(mention(actor.id, mentionRange), mentionRange, into: &context)
            if !known {
                context.findings.append(Finding(
                    .info, code: "actor.unknown",
                    message: "\"\(name)\" is not in the lexicon; the entity recogniser took it as \(actor.kind.rawValue)"
                        + (actor.country.map { " of \($0)" } ?? ""),
                    document: context.document, span: span(tokenRange)))
            }
        }
    }
}
