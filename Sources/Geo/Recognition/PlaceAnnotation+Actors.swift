import ActorLexicon
import ArticleText

extension PlaceAnnotation {
    /// `actors` without the state mentions that are part of a place name: a qualifier ("Atlanta, Georgia",
    /// "Tbilisi, Georgia") or a name that resolved to a city or division in a locative phrase ("in Georgia" in a
    /// US story); and without the persons and unknown actors that are places or landmarks ("around El Fasher",
    /// "at their Everett Factory"). Country names in locative phrases ("in Syria") stay actors; actors left without
    /// mentions are dropped.
    public func removingPlaceNames(from actors: ActorAnnotation) -> ActorAnnotation {
        let spans = mentions.filter { $0.basis == .entity || $0.basis == .gazetteer }.map(\.span)
        let named = mentions.filter { ![.dateline, .country, .capital, .organization].contains($0.basis) }.map(\.span)
        guard !named.isEmpty else { return actors }
        let states = Set(actors.actors.filter { $0.kind == .state }.map(\.id))
        let people = Set(actors.actors.filter { $0.kind == .person || $0.kind == .unknown }.map(\.id))
        let kept = actors.mentions.filter { mention in
            !(states.contains(mention.actor) && spans.contains { $0.contains(mention.span) })
                && !(people.contains(mention.actor) && named.contains { $0.contains(mention.span) })
        }
        guard kept.count != actors.mentions.count else { return actors }
        let remaining = Set(kept.map(\.actor))
        return ActorAnnotation(
            actors: actors.actors.filter { remaining.contains($0.id) }, mentions: kept, findings: actors.findings)
    }

    /// The one country (ISO alpha-3) the locative places of each sentence lie in ("the Court of Session *in
    /// Scotland*" → GBR), for `ActorAnnotation.placingCountrylessGroups`; sentences whose places lie in several
    /// countries, or that have none, are absent. The dateline and landmarks (whose place may come from another
    /// sentence) do not count.
    public var countryOfSentence: [Int: String] {
        var countries: [Int: Set<String>] = [:]
        for mention in mentions where mention.basis != .dateline && mention.basis != .landmark && mention.isLocative {
            countries[mention.sentence, default: []].insert(mention.place.country)
        }
        return countries.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// The evidence of the country a document is about, for `ActorAnnotation.homeCountry(countryOfSentence:)`:
    /// `countryOfSentence`, plus the dateline's country counted as two sentences (keys -1 and -2): "ANKARA —"
    /// places a report about Turkey's relations with Washington in Turkey, whose "authorities" detain people.
    public var homeEvidence: [Int: String] {
        var evidence = countryOfSentence
        if let country = dateline?.place.country {
            evidence[-1] = country
            evidence[-2] = country
        }
        return evidence
    }
}
