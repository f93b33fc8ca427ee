import ActorLexicon
import EventOntology

extension DocumentRun {
    /// Verbal acts addressed to a country's parties at large: appeals, demands and warnings.
    static let appealTypes: Set<EventType> = [.request, .threaten]

    /// The target of an appeal or warning that names no one, made by an actor from outside the state the article
    /// is about: that state ("the regional bloc called for a recount", "the Secretary-General urged all sides to
    /// refrain from violence", "Washington warned that those who undermine the vote could be barred", in a report
    /// about one country's election, are addressed to that country, as event coders code them).
    ///
    /// Only when the document has a home state (`homeState`), the source has a country or IGO code other than the
    /// home's, and the sentence names no actor or place of a third state (international organisations may stand
    /// beside it: "the Southern African Development Community (SADC)" is two lexicon entries).
    /// - Returns: The home state's actor id, or `nil`.
    func homeTarget(ofForeignAppeal type: EventType, by source: Actor, in view: SentenceView) -> ActorID? {
        guard Self.appealTypes.contains(type), let home = homeState, let origin = source.country else { return nil }
        let homeCountry = actorsByID[home]?.country ?? home.rawValue
        guard origin != homeCountry,
              (placesBySentence[view.sentence.index] ?? []).allSatisfy({ $0.place.country == homeCountry }),
              view.mentions.allSatisfy({ mention in
                  actorsByID[mention.mention.actor].map { actor in
                      [nil, homeCountry, origin].contains(actor.country) || actor.country?.hasPrefix("IGO") == true
                  } ?? true
              })
        else { return nil }
        return home
    }
}
