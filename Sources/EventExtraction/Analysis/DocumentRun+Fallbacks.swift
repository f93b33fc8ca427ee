import ActorLexicon
import EventOntology

extension DocumentRun {
    /// The mentions' actors.
    func ids(_ view: SentenceView, _ mentions: [Int]) -> [ActorID] { mentions.map { view.mentions[$0].mention.actor } }

    /// Fills a source or target the clause did not give, in order: the agent of a criticised act, the partner of
    /// a symmetric event among coordinated subjects, a remembered counterpart, the place of a protest or
    /// gathering, the subject of "the subject of X's sanctions", the state before a past gathering, and the
    /// discourse topic for relational nouns.
    func applyFallbacks(
        sources: inout [ActorID], targets: inout [ActorID], trigger: Trigger, pattern: EventPattern,
        groups: [RoleGroup], passive: Bool, context: TriggerContext
    ) {
        let view = context.view
        let t = trigger.token
        let sentence = view.sentence.index
        // Verbal acts about something of someone's: "denounced the memoranda between Turkey and Libya",
        // "condemned the actions of Turkey", "attacked the proclamation … by the U.S. President" (the act's
        // agent, not its object, is the target).
        if targets.isEmpty, trigger.isVerb, !passive, pattern.reverse != true, pattern.single != true,
           pattern.targetCues.contains("object"),
           [.verbalCooperation, .verbalConflict].contains(pattern.type.quadClass),
           let group = groups.first(where: { $0.role == "by" }) ?? groups.first(where: { ["of", "between"].contains($0.role) })
               // "rejected an appeal from President Bush": the act's author.
               ?? groups.first(where: { group in
                   group.role == "from" && (t + 1..<view.mentions[group.mentions[0]].first).contains { FunctionWords.actNouns.contains(view.words[$0]) }
               }),
           view.mentions[group.mentions[0]].first - t <= (group.role == "by" ? 14 : 8)
        {
            targets = ids(view, group.mentions)
        }
        // "USCIRF also criticized the move", "rejected the decision": an act named earlier; its agent is the
        // last event source (or the last subject) within reach.
        if targets.isEmpty, !sources.isEmpty, trigger.isVerb, !passive, pattern.single != true,
           [.accuse, .reject, .support].contains(pattern.type),
           let noun = ((t + 1)...(t + 3)).first(where: { FunctionWords.actNouns.contains(view.word($0)) }),
           let agent = agent(ofAct: view.word(noun), at: sentence, other: sources)
        {
            targets = [agent]
        }
        // "Ecuador asked Mexico for permission to enter …, and Mexico refused": a refusal that names no one answers
        // the last request or offer made to its source in this sentence or the one before.
        if targets.isEmpty, !sources.isEmpty, trigger.isVerb, !passive, pattern.type == .reject,
           let request = drafts.last(where: { draft in
               [.request, .agree, .aid].contains(draft.event.type) && sentence - draft.event.evidence.sentence <= 1
                   && draft.event.target.map { target in sources.contains { country($0) == country(target) } } ?? false
                   && !sources.contains { country($0) == country(draft.event.source) }
           })
        {
            targets = [request.event.source]
        }
        // "a policy … which the United Nations and United States have both criticised": an object relative
        // clause's target is the main clause's subject when its antecedent names no actor.
        if targets.isEmpty, !sources.isEmpty, trigger.isVerb, !passive, pattern.single != true,
           pattern.targetCues.contains("object"), [.accuse, .reject, .support].contains(pattern.type),
           let relative = stride(from: t - 1, through: max(0, t - 14), by: -1).first(where: {
               ["which", "that", "whom"].contains(view.words[$0])
           }),
           ((relative + 1)..<t).contains(where: { view.mentionAt[$0] != nil }),
           view.mentionEnding(at: relative - 1) == nil,
           case .mentions(let subject) = context.scanner.subject(before: relative),
           !ids(view, subject).contains(where: { id in sources.contains { isSelfLoop($0, id) } })
        {
            targets = ids(view, subject)
        }
        // "The proposal was rejected by Japan": a passive whose patient is an earlier act targets that act's agent.
        if targets.isEmpty, !sources.isEmpty, trigger.isVerb, passive,
           [.accuse, .reject, .support].contains(pattern.type),
           let noun = (max(0, t - 5)..<t).first(where: { FunctionWords.actNouns.contains(view.words[$0]) }),
           let agent = agent(ofAct: view.words[noun], at: sentence, other: sources)
        {
            targets = [agent]
        }
        // "despite criticism by the Greek foreign minister": criticism in a sentence is of its subject.
        if targets.isEmpty, !sources.isEmpty, !trigger.isVerb, [.accuse, .reject].contains(pattern.type),
           groups.contains(where: { $0.role == "by" }),
           let subject = [memory.lastPersonSubject, memory.lastGroupSubject].compactMap({ $0 })
               .first(where: { $0.sentence == sentence })?.actor,
           !sources.contains(where: { isSelfLoop($0, subject) })
        {
            targets = [subject]
        }
        // "Dozens died in the attack, reportedly conducted by the Taliban" after "a military base in
        // Afghanistan's province": an assault by the place's own people with no named target is on the state
        // where it took place (foreign attackers: `assignDomesticTargets`).
        if targets.isEmpty, !sources.isEmpty, pattern.type == .assault, pattern.mutual != true,
           let place = memory.lastPlace,
           sentence - place.sentence == 1 || sentence == place.sentence && place.token < t,
           sources.allSatisfy({ country($0) == country(place.actor) })
        {
            targets = [place.actor]
        }
        // "Sweden's ambassador in Abu Dhabi was summoned": a diplomat is summoned or expelled by the state that
        // hosts them, the state of the sentence's one place abroad, else the envoy's state's counterpart.
        if sources.isEmpty, passive, DocumentRun.hostStateActs.contains(pattern.lemma), let patient = targets.first {
            let abroad = Set((placesBySentence[sentence] ?? []).map(\.place.country)).filter { $0 != country(patient) }
            if let seat = groups.first(where: { ["in", "to"].contains($0.role) })
                .flatMap({ ids(view, $0.mentions).first(where: { country($0) != country(patient) }) })
            {
                // "in Abu Dhabi", a capital named as its state.
                sources = [seat]
            } else if abroad.count == 1, let code = abroad.first, let host = stateActor(code)?.id {
                sources = [host]
            } else {
                sources = contextCounterpart(of: patient, view: view)
            }
        }
        // "Armenia and Azerbaijan accused each other": each acts on the others.
        if targets.isEmpty, sources.count >= 2, trigger.isVerb,
           view.word(t + 1) == "each" && view.word(t + 2) == "other" || view.word(t + 1) == "one" && view.word(t + 2) == "another"
        {
            targets = sources
        }
        if targets.isEmpty, sources.count >= 2, pattern.mutual == true {
            // Each acts on the others; the events are written below as source × target minus self-loops.
            targets = sources
        }
        if targets.isEmpty, sources.count >= 3, pattern.isJoint {
            // "Cyprus, Greece and Israel met": every pair (written once a pair below).
            targets = sources
        }
        if targets.isEmpty, sources.count >= 2, pattern.isJoint {
            targets = Array(sources.dropFirst())
            sources = [sources[0]]
        }
        if pattern.contextTarget == true {
            // "… and the United Arab Emirates withdrew its diplomats": a recalled mission served in a state the
            // clause or the story names, not in the state that acted alongside.
            if targets.isEmpty, !sources.isEmpty, pattern.type == .sanction,
               let host = missionHost(of: sources, trigger: t, groups: groups, view: view)
            {
                targets = [host]
            }
            if targets.isEmpty, let source = sources.first {
                // The accuser of a claim ("Rwanda accused Uganda of sending troops into Congo") is not its party.
                targets = contextCounterpart(of: source, view: view).filter { $0 != context.claim?.attribution }
                // "Colombia and Venezuela recalled their ambassadors": parties each other's counterparts act on
                // each other.
                if sources.count >= 2, !targets.isEmpty, targets.allSatisfy(sources.contains) { targets = sources }
            }
            if sources.isEmpty, pattern.reverse == true, let target = targets.first {
                sources = contextCounterpart(of: target, view: view)
            }
        }
        // Protests and gatherings are located where their actors are: "protests continue in Baghdad", "the party
        // congress opened in Pyongyang".
        if sources.isEmpty, pattern.type == .protest || pattern.single == true && pattern.mode == "multilateral",
           let place = groups.first(where: { $0.role == "in" })
               ?? groups.first(where: { ["through", "across", "throughout", "outside", "near", "of"].contains($0.role) })
        {
            sources = ids(view, [place.mentions[0]])
        }
        // "Mahan has been the subject of United States sanctions": a premodified noun's target is the subject.
        if targets.isEmpty, !trigger.isVerb, pattern.single != true, context.claim == nil,
           context.scanner.premodifier(of: t) != nil,
           case .mentions(let subject) = context.scanner.subject(before: max(0, t - 1)),
           let first = subject.first, view.mentions[first].last < t,
           (view.mentions[first].last..<t).contains(where: { ["subject", "target", "under", "faces", "faced", "face", "hit"].contains(view.words[$0]) })
        {
            targets = ids(view, subject)
        }
        // A gathering with no agent in its clause ("since the last party congress in 2021") belongs to the
        // nearest state named before it in the sentence.
        if sources.isEmpty, pattern.single == true, pattern.mode == "multilateral",
           let state = view.mentions.last(where: { $0.last < t && !context.scanner.excluded[$0.first]
               && actorsByID[$0.mention.actor]?.kind == .state })
        {
            sources = [state.mention.actor]
        }
        if sources.isEmpty, !trigger.isVerb, pattern.contextTarget == true, let topic = topic(at: sentence),
           !targets.contains(where: { isSelfLoop(topic, $0) })
        {
            sources = [topic]
        }
    }

    /// The state a diplomatic mission recalled or withdrawn by `sources` served in, when the clause names no
    /// "from" party: a seat after "in" ("its ambassador in Paris"), or a place abroad after "from" or "in" that
    /// the gazetteer rather than the actor lexicon read ("withdrawn their ambassadors from Asunción"); else the
    /// target of the diplomatic sanction another state took in this sentence or the one before, which the
    /// sources join ("Bahrain and Kuwait expelled Lebanon's envoys, and the United Arab Emirates withdrew its
    /// diplomats" → Lebanon); else the other state of the story's pair when the source is one of them; else the
    /// first state of another country the sentence names that is no co-actor (a source of a sanction of this
    /// sentence), after the trigger first.
    func missionHost(of sources: [ActorID], trigger t: Int, groups: [RoleGroup], view: SentenceView) -> ActorID? {
        guard let source = sources.first else { return nil }
        let sentence = view.sentence.index
        let home = country(source)
        let own = Set(sources.map(country))
        // The state as the document names it, else its organ or person the document names ("Yemen's envoys").
        func state(code: String) -> ActorID? {
            guard !own.contains(code), code.count == 3, !code.hasPrefix("IGO") else { return nil }
            if actorsByID[ActorID(code)]?.kind == .state { return ActorID(code) }
            return actorsByID.values.filter { $0.country == code }.map(\.id).min { $0.rawValue < $1.rawValue }
        }
        func state(_ id: ActorID) -> ActorID? { state(code: country(id)) }
        if let seat = groups.first(where: { $0.role == "in" }).flatMap({ ids(view, $0.mentions).lazy.compactMap(state).first }) {
            return seat
        }
        let triggerEnd = view.tokens[t].span.end
        if let place = (placesBySentence[sentence] ?? []).first(where: { place in
            place.start > triggerEnd && place.start - triggerEnd < 60 && ["from", "in"].contains(place.preposition ?? "")
        }), let seat = state(code: place.place.country) {
            return seat
        }
        let sanctions = drafts.filter { draft in
            draft.event.type == .sanction && sentence - draft.event.evidence.sentence <= 1 && !own.contains(country(draft.event.source))
        }
        if let joined = sanctions.last(where: { $0.event.target.flatMap(state) != nil }), let target = joined.event.target {
            return state(target)
        }
        if let pair = memory.statePair(at: sentence), pair.contains(where: { country($0) == home }),
           let other = pair.lazy.compactMap(state).first
        {
            return other
        }
        let coActors = own.union(sanctions.filter { $0.event.evidence.sentence == sentence }.map { country($0.event.source) })
        let candidates = view.mentions.filter { !coActors.contains(country($0.mention.actor)) }
        let ordered = candidates.filter { $0.first > t } + candidates.filter { $0.first < t }
        return ordered.lazy.compactMap { state($0.mention.actor) }.first
    }

    /// The authority of a person's or organisation's own state for agentless domestic acts: the state actor of
    /// its country, the document's own or else the lexicon's (never for a state as patient, nor for IGOs).
    func domesticAuthority(of patient: ActorID) -> ActorID? {
        guard let actor = actorsByID[patient], actor.kind != .state, let country = actor.country,
              country.count == 3, !country.hasPrefix("IGO")
        else { return nil }
        let states = actorsByID.values.filter { $0.kind == .state && $0.country == country }.map(\.id).sorted()
        return states.first ?? stateActor(country)?.id
    }

    /// The agent of the most recent act by another party than `sources`: the last event source within
    /// `DiscourseMemory.reach` sentences, else the last person or group subject within two.
    /// The agent of the act a noun refers back to ("condemned the raid"): for an act of force, the source of the
    /// last event of a type such an act is coded as, told within `DiscourseMemory.actReach` sentences and not by
    /// `sources` or their state; else (or for other nouns: "the move", "the decision") `recentAgent(at:other:)`.
    func agent(ofAct noun: String, at sentence: Int, other sources: [ActorID]) -> ActorID? {
        if let types = FunctionWords.forceActNouns[noun],
           let act = drafts.last(where: { draft in
               types.contains(draft.event.type) && sentence - draft.event.evidence.sentence <= DiscourseMemory.actReach
                   && draft.event.modality != .negated
                   && !sources.contains { isSelfLoop($0, draft.event.source) || country($0) == country(draft.event.source) }
           })
        {
            return act.event.source
        }
        return recentAgent(at: sentence, other: sources)
    }

    func recentAgent(at sentence: Int, other sources: [ActorID]) -> ActorID? {
        func usable(_ id: ActorID) -> Bool { !sources.contains { isSelfLoop($0, id) || country($0) == country(id) } }
        if let last = memory.lastSource, sentence - last.sentence <= DiscourseMemory.reach, usable(last.actor) {
            return last.actor
        }
        let subjects = [memory.lastPersonSubject, memory.lastGroupSubject].compactMap { $0 }
            .filter { sentence - $0.sentence <= 2 && $0.sentence < sentence && usable($0.actor) }
        return subjects.max { $0.sentence < $1.sentence }?.actor
    }
}
