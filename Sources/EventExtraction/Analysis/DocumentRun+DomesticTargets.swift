import ActorLexicon
import EventOntology

extension DocumentRun {
    /// Codes a domestic act that names no target against the source's own state: "Kenya's president withdrew
    /// the finance bill" is KEN-GOV → KEN, "Turkish unions rejected the government's offer" TUR-LAB → TUR,
    /// as event datasets code acts whose target is the country's own public or institutions; so are marches
    /// and strikes ("Thousands of Serbian protesters marched in Belgrade" is SRB → SRB, as our blind
    /// annotators and the PLOVER coders read domestic protest). Meetings, weapons tests and exercises
    /// (`untargetedTypes`) keep no target; deployments and alerts face a party their sentence names
    /// (`mobilizationTarget(of:in:)`) or are domestic.
    ///
    /// For a source of a state — the state itself ("Thailand placed its army on high alert" is THA → THA), its
    /// groups and its people; not a countryless group — and only when no actor or place of another country is
    /// named in the sentence: "Spain extradited a
    /// Colombian businessman" has a foreign party and stays as it is. An attack or coercion whose sentence
    /// places lie in one other country targets that country's state instead ("Russian forces shelled Kharkiv"
    /// → RUS-MIL → UKR; also withdrawals, aid and deployments, see `placeTargetedTypes`). The state actor is
    /// taken from the lexicon when the document does not name it (`EventExtractor.actors(_:completedFor:)` adds
    /// it to the document's table).
    mutating func assignDomesticTargets(_ range: Range<Int>, view: SentenceView) {
        let placeCountries = Set((placesBySentence[view.sentence.index] ?? []).map(\.place.country))
        for index in range where drafts[index].event.target == nil {
            let event = drafts[index].event
            guard let source = actorsByID[event.source] else { continue }
            if event.cameo.hasPrefix("1724") {
                // "Armenia declared martial law after fighting broke out with Azerbaijan": a state of emergency or
                // martial law that names no place abroad ("imposed a curfew on Hebron" has its target) is imposed on the state's own
                // people, whoever the sentence blames.
                if let home = source.country, home.count == 3, !home.hasPrefix("IGO"), placeCountries.isSubset(of: [home]),
                   let state = stateActor(home)
                {
                    drafts[index].event.target = state.id
                    drafts[index].event.targetCountry = home
                    drafts[index].domesticOnly = false
                    continue
                }
            }
            if [.concede, .retreat].contains(event.type),
               let claimant = demandClaimant(after: drafts[index].triggerStart, in: view), !isSelfLoop(event.source, claimant)
            {
                // "will scrap the rule, yielding to a long-standing demand by Nairobi": a concession targets the
                // party whose demand it meets.
                setTarget(claimant, ofDraft: index)
                drafts[index].domesticOnly = false
                continue
            }
            if let home = homeTarget(ofForeignAppeal: event.type, by: source, in: view) {
                // An outsider's appeal or warning that names no one is addressed to the state the story is about.
                setTarget(home, ofDraft: index)
                drafts[index].domesticOnly = false
                continue
            }
            var country: String?
            if let home = source.country, let neighbour = borderNeighbour(of: home, in: view) {
                // "Rwanda closed its main border crossing with Uganda to lorries": an act at a border faces the
                // state across it.
                setTarget(neighbour, ofDraft: index)
                drafts[index].domesticOnly = false
                continue
            } else if Self.placeTargetedTypes.contains(event.type), placeCountries.count == 1, let abroad = placeCountries.first,
               abroad != source.country
            {
                // "Russian forces shelled Kharkiv, Ukraine": an attack on a place abroad targets the place's state.
                country = abroad
            } else if event.type == .mobilize, !event.cameo.hasPrefix("150"), let home = source.country,
                      let faced = mobilizationTarget(of: home, in: view)
            {
                // "Thailand moved troops to its border with Cambodia", "Spanish police were put on high alert a day
                // after ETA ended its ceasefire": a build-up faces the state or armed group its sentence names.
                setTarget(faced, ofDraft: index)
                drafts[index].domesticOnly = false
                continue
            } else if [.assault, .coerce].contains(event.type), placeCountries.isEmpty, let place = memory.lastPlace,
                      view.sentence.index - place.sentence <= 1, let abroad = actorsByID[place.actor]?.country,
                      abroad != source.country, source.country != nil
            {
                // "The shooting happened near a village in Kyrgyzstan's Batken region. … Tajik border guards
                // opened fire on farmers": an attack right after its place is named abroad is on that state.
                country = abroad
            } else if [.assault, .coerce].contains(event.type), placeCountries.isEmpty, let home = source.country,
                      let other = onlyOtherState(than: home, in: view)
            {
                // "Eritrean troops seized the border town of Badme, Ethiopia's government said": force against an
                // unnamed place or people, in a sentence that names one other state, is against that state.
                country = other
            } else if !hasDomesticObject(drafts[index].triggerStart, in: view),
                      let partner = storyCounterpart(of: source, for: event.type, at: view)
            {
                // "Azerbaijan expelled two Russian diplomats. … Moscow vowed to respond": in a story between two
                // parties, an act of one side's state that names no target is toward the other.
                setTarget(partner, ofDraft: index)
                drafts[index].domesticOnly = false
                continue
            } else if !Self.untargetedTypes.contains(event.type) || Self.deploymentCodes.contains(String(event.cameo.prefix(3))),
                      let home = source.country,
                      // "The Kremlin rejected a ceasefire proposal", "Egypt welcomed the agreement": a state's answer
                      // to an act it does not name the party of is no act against itself.
                      source.kind != .state || !answersAnAct(drafts[index].triggerStart, in: view),
                      // "Belarus retaliated within hours": a state's violence names its victims or its place.
                      source.kind != .state || event.type != .assault || !placeCountries.isEmpty,
                      placeCountries.isSubset(of: [home]),
                      view.mentions.allSatisfy({ mention in
                          actorsByID[mention.mention.actor].map { $0.country == nil || $0.country == home } ?? true
                      })
            {
                country = home
            }
            guard let country, let state = stateActor(country) else { continue }
            drafts[index].event.target = state.id
            drafts[index].event.targetCountry = country
            drafts[index].domesticOnly = false
        }
        removeDrafts(Set(range.filter { drafts[$0].domesticOnly }), in: range)
    }

    /// The other party of the story for an untargeted act of `source`: the party its country last dealt with
    /// within `DiscourseMemory.reach` sentences, else the other of the two states the story names most.
    ///
    /// Only for a state or its government and foreign ministry (not its police, courts or people, whose
    /// untargeted acts are domestic), for acts that are between parties (`storyTargetedTypes`), and only when
    /// the sentence names no actor of another country and no place abroad.
    func storyCounterpart(of source: Actor, for type: EventType, at view: SentenceView) -> ActorID? {
        guard Self.storyTargetedTypes.contains(type), let home = source.country,
              source.kind == .state || source.sector.map({ Self.stateVoiceSectors.contains($0) }) ?? false
                  // "The Indian army has moved additional troops to Ladakh": a build-up faces the other side.
                  || type == .mobilize && source.sector == "MIL",
              view.mentions.allSatisfy({ actorsByID[$0.mention.actor].map { $0.country == nil || $0.country == home } ?? true }),
              (placesBySentence[view.sentence.index] ?? []).allSatisfy({ $0.place.country == home })
        else { return nil }
        let sentence = view.sentence.index
        if let remembered = memory.counterpart(of: home, at: sentence), country(remembered) != home {
            return remembered
        }
        guard let pair = memory.statePair(at: sentence), pair.contains(where: { country($0) == home }) else { return nil }
        return pair.first { country($0) != home }
    }

    /// The one state other than `home` whose actors the sentence names (a state, its organs or its people; not
    /// a countryless group), or `nil` when it names none or several.
    func onlyOtherState(than home: String, in view: SentenceView) -> String? {
        let others = Set(view.mentions.compactMap { mention -> String? in
            guard let actor = actorsByID[mention.mention.actor], let country = actor.country, country != home,
                  country.count == 3, !country.hasPrefix("IGO")
            else { return nil }
            return country
        })
        return others.count == 1 ? others.first : nil
    }

    /// Whether the verb at `triggerStart` acts on a matter of its own state (`FunctionWords.domesticMatters`):
    /// "vetoed the pension bill", "suspended the constitution" are domestic acts, whoever else the story is about.
    func hasDomesticObject(_ triggerStart: Int, in view: SentenceView) -> Bool {
        guard let t = view.tokens.firstIndex(where: { $0.span.start == triggerStart }) else { return false }
        var k = t + 1
        while k < view.count, k - t <= 4, !FunctionWords.prepositions.contains(view.words[k]),
              !FunctionWords.clauseBoundaries.contains(view.words[k]), view.words[k] != "," {
            if FunctionWords.domesticMatters.contains(view.words[k]) { return true }
            k += 1
        }
        return false
    }

    /// Acts between parties that a state's untargeted act in a two-party story is read as toward the other
    /// side: verbal acts, sanctions, concessions, retreats and build-ups (not arrests, attacks, protests or
    /// meetings).
    static let storyTargetedTypes: Set<EventType> = [
        .accuse, .reject, .support, .request, .threaten, .sanction, .concede, .retreat, .agree, .cooperate, .mobilize,
    ]

    /// Sectors that speak for a state abroad.
    static let stateVoiceSectors: Set<String> = ["GOV"]

    /// The actor whose demand or condition a concession after `triggerStart` meets: "a demand by Nairobi", "the
    /// European Union's last condition", "a demand that Papua New Guinea had pressed".
    func demandClaimant(after triggerStart: Int, in view: SentenceView) -> ActorID? {
        for k in view.tokens.indices where view.tokens[k].span.start > triggerStart
            && ["demand", "demands", "condition", "conditions"].contains(view.words[k])
        {
            var next = k + 1
            if ["by", "of", "that"].contains(view.word(next)) { next += 1 }
            if view.word(next) == "the" { next += 1 }
            if next > k + 1, let m = view.mentionAt[safe: next] ?? nil { return view.mentions[m].mention.actor }
            // "the European Union's last condition": a possessor a word or two before.
            for back in [k - 1, k - 2, k - 3] where back >= 0 && view.word(back) == "'s" || view.words[safe: back]?.hasSuffix("'s") == true {
                if let m = view.mentionEnding(at: view.word(back) == "'s" ? back - 1 : back) { return view.mentions[m].mention.actor }
            }
        }
        return nil
    }

    /// Whether the trigger starting at `triggerStart` is a verb that frames another act (`framingVerbs`).
    func answersAnAct(_ triggerStart: Int, in view: SentenceView) -> Bool {
        guard let token = view.tokens.firstIndex(where: { $0.span.start == triggerStart }) else { return false }
        let word = view.words[token]
        return Self.framingVerbs.contains { word.hasPrefix($0) }
    }

    /// Acts whose target, when no actor is named, is the state of the place abroad they reach: attacks and
    /// coercion ("shelled Kharkiv"), withdrawals ("pulled back from positions around Kyiv"), relief and forces
    /// sent ("landed in Port-au-Prince", "sent its carrier into waters east of Taiwan").
    static let placeTargetedTypes: Set<EventType> = [.assault, .coerce, .retreat, .aid, .mobilize]

    /// Acts that stand without a target: a mobilisation at home is coded source-only, and a meeting without a
    /// named partner is the source's own ("the ruling party opened its congress").
    static let untargetedTypes: Set<EventType> = [.mobilize, .consult]

    /// Mobilisations that are deployments or alerts of forces (CAMEO 152–154): at home, with no state or group
    /// faced, they are coded against the source's own state ("Police in Manila were put on full alert" is PHL →
    /// PHL, "Honduras deployed 2,000 soldiers to the streets of San Pedro Sula" HND → HND), as the blind sets
    /// read them; weapons tests and exercises (150, 151) keep no target, and a weapons test faces no party
    /// (North Korea's missile tests are coded without a target).
    static let deploymentCodes: Set<String> = ["152", "153", "154"]

    /// The party a mobilisation of `home`'s forces faces, when the parse named no provocation
    /// (`targetMobilisations`): the state after "border with" ("towards its border
    /// with Burundi"), else the one other state the sentence names ("after Russia held large exercises"), else
    /// a rebel, insurgent or separatist group of `home` or of no state that it names ("after ETA said it was
    /// ending its ceasefire"); `nil` when it names none or several.
    func mobilizationTarget(of home: String, in view: SentenceView) -> ActorID? {
        if let neighbour = borderNeighbour(of: home, in: view) { return neighbour }
        if let other = onlyOtherState(than: home, in: view), let state = stateActor(other) { return state.id }
        let groups = Set(view.mentions.compactMap { mention -> ActorID? in
            guard let actor = actorsByID[mention.mention.actor], actor.kind != .state,
                  ["REB", "INS", "SEP"].contains(actor.sector ?? ""), actor.country == nil || actor.country == home
            else { return nil }
            return actor.id
        })
        return groups.count == 1 ? groups.first : nil
    }

    /// The state after "border with" or "border crossing with" in the sentence, when it is not `home`'s:
    /// "moved troops towards its border with Burundi", "closed its main border crossing with Uganda".
    func borderNeighbour(of home: String, in view: SentenceView) -> ActorID? {
        for k in view.words.indices where ["border", "borders", "frontier"].contains(view.words[k]) {
            var next = k + 1
            if ["crossing", "crossings", "post", "posts", "point", "points"].contains(view.word(next)) { next += 1 }
            guard view.word(next) == "with" else { continue }
            next += 1
            if view.word(next) == "the" { next += 1 }
            if let m = view.mentionAt[safe: next] ?? nil, let country = actorsByID[view.mentions[m].mention.actor]?.country,
               country != home, let state = stateActor(country)
            {
                return state.id
            }
        }
        return nil
    }

    /// The state actor whose code is `country`: the document's own, else the lexicon's.
    func stateActor(_ country: String) -> Actor? {
        let id = ActorID(rawValue: country)
        let actor = actorsByID[id] ?? extractor.lexicon?.entry(id)?.actor(asOf: dct)
        return actor?.kind == .state ? actor : nil
    }
}

extension EventType {
    /// Whether an act of this type without a named target is worth coding outside a report's lead sentence,
    /// as a domestic act: conflict (verbal or material), concessions and retreats. Acts of cooperation need
    /// their partner ("spoke", "flew", "arrived" say too little alone).
    var standsAloneAsDomesticAct: Bool {
        [.verbalConflict, .materialConflict].contains(quadClass) || self == .concede || self == .retreat
    }
}
