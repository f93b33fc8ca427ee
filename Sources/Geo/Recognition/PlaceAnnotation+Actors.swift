import ActorLexicon
import ArticleText

extension PlaceAnnotation {
    /// `actors` without the state mentions that are part of a place name: a qualifier ("Atlanta, Georgia",
    /// "Tbilisi, Georgia") or a name that resolved to a city or division in a locative phrase ("in Georgia" in a
    /// US story). Country names in locative phrases ("in Syria") stay actors; actors left without mentions are
    /// dropped.
    public func removingPlaceNames(from actors: ActorAnnotation) -> ActorAnnotation {
        let spans = mentions.filter { $0.basis == .entity || $0.basis == .gazetteer }.map(\.span)
        guard !spans.isEmpty else { return actors }
        let states = Set(actors.actors.filter { $0.kind == .state }.map(\.id))
        let kept = actors.mentions.filter { mention in
            !(states.contains(mention.actor) && spans.contains { $0.contains(mention.span) })
        }
        guard kept.count != actors.mentions.count else { return actors }
        let remaining = Set(kept.map(\.actor))
        return ActorAnnotation(
            actors: actors.actors.filter { remaining.contains($0.id) }, mentions: kept, findings: actors.findings)
    }
}
