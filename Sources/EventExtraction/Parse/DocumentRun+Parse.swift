import ActorLexicon
import ArticleText
import EventOntology
import Syntax
import Geo

extension DocumentRun {
    /// Codes events off the dependency parse for verbs the clause rules left alone.
    ///
    /// For each verb whose lemma is a verb entry of the dictionary: the source is its `nsubj` (or the `obl:agent`
    /// / "by" phrase of a passive, whose `nsubj:pass` becomes the target), inherited through `conj` from the
    /// verb it is coordinated with, through `xcomp` from the controlling verb's object ("urged Iran to
    /// negotiate") or subject ("agreed to meet"), or from the noun a relative clause modifies ("the militia that
    /// attacked the base"); the targets are its `obj`/`iobj` and the `obl` phrases whose case marker is one of
    /// the entry's target cues ("with", "against", "on"). Conjuncts distribute ("China and Russia"). Modality,
    /// attribution and date come from the same detectors as the clause rules. The type comes from our own
    /// dictionary when it lists the lemma, else from the CAMEO verb dictionary (`EventExtractor.cameo`), mapped
    /// to PLOVER with its CAMEO code and Goldstein value.
    mutating func codeFromParse(
        _ parse: ParseView, view: SentenceView, ruleTriggers: Set<Int>, ruleDrafts: Range<Int>, excluded: [Bool],
        modality detector: ModalityDetector, dater: EventDater, reporter: (Int) -> (actor: ActorID?, attributed: Bool)
    ) {
        let words = parse.words
        var codedVerbs = Set(words.indices.filter { parse.tokenOfWord[$0].map(ruleTriggers.contains) ?? false })
        let draftsBefore = drafts.count
        var targetless: (verb: Int, token: Int, coding: ParseCoding, sources: [Int], sourceActors: [ActorID])?
        func emit(verb: Int, token t: Int, coding: ParseCoding, sources: [Int], sourceActors: [ActorID],
                  targetActors: [ActorID], single: Bool, authority: ActorID? = nil)
        {
            emitParseEvents(verb: verb, token: t, coding: coding, sources: sources, sourceActors: sourceActors,
                            targetActors: targetActors, single: single, authority: authority, parse: parse, view: view,
                            detector: detector, dater: dater, reporter: reporter)
        }
        for verb in words.indices where words[verb].upos == "VERB" && Self.clausalRelations.contains(words[verb].deprel) {
            guard let t = parse.tokenOfWord[verb], !excluded[t], !ruleTriggers.contains(t),
                  view.mentionAt[t] == nil, view.timexAt[t] == nil
            else { continue }
            // The content of a coded act is not an act of its own: "threatened to strike the United States" is
            // a THREATEN, "agreed to provide aid" an AGREE, "urged Iran to negotiate" a REQUEST.
            if words[verb].deprel == "xcomp", codedVerbs.contains(words[verb].head - 1) { continue }
            if isSubjunctive(verb, in: parse) { continue }
            // "Junius Ho defeating Lee Cheuk-yan by around five thousand votes", "Spain beat France 2-1 in the
            // semi-final": an electoral or sporting defeat is no assault.
            if Self.defeatVerbs.contains(parse.lemmas[verb]),
               (parse.children[verb] + parse.children[verb].flatMap { parse.children[$0] }).contains(where: { word in
                   let lemma = parse.lemmas[word].lowercased()
                   return Self.electoralWords.contains(lemma) || Self.contestWords.contains(lemma) || Self.isScore(parse.forms[word])
               })
            {
                continue
            }
            // "The House voted to impeach the president", "decided to expel the envoy": the decision is the act
            // it decides, coded on the infinitive with the deciding subject.
            if Self.decidingVerbs.contains(parse.lemmas[verb]),
               parse.dependents(verb, "xcomp").contains(where: { words[$0].upos == "VERB" })
            {
                continue
            }
            let judged = ruling(of: verb, in: parse, view: view)
            guard let coding = judged?.coding ?? jointCooperation(of: verb, in: parse)
                ?? coding(of: verb, lemma: parse.lemmas[verb], in: parse, codedWords: codedVerbs)
            else { continue }
            var (sources, targets) = (coding.sources, coding.targets)
            if coding.pattern?.reverse == true, !coding.passive {
                targets = sources
                sources = parse.dependents(verb, "obl").filter { parse.caseMarker(of: $0) == "from" }
                    .flatMap { parse.mentions(of: $0) }
            }
            let single = coding.pattern?.single == true
            func actors(_ mentions: [Int]) -> [ActorID] {
                var seen = Set<ActorID>()
                return mentions.map { view.mentions[$0].mention.actor }.filter { actorsByID[$0] != nil && seen.insert($0).inserted }
            }
            var sourceActors = actors(sources)
            var targetActors = actors(targets)
            // "Japan and Australia agreed to deepen ties", "Ethiopia and Eritrea restored diplomatic relations": a
            // joint act of coordinated subjects is between them.
            // Parties of two states agreeing agree with each other, whoever the content names ("Moon and Abe …
            // agreed to press for tougher UN sanctions against Pyongyang").
            let agreementBetweenSubjects = parse.lemmas[verb] == "agree" && Set(sourceActors.map(country)).count >= 2
            if targetActors.isEmpty || agreementBetweenSubjects, sourceActors.count >= 2,
               EventPattern.isJoint(coding.type, cameo: coding.cameo) || [.cooperate, .support].contains(coding.type),
               !coding.passive, isJointAct(verb, in: parse) || coding.pattern == nil && coding.cameo.map(["061", "062"].contains) == true {
                targetActors = Array(sourceActors.dropFirst())
                sourceActors = [sourceActors[0]]
            }
            // "Colombia and Venezuela recalled their ambassadors": two parties acting on their own things, each
            // against the other (the emitter skips each one's self-loop).
            if targetActors.isEmpty, sourceActors.count == 2, !coding.passive, [.verbalConflict, .materialConflict].contains(coding.type.quadClass),
               parse.dependents(verb, "obj").contains(where: { object in
                   parse.dependents(object, "nmod:poss").contains { parse.lemmas[$0].lowercased() == "their" }
               })
            {
                targetActors = sourceActors
            }
            // "Imran Khan was sentenced to ten years", "… but was arrested in 1963": only the patient's own state
            // arrests, charges or sentences.
            var authority: ActorID?
            if let court = judged?.court { sourceActors = [court] }
            if let state = judged?.state, targetActors.isEmpty {
                // A ruling that names no party is against the court's own state.
                targetActors = [state]
                authority = state
            }
            if sourceActors.isEmpty, coding.passive, coding.isAuthorityAct {
                authority = foreignAuthority(of: verb, patients: targetActors, in: parse, view: view)
                    ?? targetActors.compactMap({ domesticAuthority(of: $0) }).first
                sourceActors = authority.map { [$0] } ?? []
                // "Twenty people were arrested" in a report about one state: its authorities arrested its people.
                // The parser may take the patient for the object of the reporting verb ("police said twenty people
                // were arrested") or hang it elsewhere altogether: the noun right before "were" is the patient then.
                let patients = parse.dependents(verb, "nsubj:pass")
                    + (words[verb].deprel == "ccomp" && words[verb].head > 0 ? parse.dependents(words[verb].head - 1, "obj") : [])
                    + parse.dependents(verb, "aux:pass").prefix(1).map { $0 - 1 }.filter { $0 >= 0 && words[$0].upos == "NOUN" }
                if authority == nil, targetActors.isEmpty, let home = homeState,
                   patients.contains(where: { Self.peopleNouns.contains(parse.lemmas[$0].lowercased()) })
                {
                    authority = home
                    sourceActors = [home]
                    targetActors = [home]
                }
            }
            guard !sourceActors.isEmpty else { continue }
            // "Riot police beat and tear-gassed hundreds of teachers": force used on unnamed people is an act of
            // its own, coded against the source's state (see `assignDomesticTargets`) even beside other events.
            if targetActors.isEmpty, !single, !coding.passive, coding.type.quadClass == .materialConflict,
               !coding.isBareDefault || coding.type == .assault || coding.cameo?.hasPrefix("173") == true,
               (parse.dependents(verb, "obj") + parse.dependents(verb, "obj").flatMap { parse.dependents($0, "nmod") })
                   .contains(where: { Self.peopleNouns.contains(parse.lemmas[$0].lowercased()) })
            {
                let before = drafts.count
                codedVerbs.insert(verb)
                emit(verb: verb, token: t, coding: coding, sources: sources, sourceActors: sourceActors,
                     targetActors: [], single: true)
                for index in before..<drafts.count { drafts[index].domesticOnly = true }
                continue
            }
            // "Hamas fired rockets towards Jerusalem": an attack on a place abroad is an act on its state (see
            // `assignDomesticTargets`), even beside other events of the sentence.
            if targetActors.isEmpty, !single, !coding.passive, coding.type == .assault, words[verb].xpos != "VBN",
               let place = placeArgument(of: verb, in: parse, view: view),
               sourceActors.allSatisfy({ actorsByID[$0]?.country.map { $0 != place.place.country } ?? false })
            {
                codedVerbs.insert(verb)
                emit(verb: verb, token: t, coding: coding, sources: sources, sourceActors: sourceActors,
                     targetActors: [], single: true)
                continue
            }
            if targetActors.isEmpty, !single {
                // An act without a named target ("Kenya's president withdrew the finance bill") is kept aside:
                // it is coded in a report's lead sentence when that sentence yields no other event. Further on,
                // sentences without a dyad are mostly background.
                // A verb's bare CAMEO default of cooperation says too little without its partner ("spoke",
                // "served", "sent"); acts of conflict and concessions stand on their own ("stormed", "withdrew").
                let cooperative = [.verbalCooperation, .materialCooperation].contains(coding.type.quadClass)
                    && ![.concede, .retreat].contains(coding.type)
                // A passive keeps its agent's act only for conflict ("A priest was abducted by gunmen").
                if targetless == nil, !coding.passive || !cooperative, !(coding.isBareDefault && cooperative) {
                    targetless = (verb, t, coding, sources, sourceActors)
                }
                continue
            }
            codedVerbs.insert(verb)
            emit(verb: verb, token: t, coding: coding, sources: sources, sourceActors: sourceActors,
                 targetActors: targetActors, single: single, authority: authority)
        }
        // "The Kremlin rejected a ceasefire proposal", "Egypt condemned the bombing": the clause rules coded the
        // noun, but the act is the verb that frames it; the noun is its content (dropped by `dropNounContent`).
        if let act = targetless, Self.framingVerbs.contains(parse.lemmas[act.verb]), !codedVerbs.contains(act.verb),
           let framed = ruleDrafts.first(where: { index in
               guard let word = parse.wordAtTokenStart[drafts[index].triggerStart], ["NOUN", "ADJ"].contains(words[word].upos)
               else { return false }
               return act.sourceActors.contains(drafts[index].event.source) && parse.isContent(word, of: act.verb)
           })
        {
            codedVerbs.insert(act.verb)
            emit(verb: act.verb, token: act.token, coding: act.coding, sources: act.sources, sourceActors: act.sourceActors,
                 targetActors: drafts[framed].event.target.map { [$0] } ?? [], single: true)
        }
        // Further on, only conflict, concessions and retreats, and only as domestic acts (see
        // `assignDomesticTargets`): "The Senate acquitted him", "Police arrested …" in an article about one state;
        // or an act toward the other party of a two-party story ("Putin apologised for the incident").
        if ruleTriggers.isEmpty, drafts.count == draftsBefore, let act = targetless,
           view.sentence.index == 0 || !act.coding.isBareDefault && (act.coding.type.standsAloneAsDomesticAct
               || Self.answeringLemmas.contains(parse.lemmas[act.verb].lowercased()) && act.sourceActors.contains { id in
                   actorsByID[id].flatMap { storyCounterpart(of: $0, for: act.coding.type, at: view) } != nil
               }),
           !(words[act.verb].deprel == "xcomp" && codedVerbs.contains(words[act.verb].head - 1))
        {
            emit(verb: act.verb, token: act.token, coding: act.coding, sources: act.sources,
                 sourceActors: act.sourceActors, targetActors: [], single: true)
            if view.sentence.index != 0 {
                for index in draftsBefore..<drafts.count { drafts[index].domesticOnly = true }
            }
        }
    }

    /// Verbs whose act answers the other party even when the clause does not name it: "Putin apologised for
    /// the incident", "Tehran retaliated".
    static let answeringLemmas: Set<String> = ["apologise", "apologize", "retaliate", "reciprocate", "thank", "forgive"]

    /// Verbs that frame an act named by their object ("rejected a ceasefire proposal", "condemned the bombing",
    /// "welcomed the truce", "demanded a ceasefire") rather than perform it.
    static let framingVerbs: Set<String> = [
        "reject", "refuse", "dismiss", "deny", "oppose", "veto", "condemn", "denounce", "criticise", "criticize",
        "decry", "deplore", "slam", "welcome", "praise", "hail", "applaud", "endorse", "demand", "request",
    ]

    /// Appends the events of `coding` at `verb` (word index; token `t`): one per source and target actor, no
    /// self-loops unless one side is the `authority`, and no untargeted act of the reporting actor unless `single`;
    /// with the attribution of the reporting frame around the verb, the modality of the verb (or of the deciding
    /// verb it completes: "voted to impeach") and the date the dater finds for it.
    mutating func emitParseEvents(
        verb: Int, token t: Int, coding: ParseCoding, sources: [Int], sourceActors: [ActorID], targetActors: [ActorID],
        single: Bool, authority: ActorID? = nil, parse: ParseView, view: SentenceView, detector: ModalityDetector,
        dater: EventDater, reporter: (Int) -> (actor: ActorID?, attributed: Bool)
    ) {
        var attribution = reporter(t)
        let frame = attribution.attributed ? nil : reportingFrame(of: verb, in: parse)
        if let frame, let speaker = frame.speakers.first {
            attribution = (view.mentions[speaker].mention.actor, true)
        }
        let words = parse.words
        let subjectStart = sources.first.map { view.mentions[$0].first }
        // "voted to impeach": the act decided has the tense and mood of the decision.
        var anchor = t
        if words[verb].deprel == "xcomp", words[verb].head > 0, Self.decidingVerbs.contains(parse.lemmas[words[verb].head - 1]),
           let decision = parse.tokenOfWord[words[verb].head - 1]
        {
            anchor = decision
        }
        var (modality, tense) = detector.analyse(anchor, subjectStart: subjectStart, attributed: attribution.attributed,
                                                 isNoun: false)
        if let frame, modality == .asserted || modality == .reported { modality = frame.hedged ? .hedged : .reported }
        if modality == .asserted, parse.dependents(verb, "advmod").contains(where: { ["not", "never"].contains(parse.lemmas[$0]) }) {
            modality = .negated
        }
        if modality != .negated, parse.isConditioned(verb) || parse.isOpenQuestion(verb) { modality = .hypothetical }
        let date = dater.date(trigger: anchor, modality: modality, tense: tense)
        let evidence = Evidence(document: document.document.id, sentence: view.sentence.index,
                                span: view.sentence.span, text: view.sentence.text)
        for source in sourceActors {
            for target in targetActors.isEmpty ? [nil] : targetActors.map(Optional.some) {
                if let target, isSelfLoop(source, target), source != authority, target != authority { continue }
                if let reporting = attribution.actor, target == nil, reporting == source, !single { continue }
                let event = Event(
                    id: EventID(rawValue: ""), type: coding.type, mode: coding.mode, cameo: coding.cameo,
                    goldstein: coding.goldstein, source: source, target: target,
                    sourceCountry: actorsByID[source]?.country,
                    targetCountry: target.flatMap { actorsByID[$0]?.country },
                    trigger: view.tokens[t].text, date: date, modality: modality,
                    attribution: attribution.actor == source ? nil : attribution.actor, evidence: evidence)
                drafts.append(EventDraft(event: event, triggerStart: view.tokens[t].span.start, tense: tense))
            }
        }
    }

    /// The subject of a verb the parser left without one, as in "Russian President Vladimir Putin agreed", where
    /// the name's words were attached to each other (or made the root) and not to the verb: the actor mention
    /// right before the verb, with no verb, auxiliary, particle, pronoun, preposition or punctuation between, and
    /// the actors coordinated with it.
    func adjacentSubject(of verb: Int, in parse: ParseView) -> [Int] {
        let words = parse.words
        guard parse.dependents(verb, "nsubj").isEmpty, parse.dependents(verb, "expl").isEmpty else { return [] }
        var index = verb - 1
        while index >= 0 {
            if let mention = parse.mentionOfWord[index] {
                // "In October 1998 Ecuador and Peru agreed", the pair hung on the date: its conjuncts act together.
                let first = words[index].deprel == "conj" && words[index].head > 0 ? words[index].head - 1 : index
                let conjuncts = [first] + parse.dependents(first, "conj")
                var mentions: [Int] = []
                for word in conjuncts.sorted() {
                    if let other = parse.mentionOfWord[word], !mentions.contains(other) { mentions.append(other) }
                }
                return mentions.contains(mention) ? mentions : [mention]
            }
            if ["VERB", "AUX", "PUNCT", "SCONJ", "ADP", "PART", "PRON"].contains(words[index].upos) { return [] }
            index -= 1
        }
        return []
    }

    /// The subject of a verb read as a conjunct that follows a subordinator and a noun phrase ("as tens of
    /// thousands of protesters marched", "while Russian troops shelled"): the mentions of that phrase, or `nil`
    /// when the words before the verb are not a subordinator and a noun phrase.
    func subordinateSubject(of verb: Int, in parse: ParseView) -> [Int]? {
        let words = parse.words
        var index = verb - 1
        while index >= 0, verb - index <= 8, ["NOUN", "PROPN", "ADJ", "NUM", "DET", "ADP"].contains(words[index].upos),
              !Self.subordinators.contains(parse.forms[index].lowercased())
        {
            index -= 1
        }
        guard index >= 0, index < verb - 1, Self.subordinators.contains(parse.forms[index].lowercased()) else { return nil }
        let phrase = (index + 1)..<verb
        guard let head = phrase.first(where: { ["NOUN", "PROPN"].contains(words[$0].upos) }) else { return nil }
        let mentions = parse.mentions(of: head) + parse.nestedMentions(of: head, excluding: [])
        var unique: [Int] = []
        for mention in mentions where !unique.contains(mention) { unique.append(mention) }
        return unique.isEmpty ? nil : unique
    }

    /// The place named by an argument of `verb` (an oblique, or a modifier of its object: "fired rockets towards
    /// Jerusalem", "shelled villages near Kharkiv"), or `nil`.
    func placeArgument(of verb: Int, in parse: ParseView, view: SentenceView) -> PlaceMention? {
        guard let places = placesBySentence[view.sentence.index], !places.isEmpty else { return nil }
        let phrases = parse.dependents(verb, "obl") + parse.dependents(verb, "obj").flatMap { parse.dependents($0, "nmod") }
        // The phrase's head and its compounds ("towards Jerusalem hours after …" read as a compound).
        let arguments = phrases + phrases.flatMap { parse.dependents($0, "compound") }
        for argument in arguments {
            guard let token = parse.tokenOfWord[argument] else { continue }
            let start = view.tokens[token].span.start
            if let place = places.first(where: { $0.start <= start && start < $0.end }) { return place }
        }
        return nil
    }

    /// Words that open an adverbial clause whose subject is its own.
    static let subordinators: Set<String> = ["as", "while", "when", "after", "before", "because", "since", "until", "whereas", "once"]

    /// Nouns for unnamed people whom a state's authorities arrest or charge ("twenty people were arrested").
    static let peopleNouns: Set<String> = [
        "people", "person", "protester", "protestor", "demonstrator", "activist", "student", "journalist", "man",
        "woman", "men", "women", "suspect", "member", "supporter", "opponent", "civilian", "resident", "migrant",
        "rioter", "critic", "dissident", "youth", "teenager", "politician", "lawmaker", "worker", "farmer", "others",
        "wife", "husband", "son", "daughter", "brother", "sister", "relative", "father", "mother", "gunman",
        "attacker", "assailant", "perpetrator",
    ]

    /// Words of an election, which make a defeat a lost vote rather than a military defeat.
    /// Verbs of defeating that are an assault only outside a contest.
    static let defeatVerbs: Set<String> = [
        "defeat", "beat", "oust", "unseat", "thrash", "rout", "edge", "overcome", "crush", "trounce", "hammer", "outclass",
        "stun", "upset", "humble", "sink", "down", "overpower", "outplay", "whitewash",
    ]

    /// Words of sporting contests ("beat France in the semi-final", "by five wickets").
    static let contestWords: Set<String> = [
        "match", "game", "final", "semi-final", "semifinal", "quarter-final", "quarterfinal", "cup", "championship",
        "tournament", "league", "qualifier", "goal", "wicket", "run", "title", "medal", "olympics", "euro", "penalty",
        "shootout", "set", "round", "fixture", "friendly", "derby", "innings", "try",
    ]

    /// Whether `form` is a score such as "2-1" or "4–0".
    static func isScore(_ form: String) -> Bool {
        let parts = form.split(whereSeparator: { $0 == "-" || $0 == "–" })
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }
    }

    static let electoralWords: Set<String> = [
        "vote", "election", "poll", "ballot", "seat", "constituency", "district", "primary", "race", "runoff",
        "referendum", "margin", "majority", "point",
    ]

    /// Verbs of deciding, whose infinitive complement is the act decided ("voted to impeach").
    static let decidingVerbs: Set<String> = ["vote", "decide", "resolve", "opt", "elect", "choose"]

    /// Verbs that take no object, whose CAMEO default code the parser's spurious objects must not trigger.
    static let intransitiveVerbs: Set<String> = [
        "die", "fall", "collapse", "arrive", "resign", "retire", "rise", "happen", "occur", "emerge", "perish",
    ]

    /// Verbs whose coordinated subjects can act on each other ("X and Y met", "… signed", "… restored relations").
    static let reciprocalVerbs: Set<String> = [
        "agree", "meet", "sign", "talk", "negotiate", "hold", "restore", "establish", "normalize", "normalise",
        "resume", "reach", "conclude", "cooperate", "collaborate", "partner", "ally", "discuss", "conduct",
        "exchange", "seal", "ink", "reconcile", "confer", "consult", "share", "speak", "phone", "telephone",
    ]

    /// Whether `verb` with coordinated subjects is an act between them: it has no object ("agreed to deepen
    /// ties", "met on Friday"), its object is a relation between them ("restored diplomatic relations", "held
    /// talks") or is marked joint ("held joint exercises", "a bilateral treaty"), or
    /// it is a verb of concluding ("signed a framework", "reached a deal"). "Australia, Britain and Saudi
    /// Arabia joined the coalition" is not: they act on the coalition, not on each other.
    func isJointAct(_ verb: Int, in parse: ParseView) -> Bool {
        guard Self.reciprocalVerbs.contains(parse.lemmas[verb]) else { return false }
        let objects = parse.dependents(verb, "obj")
        if objects.isEmpty || ["sign", "reach", "conclude", "negotiate", "seal", "ink", "share"].contains(parse.lemmas[verb]) {
            return true
        }
        return objects.contains { object in
            ["relations", "ties", "talks", "negotiations", "dialogue"].contains(parse.forms[object])
                || parse.children[object].contains { ["joint", "bilateral", "mutual", "trilateral"].contains(parse.lemmas[$0]) }
        }
    }

    /// Cooperation between coordinated subjects whose act is marked joint, whatever the verb: "Kazakhstan and
    /// Uzbekistan opened their first joint industrial zone", "Mexican soldiers and state police launched joint
    /// patrols" (CAMEO 062 for exercises, patrols and operations, else 061); the first subject is the source and
    /// the others its targets (see `codeFromParse`). `nil` unless the active verb's object carries "joint",
    /// "bilateral" or "trilateral" and its subject names two actors or more, unless the object is an act of force
    /// ("opened a joint offensive").
    func jointCooperation(of verb: Int, in parse: ParseView) -> ParseCoding? {
        guard parse.dependents(verb, "nsubj:pass").isEmpty, parse.dependents(verb, "aux:pass").isEmpty,
              let object = parse.dependents(verb, "obj").first(where: { object in
                  parse.children[object].contains { ["joint", "bilateral", "trilateral"].contains(parse.lemmas[$0]) }
              })
        else { return nil }
        let sources = subjects(of: verb, in: parse)
        let military: Set<String> = ["exercise", "drill", "patrol", "operation", "manoeuvre", "maneuver", "training"]
        // "The alliance opened a joint offensive": allies attacking together act on a third party, not on each other.
        guard Set(sources).count >= 2,
              military.contains(parse.lemmas[object]) || FunctionWords.forceActNouns[parse.forms[object].lowercased()] == nil
        else { return nil }
        guard let code = CAMEOCodebook.bundled.entry(military.contains(parse.lemmas[object]) ? "062" : "061") else { return nil }
        return ParseCoding(code: code, sources: sources, targets: [], passive: false)
    }

    /// Gives the clause rules' drafts `drafts[range]` what the parse knows and the rules missed: an asserted,
    /// unattributed event inside a reporting frame ("Germany alleged that Mahan Air was supporting Assad")
    /// becomes reported (hedged for allege/claim) with the frame's speaker as attribution.
    /// Verbs of physical violence whose "with" phrase names a weapon.
    static let violentLemmas: Set<String> = ["beat", "hit", "strike", "attack", "club", "assault", "pelt"]

    /// Weapons and riot gear that a "with" phrase after an act of violence names.
    static let weaponNouns: Set<String> = [
        "baton", "batons", "stick", "sticks", "club", "clubs", "truncheon", "truncheons", "whip", "whips", "rod",
        "rods", "stone", "stones", "rock", "rocks", "knife", "knives", "machete", "machetes", "gun", "guns",
        "rifle", "rifles", "hammer", "hammers", "bat", "bats", "cane", "canes", "pipe", "pipes", "bar", "bars",
    ]

    /// Whether `verb` heads a subjunctive clause — a bare verb after "that" with its own subject and no
    /// auxiliary: "the opposition's demand that the government withdraw a bill" is what someone demands, not
    /// an act.
    func isSubjunctive(_ verb: Int, in parse: ParseView) -> Bool {
        let head = parse.words[verb].head - 1
        // A plural subject makes the subjunctive look like the present ("demanded that Armenian forces
        // withdraw"): after a verb of demanding, that reading is the subjunctive too.
        let form = parse.words[verb].xpos == "VB"
            || parse.words[verb].xpos == "VBP" && head >= 0 && Self.demandingVerbs.contains(parse.lemmas[head])
        return form && parse.dependents(verb, "aux").isEmpty
            && !parse.dependents(verb, "nsubj").isEmpty
            && parse.dependents(verb, "mark").contains { parse.lemmas[$0] == "that" }
    }

    /// Verbs whose "that" clause is the demanded act, in the subjunctive.
    static let demandingVerbs: Set<String> = ["demand", "insist", "urge", "ask", "request", "propose", "recommend", "require"]

    mutating func refineRuleDrafts(_ range: Range<Int>, parse: ParseView, view: SentenceView) {
        guard !range.isEmpty else { return }
        // "vetoed a bill that would have eased restrictions": what a bill or plan would do is its content, not
        // an act; the verb that handles the bill is the event.
        let words = parse.words
        let contents = range.filter { index in
            guard var node = parse.wordAtTokenStart[drafts[index].triggerStart] else { return false }
            if isSubjunctive(node, in: parse) { return true }
            for _ in 0..<3 {
                let head = words[node].head - 1
                guard head >= 0 else { return false }
                if words[node].deprel == "acl:relcl" {
                    return words[head].upos == "NOUN" && parse.mentionOfWord[head] == nil
                        && parse.dependents(node, "aux").contains { ["would", "could", "might"].contains(parse.forms[$0].lowercased()) }
                }
                node = head
            }
            return false
        }
        // "were handed back by Cambodia": a particle or adverb of another verb is no trigger of its own; nor is a
        // noun that only qualifies an actor ("riot police", "strike leaders").
        let particles = range.filter { index in
            parse.wordAtTokenStart[drafts[index].triggerStart].map { word in
                words[word].deprel == "compound:prt" || ["ADV", "ADP", "PART"].contains(words[word].upos)
                    || words[word].deprel == "compound" && words[word].head > 0 && parse.mentionOfWord[words[word].head - 1] != nil
                        && parse.mentionOfWord[word] == nil
            } ?? false
        }
        removeDrafts(Set(contents + particles), in: range)
        guard drafts.count > range.lowerBound else { return }
        let range = range.lowerBound..<min(range.upperBound, drafts.count)
        resubjectConjuncts(range, parse: parse, view: view)
        fillTargets(range, parse: parse, view: view)
        for index in range {
            // "will decide whether to expel the envoys": an open question is no act.
            if let word = parse.wordAtTokenStart[drafts[index].triggerStart], parse.isOpenQuestion(word) {
                drafts[index].event.modality = .hypothetical
            }
        }
        for index in range where drafts[index].event.modality == .future {
            // "Germany decided to expel two diplomats": the act a past decision decides is done, not ahead.
            if let word = parse.wordAtTokenStart[drafts[index].triggerStart], parse.words[word].deprel == "xcomp",
               parse.words[word].head > 0, Self.decidingVerbs.contains(parse.lemmas[parse.words[word].head - 1]),
               ["VBD", "VBN"].contains(parse.words[parse.words[word].head - 1].xpos)
            {
                drafts[index].event.modality = .asserted
            }
        }
        for index in range where drafts[index].event.modality != .negated {
            // "Moscow would agree to a ceasefire only if …", "could impose a blockade should it decide to".
            if let word = parse.wordAtTokenStart[drafts[index].triggerStart], parse.words[word].upos == "VERB",
               parse.isConditioned(word)
            {
                drafts[index].event.modality = .hypothetical
            }
        }
        for index in range {
            guard drafts[index].event.attribution == nil, drafts[index].event.modality == .asserted,
                  let word = parse.wordAtTokenStart[drafts[index].triggerStart],
                  let frame = reportingFrame(of: word, in: parse), let speaker = frame.speakers.first
            else { continue }
            let actor = view.mentions[speaker].mention.actor
            guard actor != drafts[index].event.source else { continue }
            drafts[index].event.attribution = actor
            drafts[index].event.modality = frame.hedged ? .hedged : .reported
        }
    }

    /// The subject of a coordinated verb is its first conjunct's ("Guterres thanked Sultan Haitham for his efforts
    /// and urged the Houthis to release …" is Guterres's request), where the clause rules took the nearest actor
    /// before the verb. Applies when the parse gives the verb a subject through `conj` and the draft's source is
    /// none of its actors (nor their state).
    mutating func resubjectConjuncts(_ range: Range<Int>, parse: ParseView, view: SentenceView) {
        let words = parse.words
        for index in range {
            guard let verb = parse.wordAtTokenStart[drafts[index].triggerStart], words[verb].upos == "VERB",
                  words[verb].deprel == "conj", parse.dependents(verb, "nsubj").isEmpty,
                  parse.dependents(verb, "nsubj:pass").isEmpty, parse.dependents(verb, "aux:pass").isEmpty
            else { continue }
            let event = drafts[index].event
            let subjects = subjects(of: verb, in: parse).map { view.mentions[$0].mention.actor }.filter { actorsByID[$0] != nil }
            guard let subject = subjects.first, !subjects.contains(where: { $0 == event.source || isSelfLoop($0, event.source) }),
                  event.target.map({ !isSelfLoop(subject, $0) && $0 != subject }) ?? true
            else { continue }
            setSource(subject, ofDraft: index)
        }
    }

    /// A target for rule drafts that found none, from the parse: an oblique of the trigger (or, for a noun
    /// trigger, of the verb it depends on) whose case marker the type takes ("pulled its forces *out of
    /// Afghanistan*", "massed troops *near its border with Ukraine*", "held exercises *near Taiwan*",
    /// "rallied *outside the Russian embassy*", "deployed warships *around Taiwan*" where the phrase hangs on the
    /// object), the actor being the oblique itself or one inside its phrase.
    mutating func fillTargets(_ range: Range<Int>, parse: ParseView, view: SentenceView) {
        let words = parse.words
        for index in range where drafts[index].event.target == nil {
            let event = drafts[index].event
            guard let cues = Self.typeTargetCues[event.type], let trigger = parse.wordAtTokenStart[drafts[index].triggerStart]
            else { continue }
            var holders = [trigger]
            if words[trigger].upos != "VERB", words[trigger].head > 0 { holders.append(words[trigger].head - 1) }
            var found: [Int] = []
            for holder in holders where found.isEmpty {
                for oblique in parse.dependents(holder, "obl") + parse.dependents(holder, "nmod")
                    + parse.dependents(holder, "advmod").flatMap({ parse.dependents($0, "obl") })
                    + parse.dependents(holder, "obj").flatMap({ parse.dependents($0, "nmod") })
                where cues.contains(parse.caseMarker(of: oblique)) || cues.contains(where: { cue in
                    parse.dependents(oblique, "case").contains { parse.lemmas[$0] == cue }
                }) {
                    let direct = parse.mentions(of: oblique)
                    found = direct.isEmpty ? parse.nestedMentions(of: oblique, excluding: []) : direct
                    if !found.isEmpty { break }
                }
            }
            let targets = found.map { view.mentions[$0].mention.actor }
                .filter { actorsByID[$0] != nil && !isSelfLoop(event.source, $0) }
            guard let first = targets.first else { continue }
            setTarget(first, ofDraft: index)
        }
    }

    /// Drops the act of a noun that a later verb, coded itself, took as its object: "the arms embargo on Ivory
    /// Coast was lifted by the Security Council" is the lifting (RETREAT), not an embargo. A noun whose verb
    /// gave no event keeps its own ("German aid to Mali was suspended").
    mutating func dropLicensingNouns(_ range: Range<Int>, triggers: [Trigger], view: SentenceView) {
        let starts = Set(drafts[range].map(\.triggerStart))
        let licensing = Set(triggers.compactMap { trigger -> Int? in
            guard trigger.isVerb, let context = trigger.contextToken, context < trigger.token,
                  starts.contains(view.tokens[trigger.token].span.start)
            else { return nil }
            return view.tokens[context].span.start
        })
        guard !licensing.isEmpty else { return }
        removeDrafts(Set(range.filter { licensing.contains(drafts[$0].triggerStart) }), in: range)
    }

    /// Drops noun events (and events of a verb's `xcomp`) that are the content of a verb event of the same source
    /// in the sentence: "Ukraine rejected a Russian offer of a *truce*" is a REJECT, not also a truce; "agreed
    /// to a proposal for a *ceasefire*" an AGREE; "threatened to *strike* the United States" a THREATEN;
    /// "called off *trade* negotiations" a SANCTION. The noun's head chain (object, oblique, nominal modifier,
    /// compound; at most three steps) must reach the verb.
    mutating func dropNounContent(_ range: Range<Int>, parse: ParseView, view: SentenceView) {
        let words = parse.words
        // A topic is no act: "telephoned Mohammed bin Salman to discuss the *war* in Gaza", "talks on the
        // *sanctions*".
        let topics = range.filter { index in
            guard let word = parse.wordAtTokenStart[drafts[index].triggerStart], words[word].upos == "NOUN",
                  words[word].head > 0
            else { return false }
            let head = words[word].head - 1
            return words[word].deprel == "obj" && Self.topicVerbs.contains(parse.lemmas[head])
                || words[word].deprel.hasPrefix("nmod") && Self.topicNouns.contains(parse.lemmas[head])
                    && ["on", "about", "over"].contains(parse.caseMarker(of: word))
        }
        removeDrafts(Set(topics), in: range)
        let range = range.lowerBound..<(range.upperBound - topics.count)
        guard range.count >= 2 else { return }
        var verbSources: [Int: Set<ActorID>] = [:]
        for index in range {
            guard let word = parse.wordAtTokenStart[drafts[index].triggerStart], words[word].upos == "VERB" else { continue }
            // The verb's source or target: "Egypt and Saudi Arabia held joint exercises" is one COOPERATE,
            // not also a MOBILIZE of Saudi Arabia.
            verbSources[word, default: []].insert(drafts[index].event.source)
            let event = drafts[index].event
            if let target = event.target, EventPattern.isJoint(event.type, cameo: event.cameo) || event.type == .cooperate {
                verbSources[word, default: []].insert(target)
            }
        }
        guard !verbSources.isEmpty else { return }
        var dropped = Set<Int>()
        for index in range {
            guard let word = parse.wordAtTokenStart[drafts[index].triggerStart],
                  ["NOUN", "ADJ"].contains(words[word].upos) || words[word].upos == "VERB" && words[word].deprel == "xcomp"
            else { continue }
            if parse.contentHolders(of: word).contains(where: { verbSources[$0]?.contains(drafts[index].event.source) == true }) {
                dropped.insert(index)
            }
        }
        removeDrafts(dropped, in: range)
    }

    /// Verbs whose object is a topic ("to discuss the war"), and nouns whose "on"/"about"/"over" phrase is one.
    static let topicVerbs: Set<String> = ["discuss", "debate"]
    static let topicNouns: Set<String> = ["talk", "talks", "discussion", "conversation", "debate", "consultation"]

    /// Drops noun events whose source is the agent of another noun: in "its investigation into alleged
    /// misconduct *by* President Trump", Trump is the misconduct's agent, not the investigation's. A draft goes
    /// when every word of its source in the sentence sits in a "by" phrase that hangs on a noun other than the
    /// trigger.
    mutating func dropForeignAgents(_ range: Range<Int>, parse: ParseView, view: SentenceView) {
        let words = parse.words
        let dropped = range.filter { index in
            let draft = drafts[index]
            guard let trigger = parse.wordAtTokenStart[draft.triggerStart], words[trigger].upos == "NOUN" else { return false }
            let sourceWords = words.indices.filter { word in
                parse.mentionOfWord[word].map { view.mentions[$0].mention.actor == draft.event.source } ?? false
            }
            // The words that attach a mention to the rest of the sentence, and whether its phrase is marked "by"
            // (the parser may hang the preposition on a title inside the name).
            let heads = sourceWords.filter { words[$0].head - 1 < 0 || parse.mentionOfWord[words[$0].head - 1] != parse.mentionOfWord[$0] }
            return !heads.isEmpty && heads.allSatisfy { word in
                let head = words[word].head - 1
                guard let mention = parse.mentionOfWord[word] else { return false }
                let first = view.mentions[mention].first
                let byPhrase = parse.caseMarker(of: word) == "by"
                    || (max(0, first - 2)..<first).contains { view.words[$0] == "by" }
                // A "by" phrase hung on the people the act affects ("the expulsion of three Russian diplomats by
                // Moldova") is the parser's misreading: only a noun naming no actor has an agent of its own.
                return byPhrase && head >= 0 && head != trigger && words[head].upos == "NOUN" && parse.mentionOfWord[head] == nil
            }
        }
        removeDrafts(Set(dropped), in: range)
    }

    /// The state that arrested, charged or expelled people of another state when the passive names no agent: the
    /// state it expelled them from ("20,000 Afghans were deported from Pakistan"), else the one country the
    /// sentence's places lie in when it is not the patients' own ("Three Japanese nationals were arrested in
    /// Beijing", "Two Estonian citizens were detained after crossing into Russia's Pskov region").
    func foreignAuthority(of verb: Int, patients: [ActorID], in parse: ParseView, view: SentenceView) -> ActorID? {
        let patientCountries = Set(patients.compactMap { actorsByID[$0]?.country })
        guard !patientCountries.isEmpty else { return nil }
        for oblique in parse.dependents(verb, "obl") where parse.caseMarker(of: oblique) == "from" {
            if let state = parse.mentions(of: oblique).map({ view.mentions[$0].mention.actor })
                .first(where: { actorsByID[$0]?.kind == .state }), let country = actorsByID[state]?.country,
                !patientCountries.contains(country)
            {
                return state
            }
        }
        let placeCountries = Set((placesBySentence[view.sentence.index] ?? []).map(\.place.country))
        guard placeCountries.count == 1, let country = placeCountries.first, !patientCountries.contains(country) else { return nil }
        return stateActor(country)?.id
    }

    /// Acts on a foreign diplomat that only the host state performs.
    static let hostStateActs: Set<String> = ["summon", "expel"]

    /// Relations that attach another clause to a verb, not one of its arguments.
    static let otherClauseRelations: Set<String> = ["parataxis", "conj", "advcl", "ccomp", "csubj", "punct", "list"]

    /// Verbs whose "of" clause is what their subject is held to have done ("suspected of", "accused of").
    static let allegingVerbs: Set<String> = ["suspect", "accuse", "charge", "convict", "blame"]

    /// Reporting verbs whose clausal complement is the speaker's claim, and those among them that hedge it.
    static let reportingVerbs: Set<String> = [
        "say", "tell", "state", "announce", "report", "add", "confirm", "write", "declare", "insist", "note",
        "allege", "claim", "suspect", "believe", "suggest", "speculate", "assert", "charge", "contend",
    ]
    static let hedgingVerbs: Set<String> = ["allege", "claim", "suspect", "believe", "suggest", "speculate", "contend"]

    /// The reporting frame a verb sits in ("Germany alleged that Mahan Air was supporting Assad"): the speaker
    /// mentions of the nearest reporting verb whose `ccomp` contains the verb, and whether that verb hedges.
    func reportingFrame(of verb: Int, in parse: ParseView) -> (speakers: [Int], hedged: Bool)? {
        let words = parse.words
        var node = verb
        for _ in 0..<4 {
            let relation = words[node].deprel
            let head = words[node].head - 1
            guard head >= 0 else { return nil }
            if relation == "ccomp" || relation == "parataxis" {
                let lemma = parse.lemmas[head]
                guard Self.reportingVerbs.contains(lemma) else { return nil }
                let speakers = subjects(of: head, in: parse)
                return speakers.isEmpty ? nil : (speakers, Self.hedgingVerbs.contains(lemma))
            }
            guard relation == "conj" || relation == "xcomp" else { return nil }
            node = head
        }
        return nil
    }

    /// What a verb codes as: an entry of our own dictionary (the override layer) when the lemma has one whose
    /// context words are met, else the CAMEO verb dictionary's best pattern for the clause; with its dyad.
    struct ParseCoding {
        var type: EventType
        var mode: String?
        var cameo: String?
        var goldstein: Double?
        var pattern: EventPattern?
        var sources: [Int]
        var targets: [Int]
        var passive: Bool
        /// Whether the CAMEO dictionary coded the verb by its bare default, no pattern word matching.
        var isBareDefault = false

        /// Whether the act is one only a state's authorities perform (administrative sanctions, arrests, charges,
        /// sentences, deportations: CAMEO 172–174 and the entries marked `domestic`), so that an agentless passive
        /// has a state as its agent: the state the patients are expelled from or held in when they are foreigners
        /// (`foreignAuthority`), else the patient's own ("Mugabe was arrested in 1963").
        var isAuthorityAct: Bool {
            pattern?.domestic == true || cameo.map { ["172", "173", "174"].contains(String($0.prefix(3))) } == true
        }
    }

    /// Relations of verbs that head clauses; participles used as modifiers ("retired general Michael Flynn", amod)
    /// or inside names are not events.
    static let clausalRelations: Set<String> = [
        "root", "conj", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "csubj:pass",
        "advcl:relcl", "ccomp:relcl",
    ]

    /// Case markers that make an oblique the target of a CAMEO-coded verb ("met with Iran", "fired on Syria").
    static let cameoTargetCues = ["object", "with", "against", "to", "on", "at", "toward", "towards", "into", "upon"]

    /// Further case markers that name the target of some types: the place withdrawn from, the border troops
    /// are massed along, the embassy protested outside, the recipient of aid or of a concession.
    static let typeTargetCues: [EventType: [String]] = [
        .retreat: ["from", "out"],
        .mobilize: ["near", "along", "to", "toward", "towards", "at", "on", "against", "around", "amid"],
        .protest: ["outside", "against", "at", "before", "front"],
        .aid: ["to", "for"],
        .concede: ["to", "on", "from"],
        .sanction: ["on", "against", "from", "to", "with"],
        .coerce: ["on", "against", "in"],
        .agree: ["to", "on", "with"],
        .reject: ["from", "by"],
        .support: ["behind", "for"],
        .consult: ["between"],
    ]

    /// Light verbs of beginning and resuming, whose verb complement is the act ("began supplying").
    static let phaseVerbs: Set<String> = ["begin", "start", "resume", "step", "intensify", "escalate"]

    /// Verbs that carry an event named by their object noun: "voiced support for", "launched an attack on",
    /// "lodged a protest with", "held talks with".
    static let lightVerbs: Set<String> = [
        "express", "voice", "offer", "pledge", "declare", "reiterate", "reaffirm", "extend", "announce", "lend",
        "show", "signal", "register", "lodge", "issue", "launch", "conduct", "stage", "hold", "carry", "mount",
        "step", "intensify", "escalate", "resume", "begin", "start", "open", "submit", "tender",
    ]

    /// The coding of `verb` (word index) by our dictionary, the CAMEO verb dictionary, or, for a light verb, by
    /// our noun entry for its object; `codedWords` are words the clause rules or an earlier verb already coded.
    func coding(of verb: Int, lemma: String, in parse: ParseView, codedWords: Set<Int> = []) -> ParseCoding? {
        // "called Putin a genius", "described the deal as a betrayal": a judgement, whatever the complement's words.
        if let judgement = namingCoding(of: verb, in: parse) { return judgement }
        if Self.lightVerbs.contains(lemma) {
            if let coding = lightVerbCoding(of: verb, in: parse, codedWords: codedWords) { return coding }
            // "has begun supplying Russia with drones", "began flying migrants back": the act is the verb begun,
            // coded on its own; the CAMEO dictionary would read "begin … attack drones" as an attack.
            if Self.phaseVerbs.contains(lemma),
               parse.dependents(verb, "xcomp").contains(where: { parse.words[$0].upos == "VERB" })
            {
                return nil
            }
            // "opened an inquiry into the NATO air strike": the investigation is the act; the act it looks into
            // is not the light verb's (the CAMEO dictionary would read "launch … air strike" as the strike).
            let dictionary = extractor.dictionary
            if parse.dependents(verb, "obj").contains(where: { object in
                codedWords.contains(object) && dictionary.candidates(for: parse.forms[object])
                    .contains { $0.form == .noun && dictionary.patterns[$0.pattern].mode == "investigate" }
            }) {
                return cameoCoding(of: verb, lemma: lemma, in: parse).flatMap { $0.type == .accuse ? $0 : nil }
            }
        }
        let entries = extractor.dictionary.candidates(for: lemma).filter { $0.form == .base }.map(\.pattern)
        if !entries.isEmpty {
            // Context words are written as they appear in text ("weapons", "systems"): compare forms and lemmas.
            // Only the verb's own arguments count: not a clause beside it ("attacked an army post …, the group
            // said in a statement" attacks no statement).
            let arguments = parse.children[verb].filter { !Self.otherClauseRelations.contains(parse.words[$0].deprel) }
            let near = arguments + arguments.flatMap { parse.children[$0] }
            let subtree = Set(near.map { parse.lemmas[$0] } + near.map { parse.forms[$0] })
            // An entry that looks at no word before its verb ("before": 0) does not read the subject either.
            let after = near.filter { $0 > verb }
            let subtreeAfter = Set(after.map { parse.lemmas[$0] } + after.map { parse.forms[$0] })
            let dictionary = extractor.dictionary
            let particle = particle(of: verb, in: parse)
            var usable = entries.filter { number in
                let pattern = dictionary.patterns[number]
                let context = pattern.before == 0 ? subtreeAfter : subtree
                return ((pattern.with ?? []).isEmpty || context.contains { dictionary.isContextWord($0, of: number) })
                    && !subtree.contains { dictionary.isVetoWord($0, of: number) }
                    && (pattern.particle == nil || pattern.particle == particle)
            }
            // "gave in to the demands": a verb with a particle an entry names is read with those entries alone.
            if usable.contains(where: { dictionary.patterns[$0].particle != nil }) {
                usable.removeAll { dictionary.patterns[$0].particle == nil }
            }
            // Entries with context words are the specific ones. When none fits the clause, the CAMEO
            // dictionary below still may ("released two French citizens": our entry wants "prisoners").
            if let number = usable.first(where: { !(extractor.dictionary.patterns[$0].with ?? []).isEmpty })
                ?? usable.first
            {
                return ownCoding(extractor.dictionary.patterns[number], verb: verb, in: parse)
            }
        }
        return cameoCoding(of: verb, lemma: lemma, in: parse)
    }

    /// The coding of a light verb by our noun entry for its object, the targets taken from the verb's obliques
    /// and the noun's modifiers with the entry's cues ("voiced strong support *for Azerbaijan*").
    private func lightVerbCoding(of verb: Int, in parse: ParseView, codedWords: Set<Int>) -> ParseCoding? {
        for object in parse.dependents(verb, "obj") where parse.words[object].upos == "NOUN" && !codedWords.contains(object) {
            let near = parse.children[object] + parse.children[verb]
            let subtree = Set(near.map { parse.lemmas[$0] } + near.map { parse.forms[$0] })
            let entries = extractor.dictionary.candidates(for: parse.forms[object]).filter { $0.form == .noun }.map(\.pattern)
            let dictionary = extractor.dictionary
            guard let number = entries.first(where: { number in !subtree.contains { dictionary.isVetoWord($0, of: number) } })
            else { continue }
            var coding = ownCoding(extractor.dictionary.patterns[number], verb: verb, in: parse)
            if coding.targets.isEmpty {
                // "opened an inquiry into the NATO air strike", "an investigation into charges that senior Chinese
                // officials …": the noun's own target phrase, down to the first actor inside it.
                let cues = extractor.dictionary.patterns[number].targetCues
                let phrases = parse.children[object].filter { child in
                    parse.words[child].deprel.hasPrefix("nmod") && cues.contains(parse.caseMarker(of: child))
                } + parse.children[verb].filter { child in
                    parse.words[child].deprel.hasPrefix("obl") && cues.contains(parse.caseMarker(of: child))
                }
                if let phrase = phrases.first, let mention = parse.firstMention(under: phrase),
                   !coding.sources.contains(mention)
                {
                    coding.targets = [mention]
                }
            }
            // A one-party act needs no target ("handed his government's resignation to the president").
            if !coding.targets.isEmpty || extractor.dictionary.patterns[number].single == true { return coding }
        }
        return nil
    }

    /// The coding of `verb` by one of our own dictionary's entries.
    private func ownCoding(_ pattern: EventPattern, verb: Int, in parse: ParseView) -> ParseCoding {
        var (sources, targets, passive) = dyad(of: verb, in: parse, cues: pattern.targetCues)
        if targets.isEmpty, !passive, let extra = Self.typeTargetCues[pattern.type] {
            targets = dyad(of: verb, in: parse, cues: extra).targets
        }
        return ParseCoding(type: pattern.type, mode: pattern.mode, cameo: pattern.cameo, goldstein: pattern.goldstein,
                           pattern: pattern, sources: sources, targets: targets, passive: passive)
    }

    /// The coding of `verb` by the CAMEO verb dictionary, when it has one with a source and a target.
    private func cameoCoding(of verb: Int, lemma: String, in parse: ParseView) -> ParseCoding? {
        let words = parse.words
        guard let cameo = extractor.cameo else { return nil }
        var (sources, targets, passive) = dyad(of: verb, in: parse, cues: Self.cameoTargetCues)
        guard !sources.isEmpty else { return nil }
        // The clause as PETRARCH reads it: the sentence's lemmas, with the actors' head words as slots.
        func positions(_ mentions: [Int]) -> Set<Int> {
            Set(words.indices.filter { index in parse.mentionOfWord[index].map(mentions.contains) ?? false })
        }
        let particle = parse.dependents(verb, "compound:prt").first.map { parse.lemmas[$0] }
        guard let match = cameo.match(
            lemma: lemma, particle: particle, clause: parse.lemmas, verbIndex: verb,
            sourcePositions: passive ? positions(targets) : positions(sources),
            targetPositions: passive ? positions(sources) : positions(targets),
            surfaceForms: parse.forms)
        else { return nil }
        // A verb that takes no object codes only through one of its patterns ("died in an attack by …"), never by
        // its bare default: "he died, government officials said" is not an ASSAULT on the officials.
        if match.literalCount == 0, Self.intransitiveVerbs.contains(lemma) { return nil }
        var code = match.code
        // The dictionary's "destroy" block reads any "with" after its verbs as a threat ("* (WITH)" → 130);
        // "beat dozens of students with batons" names the weapon of an assault, the block's own act.
        if code.code == "130", Self.violentLemmas.contains(lemma),
           (parse.dependents(verb, "obl") + parse.dependents(verb, "obj").flatMap { parse.dependents($0, "nmod") }).contains(where: { oblique in
               parse.caseMarker(of: oblique) == "with" && Self.weaponNouns.contains(parse.lemmas[oblique].lowercased())
           }),
           let assault = CAMEOCodebook.bundled.entry("182")
        {
            code = assault
        }
        if targets.isEmpty, !passive, let extra = Self.typeTargetCues[code.type] {
            targets = dyad(of: verb, in: parse, cues: extra).targets
        }
        return ParseCoding(code: code, sources: sources, targets: targets, passive: passive,
                           isBareDefault: match.literalCount == 0)
    }

    /// The mentions acting as source and target of `verb`, and whether the verb is passive; obliques count as
    /// targets when their case marker is one of `cues` ("object" stands for `obj` and `iobj`).
    func dyad(of verb: Int, in parse: ParseView, cues targetCues: [String]) -> (sources: [Int], targets: [Int], passive: Bool) {
        let words = parse.words
        let passiveSubjects = parse.dependents(verb, "nsubj:pass")
        let passive = !passiveSubjects.isEmpty || !parse.dependents(verb, "aux:pass").isEmpty
        var sources: [Int] = []
        var targets: [Int] = []
        if passive {
            targets = passiveSubjects.flatMap { parse.mentions(of: $0) }
            // "Mugabe co-founded ZANU but was arrested in 1963": a coordinated passive without a subject of its
            // own is about the first conjunct's subject.
            if passiveSubjects.isEmpty, words[verb].deprel == "conj", words[verb].head > 0 {
                let head = words[verb].head - 1
                targets = (parse.dependents(head, "nsubj:pass") + parse.dependents(head, "nsubj")).flatMap { parse.mentions(of: $0) }
            }
            var agents = parse.dependents(verb, "obl").filter { words[$0].deprel == "obl:agent" || parse.caseMarker(of: $0) == "by" }
            if agents.isEmpty {
                // "imposed on Iran's Guards by the United States": the parser hung the agent on the oblique before it.
                agents = parse.dependents(verb, "obl").flatMap { parse.dependents($0, "nmod") }.filter { parse.caseMarker(of: $0) == "by" }
            }
            sources = agents.flatMap { parse.mentions(of: $0) }
            // A subject that names the act, not its target ("Sanctions were imposed on Iran by …", "Aid to Niger
            // was suspended by …", "A request by the unions was rejected by …"): the target is the oblique with
            // the entry's cue, or the act's own party inside the subject.
            if targets.isEmpty {
                let cues = Set(targetCues).subtracting(["by"])
                for oblique in parse.dependents(verb, "obl") where !agents.contains(oblique) && cues.contains(parse.caseMarker(of: oblique)) {
                    targets += parse.mentions(of: oblique)
                }
                if targets.isEmpty {
                    let dictionary = extractor.dictionary
                    // "Two decades of US trade sanctions on Sudan were lifted": the act may sit one "of" below.
                    let named = passiveSubjects + passiveSubjects.flatMap { parse.dependents($0, "nmod") }
                        .filter { parse.caseMarker(of: $0) == "of" }
                    for subject in named
                    where dictionary.candidates(for: parse.forms[subject]).contains(where: { $0.form == .noun }) {
                        for modifier in parse.dependents(subject, "nmod") + parse.dependents(subject, "nmod:poss")
                        where ["", "to", "by", "from", "against", "on", "with"].contains(parse.caseMarker(of: modifier))
                            || words[modifier].deprel == "nmod:poss"
                        {
                            targets += parse.mentions(of: modifier)
                        }
                    }
                }
                targets.removeAll { sources.contains($0) }
            }
            return (sources, targets, true)
        }
        sources = subjects(of: verb, in: parse)
        let cues = Set(targetCues)
        let objects = parse.dependents(verb, "obj") + parse.dependents(verb, "iobj")
        if cues.contains("object") {
            targets += objects.flatMap { parse.mentions(of: $0) }
        }
        // The object's own modifiers ("an attack on Iraq") only when the object names no actor: in "backed
        // China's position on Taiwan at the UN" the target is China, not the topic or the venue.
        let objectHasActor = cues.contains("object") && !targets.isEmpty
        for oblique in parse.dependents(verb, "obl") + (objectHasActor ? [] : objects.flatMap({ parse.dependents($0, "nmod") })) {
            let marker = parse.caseMarker(of: oblique)
            if !marker.isEmpty, cues.contains(marker) { targets += parse.mentions(of: oblique) }
        }
        // "threatened to strike the United States", "agreed to send troops to Mali": the target of the act
        // the verb governs.
        if targets.isEmpty, objects.isEmpty {
            for complement in parse.dependents(verb, "xcomp") where words[complement].upos == "VERB" {
                targets += (parse.dependents(complement, "obj") + parse.dependents(complement, "iobj")).flatMap { parse.mentions(of: $0) }
                let complementObjects = parse.dependents(complement, "obj")
                for oblique in parse.dependents(complement, "obl") + complementObjects.flatMap({ parse.dependents($0, "nmod") })
                where Self.cameoTargetCues.contains(parse.caseMarker(of: oblique)) {
                    targets += parse.mentions(of: oblique)
                }
                if !targets.isEmpty { break }
            }
            // "refused to let inspectors *from the IAEA* visit", "refused to send a delegation to *US*-sponsored
            // talks": the complement's party sits inside its object or oblique phrase, nearest first.
            if targets.isEmpty {
                targets = complementParty(of: verb, in: parse, excluding: Set(sources))
            }
        }
        // "expressed support for Ukraine's sovereignty", "released a French academic": an actor inside the
        // object's own phrase, nearest first.
        if targets.isEmpty, cues.contains("object") {
            for object in objects {
                targets += parse.nestedMentions(of: object, excluding: Set(sources))
                if !targets.isEmpty { break }
            }
        }
        return (sources, targets, false)
    }

    /// The party of the act a verb governs when the complement's own object and obliques name none: an actor inside
    /// the complement's object or oblique phrases ("refused to let inspectors *from the IAEA* visit", "refused to
    /// send a delegation to *US*-sponsored talks"), breadth first, never a place, time or topic ("talks *in
    /// Switzerland*", "conflict *over* Nagorno-Karabakh"). The complement is an `xcomp`, or an infinitival `advcl` the parser hung on the verb when a time
    /// phrase came between ("refused on Tuesday *to let* …").
    func complementParty(of verb: Int, in parse: ParseView, excluding sources: Set<Int>) -> [Int] {
        let words = parse.words
        let complements = (parse.dependents(verb, "xcomp") + parse.dependents(verb, "advcl").filter { clause in
            parse.dependents(clause, "mark").contains { parse.lemmas[$0] == "to" }
        }).filter { words[$0].upos == "VERB" }
        for complement in complements {
            let arguments = parse.dependents(complement, "obj") + parse.dependents(complement, "iobj")
                + parse.dependents(complement, "obl").filter { Self.partyMarkers.contains(parse.caseMarker(of: $0)) }
            let own = arguments.compactMap { parse.mentionOfWord[$0] }.filter { !sources.contains($0) }
            if !own.isEmpty { return own }
            let nested = parse.nestedMentions(of: arguments, excluding: sources, markers: Self.partyMarkers)
            if !nested.isEmpty { return nested }
        }
        return []
    }

    /// Case markers of a phrase that may hold an act's party ("inspectors *from* the IAEA", "a delegation *to* …",
    /// none for a modifier); never those of its place, time or topic ("in Switzerland", "over Nagorno-Karabakh").
    static let partyMarkers: Set<String> = ["", "of", "from", "to", "with", "against", "on", "for", "by", "into", "toward",
                                            "towards"]

    /// Subordinators of a gerund clause of means or time, whose subject is the modified clause's ("by
    /// threatening", "after meeting"); not "without" (the act did not happen) or "in" ("join France in recognising …"
    /// is what was asked).
    static let gerundClauseMarkers: Set<String> = ["by", "after", "before", "while", "upon", "since"]

    /// The subject mentions of `verb`: its own `nsubj`, else inherited through `conj`, `xcomp` or a relative clause.
    func subjects(of verb: Int, in parse: ParseView, depth: Int = 0) -> [Int] {
        let words = parse.words
        let own = parse.dependents(verb, "nsubj").flatMap { parse.mentions(of: $0) }
        if !own.isEmpty || depth > 3 { return own }
        let head = words[verb].head - 1
        guard head >= 0 else { return adjacentSubject(of: verb, in: parse) }
        switch words[verb].deprel {
        case "conj":
            // "police detained 60 people as tens of thousands of protesters marched": the parser joined the
            // subordinate clause as a conjunct; its subject is the noun phrase after the subordinator.
            if let subordinate = subordinateSubject(of: verb, in: parse) { return subordinate }
            return subjects(of: head, in: parse, depth: depth + 1)
        case "xcomp":
            // Object control ("urged Iran to negotiate") before subject control ("agreed to meet").
            let objects = parse.dependents(head, "obj").flatMap { parse.mentions(of: $0) }
            return objects.isEmpty ? subjects(of: head, in: parse, depth: depth + 1) : objects
        case "acl" where verb > 0 && parse.forms[verb - 1] == "," && !parse.dependents(verb, "obj").isEmpty
            && words[head].deprel == "appos":
            // "Kim Yo Jong, the powerful sister of North Korea's leader, dismissed Seoul's offer": the parser read
            // the verb after the appositive as a reduced relative on it; a verb with an object after the
            // appositive's closing comma is the named subject's.
            return parse.mentions(of: words[head].head - 1)
        case "advcl" where parse.dependents(verb, "mark").contains(where: { parse.lemmas[$0] == "of" })
            && Self.allegingVerbs.contains(parse.lemmas[head]):
            // "Boko Haram fighters are suspected of abducting 40 farmers": the suspects are the act's subject.
            return (parse.dependents(head, "nsubj:pass") + parse.dependents(head, "nsubj")).flatMap { parse.mentions(of: $0) }
        case "advcl" where words[verb].xpos == "VBG"
            && parse.dependents(verb, "mark").contains(where: { Self.gerundClauseMarkers.contains(parse.lemmas[$0]) }):
            // "Trump answered within hours by threatening a tariff", "after meeting Xi, Biden said": a gerund clause
            // of means or time has the subject of the clause it modifies.
            return subjects(of: head, in: parse, depth: depth + 1)
        case "acl:relcl":
            let relative = parse.dependents(verb, "nsubj").contains { ["PRON", "DET"].contains(words[$0].upos) }
            return relative || parse.dependents(verb, "nsubj").isEmpty ? parse.mentions(of: head) : []
        default:
            return adjacentSubject(of: verb, in: parse)
        }
    }
}

extension DocumentRun.ParseCoding {
    /// The coding of a CAMEO code (its PLOVER type, mode and Goldstein value), with no dictionary entry behind it.
    init(code: CAMEOCode, sources: [Int], targets: [Int], passive: Bool, isBareDefault: Bool = false) {
        self.init(type: code.type, mode: code.mode, cameo: code.code, goldstein: code.goldstein, pattern: nil,
                  sources: sources, targets: targets, passive: passive, isBareDefault: isBareDefault)
    }
}
