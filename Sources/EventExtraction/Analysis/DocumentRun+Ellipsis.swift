import ActorLexicon
import EventOntology

extension DocumentRun {
    /// Auxiliaries that stand for the main clause's verb phrase after "as" ("…, as did the European Union").
    static let ellipticAuxiliaries: Set<String> = ["did", "does", "do", "has", "have", "had", "was", "were", "is", "are"]

    /// Copies the acts of a clause to the actors of its elliptic comparison: "Brazil and Colombia condemned the
    /// raid, as did the European Union" is also the EU's condemnation; "…, as have Britain and France" theirs.
    /// The actors named after "as did" (coordinated by "and" or commas, with articles between) each get the
    /// sentence's acts told before "as", with the same target, type, date and modality; an act whose copy would
    /// join the actor to itself, or that is negated, is not copied.
    mutating func copyElidedActs(_ range: Range<Int>, view: SentenceView) {
        guard !range.isEmpty,
              let marker = (1..<max(1, view.count - 1)).first(where: { t in
                  view.words[t] == "as" && Self.ellipticAuxiliaries.contains(view.word(t + 1))
                      && [",", "—", "and"].contains(view.word(t - 1))
              })
        else { return }
        var actors: [ActorID] = []
        var k = marker + 2
        while k < view.count {
            if let number = view.mentionAt[k], view.mentions[number].first == k {
                actors.append(view.mentions[number].mention.actor)
                k = view.mentions[number].last + 1
            } else if ["the", "and", ",", "its", "their", "both"].contains(view.words[k]) {
                k += 1
            } else {
                break
            }
        }
        guard !actors.isEmpty else { return }
        let markerStart = view.tokens[marker].span.start
        let originals = range.map { drafts[$0] }.filter { $0.triggerStart < markerStart && $0.event.modality != .negated }
        for draft in originals {
            for actor in actors where actorsByID[actor] != nil && actor != draft.event.source {
                if let target = draft.event.target, isSelfLoop(actor, target) { continue }
                if drafts.contains(where: { $0.event.source == actor && $0.event.type == draft.event.type
                    && $0.event.evidence.sentence == draft.event.evidence.sentence })
                {
                    continue
                }
                var copy = draft
                copy.event.source = actor
                copy.event.sourceCountry = actorsByID[actor]?.country
                drafts.append(copy)
            }
        }
    }
}
