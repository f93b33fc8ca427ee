import ArticleText
import Syntax

/// Finds actor mentions in a document and resolves them to actors of a `Lexicon`, as of a date.
///
/// Reading order, per sentence (boilerplate and the dateline are skipped, see `SegmentedDocument.isExcluded`):
/// 1. longest match over every alias with word boundaries and case rules ("US" is the United States, "us"
///    is not; "U.S." and a sentence-final "U.S" are the same key); a phrase listed as not an actor ("Korean
///    Peninsula", "inter-Korean") blocks shorter matches inside it; a one-word state name glued to another
///    capitalised word is part of that name ("George Washington");
/// 2. a state or demonym before a sector noun forms the state's sector group ("North Korean state media" →
///    `PRK-MED`; "South Korean and U.S. officials" → `KOR-GOV` and `USA-GOV`), unless the group is defined
///    by a relation ("former North Korean diplomats" yields no actor); before a title and a name it only
///    qualifies the person ("Chinese President Xi Jinping": `CHN` mention with `modifies` set, and the person);
/// 3. coreference: "he/his/him/she/her" → the latest compatible person within two sentences; "the country" →
///    the latest state (or state of the latest actor); "the North"/"the South" in a Korean context; "the
///    ministry", "the party", bare "state media" → the latest actor of that name or sector; a bare short name
///    ("Kim") → the person with that short name introduced in full in this or the previous sentence, else the
///    most mentioned one. Each records `antecedent`;
/// 4. a bare sector noun with no state word and no antecedent ("police", "protesters", "the attacker",
///    "attorneys general") forms the sector group of the state its context locates (`BLR-COP` for "police in
///    Minsk"): a place right after it, else the one state the sentence names as a place, else the document's
///    main state when one clearly dominates (`RecognitionContext.mainState`) — and only when the sentence
///    names no other state; otherwise no actor. Such mentions carry `isInferred`;
/// 5. unknown capitalised names that act (subject of "said", "told", … ; after a title; or with an
///    appositive "X, spokesperson for the ministry, told") become actors of kind `unknown` (or `person` when
///    placed by a title or appositive; a bare office title, "Interior Minister X", places them in the
///    sentence's place or the document's main state) with an `actor.unknown` finding; they never remove
///    other mentions;
/// 6. persons and organisations that the entity recogniser found (`entities`) and nothing above covered
///    become actors of their own, placed by a title or appositive when one precedes them.
///
/// Mention spans: a name's span covers the possessive clitic when one follows ("North Korea’s", "Kim’s");
/// a sector group's span runs from the state to its sector noun ("North Korean state media"); in a
/// coordination the earlier states' spans cover only the state ("South Korean" in "South Korean and U.S.
/// officials"); a definite noun phrase's span includes "the" ("the ministry").
public struct ActorRecognizer: Sendable {
    /// The lexicon consulted.
    public let lexicon: Lexicon

    /// Creates a recognizer over the bundled lexicon.
    public init() { self.lexicon = Lexicon.bundled() }

    /// Creates a recognizer over `lexicon`.
    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Recognises the actors of `document`, resolving dated roles as of `date` (the DCT when `nil`; without
    /// either, each person's latest role).
    /// - Returns: actors in order of first mention, mentions in text order, and `actor.unknown` findings.
    /// - Complexity: O(tokens × aliases sharing a first token).
    /// - Parameter entities: named entities from the syntax layer (`DocumentSyntax.entityMentions(in:)`);
    ///   persons and organisations among them that nothing else covered become actors (step 6).
    public func recognize(
        _ document: SegmentedDocument, asOf date: CalendarDate? = nil, entities: [EntityMention] = []
    ) -> ActorAnnotation {
        let entitiesBySentence = Dictionary(grouping: entities, by: \.sentence)
        let day = date ?? document.document.published
        var context = RecognitionContext(lexicon: lexicon, date: day, document: document.document.id)
        let keys = document.tokens.map { AliasIndex.key(AliasIndex.ownershipStem($0.text)) }
        let allowed = document.tokens.map { !document.isExcluded($0.span) }
        context.home = homeState(document, keys: keys, allowed: allowed, date: day)
        for (s, range) in document.tokenRanges.enumerated() where !range.isEmpty {
            guard range.contains(where: { allowed[$0] }) else { continue }
            let reader = SentenceReader(document: document, keys: keys, allowed: allowed, range: range, sentence: s,
                                        lexicon: lexicon, date: day)
            reader.read(entities: entitiesBySentence[s] ?? [], into: &context)
        }
        let mentions = context.mentions.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var firstMention: [ActorID: Int] = [:]
        for mention in mentions where firstMention[mention.actor] == nil { firstMention[mention.actor] = mention.start }
        let actors = context.orderedActors.filter { firstMention[$0.id] != nil }
            .sorted { (firstMention[$0.id] ?? 0, $0.id) < (firstMention[$1.id] ?? 0, $1.id) }
        return ActorAnnotation(actors: actors, mentions: mentions, findings: context.findings.sorted())
    }

    /// The first state the dateline names, as the article's home ("HARARE, Zimbabwe —" → `ZWE`), with the
    /// dateline mention's start; `nil` without a dateline or a state in it.
    func homeState(_ document: SegmentedDocument, keys: [String], allowed: [Bool], date: CalendarDate?)
        -> RecognitionContext.Antecedent?
    {
        guard let dateline = document.dateline,
              let first = document.tokens.firstIndex(where: { dateline.contains($0.span) })
        else { return nil }
        var end = first
        while end < document.tokens.count, dateline.contains(document.tokens[end].span) { end += 1 }
        let sentence = document.tokens[first].sentence
        let reader = SentenceReader(document: document, keys: keys, allowed: allowed, range: first..<end,
                                    sentence: sentence, lexicon: lexicon, date: date)
        var i = first
        while i < end {
            guard document.tokens[i].kind != .punctuation,
                  let (pattern, count) = lexicon.index.longestMatch(in: document.tokens, keys: keys, from: i, limit: end)
            else {
                i += 1
                continue
            }
            if case .entry(let entry) = reader.choose(pattern.targets), entry.kind == .state {
                return RecognitionContext.Antecedent(actor: entry.id, start: document.tokens[i].span.start,
                                                     sentence: sentence, isFullName: true)
            }
            i += count
        }
        return nil
    }
}

extension SentenceReader {
    /// Reads the sentence into `context`: planned lexicon mentions and coreference in text order, then unknown
    /// names.
    func read(entities: [EntityMention] = [], into context: inout RecognitionContext) {
        var skippedPlaces: [SentenceMatch] = []
        let matches = scan(places: &skippedPlaces)
        let places = placeStates(matches, skipped: skippedPlaces)
        let (planned, titles) = plan(matches)
        var covered = Set<Int>()
        for match in matches { covered.formUnion(match.fullRange) }
        var items: [(start: Int, item: Item)] = planned.map { ($0.range.lowerBound, .planned($0)) }
        for candidate in corefCandidates(covered: covered) { items.append((candidate.range.lowerBound, .coref(candidate))) }
        items.sort { $0.start < $1.start }
        var pronouns: [CorefCandidate] = []
        for (_, item) in items {
            switch item {
            case .planned(let mention):
                if let range = emit(mention, places: places, into: &context) { covered.formUnion(range) }
            case .coref(let candidate):
                if case .pronoun = candidate.kind {
                    pronouns.append(candidate)
                } else if resolve(candidate, into: &context) {
                    covered.formUnion(candidate.range)
                }
            }
        }
        captureAcronyms(covered: &covered, into: &context)
        findUnknownNames(covered: covered, titles: titles, places: places, into: &context)
        captureAcronyms(covered: &covered, into: &context)
        if !entities.isEmpty {
            addNamedEntities(entities, covered: covered, titles: titles, places: places, into: &context)
            captureAcronyms(covered: &covered, into: &context)
        }
        // Pronouns last, so that they also see the unknown names of their own sentence.
        for candidate in pronouns { _ = resolve(candidate, into: &context) }
    }

    /// Whether the mention at `range` may be a clause subject: not possessive, not after a preposition.
    func isSubjectLike(_ range: Range<Int>) -> Bool {
        guard keys[range.upperBound - 1] != "'s", key(range.upperBound) != "'s" else { return false }
        let before = key(range.lowerBound - 1)
        return !WordLists.prepositions.contains(before)
    }

    /// Adds `mention` (covering `range`) to the context.
    func record(_ mention: ActorMention, _ range: Range<Int>, fullName: Bool = true, into context: inout RecognitionContext) {
        context.add(mention, isFullName: fullName, isSubjectLike: isSubjectLike(range))
        // Gender learnt from a title or a pronoun, so that "he" and "she" keep to their own people.
        let cue = range.count == 1 && WordLists.pronouns[keys[range.lowerBound]] != nil
            ? keys[range.lowerBound] : key(range.lowerBound - 1)
        if ["he", "him", "his", "mr", "king", "prince", "sir", "lord"].contains(cue) {
            context.noteGender(mention.actor, "male")
        } else if ["she", "her", "mrs", "ms", "miss", "queen", "princess", "lady", "dame"].contains(cue) {
            context.noteGender(mention.actor, "female")
        }
    }

    enum Item {
        case planned(PlannedMention)
        case coref(CorefCandidate)
    }

    func span(_ range: Range<Int>) -> TextSpan {
        TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
    }

    func mention(_ actor: ActorID, _ range: Range<Int>, antecedent: Int? = nil, modifies: Int? = nil) -> ActorMention {
        let span = span(range)
        return ActorMention(actor: actor, span: span, text: document.text[span], sentence: sentence,
                            antecedent: antecedent, modifies: modifies)
    }

    /// Adds one planned mention; returns the tokens it covers, or `nil` when it yields no mention.
    func emit(_ planned: PlannedMention, places: [SentenceMatch] = [], into context: inout RecognitionContext)
        -> Range<Int>?
    {
        switch planned {
        case .entry(let entry, let range):
            let actor = context.register(entry: entry)
            record(mention(actor.id, range), range, into: &context)
            return range
        case .group(let state, let sector, let range):
            let actor = SentenceReader.groupActor(state, sector: sector)
            context.register(actor)
            record(mention(actor.id, range), range, into: &context)
            return range
        case .modifier(let state, let range, let head):
            let actor = context.register(entry: state)
            record(mention(actor.id, range, modifies: tokens[head].span.start), range, fullName: false, into: &context)
            return range
        case .definite(let noun, let sector, let range):
            let word = noun.split(separator: " ").last.map(String.init) ?? noun
            let isDefinite = key(range.lowerBound) == "the"
            let isStateMedia = sector == "MED" && noun.hasPrefix("state")
            let start = tokens[range.lowerBound].span.start
            // "the militants", "the rebels" after a named armed group: that group.
            if isDefinite, let sector, RecognitionContext.armedSectors.contains(sector),
               let antecedent = context.groupAntecedent(sentence: sentence, before: start)
            {
                record(mention(antecedent.actor, range, antecedent: antecedent.start), range, fullName: false,
                       into: &context)
                return range
            }
            guard isDefinite && WordLists.definiteNouns[word] != nil || isStateMedia else {
                return emitBareGroup(noun, sector: sector, range, places: places, into: &context)
            }
            // "The United States urged the government to …" in an article datelined in Libreville: "the government"
            // is the home state's unless the text has just written another state's government with that noun.
            if isDefinite, ["government", "regime"].contains(word), let home = context.home,
               let homeEntry = lexicon.entry(home.actor),
               let found = context.nounAntecedent(word, sector: sector, before: start),
               context.actor(found.actor)?.country != (homeEntry.country ?? homeEntry.id.rawValue),
               !context.isWrittenNounAntecedent(found, noun: word, before: start)
            {
                let group = SentenceReader.groupActor(homeEntry, sector: "GOV")
                context.register(group)
                record(mention(group.id, range, antecedent: home.start), range, fullName: false, into: &context)
                return range
            }
            // "after a meeting of the National Security Council … the government had set aside": a body named
            // otherwise is one organ of a government, not the government itself.
            let isGovernmentNoun = ["government", "regime", "administration"].contains(word)
            guard let antecedent = context.nounAntecedent(word, sector: sector, before: start).flatMap({ found in
                guard isGovernmentNoun, let actor = context.actor(found.actor), actor.kind == .organization,
                      !actor.name.lowercased().contains(word), actor.id.rawValue != "\(actor.country ?? "")-\(sector ?? "")"
                else { return found }
                return nil
            }) else {
                // "the government" with no government named yet: the government of the document's main state
                // (its home, when the report has a dateline).
                guard isDefinite, isGovernmentNoun,
                      let (antecedent, state) = context.home.map({ ($0, $0.actor) }) ?? context.dominantState(before: start),
                      let entry = lexicon.entry(state)
                else { return emitBareGroup(noun, sector: sector, range, places: places, into: &context) }
                let group = SentenceReader.groupActor(entry, sector: "GOV")
                context.register(group)
                record(mention(group.id, range, antecedent: antecedent.start), range, fullName: false, into: &context)
                return range
            }
            record(mention(antecedent.actor, range, antecedent: antecedent.start), range, fullName: false, into: &context)
            return range
        }
    }

    /// Adds a bare sector noun placed in a state by its context ("police in Minsk" → `BLR-COP`), marked
    /// `isInferred`; returns its tokens, or `nil` when no single state is determinable.
    func emitBareGroup(_ noun: String, sector: String?, _ range: Range<Int>, places: [SentenceMatch],
                       into context: inout RecognitionContext) -> Range<Int>?
    {
        guard let (state, sector, antecedent) = bareGroup(noun, sector: sector, range: range, places: places,
                                                          context: context)
        else { return nil }
        let group = state.map { SentenceReader.groupActor($0, sector: sector) }
            ?? SentenceReader.countrylessGroup(sector: sector)
        context.register(group)
        var inferred = mention(group.id, range, antecedent: antecedent)
        inferred.isInferred = true
        record(inferred, range, fullName: false, into: &context)
        return range
    }

    /// A sector group no state could be given to: id `XXX-SECTOR` ("XXX" is the ICAO code for an unspecified
    /// nationality; PETRARCH writes such an agent `---SECTOR`, which command lines and spreadsheets misread),
    /// named by the sector ("police", "rebels"), without a country.
    static func countrylessGroup(sector: String) -> Actor {
        Actor(id: ActorID("XXX-\(sector)"),
              name: sector == "UAF" ? "unidentified armed group" : WordLists.sectorLabels[sector] ?? sector.lowercased(),
              country: nil,
              sector: sector, kind: .organization)
    }

    /// The sector group of `state`: id `STATE-SECTOR`, named from the state's adjective ("North Korean media").
    static func groupActor(_ state: LexiconEntry, sector: String) -> Actor {
        let code = state.country ?? state.id.rawValue
        let label = WordLists.sectorLabels[sector] ?? sector.lowercased()
        return Actor(id: ActorID("\(code)-\(sector)"), name: "\(state.adjective ?? state.name) \(label)",
                     country: code, sector: sector, kind: .organization)
    }
}
