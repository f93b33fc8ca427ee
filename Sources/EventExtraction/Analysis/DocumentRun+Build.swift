import ActorLexicon
import ArticleText
import EventOntology

extension DocumentRun {
    /// Reads the events of one trigger with one dictionary entry; returns `nil` when the entry's requirements
    /// (a source, and a target unless the entry allows single-actor events) are not met, so that the next entry
    /// can be tried. On success the drafts are appended and an embedded claim ("accused X of V-ing") returned.
    mutating func build(_ trigger: Trigger, pattern number: Int, context: TriggerContext)
        -> (built: Bool, claim: (token: Int, claim: EmbeddedClaim)?)?
    {
        let pattern = extractor.dictionary.patterns[number]
        let view = context.view
        let t = trigger.token
        let sentence = view.sentence.index
        func ids(_ mentions: [Int]) -> [ActorID] { mentions.map { view.mentions[$0].mention.actor } }
        let cues = PolarityCues(view: view)
        var groups = context.scanner.roleGroups(after: t)
        // "negotiations had stalled due to worsening relations between the US and Russia": those are the
        // relation's parties, not the negotiators.
        if !trigger.isVerb, cues.betweenBelongsToOtherNoun(after: t) { groups.removeAll { $0.role == "between" } }
        // "froze trade with China": a trigger right after a negative-change verb is its object, a noun.
        let verdict = trigger.isVerb && !PolarityCues.negativeChange.contains(view.word(t - 1))
            ? .keep : cues.verdict(noun: t, type: pattern.type)
        if verdict == .drop { return nil }

        var sources: [ActorID] = []
        var subjectStart: Int?
        // "Both countries moved troops": the subject is the story's two states.
        var pairSubject = false
        if let claim = context.claim {
            sources = claim.subjects
        } else if !trigger.isVerb, let modifier = context.scanner.premodifier(of: t) {
            sources = ids([modifier])
        } else if !trigger.isVerb, let agent = groups.first(where: { $0.role == "by" }) {
            // "an attack by Russia on Ukraine".
            sources = ids(agent.mentions)
        } else if !trigger.isVerb, pattern.type == .aid, let giver = groups.first(where: { $0.role == "from" }) {
            // "the transfer of 40 tanks from Denmark to Ukraine".
            sources = ids(giver.mentions)
        } else if !trigger.isVerb, pattern.type == .retreat, pattern.mode == "withdraw",
                  let party = groups.first(where: { $0.role == "of" })
        {
            // "the withdrawal of French troops from Senegal".
            sources = ids(party.mentions)
        } else if !trigger.isVerb, pattern.type == .protest {
            // Protests are by the public: a noun's clause subject ("His announcement followed protests") is not
            // their agent; the place fallback below applies instead.
        } else if trigger.isVerb, let noun = context.scanner.opensWithPairPhrase(before: t),
                  let pair = memory.statePair(at: sentence, noun: noun)
        {
            // "the two NATO allies agreed": the pair, though an actor's name modifies its noun.
            sources = pair.compactMap(documentActor(ofParty:))
            pairSubject = true
        } else {
            switch context.scanner.subject(before: t, stopAtComma: !trigger.isVerb) {
            case .mentions(let mentions):
                sources = ids(mentions)
                subjectStart = view.mentions[mentions[0]].first
            case .pronoun(let k):
                // "North Korea said it would …": the reporter of a frame just before; else the last source.
                // "We stand ready," tweeted Johnson: first person in a quote is the speaker.
                if ["we", "i"].contains(view.words[k]), let reporter = context.reporter {
                    sources = [reporter]
                } else if k >= 1, context.scanner.excluded[k - 1] || view.word(k - 1) == "that", let reporter = context.reporter {
                    sources = [reporter]
                } else if let own = memory.subject(for: view.words[k]), own.sentence == sentence, k > 0 {
                    // "Egypt denied that it had sent troops": the sentence's own subject, before any earlier source.
                    sources = [own.actor]
                } else if let previous = memory.source(at: sentence) {
                    sources = [previous]
                } else if let antecedent = memory.antecedent(of: view.words[k], at: sentence) {
                    // "He also commented on the agreement" after a sentence whose subject was Mitsotakis.
                    sources = [antecedent]
                }
            case .none:
                // "By Tuesday both countries had moved troops to the area": the two states named last.
                if let noun = context.scanner.opensWithPairPhrase(before: t), let pair = memory.statePair(at: sentence, noun: noun) {
                    sources = pair.compactMap(documentActor(ofParty:))
                    pairSubject = true
                } else if let reporter = context.reporter,
                   let k = stride(from: t - 1, through: max(0, t - 7), by: -1).first(where: { context.scanner.excluded[$0] }),
                   !((k + 1)..<t).contains(where: { [",", ";", ":"].contains(view.words[$0]) }),
                   ["announced", "announce", "announces", "unveiled", "unveils"].contains(view.words[k])
                       || (k...t).contains(where: { FunctionWords.subjectPronouns.contains(view.words[$0]) })
                {
                    sources = [reporter]
                }
            }
        }
        var targets: [ActorID] = []
        var domesticAgent = false
        let passive = trigger.isVerb && (trigger.form == .past || trigger.form == .pastParticiple)
            && context.scanner.isPassive(t)
        if passive {
            var agent = groups.first(where: { $0.role == "by" }).map { ids($0.mentions) } ?? []
            // "Russia's envoy was summoned to the Azerbaijani foreign ministry": summoned by where one is summoned to.
            if agent.isEmpty, pattern.lemma == "summon", let summoner = groups.first(where: { $0.role == "to" }) {
                agent = ids(summoner.mentions)
            }
            // "Clinton was impeached in 1998": only the patient's own state arrests, indicts or impeaches.
            if agent.isEmpty, pattern.domestic == true, let patient = sources.first,
               let authority = domesticAuthority(of: patient)
            {
                agent = [authority]
                domesticAgent = true
            }
            // "a memorandum was signed between Cyprus, Greece and Israel": the parties of a symmetric passive.
            if agent.isEmpty, pattern.isJoint,
               let parties = groups.first(where: { $0.role == "between" && $0.mentions.count >= 2 })
            {
                sources = ids([parties.mentions[0]])
                targets = ids(Array(parties.mentions.dropFirst()))
                if parties.mentions.count >= 3 { sources = ids(parties.mentions); targets = sources }
            } else if !(agent.isEmpty && pattern.single == true) {
                targets = sources
                sources = agent
            }
        } else if pattern.reverse == true {
            targets = sources
            sources = groups.first(where: { $0.role == "from" }).map { ids($0.mentions) } ?? []
        } else {
            if let group = groups.first(where: { pattern.targetCues.contains($0.role) }) {
                if group.role == "between", group.mentions.count >= 3, pattern.isJoint,
                   sources.isEmpty || !trigger.isVerb
                {
                    // "signed between Cyprus, Greece and Israel": every pair.
                    sources = ids(group.mentions)
                    targets = sources
                } else if group.role == "between", group.mentions.count >= 2, sources.isEmpty || !trigger.isVerb {
                    sources = ids([group.mentions[0]])
                    targets = ids(Array(group.mentions.dropFirst()))
                } else if group.role != "between" {
                    targets = ids(group.mentions)
                }
            }
        }
        // "the trilateral meeting of Cyprus, Greece and Israel": the parties of a symmetric noun.
        if sources.isEmpty, targets.isEmpty, !trigger.isVerb, pattern.isJoint,
           let parties = groups.first(where: { $0.role == "of" && $0.mentions.count >= 2 }),
           view.mentions[parties.mentions[0]].first - t <= 3
        {
            sources = ids(parties.mentions)
            targets = sources
        }
        // "called on both governments to suspend the measures": each of the two states the story is about.
        if targets.isEmpty, !sources.isEmpty, let noun = context.scanner.takesPairPhrase(after: t),
           let pair = memory.statePair(at: sentence, noun: noun, excluding: { state in sources.contains { isSelfLoop($0, state) } })
        {
            targets = pair.compactMap(documentActor(ofParty:))
        }
        applyFallbacks(
            sources: &sources, targets: &targets, trigger: trigger, pattern: pattern, groups: groups,
            passive: passive, context: context)
        // "Both countries moved troops to the border": each acts toward the other.
        if targets.isEmpty, pairSubject, sources.count == 2, !pattern.isJoint {
            targets = sources
        }
        // A host state found by `applyFallbacks` may be one the document names only by a place.
        sources = sources.filter { source in
            actorsByID[source] != nil
                || passive && Self.hostStateActs.contains(pattern.lemma) && stateActor(source.rawValue)?.id == source
        }
        targets = targets.filter { actorsByID[$0] != nil }
        // "The regional bloc called for a recount", in a report about one state: addressed to that state.
        if targets.isEmpty, pattern.single != true, sources.count == 1, let source = actorsByID[sources[0]],
           let home = homeTarget(ofForeignAppeal: pattern.type, by: source, in: view)
        {
            targets = [home]
        }
        guard !sources.isEmpty, !targets.isEmpty || pattern.single == true else { return nil }

        let isAttributed = context.claim != nil || context.attributed
        var (modality, tense) = context.modality.analyse(
            t, subjectStart: subjectStart, attributed: isAttributed, isNoun: !trigger.isVerb)
        if context.claim != nil, modality == .asserted { modality = .reported }
        switch verdict {
        case .modality(.negated) where modality != .hypothetical: modality = .negated
        case .modality(let cued) where [.asserted, .reported].contains(modality): modality = cued
        default: break
        }
        // "Ishiba announced his resignation", "the ministry announced a ban": an act named by a noun its own
        // source announces is done by the announcement.
        if modality == .reported, !trigger.isVerb, context.claim == nil, let speaker = context.reporter, sources == [speaker] {
            modality = .asserted
        }
        let attribution = context.claim?.attribution ?? context.reporter
        var date = context.dater.date(trigger: t, modality: modality, tense: tense)
        // "North Korea stated it would attack any loudspeakers": an actor announcing its own future violence or
        // coercion makes a threat (CAMEO 13), asserted and dated by the statement. Sanctions it will impose
        // (CAMEO 163, COERCE in the CAMEO→PLOVER table) stay a future act.
        var kind = (type: pattern.type, mode: pattern.mode, cameo: pattern.cameo, goldstein: pattern.goldstein)
        if verdict == .withholdAid { kind = (.sanction, "aid", "162", nil) }
        if [.assault, .coerce].contains(pattern.type), pattern.cameo.map({ !$0.hasPrefix("163") }) ?? true,
           [.future, .hypothetical].contains(modality), !targets.isEmpty || pattern.single == true,
           context.claim == nil, let speaker = context.reporter, sources.contains(speaker)
        {
            kind = (.threaten, pattern.type == .assault ? "violence" : nil, pattern.type == .assault ? "138" : "130", nil)
            modality = .asserted
            date = context.dater.date(trigger: t, modality: .asserted, tense: .past)
        }
        let evidence = Evidence(document: document.document.id, sentence: sentence, span: view.sentence.span,
                                text: view.sentence.text)
        var made = false
        // Symmetric events among one group of parties ("Cyprus, Greece and Israel met") are written once a pair.
        let parties = pattern.isJoint ? sources.filter { targets.contains($0) } : []
        // A symmetric act between two states is written once, however many of their names the clause lists ("the
        // leaders of Armenia and Azerbaijan, Nikol Pashinyan and Ilham Aliyev, agreed").
        var jointPairs = Set<[String]>()
        for (sourceIndex, source) in sources.enumerated() {
            for target in targets.isEmpty ? [nil] : targets.map(Optional.some) {
                if let target, parties.contains(target), parties.contains(source),
                   (sources.firstIndex(of: target) ?? 0) < sourceIndex
                {
                    continue
                }
                if let target, isSelfLoop(source, target), !domesticAgent { continue }
                if pattern.isJoint, let target, !jointPairs.insert([country(source), country(target)].sorted()).inserted { continue }
                if let attribution, target == nil, attribution == source, pattern.single != true { continue }
                let event = Event(
                    id: EventID(rawValue: ""), type: kind.type, mode: kind.mode, cameo: kind.cameo,
                    goldstein: kind.goldstein, source: source, target: target,
                    sourceCountry: (actorsByID[source] ?? stateActor(source.rawValue))?.country, targetCountry: target.flatMap { actorsByID[$0]?.country },
                    trigger: triggerText(trigger, view: view), date: date, modality: modality,
                    attribution: attribution == source ? nil : attribution, evidence: evidence)
                drafts.append(EventDraft(event: event, triggerStart: view.tokens[t].span.start, tense: tense))
                made = true
                if let target {
                    memory.counterparts[country(source)] = (target, sentence)
                    memory.counterparts[country(target)] = (source, sentence)
                }
            }
        }
        guard made else { return nil }
        if let first = sources.first { memory.lastSource = (first, sentence) }
        // An accusation frame keeps its embedded claim: "accused Seoul of flying drones".
        var claim: (Int, EmbeddedClaim)?
        if let complement = pattern.complement, !targets.isEmpty,
           let group = groups.first(where: { pattern.targetCues.contains($0.role) }),
           let last = group.mentions.last.map({ view.mentions[$0].last }),
           view.word(last + 1) == complement
        {
            claim = (last + 2, EmbeddedClaim(subjects: targets, attribution: sources.first))
        }
        return (true, claim)
    }

    /// A counterpart for a relational event whose partner is not in its clause: the party's last counterpart
    /// within `DiscourseMemory.reach` sentences, else the first other state named in the sentence.
    func contextCounterpart(of party: ActorID, view: SentenceView) -> [ActorID] {
        if let remembered = memory.counterpart(of: country(party), at: view.sentence.index),
           !isSelfLoop(party, remembered)
        {
            return [remembered]
        }
        let states = view.mentions.map(\.mention.actor).filter { id in
            actorsByID[id]?.kind == .state && !isSelfLoop(party, id)
        }
        return states.first.map { [$0] } ?? []
    }

    /// The discourse topic for a relational noun with no agent ("the resumption of trade with China" after a
    /// sentence about North Korea): the last event source within a sentence, else the previous sentence's first
    /// state.
    func topic(at sentence: Int) -> ActorID? {
        guard let previous = document.sentences[safe: sentence - 1] else { return nil }
        // The previous sentence must open with a state ("North Korea's economy remains …").
        let opening = (mentionsBySentence[sentence - 1] ?? []).sorted { $0.start < $1.start }.first
        guard let opening, actorsByID[opening.actor]?.kind == .state, opening.start - previous.start <= 4 else { return nil }
        return opening.actor
    }

    /// The trigger as written: the head word, extended to its context word when that follows closely.
    func triggerText(_ trigger: Trigger, view: SentenceView) -> String {
        let head = view.tokens[trigger.token]
        guard let context = trigger.contextToken, context > trigger.token, context - trigger.token <= 4 else {
            return head.text
        }
        let scalars = Array(view.sentence.text.unicodeScalars)
        let lower = head.span.start - view.sentence.start
        let upper = view.tokens[context].span.end - view.sentence.start
        guard lower >= 0, upper <= scalars.count, lower < upper else { return head.text }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[lower..<upper])
        return String(text)
    }
}
