import ArticleText

extension SentenceReader {
    /// Finds capitalised names the lexicon does not know that behave like actors, and adds them with an
    /// `actor.unknown` finding. A run of capitalised words counts when:
    /// - it names an actor met earlier in the document;
    /// - a title precedes it ("Foreign Minister X", "Iranian general, X", "mayor X") → a person (or an
    ///   organisation for "airline X"), placed in the state of the title or of the sentence's latest actor;
    /// - an appositive describes it ("X, spokesperson for the ministry, …" or "the ministry's director, X,")
    ///   → a person placed by the actor inside the appositive;
    /// - a reporting or action verb follows ("X said", "X has warned") or "according to" precedes it → an
    ///   actor of kind `unknown`.
    /// Runs after a spatial preposition ("officials in Omsk said") are places and never count.
    func findUnknownNames(covered: Set<Int>, titles: [Int: TitleContext], places: [SentenceMatch] = [],
                          into context: inout RecognitionContext)
    {
        var i = range.lowerBound
        while i < range.upperBound {
            guard allowed[i], !covered.contains(i), isCapitalizedWord(i) else {
                i += 1
                continue
            }
            var end = i
            while end < range.upperBound, allowed[end], !covered.contains(end), isCapitalizedWord(end) { end += 1 }
            // "National Institute *for* Space Research", "Ministry *of* Health": lower-case links inside names.
            while ["of", "for"].contains(key(end)), end > i, isCapitalizedWord(end + 1), !covered.contains(end + 1),
                  allowed[end + 1]
            {
                end += 1
                while end < range.upperBound, allowed[end], !covered.contains(end), isCapitalizedWord(end) { end += 1 }
            }
            // "Bashar al-Assad", "Osama bin Laden": lower-case particles inside a name.
            while key(end) == "-" || WordLists.nameParticles.contains(key(end)),
                  end + 1 < range.upperBound, isCapitalizedWord(end + 1) || key(end + 1) == "-", !covered.contains(end + 1)
            {
                end += 1
                while end < range.upperBound, allowed[end], !covered.contains(end), isCapitalizedWord(end) { end += 1 }
            }
            var start = i
            var titled = false
            while start < end, WordLists.nonNameWords.contains(keys[start]) && !WordLists.nameWords.contains(keys[start])
                || WordLists.titleWords.contains(keys[start]) || keys[start] == "-"  // "Secretary-General"
            {
                if WordLists.personNouns.contains(keys[start]) || WordLists.titleWords.contains(keys[start]),
                   !WordLists.nonNameWords.contains(keys[start]) || WordLists.personNouns.contains(keys[start])
                {
                    titled = true
                }
                start += 1
            }
            // "Home Secretary Suella Braverman": drop everything up to the last title word.
            if let last = (start..<end).last(where: { WordLists.governmentTitles.contains(keys[$0]) }), last + 1 < end,
               last > start
            {
                start = last + 1
                titled = true
            }
            defer { i = end }
            guard start < end, end - start > 1 || tokens[start].text.unicodeScalars.count > 1 else { continue }
            // "The Boeing 737-800": a name before a model number is a product, as the lexicon's matches read it.
            if isModelNumber(end) { continue }
            // "the 787 Dreamliner will use less fuel": a name after a model number is the model's, a product.
            if !titled, start == i, isModelNumber(i - 1) { continue }
            let run = start..<end
            let mentionRange = withPossessive(run)
            // A short form of someone named earlier in this sentence ("… Oleksiy Honcharuk's offer …, seemingly
            // Honcharuk").
            if run.count == 1, titles[run.lowerBound] == nil,
               let antecedent = context.shortNameAntecedent(tokens[run.lowerBound].text, sentence: sentence,
                                                            before: tokens[run.lowerBound].span.start)
            {
                record(mention(antecedent.actor, mentionRange, antecedent: antecedent.start), mentionRange,
                       fullName: false, into: &context)
                continue
            }
            guard let placed = classify(run, titled: titled, titles: titles, covered: covered, places: places,
                                        context: context)?.placedAsNonStateGroup()
            else { continue }
            let known = context.actor(placed.id) != nil
            let words = placed.name.split(separator: " ").map(String.init)
            let shortForms = placed.kind == .organization && words.count >= 2 && words[0].count >= 4 ? [words[0]] : []
            context.register(placed, shortNames: shortForms)
            record(mention(placed.id, mentionRange), mentionRange, into: &context)
            if !known {
                let name = writtenName(run)
                context.findings.append(UnknownActorFinding.finding(
                    name: name, actor: placed, recogniser: false, document: context.document, span: span(run)))
            }
        }
    }

    /// Whether token `index` is a model number after a maker's name ("737-800", "A380"): a number, or a word
    /// that starts with a digit or is a capital letter followed by digits.
    func isModelNumber(_ index: Int) -> Bool {
        guard range.contains(index) else { return false }
        let scalars = Array(tokens[index].text.unicodeScalars)
        func digit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        return tokens[index].kind == .number || scalars.first.map(digit) == true
            || scalars.count >= 3 && ("A"..."Z").contains(scalars[0]) && scalars.dropFirst().allSatisfy(digit)
    }

    /// The actor a capitalised run stands for, or `nil` when it does not behave like an actor.
    func classify(_ run: Range<Int>, titled: Bool, titles: [Int: TitleContext], covered: Set<Int>,
                  places: [SentenceMatch] = [], context: RecognitionContext) -> Actor?
    {
        let name = writtenName(run)
        let slug = ActorID(LexiconFileReader.slug(name))
        if let known = context.actor(slug) ?? context.actor(ActorID("unknown:\(name)")) { return known }
        // "Ma Ying-jeou", "Chen Shui-bian": a person the source dictionaries spell without the hyphen ("Ma Ying
        // Jeou") has the slug of the written name as its id.
        if let entry = lexicon.entry(slug), entry.kind == .person { return entry.actor(asOf: date) }
        if let title = titles[run.lowerBound] {
            return Actor(id: slug, name: name, country: title.country, sector: title.sector,
                         kind: title.isPerson ? .person : .organization, role: title.title)
        }
        let before = key(run.lowerBound - 1)
        if WordLists.spatialPrepositions.contains(before) || before == "of" { return nil }
        var after = key(run.upperBound) == "'s" ? run.upperBound + 1 : run.upperBound
        if key(after) == "of", covered.contains(after + 1) {
            after += 1  // "The Federal Aviation Office of Germany has suspended …"
            while covered.contains(after) { after += 1 }
        }
        let start = tokens[run.lowerBound].span.start
        // "X, spokesperson for the ministry, told …"; "… handed over to X, the State Department's envoy for Iran."
        if key(after) == ",", let appositive = appositive(from: after + 1) ?? finalAppositive(from: after + 1) {
            let isPerson = appositive.contains { WordLists.personNouns.contains(keys[$0]) }
            let acts = WordLists.actorVerbs.contains(key(appositive.upperBound + 1))
            if isPerson || acts {
                let placedBy = appositiveOwner(appositive, context: context).flatMap { context.actor($0.actor) }
                let role = tokens[appositive]
                    .drop { ["a", "an", "the"].contains(AliasIndex.key($0.text)) }
                    .prefix { !["for", "of", "at", "to", "with", "in", ","].contains(AliasIndex.key($0.text)) }
                    .map(\.text).joined(separator: " ")
                return Actor(id: isPerson ? slug : ActorID("unknown:\(name)"), name: name,
                             country: placedBy?.country, sector: placedBy?.sector, kind: isPerson ? .person : .unknown,
                             role: role.isEmpty ? nil : role)
            }
        }
        // "Mahan's director, Hamid Arabnejad Khanooki," / "her husband Siarhei" / "mayor Muriel Bowser"
        let roleBefore = before == "," ? key(run.lowerBound - 2) : before
        // "The UN envoy for Yemen, Hans Grundberg,": a role phrase whose person noun a posting follows.
        let postedRole = before == "," && postingNoun(endingAt: run.lowerBound - 2) != nil
        if titled || WordLists.personNouns.contains(roleBefore) || postedRole {
            let inSentence = context.mentions(inSentence: sentence)
            // "King Willem-Alexander of the Netherlands": the state named right after the name; else the latest
            // state before it that is no preposition's object ("During a state visit to Indonesia, King …" is
            // not Indonesia's king).
            // "Prime Minister Costas Simitis in Athens and Prime Minister … in Ankara": a title holder followed by
            // "in" and a capital or state holds that state's office, whatever state the sentence named before.
            let seat = key(run.upperBound) == "in"
                ? places.first(where: { $0.range.lowerBound == run.upperBound + 1 })?.entry : nil
            var state = stateNamed(after: run, among: inSentence, context: context)
                ?? (before == "," ? stateInRole(endingAt: run.lowerBound - 2, among: inSentence, context: context) : nil)
                ?? seat
                ?? context.stateAntecedent(before: start).flatMap { antecedent, state in
                    antecedent.sentence == sentence && antecedent.isSubjectLike ? context.lexicon.entry(state) : nil
                }
            // "Interior Minister Joachim Brudziński" with no state in the sentence: an office of the state the
            // sentence places us in, else of the document's main state when one clearly dominates. A state the
            // sentence names after the person is another party ("Foreign Minister Marise Payne called on China to
            // allow investigators into Wuhan"), not the office's.
            let isJudicial = ["prosecutor", "judge"].contains(roleBefore)
            let isOffice = WordLists.governmentTitles.contains(roleBefore) || isJudicial
            if state == nil, isOffice {
                let named = Set(inSentence.filter { $0.start > start }.map(\.actor))
                let located = Set(places.compactMap(\.entry?.id)).subtracting(named)
                if located.count == 1, let id = located.first {
                    state = context.lexicon.entry(id)
                } else if located.isEmpty, let (_, main) = context.mainState(before: start) {
                    state = context.lexicon.entry(main)
                }
            }
            let sector = isJudicial ? "JUD" : titled || WordLists.governmentTitles.contains(roleBefore) ? "GOV" : nil
            return Actor(id: slug, name: name, country: state?.id.rawValue, sector: state == nil ? nil : sector,
                         kind: .person, role: nil)
        }
        // "Belarusian KGB", "Federal Aviation Office", "Cinema for Peace Foundation", "the ELN": an organisation
        // by its name, placed by a demonym right before it or an "of <state>" right after it.
        let last = tokens[run.upperBound - 1].text
        let isAcronym = last.unicodeScalars.count >= 2 && last.unicodeScalars.allSatisfy { $0.properties.isUppercase }
        if let sector = WordLists.organizationHeads[keys[run.upperBound - 1]] ?? (isAcronym ? "" : nil),
           run.count >= 2 || isAcronym
        {
            let before = context.mentions(inSentence: sentence).last { $0.end <= start }
            let demonym = before.flatMap { mention in
                mention.end == tokens[run.lowerBound - 1].span.end ? context.actor(mention.actor) : nil
            }
            // "the OAS Permanent Council", "the AU Commission": a body of the IGO named right before it.
            if let igo = demonym, igo.kind == .organization, let code = igo.country, code == igo.id.rawValue,
               code.hasPrefix("IGO")
            {
                return Actor(id: slug, name: name, country: code, sector: sector.isEmpty ? nil : sector, kind: .organization)
            }
            var state = demonym?.kind == .state ? demonym : nil
            if state == nil, key(run.upperBound) == "of",
               let after = context.mentions(inSentence: sentence).first(where: { $0.start
                   == tokens[min(run.upperBound + 1, range.upperBound - 1)].span.start })
            {
                state = context.actor(after.actor).flatMap { $0.kind == .state ? $0 : nil }
            }
            // An acronym with the definite article names an organisation ("talks with the ELN").
            if state != nil || isAcronym == false || acts(at: after, strict: false) || isAcronym && key(run.lowerBound - 1) == "the" {
                return Actor(id: slug, name: name, country: state?.country, sector: sector.isEmpty ? nil : sector,
                             kind: .organization)
            }
        }
        let isSentenceStart = run.lowerBound == range.lowerBound
        let quoted = before == "to" && key(run.lowerBound - 2) == "according"
        guard quoted || acts(at: after, strict: isSentenceStart && run.count == 1) else { return nil }
        if let state = leadingState(of: run) {
            // "The Nigeria Labour Congress called a strike": a national body named after its state.
            let sector = WordLists.organizationHeads[keys[run.upperBound - 1]].flatMap { $0.isEmpty ? nil : $0 }
            return Actor(id: slug, name: name, country: state.country, sector: sector, kind: .organization)
        }
        return Actor(id: ActorID("unknown:\(name)"), name: name, country: nil, sector: nil, kind: .unknown)
    }

    /// Whether a reporting or action verb starts at `i` ("said", "has warned", "had not confirmed"); `strict`
    /// accepts only unambiguous reporting verbs (for one capitalised word at the start of a sentence, which
    /// may be an ordinary word: "Initial reports …").
    func acts(at i: Int, strict: Bool) -> Bool {
        let strictVerbs: Set<String> = ["said", "told", "says", "tells", "added", "announced", "stated", "warned", "wrote"]
        if strict { return strictVerbs.contains(key(i)) }
        if WordLists.actorVerbs.contains(key(i)) { return true }
        guard WordLists.auxiliaries.contains(key(i)) else { return false }
        var j = i + 1
        while ["not", "also", "already", "since", "repeatedly", "previously", "now", "been"].contains(key(j)) { j += 1 }
        return WordLists.actorVerbs.contains(key(j)) || (key(j).count > 4 && key(j).hasSuffix("ed"))
    }

    /// The tokens of an appositive that ends the sentence, starting at `start` and running to its closing full
    /// stop within 15 tokens with no comma or clause punctuation on the way ("… handed over to Brian Hook, *the State
    /// Department's special envoy for Iran*."). It must open with a determiner and its first person noun must end it
    /// or be followed by a preposition, so a clause after the comma is none ("X, who …"; "… to Shell, the armed
    /// forces commander said.").
    func finalAppositive(from start: Int) -> Range<Int>? {
        guard ["the", "a", "an"].contains(key(start)) else { return nil }
        var i = start
        while i < range.upperBound, i - start < 15 {
            if keys[i] == "." {
                guard i == range.upperBound - 1, i > start + 1,
                      let noun = (start..<i).first(where: { WordLists.personNouns.contains(keys[$0]) }),
                      noun + 1 == i || ["for", "of", "to", "at", "in", "with", "on"].contains(keys[noun + 1])
                else { return nil }
                return start..<i
            }
            if tokens[i].kind == .punctuation && keys[i] != "'s" { return nil }
            i += 1
        }
        return nil
    }

    /// The mention inside an appositive that places the person it describes: the last one before its person noun
    /// ("*the State Department's* special envoy for Iran", "*a Ukrainian* lawmaker"), else the last one after it
    /// unless it names where an envoy is posted ("ambassador *to Russia*", "envoy *for Iran*": the host, not the
    /// home), as "spokesperson for *the ministry*" and "adviser to *the Kremlin*" place theirs.
    func appositiveOwner(_ appositive: Range<Int>, context: RecognitionContext) -> ActorMention? {
        let inside = context.mentions(inSentence: sentence).filter { mention in
            mention.start >= tokens[appositive.lowerBound].span.start
                && mention.end <= tokens[appositive.upperBound - 1].span.end
        }
        guard let noun = appositive.first(where: { WordLists.personNouns.contains(keys[$0]) }) else { return inside.last }
        let nounStart = tokens[noun].span.start
        if let before = inside.last(where: { ownsRole($0, noun: noun) }) { return before }
        return inside.last { mention in
            guard mention.start > nounStart else { return false }
            guard WordLists.postingNouns.contains(keys[noun]),
                  let first = appositive.first(where: { tokens[$0].span.start == mention.start })
            else { return true }
            var k = first - 1
            while k > noun, ["the", "a", "an"].contains(keys[k]) { k -= 1 }
            return !["to", "for", "in", "at"].contains(keys[k])
        }
    }

    /// Whether `mention` names whose the person noun at token `noun` is: it starts before the noun and, when it
    /// runs over the noun ("UN envoy", "Japan's ambassador"), has a word of its own before it — "the president"
    /// read as some state's government is the noun itself, not its owner.
    func ownsRole(_ mention: ActorMention, noun: Int) -> Bool {
        let nounStart = tokens[noun].span.start
        guard mention.start < nounStart else { return false }
        if mention.end <= nounStart { return true }
        guard let first = (range.lowerBound..<noun).first(where: { tokens[$0].span.start == mention.start }) else { return false }
        return (first..<noun).contains { !["the", "a", "an"].contains(keys[$0]) }
    }

    /// The tokens of an appositive starting at `start` and closed by a comma within 15 tokens.
    func appositive(from start: Int) -> Range<Int>? {
        var i = start
        while i < range.upperBound, i - start < 15 {
            if keys[i] == "," { return i > start ? start..<i : nil }
            if tokens[i].kind == .punctuation && ["(", ")", ";", ":", "."].contains(keys[i]) { return nil }
            i += 1
        }
        return nil
    }

    /// The state named inside the role phrase that ends at token `last` and stands before a name and its comma:
    /// "*Britain's* Brexit secretary, David Davis," / "the *French* foreign minister, …"; `nil` when the phrase
    /// (back to the sentence start, a punctuation mark or a verb-like word, at most eight tokens) names none. With a
    /// posting noun, the state or IGO before it: "*the UN* envoy for Yemen, Hans Grundberg," is the UN's.
    func stateInRole(endingAt last: Int, among mentions: ArraySlice<ActorMention>, context: RecognitionContext) -> LexiconEntry? {
        let first = rolePhraseStart(endingAt: last)
        guard first <= last else { return nil }
        // "The UN envoy for Yemen, …": the body before a posted person noun, not the post (an IGO counts).
        if let noun = postingNoun(endingAt: last) {
            return mentions.last { mention in mention.start >= tokens[first].span.start && ownsRole(mention, noun: noun) }
                .flatMap { context.actor($0.actor)?.country }
                .flatMap { context.lexicon.entry(ActorID($0)) }
                .flatMap { $0.kind == .state || $0.id.rawValue.hasPrefix("IGO") ? $0 : nil }
        }
        let span = tokens[first].span.start..<tokens[last].span.end
        return mentions.last { span.contains($0.start) && $0.end <= span.upperBound }
            .flatMap { context.lexicon.entry($0.actor) }
            .flatMap { entry in
                entry.kind == .state ? entry
                    : entry.country.flatMap { context.lexicon.entry(ActorID($0)) }.flatMap { $0.kind == .state ? $0 : nil }
            }
    }

    /// The first token of the role phrase that ends at token `last` before a name and its comma: back to the
    /// sentence start, a punctuation mark or an auxiliary, at most eight tokens.
    func rolePhraseStart(endingAt last: Int) -> Int {
        var first = last
        while first > range.lowerBound, last - first < 8 {
            let previous = first - 1
            if tokens[previous].kind == .punctuation && keys[previous] != "'s" || WordLists.auxiliaries.contains(keys[previous]) { break }
            first = previous
        }
        return first
    }

    /// The posting noun ("envoy", "ambassador") of the role phrase ending at token `last`, when a preposition
    /// naming the post follows it inside the phrase ("the UN *envoy* for Yemen", "Japan's *ambassador* to China").
    func postingNoun(endingAt last: Int) -> Int? {
        guard last >= range.lowerBound else { return nil }
        let first = rolePhraseStart(endingAt: last)
        guard first < last else { return nil }
        return (first..<last).first { i in
            WordLists.postingNouns.contains(keys[i]) && ["to", "for", "in", "at"].contains(keys[i + 1])
        }
    }

    /// The state a mention names right after `run` and "of" (or "of the"): "King Willem-Alexander *of the
    /// Netherlands*"; `nil` when no state follows so.
    func stateNamed(after run: Range<Int>, among mentions: ArraySlice<ActorMention>, context: RecognitionContext) -> LexiconEntry? {
        guard key(run.upperBound) == "of" else { return nil }
        let next = key(run.upperBound + 1) == "the" ? run.upperBound + 2 : run.upperBound + 1
        guard next < range.upperBound,
              let mention = mentions.first(where: { $0.start == tokens[next].span.start }),
              let entry = context.lexicon.entry(mention.actor), entry.kind == .state
        else { return nil }
        return entry
    }
}
