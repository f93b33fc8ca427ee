import ActorLexicon
import ArticleText
import EventOntology
import Geo
import Syntax
import TemporalExpressions

/// An event before merging and numbering.
struct EventDraft: Sendable {
    var event: Event
    /// Token offset of the trigger in the document, for ordering.
    var triggerStart: Int
    /// Kept only when it gets a domestic target (`DocumentRun.assignDomesticTargets`).
    var domesticOnly = false
    /// The tense of the trigger's verb group, when the draft was coded from a clause; the narrative time dates
    /// only acts told in the simple past (`DocumentRun.applyNarrativeDates`).
    var tense: Tense? = nil

    /// Recodes the draft as the act of CAMEO code `code` (its PLOVER type, mode and Goldstein value), keeping
    /// its actors, date and modality; `mode` replaces the code's own when given.
    mutating func recode(as code: CAMEOCode, mode: String? = nil) {
        event.type = code.type
        event.mode = mode ?? code.mode
        event.cameo = code.code
        event.goldstein = code.goldstein
    }
}

/// Who an embedded claim is about and who makes it ("KCNA accused Seoul of flying drones").
struct EmbeddedClaim: Sendable {
    var subjects: [ActorID]
    var attribution: ActorID?
}

/// The state of extracting one document: actor tables, discourse memory and the drafts so far.
struct DocumentRun {
    let extractor: EventExtractor
    let document: SegmentedDocument
    let actorsByID: [ActorID: Actor]
    /// The state the document is about, when one dominates its mentions and places and is named in it
    /// (see `ActorAnnotation.homeCountry(countryOfSentence:)`).
    let homeState: ActorID?
    let mentionsBySentence: [Int: [ActorMention]]
    let timexesBySentence: [Int: [Timex]]
    let dct: CalendarDate?
    /// The dependency parse of the document, when the syntax layer ran.
    let syntax: DocumentSyntax?
    /// The document's place mentions by sentence, and the dateline's place (for event locations).
    let placesBySentence: [Int: [PlaceMention]]
    let datelinePlace: PlaceMention?
    var memory = DiscourseMemory()
    var drafts: [EventDraft] = []

    init(extractor: EventExtractor, document: SegmentedDocument, actors: ActorAnnotation, temporal: TemporalAnnotation,
         syntax: DocumentSyntax? = nil, places: PlaceAnnotation? = nil)
    {
        self.placesBySentence = Dictionary(grouping: places?.mentions.filter { $0.basis != .dateline } ?? [], by: \.sentence)
        self.datelinePlace = places?.dateline
        self.extractor = extractor
        self.syntax = syntax
        self.document = document
        var byID: [ActorID: Actor] = [:]
        for actor in actors.actors where byID[actor.id] == nil { byID[actor.id] = actor }
        self.actorsByID = byID
        let home = actors.homeCountry(countryOfSentence: places?.homeEvidence ?? [:]).map { ActorID($0) }
        self.homeState = home.flatMap { byID[$0]?.kind == .state ? $0 : nil }
        let known = actors.mentions.filter { mention in
            guard let actor = byID[mention.actor], actor.kind != .unknown || actor.country != nil else { return false }
            return !document.isExcluded(mention.span)
        }
        let knownStarts = Set(known.map(\.start))
        // A demonym qualifying a known person's title ("Chinese President Xi") defers to the person.
        let usable = known.filter { mention in mention.modifies.map { !knownStarts.contains($0) } ?? true }
        self.mentionsBySentence = Dictionary(grouping: usable, by: \.sentence)
        self.timexesBySentence = Dictionary(grouping: temporal.timexes, by: \.sentence)
        self.dct = temporal.dct
    }

    /// Removes the drafts at `indices` (all inside `range`), keeping the others in order.
    mutating func removeDrafts(_ indices: Set<Int>, in range: Range<Int>) {
        guard !indices.isEmpty else { return }
        drafts.replaceSubrange(range, with: range.filter { !indices.contains($0) }.map { drafts[$0] })
    }

    /// Makes `actor` the source of draft `index`, with its country.
    mutating func setSource(_ actor: ActorID, ofDraft index: Int) {
        drafts[index].event.source = actor
        drafts[index].event.sourceCountry = actorsByID[actor]?.country
    }

    /// Makes `actor` (or no one) the target of draft `index`, with its country.
    mutating func setTarget(_ actor: ActorID?, ofDraft index: Int) {
        drafts[index].event.target = actor
        drafts[index].event.targetCountry = actor.flatMap { actorsByID[$0]?.country }
    }

    /// The document's actor for a party remembered by `DiscourseMemory`: the party itself when the document names
    /// it, else the state's organ the document names ("Sri Lanka's government" for LKA; the first by id), else
    /// `nil`.
    func documentActor(ofParty id: ActorID) -> ActorID? {
        if actorsByID[id] != nil { return id }
        return actorsByID.values
            .filter { $0.country == id.rawValue && $0.kind != .person && !($0.sector.map(Self.nonStateSectors.contains) ?? false) }
            .map(\.id).min { $0.rawValue < $1.rawValue }
    }

    /// The state (or IGO) an actor belongs to, or its id when unknown.
    func country(_ id: ActorID) -> String { actorsByID[id]?.country ?? id.rawValue }

    /// Whether an edge between `a` and `b` would join an actor to itself (same id, or a state and one of its
    /// own organs or people). Domestic events between distinct people or organisations are kept.
    func isSelfLoop(_ a: ActorID, _ b: ActorID) -> Bool {
        if a == b { return true }
        guard let x = actorsByID[a], let y = actorsByID[b], let cx = x.country, cx == y.country else { return false }
        // Rebels, insurgents, opposition and criminals are not organs of their state ("the Taliban attacked
        // Afghanistan").
        if [x.sector, y.sector].contains(where: { $0.map(Self.nonStateSectors.contains) ?? false }) { return false }
        return x.kind == .state || y.kind == .state
    }

    /// Verbs that weigh an act without doing it ("discussed reopening", "considered expelling").
    static let deliberationVerbs: Set<String> = [
        "discuss", "discussed", "discusses", "discussing", "consider", "considered", "considers", "considering",
        "mulled", "mulls", "explored", "explores", "debated", "debates", "proposed", "proposes", "suggested",
    ]

    /// CAMEO sector codes of actors that stand against or outside their state.
    static let nonStateSectors: Set<String> = ["REB", "INS", "OPP", "CRM", "UAF", "SEP", "IMG", "EDU", "CVL", "LAB", "MED", "NGO", "BUS", "REF"]

    /// Whether `actor` is a party of its own to "both sides" beside states: an armed group ("the government and
    /// the Tigers … both sides"). IGOs are not: "both sides" in a story with a UN mission are its two parties.
    static func isPartyOfItsOwn(_ actor: Actor) -> Bool {
        actor.kind == .organization && actor.sector.map { ["REB", "INS", "SEP"].contains($0) } ?? false
    }

    mutating func process(_ sentence: Sentence) {
        guard !sentence.isHeading, !document.boilerplate.contains(where: { $0.contains(sentence.span) }) else { return }
        let tokens = document.tokens(ofSentence: sentence.index).filter { token in
            !(document.dateline?.contains(token.span) ?? false)
        }
        guard !tokens.isEmpty else { return }
        let view = SentenceView(sentence: sentence, tokens: Array(tokens),
                                mentions: mentionsBySentence[sentence.index] ?? [],
                                timexes: timexesBySentence[sentence.index] ?? [])
        let frame = AttributionFrame(view)
        var quoteReporter: ActorID?
        if !frame.isAttributed, ["“", "\""].contains(view.word(0)), let last = memory.lastReporter,
           last.paragraph == sentence.paragraph
        {
            quoteReporter = last.actor
        }
        let previousReporter = memory.lastReporter?.actor
        func reporter(for t: Int) -> (actor: ActorID?, attributed: Bool) {
            if let scope = frame.scope(of: t) {
                if let m = scope.reporters.first { return (view.mentions[m].mention.actor, true) }
                return (scope.pronoun ? previousReporter : nil, true)
            }
            return (quoteReporter, quoteReporter != nil)
        }
        if let named = frame.scopes.lazy.compactMap({ $0.reporters.first }).first {
            memory.lastReporter = (view.mentions[named].mention.actor, sentence.paragraph)
        }
        rememberSubject(view, excluded: frame.excluded)
        let triggers = TriggerFinder(dictionary: extractor.dictionary, view: view, excluded: frame.excluded).find()
        let dictionary = extractor.dictionary
        let scanner = ClauseScanner(
            view: view, excluded: frame.excluded, verbTriggers: Set(triggers.filter(\.isVerb).map(\.token)),
            isVerbForm: { word in
                dictionary.candidates(for: word).contains { $0.form != .noun }
                    || (word.count > 4 && word.hasSuffix("ed"))
            })
        let modality = ModalityDetector(view: view, excluded: frame.excluded, isPastReport: frame.isPastReport, dct: dct)
        let dater = EventDater(view: view, excluded: frame.excluded, dct: dct, terms: OfficeTerms.bundled,
                               lexicon: extractor.lexicon, actorOfMention: { view.mentions[$0].mention.actor })
        var embedded: [Int: EmbeddedClaim] = [:]
        var requestTokens: [Int] = []
        let draftsBefore = drafts.count
        for trigger in triggers {
            // "encouraged Zelensky to investigate Biden", "wants foreign forces to leave": the requested or
            // wished act is content, not an event.
            let wish = (max(0, trigger.token - 6)..<max(0, trigger.token - 2)).last(where: {
                ["want", "wants", "wanted", "wish", "wishes", "wished"].contains(view.words[$0])
            })
            // The infinitive marker, also before a passive ("want him to resign or be impeached").
            let infinitive = view.word(trigger.token - 1) == "to"
                || view.word(trigger.token - 1) == "be" && (trigger.form == .pastParticiple || trigger.form == .past)
            if trigger.isVerb, infinitive, let wish {
                requestTokens.append(wish)
            }
            // "an Israeli request to reopen the Rafah crossing", "discussed reopening the border": the act a
            // proposal names or a discussion weighs is its content, not an event.
            if trigger.isVerb, view.word(trigger.token - 1) == "to", Self.proposalNouns.contains(view.word(trigger.token - 2))
                || trigger.form == .presentParticiple && Self.deliberationVerbs.contains(view.word(trigger.token - 1))
            {
                continue
            }
            if trigger.isVerb, infinitive,
               requestTokens.contains(where: { $0 < trigger.token && trigger.token - $0 <= 12 }),
               !((requestTokens.last ?? 0)..<trigger.token).contains(where: {
                   FunctionWords.clauseBoundaries.contains(view.words[$0]) || view.words[$0] == "."
               })
            {
                continue
            }
            for pattern in trigger.patterns {
                let attribution = reporter(for: trigger.token)
                let context = TriggerContext(
                    view: view, scanner: scanner, modality: modality, dater: dater, reporter: attribution.actor,
                    attributed: attribution.attributed, claim: embedded[trigger.token])
                if let built = build(trigger, pattern: pattern, context: context) {
                    if let claim = built.claim { embedded[claim.token] = claim.claim }
                    if extractor.dictionary.patterns[pattern].type == .request { requestTokens.append(trigger.token) }
                    break
                }
            }
        }
        dropLicensingNouns(draftsBefore..<drafts.count, triggers: triggers, view: view)
        var parse: ParseView?
        if let analyzed = syntax?.sentence(sentence.index) {
            let sentenceParse = ParseView(analyzed: analyzed, view: view)
            refineRuleDrafts(draftsBefore..<drafts.count, parse: sentenceParse, view: view)
            let coded = Set(drafts[draftsBefore...].map(\.triggerStart))
            let ruleTriggers = Set(view.tokens.indices.filter { coded.contains(view.tokens[$0].span.start) })
                .union(requestTokens)
            codeFromParse(sentenceParse, view: view, ruleTriggers: ruleTriggers, ruleDrafts: draftsBefore..<drafts.count,
                          excluded: frame.excluded, modality: modality, dater: dater, reporter: reporter)
            classify(sentenceParse, analyzed: analyzed, drafts: draftsBefore..<drafts.count, view: view,
                     modality: modality, dater: dater, reporter: reporter)
            recodeNamingJudgements(draftsBefore..<drafts.count, parse: sentenceParse, view: view)
            resolveRelativeClauseActs(draftsBefore..<drafts.count, parse: sentenceParse, view: view)
            dropNounContent(draftsBefore..<drafts.count, parse: sentenceParse, view: view)
            dropForeignAgents(draftsBefore..<drafts.count, parse: sentenceParse, view: view)
            retargetAnswers(draftsBefore..<drafts.count, parse: sentenceParse, view: view)
            codeReactedActs(draftsBefore..<drafts.count, parse: sentenceParse, view: view, modality: modality,
                            dater: dater, reporter: reporter)
            recodeRequestedActs(draftsBefore..<drafts.count, parse: sentenceParse, view: view)
            recodeDemandedActs(draftsBefore..<drafts.count, parse: sentenceParse, view: view)
            dropConditions(draftsBefore..<drafts.count, parse: sentenceParse)
            dropTopicalTruces(draftsBefore..<drafts.count, parse: sentenceParse)
            recodeConditionalThreats(draftsBefore..<drafts.count, parse: sentenceParse)
            recodeThreatContents(draftsBefore..<drafts.count, parse: sentenceParse)
            recodeThreatenedActs(draftsBefore..<drafts.count, parse: sentenceParse, view: view)
            recodeHosting(draftsBefore..<drafts.count, parse: sentenceParse)
            recodeShowsOfForce(draftsBefore..<drafts.count, parse: sentenceParse)
            recodeIncursions(draftsBefore..<drafts.count, parse: sentenceParse, view: view)
            foldPurposeClauses(draftsBefore..<drafts.count, parse: sentenceParse)
            targetFromPurpose(draftsBefore..<drafts.count, parse: sentenceParse, view: view)
            recodeIntents(draftsBefore..<drafts.count, parse: sentenceParse)
            recodeRefusals(draftsBefore..<drafts.count, parse: sentenceParse, dater: dater)
            assertSpeakersOwnActs(draftsBefore..<drafts.count, parse: sentenceParse, dater: dater)
            assertOwnReports(draftsBefore..<drafts.count)
            dateStatementActs(draftsBefore..<drafts.count, view: view, frame: frame, dater: dater)
            targetMobilisations(draftsBefore..<drafts.count, parse: sentenceParse, view: view)
            assignDomesticTargets(draftsBefore..<drafts.count, view: view)
            recodeByTarget(draftsBefore..<drafts.count, parse: sentenceParse)
            copyElidedActs(draftsBefore..<drafts.count, view: view)
            parse = sentenceParse
        }
        dropFalseTriggers(draftsBefore..<drafts.count, view: view)
        locate(draftsBefore..<drafts.count, parse: parse, view: view)
        for mention in view.mentions {
            guard let actor = actorsByID[mention.mention.actor] else { continue }
            if Self.isPartyOfItsOwn(actor) {
                memory.noteParty(actor.id, at: sentence.index, isState: false)
            } else if actor.kind == .state {
                memory.noteParty(actor.id, at: sentence.index, isState: true)
            } else if let code = actor.country, let state = stateActor(code), actor.sector.map({ !Self.nonStateSectors.contains($0) }) ?? true {
                memory.noteParty(state.id, at: sentence.index, isState: true)
            }
        }
    }
}

/// The per-sentence helpers a trigger is read with.
struct TriggerContext {
    let view: SentenceView
    let scanner: ClauseScanner
    let modality: ModalityDetector
    let dater: EventDater
    let reporter: ActorID?
    let attributed: Bool
    let claim: EmbeddedClaim?
}

extension DocumentRun {
    /// Remembers the sentence's subject for later pronouns: the first actor mention outside reporting frames
    /// that opens the sentence (after at most an adverbial of four tokens) and is not governed by a preposition.
    mutating func rememberSubject(_ view: SentenceView, excluded: [Bool]) {
        if let place = view.mentions.first(where: { mention in
            !excluded[mention.first] && actorsByID[mention.mention.actor]?.kind == .state
                && ["in", "into", "near", "at"].contains(view.word(mention.first - 1) == "the" ? view.word(mention.first - 2) : view.word(mention.first - 1))
                || placeNoun(after: mention, in: view)
        }) {
            memory.lastPlace = (place.mention.actor, view.sentence.index, place.first)
        }
        guard let first = view.mentions.first(where: { !excluded[$0.first] }), first.first <= 5,
              !(0..<first.first).contains(where: { FunctionWords.prepositions.contains(view.words[$0]) && $0 == first.first - 1 }),
              // "It kidnapped an Indian engineer": a subject pronoun opens the clause, so the mention after it is
              // an object and the pronoun's antecedent stays the subject remembered.
              !(0..<first.first).contains(where: { FunctionWords.subjectPronouns.contains(view.words[$0]) }),
              let actor = actorsByID[first.mention.actor]
        else { return }
        let sentence = view.sentence.index
        if actor.kind == .person {
            memory.lastPersonSubject = (actor.id, sentence)
        } else if actor.kind == .state || actor.kind == .organization {
            memory.lastGroupSubject = (actor.id, sentence)
        }
    }

    /// Whether a state mention qualifies a place in an "in" phrase: "in Afghanistan's Maidan Wardak province".
    private func placeNoun(after mention: LocatedMention, in view: SentenceView) -> Bool {
        guard actorsByID[mention.mention.actor]?.kind == .state, view.word(mention.last + 1) == "'s" || view.word(mention.last) == "'s" || view.word(mention.last).hasSuffix("'s")
        else { return false }
        return (max(0, mention.first - 6)..<mention.first).contains { ["in", "into", "near", "at"].contains(view.words[$0]) }
    }
}
