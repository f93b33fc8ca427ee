import ArticleText

/// What the recognizer remembers about one document while it reads it: the actors seen, the mentions made so
/// far (for coreference), and the findings.
struct RecognitionContext {
    /// One earlier mention, as an antecedent candidate.
    struct Antecedent {
        var actor: ActorID
        var start: Int
        var sentence: Int
        /// Whether the mention named the actor in full (not a pronoun or short form).
        var isFullName: Bool
        /// Whether the mention may be a clause subject: not possessive, not after a preposition.
        var isSubjectLike: Bool = true
    }

    let lexicon: Lexicon
    let date: CalendarDate?
    let document: DocumentID
    private(set) var actors: [ActorID: Actor] = [:]
    private(set) var order: [ActorID] = []
    private(set) var genders: [ActorID: String] = [:]
    private(set) var shortNames: [ActorID: [String]] = [:]
    private(set) var counts: [ActorID: Int] = [:]
    private(set) var history: [Antecedent] = []
    var mentions: [ActorMention] = []
    var findings: [Finding] = []
    /// The state the dateline names ("MALÉ, Maldives —" → `MDV`; "HONG KONG, China —" → `HKG`, the place being a
    /// state-level actor itself), with the dateline mention as its antecedent: the article's home, which
    /// `mainState(before:)` counts as `homeWeight` mentions.
    var home: Antecedent?
    /// How many mentions the dateline's state counts for in `mainState(before:)`.
    static let homeWeight = 2

    /// The mentions recorded so far in `sentence`: mentions are recorded sentence by sentence, so these are the
    /// trailing ones, found without scanning earlier sentences.
    func mentions(inSentence sentence: Int) -> ArraySlice<ActorMention> {
        let start = mentions.lastIndex { $0.sentence != sentence }.map { $0 + 1 } ?? mentions.startIndex
        return mentions[start...]
    }

    init(lexicon: Lexicon, date: CalendarDate?, document: DocumentID) {
        self.lexicon = lexicon
        self.date = date
        self.document = document
    }

    func actor(_ id: ActorID) -> Actor? { actors[id] }

    /// Registers `actor` (first registration wins) with the short forms that may later refer to it.
    mutating func register(_ actor: Actor, gender: String? = nil, shortNames names: [String] = []) {
        guard actors[actor.id] == nil else { return }
        actors[actor.id] = actor
        order.append(actor.id)
        if let gender { genders[actor.id] = gender }
        var forms = names
        if actor.kind == .person || actor.kind == .unknown {
            let words = actor.name.split(separator: " ").map(String.init)
            if words.count >= 2 {
                for word in [words[0], words[words.count - 1]] where word.count >= 2 && !forms.contains(word) {
                    forms.append(word)
                }
            }
        }
        shortNames[actor.id] = forms
    }

    /// Adds a short form that refers to the registered actor `id` from here on ("ELN" after "the National
    /// Liberation Army (ELN)").
    mutating func addShortName(_ form: String, for id: ActorID) {
        guard actors[id] != nil, !(shortNames[id]?.contains(form) ?? false) else { return }
        shortNames[id, default: []].append(form)
    }

    /// Registers a lexicon entry as of the context's date and returns its actor.
    mutating func register(entry: LexiconEntry) -> Actor {
        if let known = actors[entry.id] { return known }
        let actor = entry.actor(asOf: date)
        register(actor, gender: entry.gender, shortNames: entry.shortNames)
        return actor
    }

    /// Notes a person's gender learnt from the text ("Mrs", "she"), unless already known.
    mutating func noteGender(_ id: ActorID, _ gender: String) {
        if genders[id] == nil { genders[id] = gender }
    }

    /// Records a mention and makes it an antecedent for what follows.
    mutating func add(_ mention: ActorMention, isFullName: Bool = true, isSubjectLike: Bool = true) {
        mentions.append(mention)
        counts[mention.actor, default: 0] += 1
        history.append(Antecedent(actor: mention.actor, start: mention.start, sentence: mention.sentence,
                                  isFullName: isFullName, isSubjectLike: isSubjectLike))
    }

    /// The actors in order of first mention.
    var orderedActors: [Actor] { order.compactMap { actors[$0] } }

    // MARK: - Antecedent search

    /// How many of the latest mentions the antecedent searches look back over. News articles have a few hundred
    /// mentions; the bound keeps one very long document (a 20 MB file) linear in its length instead of
    /// quadratic, and changes nothing for ordinary articles.
    static let coreferenceWindow = 1_000

    /// The latest `coreferenceWindow` mentions, oldest first.
    var recent: ArraySlice<Antecedent> { history.suffix(Self.coreferenceWindow) }


    /// The person a pronoun refers to: the first compatible person of the current sentence (the likely
    /// subject), else the first of the previous sentences within `window`; object pronouns ("him") take the
    /// latest compatible person instead.
    func personAntecedent(sentence: Int, before start: Int, excluding excluded: String?, object: Bool = false,
                          window: Int = 2) -> Antecedent?
    {
        func compatible(_ item: Antecedent) -> Bool {
            guard item.start < start, sentence - item.sentence <= window, let actor = actors[item.actor],
                  actor.kind == .person
            else { return false }
            return excluded == nil || genders[item.actor] != excluded
        }
        if object { return recent.filter(compatible).max { $0.start < $1.start } }
        for s in stride(from: sentence, through: sentence - window, by: -1) {
            let here = recent.filter { $0.sentence == s && compatible($0) }
            if let subject = here.filter(\.isSubjectLike).min(by: { $0.start < $1.start })
                ?? here.min(by: { $0.start < $1.start })
            {
                return subject
            }
        }
        // A pronoun after a long quotation: the latest person within five sentences.
        return recent.filter { item in
            item.start < start && sentence - item.sentence <= 5 && actors[item.actor]?.kind == .person
                && (excluded == nil || genders[item.actor] != excluded)
        }.max { $0.start < $1.start }
    }

    /// The non-state group a definite description refers to ("JNIM abducted five engineers … The group
    /// demanded a ransom", "the militants", "the rebels"): the latest organisation mention of an armed,
    /// rebel, radical or separatist sector (`armedSectors`) within `window` sentences.
    func groupAntecedent(sentence: Int, before start: Int, window: Int = 4) -> Antecedent? {
        latestOrganization(sentence: sentence, before: start, window: window) { actor in
            actor.sector.map(Self.armedSectors.contains) ?? false
        }
    }

    /// The international body "the bloc" or "the alliance" refers to: the latest mention of an organisation
    /// whose code is an IGO code (`IGO…`) within `window` sentences.
    func blocAntecedent(sentence: Int, before start: Int, window: Int = 4) -> Antecedent? {
        latestOrganization(sentence: sentence, before: start, window: window) { ($0.country ?? "").hasPrefix("IGO") }
    }

    /// The group an object "them" refers to: the latest mention earlier in the same sentence of a state's
    /// sector group ("two Russian diplomats" `RUS-GOV`, "Tajik border guards" `TJK-MIL`).
    func stateGroupAntecedent(sentence: Int, before start: Int) -> Antecedent? {
        latestOrganization(sentence: sentence, before: start, window: 0) { actor in
            guard let country = actor.country, let sector = actor.sector else { return false }
            return actor.id.rawValue == "\(country)-\(sector)"
        }
    }

    /// The latest mention before `start`, within `window` sentences, of an organisation that passes `test`.
    private func latestOrganization(sentence: Int, before start: Int, window: Int, _ test: (Actor) -> Bool) -> Antecedent? {
        recent.last { item in
            guard item.start < start, sentence - item.sentence <= window, let actor = actors[item.actor],
                  actor.kind == .organization
            else { return false }
            return test(actor)
        }
    }

    /// CAMEO sectors of armed groups that stand outside a state: rebels, insurgents, unidentified armed
    /// forces, Islamist militant groups, radicals and separatists.
    static let armedSectors: Set<String> = ["REB", "INS", "UAF", "IMG", "RAD", "SEP"]

    /// The state a "the country" refers to: the latest state mention, or the state of the latest mention of
    /// an actor with a state country.
    /// - Parameter among: when given, only these states (ISO alpha-3) qualify ("the emirate": Qatar, Kuwait,
    ///   the United Arab Emirates).
    func stateAntecedent(before start: Int, among: Set<String>? = nil) -> (Antecedent, ActorID)? {
        for item in recent.filter({ $0.start < start }).sorted(by: { $0.start > $1.start }) {
            guard let actor = actors[item.actor] else { continue }
            let state: ActorID?
            if actor.kind == .state {
                state = actor.id
            } else if let country = actor.country, country.count == 3, lexicon.entry(ActorID(country))?.kind == .state {
                state = ActorID(country)
            } else {
                state = nil
            }
            guard let state, among.map({ $0.contains(state.rawValue) }) ?? true else { continue }
            return (item, state)
        }
        return nil
    }

    /// The state an "its" before a state institution refers to ("Sudan recalled its ambassador from Addis Ababa.
    /// Its foreign ministry …"): the first subject-like mention of a state (or of an actor of a state) in the
    /// latest sentence before `start` that has one, else `stateAntecedent(before:)`.
    func possessorState(before start: Int) -> (Antecedent, ActorID)? {
        let earlier = recent.filter { $0.start < start && $0.isSubjectLike }
        func state(of item: Antecedent) -> ActorID? {
            guard let actor = actors[item.actor] else { return nil }
            if actor.kind == .state { return actor.id }
            if let country = actor.country, country.count == 3, lexicon.entry(ActorID(country))?.kind == .state {
                return ActorID(country)
            }
            return nil
        }
        if let sentence = earlier.last(where: { state(of: $0) != nil })?.sentence,
           let first = earlier.first(where: { $0.sentence == sentence && state(of: $0) != nil }),
           let id = state(of: first)
        {
            return (first, id)
        }
        return stateAntecedent(before: start)
    }

    /// The state the document is mostly about so far: the most mentioned state (ties: the latest), with its
    /// latest mention.
    func dominantState(before start: Int) -> (Antecedent, ActorID)? {
        var best: (count: Int, item: Antecedent)?
        for item in recent where item.start < start && actors[item.actor]?.kind == .state {
            let count = counts[item.actor] ?? 0
            if let current = best, (count, item.start) <= (current.count, current.item.start) { continue }
            best = (count, item)
        }
        return best.map { ($0.item, $0.item.actor) }
    }

    /// Whether the dateline's state has been counted (as `mainState(before:)` counts) at least as often as any
    /// other state so far.
    func homeLeads(before start: Int) -> Bool {
        guard let home else { return false }
        var tally: [ActorID: Int] = [home.actor: Self.homeWeight]
        for item in recent where item.start < start {
            guard let actor = actors[item.actor] else { continue }
            if actor.kind == .state {
                tally[actor.id, default: 0] += 1
            } else if let country = actor.country, country.count == 3, lexicon.entry(ActorID(country))?.kind == .state {
                tally[ActorID(country), default: 0] += 1
            }
        }
        let own = tally[home.actor] ?? 0
        return tally.allSatisfy { $0.key == home.actor || $0.value <= own }
    }

    /// The document's main state so far, only when it clearly dominates: counting each mention of a state and
    /// of an actor belonging to a state (a person, an organisation, a sector group), and the dateline's state as
    /// `homeWeight` mentions, the most counted state has at least two mentions and at least twice as many as any
    /// other. Returns its latest mention (the dateline's, when the text has not named it yet).
    func mainState(before start: Int) -> (Antecedent, ActorID)? {
        var tally: [ActorID: (count: Int, latest: Antecedent)] = [:]
        if let home { tally[home.actor] = (Self.homeWeight, home) }
        for item in recent where item.start < start {
            guard let actor = actors[item.actor] else { continue }
            let state: ActorID
            if actor.kind == .state {
                state = actor.id
            } else if let country = actor.country, country.count == 3,
                      lexicon.entry(ActorID(country))?.kind == .state
            {
                state = ActorID(country)
            } else {
                continue
            }
            let count = (tally[state]?.count ?? 0) + 1
            tally[state] = (count, item)
        }
        let ranked = tally.sorted { ($0.value.count, $1.key.rawValue) > ($1.value.count, $0.key.rawValue) }
        guard let top = ranked.first, top.value.count >= 2 else { return nil }
        if ranked.count > 1, ranked[1].value.count * 2 > top.value.count { return nil }
        return (top.value.latest, top.key)
    }

    /// The latest actor whose name contains `noun`, or else the latest actor of `sector` that belongs to a state.
    /// A mention written with the noun comes first ("Sri Lanka's government … Norway's development minister … the
    /// government" is Sri Lanka's, although the minister's group is a government too), within `window` sentences.
    func nounAntecedent(_ noun: String, sector: String?, before start: Int, window: Int = 6) -> Antecedent? {
        if let item = writtenNounAntecedent(noun, before: start, window: window) { return item }
        let byName = recent.last { item in
            item.start < start && (actors[item.actor]?.name.lowercased().contains(noun) ?? false)
        }
        if let byName { return byName }
        let byRole = recent.last { item in
            guard item.start < start, let actor = actors[item.actor], actor.kind == .person else { return false }
            return actor.role?.lowercased().contains(noun) ?? false
        }
        if let byRole { return byRole }
        guard let sector else { return nil }
        return recent.last { item in
            guard item.start < start, let actor = actors[item.actor] else { return false }
            return actor.kind == .organization && actor.sector == sector && actor.country?.count == 3
        }
    }

    /// The latest mention written with `noun` ("Sri Lanka's government" for "the government") within `window`
    /// sentences, the first step of `nounAntecedent(_:sector:before:window:)`.
    func writtenNounAntecedent(_ noun: String, before start: Int, window: Int = 6) -> Antecedent? {
        guard let written = mentions.last(where: { mention in
            mention.start < start && mention.antecedent == nil && mention.text.count > noun.count
                && mention.text.lowercased().contains(noun)
        }), let sentence = history.last?.sentence, sentence - written.sentence <= window
        else { return nil }
        return recent.last { $0.start == written.start && $0.actor == written.actor }
    }

    /// Whether `item` is the mention `writtenNounAntecedent(_:before:window:)` finds for `noun`.
    func isWrittenNounAntecedent(_ item: Antecedent, noun: String, before start: Int) -> Bool {
        guard let written = writtenNounAntecedent(noun, before: start) else { return false }
        return written.start == item.start && written.actor == item.actor
    }

    /// Whether `id` (a state code) has been mentioned.
    func hasMentioned(_ id: ActorID) -> Bool { counts[id] != nil }

    /// The person a bare short form ("Kim") refers to: one introduced in full in this or the previous sentence,
    /// else the most mentioned person with that short form (ties: the latest).
    func shortNameAntecedent(_ word: String, sentence: Int, before start: Int) -> Antecedent? {
        let candidates = recent.filter { item in
            item.start < start && (shortNames[item.actor]?.contains(word) ?? false)
        }
        guard !candidates.isEmpty else { return nil }
        if let local = candidates.last(where: { $0.isFullName && sentence - $0.sentence <= 1 }) { return local }
        var best: (count: Int, start: Int, actor: ActorID)?
        for item in candidates {
            let count = counts[item.actor] ?? 0
            if let current = best, (count, item.start) <= (current.count, current.start) { continue }
            best = (count, item.start, item.actor)
        }
        return candidates.last { $0.actor == best?.actor }
    }
}
