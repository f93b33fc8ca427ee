extension ActorAnnotation {
    /// The annotation with countryless sector groups (`XXX-JUD`, `XXX-COP`: "the Court of Session in Scotland",
    /// "police" in a sentence about Kaduna) placed in the state where their sentence happens: each mention of
    /// an `XXX-` group in a sentence whose places all lie in one country becomes that state's group
    /// (`GBR-JUD`). The recogniser places groups by the state names it sees; places the gazetteer resolves
    /// (divisions, cities that are not capitals) come later, and this applies them. Organisations the lexicon
    /// does not know ("the Court of Session in Scotland") take the country of their first sentence with places;
    /// armed groups do not. People the lexicon does not know are placed the same way. Mentions in sentences with
    /// no placed country fall back on the document's home country (`homeCountry`), when it has one: in a report
    /// about Puerto Rico's governorship, "the Supreme Court" and "Pedro Pierluisi" are American. Party names that
    /// parties of many states share ("the Labour Party", "Democrats") become that state's party; before the home
    /// country they take the one country their sentence's other actors belong to ("Chile's Christian Democratic
    /// Party"), then the dateline's state, whose politics a report filed from there tells ("LONDON — … The opposition
    /// Labour Party accused Cameron …" is Britain's Labour Party although the report is as much about China). In a
    /// report that spreads over several states, so has no home country, the dateline's state also places groups.
    /// - Parameters:
    ///   - countryOfSentence: the one country (ISO alpha-3) each sentence's places lie in; sentences with none
    ///     or several are absent.
    ///   - datelineCountry: the country (ISO alpha-3) of the report's dateline, when it has one.
    ///   - lexicon: the lexicon whose state entries name the groups ("British judiciary").
    ///   - newsSources: actors the text names as reporting ("…, The Guardian reported", "Kyodo reports"): a news
    ///     outlet or agency the lexicon does not know keeps no country, as the places of its sentence are those of
    ///     the story it reports, not its own.
    /// - Returns: the annotation itself when nothing changed; otherwise one with the placed groups, each added
    ///   after the actors already listed, and groups left without mentions dropped.
    public func placingCountrylessGroups(
        _ countryOfSentence: [Int: String], datelineCountry: String? = nil, lexicon: Lexicon,
        newsSources: Set<ActorID> = []
    ) -> ActorAnnotation {
        let byID = Dictionary(actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let home = homeCountry(countryOfSentence, lexicon: lexicon)
        let groupHome = home ?? datelineCountry
        // The one country a sentence's actors belong to ("Chile's Christian Democratic Party endorsed …").
        var actorCountries: [Int: Set<String>] = [:]
        for mention in mentions {
            guard let country = byID[mention.actor]?.country, country.count == 3, !country.hasPrefix("IGO") else { continue }
            actorCountries[mention.sentence, default: []].insert(country)
        }
        func country(of sentence: Int) -> String? { countryOfSentence[sentence] ?? home }
        func groupCountry(of sentence: Int) -> String? { countryOfSentence[sentence] ?? groupHome }
        func partyCountry(of sentence: Int) -> String? {
            countryOfSentence[sentence] ?? actorCountries[sentence].flatMap { $0.count == 1 ? $0.first : nil }
                ?? datelineCountry ?? home
        }
        var placed: [ActorID: Actor] = [:]
        var order: [ActorID] = []
        var changed = false
        /// The group or party a mention stands for in its sentence's country, or `nil` when it stays as it is.
        func replacement(for mention: ActorMention) -> Actor? {
            guard let actor = byID[mention.actor] else { return nil }
            // "Congress" alone in a report about Peru is Peru's legislature, not the US Congress.
            if let sector = Self.genericBodies[actor.id], mention.text == "Congress",
               let country = country(of: mention.sentence), country != actor.country,
               let state = lexicon.entry(ActorID(country)), state.kind == .state
            {
                return SentenceReader.groupActor(state, sector: sector)
            }
            guard actor.country == nil, let sector = actor.sector else { return nil }
            let isGroup = actor.id.rawValue == "XXX-\(sector)"
            guard isGroup || Self.isSharedPartyName(actor, lexicon: lexicon),
                  let country = isGroup ? groupCountry(of: mention.sentence) : partyCountry(of: mention.sentence),
                  let state = lexicon.entry(ActorID(country)), state.kind == .state
            else { return nil }
            return isGroup ? SentenceReader.groupActor(state, sector: sector) : Self.party(actor, of: country, lexicon: lexicon)
        }
        let remapped = mentions.map { mention -> ActorMention in
            guard let group = replacement(for: mention) else { return mention }
            if placed[group.id] == nil, byID[group.id] == nil {
                placed[group.id] = group
                order.append(group.id)
            }
            changed = true
            var moved = mention
            moved.actor = group.id
            return moved
        }
        // Organisations and people the lexicon does not know take the country their first placed mention is in
        // ("the Court of Session in Scotland" → GBR, "Usman Khan stabbed several people … in London" → GBR);
        // non-state armed groups keep none.
        // In a report of a sentence or two, which gives no home country, a person or organisation takes the one country
        // its sentence's other actors belong to ("Tunisia's government turned down the UGTT union's demand").
        // In longer articles that guess misleads ("the House committee subpoenaed documents from Ukraine").
        let isBrief = (mentions.map(\.sentence).max() ?? 0) < 2
        var located: [ActorID: String] = [:]
        var reasons: [ActorID: UnknownActorFinding.PlacementReason] = [:]
        for mention in mentions {
            guard located[mention.actor] == nil, !newsSources.contains(mention.actor), let actor = byID[mention.actor],
                  [.organization, .person, .unknown].contains(actor.kind),
                  actor.country == nil, !actor.id.rawValue.hasPrefix("XXX-"), lexicon.entry(actor.id) == nil,
                  !Self.armedSectors.contains(actor.sector ?? ""), let country = isBrief ? partyCountry(of: mention.sentence) : country(of: mention.sentence),
                  lexicon.entry(ActorID(country))?.kind == .state
            else { continue }
            located[mention.actor] = country
            reasons[mention.actor] = countryOfSentence[mention.sentence] != nil ? .sentencePlaces
                : country == home ? .homeCountry : .sentenceActors
        }
        guard changed || !located.isEmpty else { return self }
        let used = Set(remapped.map { $0.actor })
        let kept = actors.filter { used.contains($0.id) }.map { actor in
            guard let country = located[actor.id] else { return actor }
            var placedActor = actor
            placedActor.country = country
            return placedActor
        } + order.compactMap { placed[$0] }
        let annotation = ActorAnnotation(actors: kept, mentions: remapped, findings: findings)
        return ActorAnnotation(actors: annotation.actors, mentions: annotation.mentions,
                               findings: UnknownActorFinding.explained(annotation.findings, reasons: reasons, mentions: remapped))
    }

    /// The actors of `mentions` that a news verb follows ("The Guardian reported", "Kyodo reports"), by the first word
    /// after each mention in its sentence.
    /// - Parameter wordAfter: the lower-cased word right after a mention in its sentence, or `nil`.
    public func newsSources(wordAfter: (ActorMention) -> String?) -> Set<ActorID> {
        Set(mentions.filter { mention in wordAfter(mention).map(Self.newsVerbs.contains) == true }.map(\.actor))
    }

    /// Verbs whose subject is a news outlet or agency: "The Guardian reported", "Kyodo reports".
    static let newsVerbs: Set<String> = ["reported", "reports", "reporting"]

    /// The country a document is about: the one state (ISO alpha-3) that holds at least `homeShare` of the
    /// country-bearing evidence — each mention of an actor with a state's country and each sentence whose places
    /// lie in one country — and at least `homeMinimum` pieces of it; `nil` when the document spreads over several
    /// states. IGOs count as no country.
    func homeCountry(_ countryOfSentence: [Int: String], lexicon: Lexicon) -> String? {
        guard let best = homeCountry(countryOfSentence: countryOfSentence), lexicon.entry(ActorID(best))?.kind == .state
        else { return nil }
        return best
    }

    /// The country a document is about (see `homeCountry(_:lexicon:)`), from its mentions and the
    /// one country each sentence's places lie in; `nil` when no single country dominates.
    /// - Parameter countryOfSentence: the one country (ISO alpha-3) each placed sentence lies in.
    public func homeCountry(countryOfSentence: [Int: String] = [:]) -> String? {
        let byID = Dictionary(actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var counts: [String: Int] = [:]
        for mention in mentions {
            guard let country = byID[mention.actor]?.country, country.count == 3, !country.hasPrefix("IGO") else { continue }
            // "Congress" alone says nothing of the country: many states' legislatures are so called.
            if Self.genericBodies[mention.actor] != nil, mention.text == "Congress" { continue }
            counts[country, default: 0] += 1
        }
        for country in countryOfSentence.values { counts[country, default: 0] += 1 }
        let total = counts.values.reduce(0, +)
        guard let (best, count) = counts.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }),
              count >= Self.homeMinimum, Double(count) >= Self.homeShare * Double(total)
        else { return nil }
        return best
    }

    /// Whether `actor` is a lexicon party whose name parties of many states share ("the Labour Party",
    /// "Democrats"): an organisation of sector PTY without a country.
    static func isSharedPartyName(_ actor: Actor, lexicon: Lexicon) -> Bool {
        actor.kind == .organization && actor.sector == "PTY" && actor.country == nil && lexicon.entry(actor.id) != nil
    }

    /// The party of `country` a shared party name stands for: the lexicon's own entry when it has one
    /// (`usa-republican-party` for "Republicans" in an American report), else the name with the country's id.
    static func party(_ actor: Actor, of country: String, lexicon: Lexicon) -> Actor {
        let id = ActorID("\(country.lowercased())-\(actor.id.rawValue)")
        if let entry = lexicon.entry(id) { return entry.actor(asOf: nil) }
        return Actor(id: id, name: actor.name, country: country, sector: "PTY", kind: .organization)
    }

    /// Bodies of one state whose bare name other states' bodies share ("Congress"), with their sector: placed
    /// in another home country, the bare name is that state's body.
    static let genericBodies: [ActorID: String] = ["usa-congress": "LEG"]

    /// The smallest share of a document's country evidence its home country must hold.
    static let homeShare = 0.6
    /// The fewest pieces of country evidence a home country needs.
    static let homeMinimum = 3

    /// Sectors of armed groups that stay without a country when the lexicon does not place them.
    static let armedSectors: Set<String> = ["REB", "INS", "UAF", "SEP", "IMG", "MIL"]
}
