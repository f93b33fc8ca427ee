import EventOntology

/// Recodings of drafts the parse shows to be another act: a welcomed guest is a hosted visit, a truce named
/// only as a topic is no act.
extension DocumentRun {
    /// Welcoming a person or a state is hosting a visit (CAMEO 043 CONSULT), not praise: "Ghana's president
    /// welcomed Modi in Accra", "Modi was welcomed in Accra by Ghana's president" ("welcomed the ceasefire" and
    /// "welcomed Mexico's decision" stay SUPPORT).
    mutating func recodeHosting(_ range: Range<Int>, parse: ParseView) {
        guard let host = CAMEOCodebook.bundled.entry("043") else { return }
        for index in range where drafts[index].event.type == .support {
            guard let word = parse.wordAtTokenStart[drafts[index].triggerStart], ["welcome", "greet"].contains(parse.lemmas[word]),
                  let target = drafts[index].event.target, [.person, .state].contains(actorsByID[target]?.kind),
                  // The guest is the object itself: "welcomed Mexico's decision", "welcomed the agreement between
                  // Israel and the UAE" welcome an act, whoever's it is.
                  parse.dependents(word, "obj").allSatisfy({ parse.mentionOfWord[$0] != nil })
            else { continue }
            drafts[index].recode(as: host, mode: "host")
        }
    }

    /// Weapons fired into the sea are a show of force (MOBILIZE 150), not an attack on the state off whose coast
    /// they land: "fired two ballistic missiles into the sea off Japan", "fired three unarmed missiles into the
    /// waters off Taiwan's ports".
    mutating func recodeShowsOfForce(_ range: Range<Int>, parse: ParseView) {
        guard let show = CAMEOCodebook.bundled.entry("150") else { return }
        for index in range where drafts[index].event.type == .assault {
            guard let word = parse.wordAtTokenStart[drafts[index].triggerStart], ["fire", "launch"].contains(parse.lemmas[word]),
                  (parse.dependents(word, "obl") + parse.dependents(word, "obj").flatMap { parse.dependents($0, "nmod") })
                      .contains(where: { oblique in
                      ["into", "in"].contains(parse.caseMarker(of: oblique))
                          && ["sea", "water", "waters", "ocean"].contains(parse.lemmas[oblique])
                  })
            else { continue }
            drafts[index].recode(as: show)
        }
    }

    /// Drops truces named as a topic rather than made: "talks on the second phase of the Gaza *ceasefire*",
    /// "how the new *ceasefire* would be monitored". A truce noun is an act as the object or subject of a
    /// clause ("declared a ceasefire", "a truce took effect"), not as a modifier or oblique.
    mutating func dropTopicalTruces(_ range: Range<Int>, parse: ParseView) {
        let words = parse.words
        let dropped = range.filter { index in
            guard let word = parse.wordAtTokenStart[drafts[index].triggerStart], words[word].upos != "VERB",
                  ["ceasefire", "ceasefires", "truce", "truces", "cease-fire", "armistice"].contains(parse.forms[word].lowercased())
            else { return false }
            return !["obj", "nsubj", "nsubj:pass", "root", "conj", "appos"].contains(words[word].deprel)
        }
        removeDrafts(Set(dropped), in: range)
    }

    /// Recodes acts whose code depends on whom they reach: troops sent within the source's own country are a
    /// show of force, not military cooperation ("sent 5,000 soldiers into the port city of Guayaquil": MOBILIZE
    /// 154, not COOPERATE 062); banning a political party is the CAMEO→PLOVER table's COERCE 1722, not a
    /// sanction ("banned all activities of the Awami League").
    mutating func recodeByTarget(_ range: Range<Int>, parse: ParseView) {
        for index in range {
            let event = drafts[index].event
            // A state's own forces storming a building seize it (COERCE 171); they do not riot (PROTEST 145):
            // "Ecuadorian police stormed the Mexican embassy".
            if event.type == .protest, event.cameo.hasPrefix("145"), let source = actorsByID[event.source],
               let word = parse.wordAtTokenStart[drafts[index].triggerStart], ["storm", "overrun"].contains(parse.lemmas[word].lowercased()),
               source.kind == .state || source.sector.map(Self.stateForceSectors.contains) ?? false,
               let seize = CAMEOCodebook.bundled.entry("171")
            {
                drafts[index].recode(as: seize)
                continue
            }
            guard let target = event.target.flatMap({ actorsByID[$0] }) ?? event.target.flatMap({ stateActor($0.rawValue) })
            else { continue }
            if event.type == .cooperate, event.cameo == "062", let country = event.sourceCountry,
               target.country == country, let word = parse.wordAtTokenStart[drafts[index].triggerStart],
               ["send", "deploy", "dispatch", "station", "move"].contains(parse.lemmas[word].lowercased()),
               let show = CAMEOCodebook.bundled.entry("154")
            {
                drafts[index].recode(as: show)
            } else if event.type == .sanction, ["PTY", "OPP"].contains(target.sector),
                      let word = parse.wordAtTokenStart[drafts[index].triggerStart], parse.lemmas[word].lowercased() == "ban",
                      let ban = CAMEOCodebook.bundled.entry("1722")
            {
                drafts[index].recode(as: ban)
            }
        }
    }

    /// CAMEO sector codes of a state's government and armed forces.
    static let stateForceSectors: Set<String> = ["GOV", "MIL", "COP", "SPY"]

    /// Acts named by a noun that someone calls for, demands or urges are what is requested, not what happened:
    /// "Scholz called for new sanctions against Moscow" is a REQUEST of Germany to Russia (020), not a SANCTION;
    /// "Pierluisi called for her resignation" a REQUEST to her, not her CONCEDE. The requester is the subject of
    /// the requesting verb, the addressee the act's own source when that is someone else, else its target. When
    /// the requesting verb is already coded, or no requester is named, the noun's event is dropped.
    mutating func recodeRequestedActs(_ range: Range<Int>, parse: ParseView, view: SentenceView) {
        guard let request = CAMEOCodebook.bundled.entry("020") else { return }
        let words = parse.words
        var dropped = Set<Int>()
        for index in range where drafts[index].event.type != .request {
            guard let word = parse.wordAtTokenStart[drafts[index].triggerStart], words[word].upos == "NOUN",
                  let verb = parse.contentHolders(of: word).first(where: { holder in
                      words[holder].upos == "VERB" && (Self.requestingVerbs.contains(parse.lemmas[holder])
                          || parse.lemmas[holder] == "call" && parse.caseMarker(of: word) == "for")
                  })
            else { continue }
            let verbCoded = range.contains { other in
                other != index && parse.wordAtTokenStart[drafts[other].triggerStart] == verb
            }
            let requesters = subjects(of: verb, in: parse).map { view.mentions[$0].mention.actor }.filter { actorsByID[$0] != nil }
            guard !verbCoded, let requester = requesters.first else {
                dropped.insert(index)
                continue
            }
            let event = drafts[index].event
            let addressee = event.source != requester && !isSelfLoop(requester, event.source) ? event.source : event.target
            drafts[index].recode(as: request)
            setSource(requester, ofDraft: index)
            setTarget(addressee, ofDraft: index)
        }
        removeDrafts(dropped, in: range)
    }

    /// Verbs whose object noun names an act they request ("demanded the release of", "urged restraint").
    static let requestingVerbs: Set<String> = ["demand", "urge", "seek", "request", "press"]

    /// Answers to a proposal are addressed to whoever made it: "An offer from Kenya to mediate between Salva Kiir
    /// and Riek Machar was rejected by the government in Juba" is South Sudan rejecting Kenya, not Machar;
    /// "accepted a Qatari offer to mediate" targets Qatar. The proposal noun is the answering verb's object or
    /// passive subject; its maker the actor of its possessor, its demonym or its "from"/"by" phrase.
    mutating func retargetAnswers(_ range: Range<Int>, parse: ParseView, view: SentenceView) {
        let words = parse.words
        for index in range {
            guard let verb = parse.wordAtTokenStart[drafts[index].triggerStart], words[verb].upos == "VERB",
                  Self.answeringVerbs.contains(parse.lemmas[verb])
            else { continue }
            // "A list of 13 demands drawn up by Saudi Arabia … was rejected by Qatar": the proposal may sit one
            // "of" below the answered noun, and its maker in the "by" phrase of a participle on either.
            let answered = parse.dependents(verb, "obj") + parse.dependents(verb, "nsubj:pass")
            let proposals = (answered + answered.flatMap { parse.dependents($0, "nmod") }.filter { parse.caseMarker(of: $0) == "of" })
                .filter { Self.proposalNouns.contains(parse.lemmas[$0]) }
            let holders = proposals + answered.filter { noun in proposals.contains { parse.words[$0].head - 1 == noun } }
            var makers: [Int] = proposals.flatMap { proposal in
                parse.dependents(proposal, "nmod:poss") + parse.dependents(proposal, "amod") + parse.dependents(proposal, "compound")
                    + parse.dependents(proposal, "nmod").filter { ["from", "by"].contains(parse.caseMarker(of: $0)) }
            }
            let participles: [Int] = holders.flatMap { parse.dependents($0, "acl") }
            for participle in participles {
                makers += parse.dependents(participle, "obl").filter { oblique in
                    parse.words[oblique].deprel == "obl:agent" || parse.caseMarker(of: oblique) == "by"
                }
            }
            let event = drafts[index].event
            guard let maker = makers.flatMap({ parse.mentions(of: $0) }).map({ view.mentions[$0].mention.actor })
                .first(where: { actorsByID[$0] != nil && $0 != event.source && !isSelfLoop(event.source, $0) }),
                maker != event.target
            else { continue }
            setTarget(maker, ofDraft: index)
        }
    }

    /// Verbs that answer a proposal ("accepted an offer", "turned down a request").
    static let answeringVerbs: Set<String> = [
        "accept", "reject", "refuse", "decline", "dismiss", "spurn", "rebuff", "turn", "welcome", "embrace", "approve",
        "endorse", "back", "consider", "answer",
    ]
    /// Nouns naming a proposal made to someone.
    static let proposalNouns: Set<String> = [
        "offer", "proposal", "plan", "bid", "request", "demand", "call", "appeal", "invitation", "initiative",
        "overture", "suggestion", "ultimatum", "proposition",
    ]

    /// A mobilisation answers whoever provoked it: "NATO put its air-defence units on high alert after Russian
    /// drones crossed into Romanian airspace" targets Russia, "ordered the deployment of militia members in
    /// response to the arrival of US warships" the United States, "would call up its reservists if Russian troops
    /// massed on the border" Russia. The target is the first actor of another country named in an adverbial
    /// clause or phrase of the trigger opened by after, as, when, if, following, amid, over or "in response to".
    mutating func targetMobilisations(_ range: Range<Int>, parse: ParseView, view: SentenceView) {
        let words = parse.words
        for index in range where drafts[index].event.type == .mobilize && drafts[index].event.target == nil {
            guard let trigger = parse.wordAtTokenStart[drafts[index].triggerStart] else { continue }
            var holders = [trigger]
            if words[trigger].upos != "VERB", words[trigger].head > 0 { holders.append(words[trigger].head - 1) }
            var candidates: [Int] = []
            // The actors a nominal names: itself, else inside its phrase ("the arrival of US warships").
            func named(_ noun: Int) -> [Int] {
                let direct = parse.mentions(of: noun)
                return direct.isEmpty ? parse.nestedMentions(of: noun, excluding: []) : direct
            }
            for holder in holders {
                for clause in parse.dependents(holder, "advcl")
                where parse.dependents(clause, "mark").contains(where: { Self.provocationMarkers.contains(parse.lemmas[$0]) }) {
                    candidates += parse.dependents(clause, "nsubj").flatMap(named)
                }
                for phrase in parse.dependents(holder, "obl") + parse.dependents(holder, "nmod") {
                    let marker = parse.caseMarker(of: phrase)
                    let isResponse = parse.lemmas[phrase] == "response" && marker == "in"
                    guard Self.provocationMarkers.contains(marker) || isResponse else { continue }
                    let inner = isResponse ? parse.dependents(phrase, "nmod").filter { parse.caseMarker(of: $0) == "to" } : [phrase]
                    candidates += inner.flatMap(named)
                }
            }
            let event = drafts[index].event
            guard let target = candidates.map({ view.mentions[$0].mention.actor }).first(where: { actor in
                guard let country = actorsByID[actor]?.country else { return false }
                return country != event.sourceCountry && !isSelfLoop(event.source, actor)
            }) else { continue }
            setTarget(target, ofDraft: index)
        }
    }

    /// Words opening the clause or phrase of what provoked an act.
    static let provocationMarkers: Set<String> = ["after", "as", "when", "if", "following", "amid", "over", "against"]
}

extension DocumentRun {
    /// Makes an act its own side reports asserted: "Spain said it had sent 5,600 people back to Morocco", "the
    /// State Department said Washington condemns any violation": a state's statement about its own act is the
    /// act's record, not a claim about someone else's. Reports by the target's side or a third party stay
    /// reported.
    mutating func assertOwnReports(_ range: Range<Int>) {
        for index in range where drafts[index].event.modality == .reported {
            guard let attribution = drafts[index].event.attribution,
                  attribution == drafts[index].event.source || country(attribution) == country(drafts[index].event.source)
            else { continue }
            drafts[index].event.modality = .asserted
            drafts[index].event.attribution = nil
        }
    }

    /// Lemmas of reporting verbs whose clause may stand beside the speaker's own acts.
    static let reportingLemmas: Set<String> = ["say", "tell", "state", "add", "announce", "note", "claim", "report", "write", "insist", "confirm"]

    /// Makes an act the speaker did in the same breath asserted, not reported: "Davutoğlu said on Sunday that the
    /// plane had left Syrian airspace, and accused Damascus of opening fire" (the accusation is conjoined with
    /// "said", not inside what was said) is an asserted ACCUSE dated by the saying; "the United States urged the
    /// army to return, and the Commonwealth's secretary-general said he was concerned" (the saying conjoined
    /// after the act) leaves the urging asserted. What the speaker said happened stays reported.
    mutating func assertSpeakersOwnActs(_ range: Range<Int>, parse: ParseView, dater: EventDater) {
        for index in range where [.reported, .hypothetical].contains(drafts[index].event.modality) {
            // A hypothetical read off the reported clause ("should not be seen") is not the act's own modal.
            guard let word = parse.wordAtTokenStart[drafts[index].triggerStart], parse.words[word].upos == "VERB",
                  !parse.dependents(word, "aux").contains(where: { parse.words[$0].xpos == "MD" })
            else { continue }
            let head = parse.words[word].head - 1
            let relation = parse.words[word].deprel
            // The act conjoined with the saying: dated by the saying.
            let conjoinedAfterSaying = relation == "conj" && head >= 0 && Self.reportingLemmas.contains(parse.lemmas[head])
            // The saying conjoined after the act, by another speaker or the same.
            let sayingConjoinedAfter = parse.dependents(word, "conj").contains { Self.reportingLemmas.contains(parse.lemmas[$0]) }
                && !parse.dependents(word, "parataxis").contains { Self.reportingLemmas.contains(parse.lemmas[$0]) }
            // The parser often hangs "…, and urged" on the reported clause's verb. A past-tense verb right after
            // "and", when the reported clause's own verb is not in the simple past ("said the incident should not
            // be seen as a provocation and urged both sides"), goes with "said": it is the speaker's act.
            var sayingBefore: Int?
            if parse.words[word].xpos == "VBD", word >= 1, parse.forms[word - 1].lowercased() == "and",
               let saying = (0..<word).last(where: { Self.reportingLemmas.contains(parse.lemmas[$0]) && parse.words[$0].xpos == "VBD" }),
               let content = parse.dependents(saying, "ccomp").first, content < word, parse.words[content].xpos != "VBD",
               !((saying + 1)..<word).contains(where: { ["“", "\"", "”", ";"].contains(parse.forms[$0]) })
            {
                sayingBefore = saying
            }
            guard conjoinedAfterSaying || sayingBefore != nil
                || sayingConjoinedAfter && drafts[index].event.modality == .reported
            else { continue }
            drafts[index].event.modality = .asserted
            if let attribution = drafts[index].event.attribution, country(attribution) == country(drafts[index].event.source) {
                drafts[index].event.attribution = nil
            }
            let dating = conjoinedAfterSaying ? head : sayingBefore ?? word
            if let token = parse.tokenOfWord[dating] {
                let own = dater.date(trigger: token, modality: .asserted, tense: .past)
                drafts[index].event.date = own.anchoring == .timex ? own : dater.statementDate() ?? own
            }
        }
    }
}
