import ArticleText

/// Reads one sentence: longest-match over the lexicon, then groups, titles and coordination.
struct SentenceReader {
    let document: SegmentedDocument
    let keys: [String]
    let allowed: [Bool]
    let range: Range<Int>
    let sentence: Int
    let lexicon: Lexicon
    let date: CalendarDate?

    var tokens: [Token] { document.tokens }

    func isWord(_ i: Int) -> Bool { range.contains(i) && tokens[i].kind == .word }
    func isCapitalizedWord(_ i: Int) -> Bool { isWord(i) && tokens[i].isCapitalized && keys[i] != "'s" }
    func key(_ i: Int) -> String { range.contains(i) ? keys[i] : "" }

    /// The words of `run` as written: a space only where the text has one ("John O'Hara-Smith", not
    /// "John O'Hara - Smith").
    func writtenName(_ run: Range<Int>) -> String {
        var name = ""
        for index in run {
            if index > run.lowerBound, tokens[index].span.start > tokens[index - 1].span.end { name += " " }
            name += tokens[index].text
        }
        return name
    }
    var isHeading: Bool { document.sentences[sentence].isHeading }

    // MARK: - Longest match

    /// Lexicon matches of the sentence, left to right, longest first, never overlapping; capitals set aside as
    /// places ("in Minsk") are added to `places`.
    func scan(places: inout [SentenceMatch]) -> [SentenceMatch] {
        var limits = [Int](repeating: range.upperBound, count: range.count + 1)
        var next = range.upperBound
        for i in range.reversed() {
            if !allowed[i] { next = i }
            limits[i - range.lowerBound] = next
        }
        var matches: [SentenceMatch] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard allowed[i], tokens[i].kind != .punctuation,
                  let (pattern, count) = lexicon.index.longestMatch(
                      in: tokens, keys: keys, from: i, limit: limits[i - range.lowerBound])
            else {
                i += 1
                continue
            }
            let target = choose(pattern.targets)
            var match = SentenceMatch(target: target, range: i..<(i + count), possessive: false)
            if key(i + count) == "'s", match.entry != nil, allowed[i + count] { match.possessive = true }
            // "Boeing 737-800", "Airbus A380": a maker's name before a model is a product.
            if let entry = match.entry, entry.kind == .organization, count == 1, range.contains(i + 1),
               tokens[i + 1].kind == .number || tokens[i + 1].text.unicodeScalars.contains(where: { ("0"..."9").contains($0) })
            {
                i += 1
                continue
            }
            // "the Nigeria Labour Congress": a one-word alias of an organisation ("Congress") that ends another
            // capitalised name is that name's word.
            if let entry = match.entry, entry.kind == .organization, count == 1, i > range.lowerBound,
               isCapitalizedWord(i - 1), !WordLists.nonNameWords.contains(keys[i - 1]) || WordLists.nameWords.contains(keys[i - 1]),
               !WordLists.titleWords.contains(keys[i - 1]), tokens[i].text.first?.isUppercase == true,
               tokens[i].text.dropFirst().allSatisfy({ $0.isLowercase })
            {
                i += 1
                continue
            }
            // "the Ta'ang National Liberation Army": an organisation's name of several words after a capitalised
            // word that names nothing of its own is the end of another organisation's name, not that organisation
            // (Colombia's National Liberation Army).
            // A match ending right before it ("the United States National Security Council") or a hyphenated
            // modifier ("Kurdish-led") is no part of such a name.
            if let entry = match.entry, entry.kind == .organization, count >= 2, i > range.lowerBound,
               isCapitalizedWord(i - 1), !WordLists.nonNameWords.contains(keys[i - 1]),
               !WordLists.titleWords.contains(keys[i - 1]), i - 1 > range.lowerBound, !isHeading,
               !tokens[i - 1].text.contains("-"), matches.last.map({ $0.fullRange.upperBound < i }) ?? true,
               !places.contains(where: { $0.fullRange.upperBound == i }),
               lexicon.index.longestMatch(in: tokens, keys: keys, from: i - 1, limit: i) == nil
            {
                i += 1
                continue
            }
            if let entry = match.entry, entry.kind == .state {
                if count == 1, isPartOfOtherName(i, entry: entry) {
                    i += 1
                    continue
                }
                if isPlace(match, keys: pattern.keys) {
                    places.append(match)
                    i = match.fullRange.upperBound
                    continue
                }
            }
            matches.append(match)
            i = match.fullRange.upperBound
        }
        return matches
    }

    /// The state whose name, demonym or capital is the longest lexicon match at token `i` (ending by `limit`),
    /// with the match's token count.
    func state(at i: Int, limit: Int) -> (entry: LexiconEntry, count: Int)? {
        guard let (pattern, count) = lexicon.index.longestMatch(in: tokens, keys: keys, from: i, limit: limit),
              case .entry(let entry) = choose(pattern.targets), entry.kind == .state
        else { return nil }
        return (entry, count)
    }

    /// Picks one target of an ambiguous alias: a non-actor phrase wins; then a curated actor; then one holding
    /// a role on the date; then states, organisations, people; then lexicon order.
    func choose(_ targets: [AliasTarget]) -> SentenceMatch.Target {
        if targets.contains(.notActor) { return .notActor }
        var best: (rank: (Int, Int, Int, Int), entry: LexiconEntry)?
        for target in targets {
            guard case .actor(let index) = target else { continue }
            let entry = lexicon.entry(at: index)
            let curated = entry.isCurated ? 0 : 1
            let active = entry.roles.isEmpty || entry.role(asOf: date) != nil ? 0 : 1
            let kind = entry.kind == .state ? 0 : entry.kind == .organization ? 1 : 2
            let rank = (curated, active, kind, index)
            if let current = best, current.rank <= rank { continue }
            best = (rank, entry)
        }
        if let best { return .entry(best.entry) }
        for target in targets {
            if case .agent(let index) = target { return .agent(lexicon.agent(at: index)) }
        }
        return .notActor
    }

    /// Whether a state match names a place rather than an actor: a capital or seat of government after a
    /// spatial preposition ("in Pyongyang", "near Tehran", "at a Baghdad airport"), a sea or gulf named after
    /// the state ("Gulf of Oman"), a settlement or division named as such ("the city of Formosa"), a war, peninsula,
    /// ocean or river ("Iran–Iraq War", "Korean Peninsula", "Indian
    /// Ocean", "Senegal River").
    func isPlace(_ match: SentenceMatch, keys matched: [String]) -> Bool {
        let start = match.range.lowerBound
        if lexicon.isMetonym(matched) {
            var before = start - 1
            if ["the", "a", "an"].contains(key(before)) { before -= 1 }
            if WordLists.spatialPrepositions.contains(key(before)) { return true }
        }
        if key(start - 1) == "of", ["gulf", "sea", "strait", "straits", "bay"].contains(key(start - 2)) { return true }
        // "the city of Formosa", "the province of Córdoba": a settlement or division named so is a place, whatever
        // state shares the name.
        if key(start - 1) == "of", WordLists.settlementNouns.contains(key(start - 2)) { return true }
        var after = match.range.upperBound
        while key(after) == "-" || (isCapitalizedWord(after) && key(after - 1) == "-") { after += 1 }
        return isCapitalizedWord(after) && ["war", "peninsula", "sea", "strait", "gulf", "ocean", "river", "delta", "basin", "canal"].contains(keys[after])
    }

    /// Whether a one-word state name at `i` is part of a person's or another name: "George *Washington*",
    /// "*Jordan* Peterson" (but not "in *Washington*", "*U.S.* President").
    func isPartOfOtherName(_ i: Int, entry: LexiconEntry) -> Bool {
        let before = i - 1
        // "Mocímboa da Praia": a name particle joins a capital's name to the name before it (a state's own name
        // still places the whole: "Santiago de Cuba").
        if ["da", "de", "do", "dos", "das", "del", "di"].contains(key(before)), isCapitalizedWord(before - 1),
           tokens[i].text != entry.name
        {
            return true
        }
        if isCapitalizedWord(before), !WordLists.nonNameWords.contains(keys[before]),
           !WordLists.titleWords.contains(keys[before]), lexicon.index.longestMatch(
               in: tokens, keys: keys, from: before, limit: i) == nil
        {
            return true
        }
        let after = i + 1
        // "Santiago de Compostela", "San José del Guaviare": a capital's name that a particle joins to a capitalised
        // name after it names another town (a state's own name still does not: "Guinea de …" stays the state).
        if ["da", "de", "do", "dos", "das", "del", "di"].contains(key(after)), isCapitalizedWord(after + 1),
           tokens[i].text != entry.name
        {
            return true
        }
        let written = tokens[i].text
        let isInitialism = written.contains(".") || written.unicodeScalars.allSatisfy { $0.properties.isUppercase }
        // A demonym may stand before a name ("Belarusian KGB"); a state's own name glued to one may not.
        let isDemonym = written != entry.name && ["an", "ese", "ish", "i", "ch", "ic"].contains { written.hasSuffix($0) }
        if !isHeading, !isInitialism, !isDemonym, !WordLists.spatialPrepositions.contains(key(before)), !["to", "from", "of", "with", "by", "for"].contains(key(before)),
           isCapitalizedWord(after), !WordLists.nonNameWords.contains(keys[after]),
           !WordLists.titleWords.contains(keys[after]),
           lexicon.index.longestMatch(in: tokens, keys: keys, from: after, limit: range.upperBound) == nil
        {
            return true
        }
        return false
    }

    // MARK: - Groups, titles, coordination

    /// Turns matches into planned mentions: sector groups ("South Korean and U.S. officials"), titles
    /// ("Chinese President Xi Jinping"), relational groups that are not the state ("former North Korean
    /// diplomats"), and bare sector nouns left for coreference. Also returns titles before unknown names.
    func plan(_ matches: [SentenceMatch]) -> (mentions: [PlannedMention], titles: [Int: TitleContext]) {
        var planned: [PlannedMention] = []
        var titles: [Int: TitleContext] = [:]
        var m = 0
        while m < matches.count {
            let match = matches[m]
            switch match.target {
            case .notActor:
                m += 1
            case .agent(let agent):
                // "both governments", "the two leaders" stand for two states, which the event coder resolves;
                // they are no sector group of one state.
                let before = key(match.range.lowerBound - 1)
                if !(before == "both" || before == "two" && key(match.range.lowerBound - 2) == "the") {
                    planned.append(.definite(noun: agent.phrase, sector: agent.sector, definiteRange(match.range)))
                }
                m += 1
            case .entry(let entry):
                guard entry.kind == .state, !match.possessive else {
                    // "Egypt's central bank", "Kenya's president": the state's own sector group, so that its
                    // acts toward the state's other organs are not read as the state acting on itself.
                    if entry.kind == .state, let a = possessedAgent(after: match, in: matches, at: m + 1),
                       let sector = matches[a].agent?.sector, !isFormer(before: match.range.lowerBound)
                    {
                        // "South Africa's foreign minister, Naledi Pandor,": the title also names the person after it.
                        let name = matches[a].range.upperBound + 1
                        if key(name - 1) == ",", isCapitalizedWord(name), !WordLists.nonNameWords.contains(keys[name]),
                           !matches.contains(where: { $0.range.contains(name) })
                        {
                            titles[name] = titleContext(entry, sector: sector, title: matches[a].range)
                        }
                        planned.append(.group(entry, sector: sector, match.range.lowerBound..<matches[a].range.upperBound))
                        m = a + 1
                        continue
                    }
                    // "Russia's Security Council": an international body's name after a state's possessive is
                    // that state's own organ.
                    if entry.kind == .state, match.possessive, m + 1 < matches.count,
                       matches[m + 1].range.lowerBound == match.fullRange.upperBound,
                       let body = matches[m + 1].entry, body.id.rawValue.hasPrefix("IGO")
                    {
                        planned.append(.group(entry, sector: "GOV", match.range.lowerBound..<matches[m + 1].range.upperBound))
                        m += 2
                        continue
                    }
                    // "NATO defence ministers", "UN peacekeepers": an international body's own people are the
                    // body; a name after them is a person with that title ("NATO Secretary General Mark Rutte").
                    if entry.id.rawValue.hasPrefix("IGO"), !match.possessive,
                       let a = nextAgent(after: match, in: matches, at: m + 1),
                       !isCapitalizedWord(matches[a].range.upperBound), key(matches[a].range.upperBound) != "-",
                       !tokens[matches[a].range.lowerBound].isCapitalized
                    {
                        planned.append(.entry(entry, match.range.lowerBound..<matches[a].range.upperBound))
                        m = a + 1
                        continue
                    }
                    // "African Union Commission chairman Alpha Oumar Konare called on Khartoum": a person the lexicon
                    // knows as another country's, titled as an international body's office-holder, acts for the body.
                    if entry.id.rawValue.hasPrefix("IGO"), !match.possessive, m + 1 < matches.count,
                       let person = matches[m + 1].entry, person.kind == .person, !isFormer(before: match.range.lowerBound),
                       person.actor(asOf: date).country != (entry.country ?? entry.id.rawValue),
                       case let between = match.fullRange.upperBound..<matches[m + 1].range.lowerBound,
                       (1...3).contains(between.count),
                       between.allSatisfy({ WordLists.titleWords.contains(keys[$0]) || ["commission", "secretary-general", "-"].contains(keys[$0]) })
                    {
                        planned.append(.entry(entry, match.range.lowerBound..<matches[m + 1].fullRange.upperBound))
                        m += 2
                        continue
                    }
                    // "The Andean Community's secretary-general, Mariela Quispe,": the name after an international
                    // body's title is a person of that body.
                    if entry.id.rawValue.hasPrefix("IGO"), match.possessive, let name = titledName(after: match.fullRange.upperBound),
                       !matches.contains(where: { $0.range.contains(name) })
                    {
                        titles[name] = TitleContext(country: entry.country ?? entry.id.rawValue, sector: nil,
                                                    title: tokens[match.fullRange.upperBound..<(name - 1)].map(\.text).joined(separator: " "),
                                                    isPerson: true)
                    }
                    planned.append(.entry(entry, match.fullRange))
                    m += 1
                    continue
                }
                // "Thousands of Moroccans rallied": a plural demonym names the state's people (CAMEO CVL), whose
                // acts against their own government are domestic; not the state's own name ("Laos", adjective "Lao").
                if let adjective = entry.adjective, match.range.count == 1, tokens[match.range.lowerBound].text == adjective + "s",
                   tokens[match.range.lowerBound].text != entry.name,
                   !(m + 1 < matches.count && nextAgent(after: match, in: matches, at: m + 1) != nil)
                {
                    planned.append(.group(entry, sector: "CVL", match.range))
                    m += 1
                    continue
                }
                // A chain of coordinated states: "South Korean and U.S." …
                var chain = [m]
                var k = m
                while k + 1 < matches.count, matches[k + 1].isState, !matches[k + 1].possessive,
                      isCoordination(from: matches[k].range.upperBound, to: matches[k + 1].range.lowerBound)
                {
                    k += 1
                    chain.append(k)
                }
                let states = chain.compactMap { c in matches[c].entry.map { (c, $0) } }
                let former = isFormer(before: match.range.lowerBound)
                // … then modifiers and one or more sector nouns.
                var agents: [Int] = []
                if let a = nextAgent(after: matches[k], in: matches, at: k + 1) {
                    agents.append(a)
                    while let last = agents.last, last + 1 < matches.count, matches[last + 1].agent != nil,
                          matches[last + 1].range.lowerBound == matches[last].range.upperBound
                              || (key(matches[last].range.upperBound) == "-"
                                  && matches[last + 1].range.lowerBound == matches[last].range.upperBound + 1)
                    {
                        agents.append(last + 1)
                    }
                }
                guard let firstAgent = agents.first, let lastAgent = agents.last,
                      let sector = matches[firstAgent].agent?.sector
                else {
                    for (c, state) in states where !former { planned.append(.entry(state, matches[c].fullRange)) }
                    m = k + 1
                    continue
                }
                var afterTitle = matches[lastAgent].range.upperBound
                if key(afterTitle) == ",", isCapitalizedWord(afterTitle + 1),
                   !WordLists.nonNameWords.contains(key(afterTitle + 1))
                {
                    afterTitle += 1  // "Iranian general, Qasem Soleimani"
                }
                if ["to", "of"].contains(key(afterTitle)), lastAgent + 1 < matches.count, matches[lastAgent + 1].isState,
                   matches[lastAgent + 1].range.lowerBound == afterTitle + 1,
                   isCapitalizedWord(matches[lastAgent + 1].range.upperBound)
                {
                    afterTitle = matches[lastAgent + 1].range.upperBound  // "US Ambassador to Germany Richard Grenell"
                }
                if let head = matches.dropFirst(lastAgent + 1).first(where: { $0.range.lowerBound >= afterTitle }),
                   head.isPerson,
                   head.range.lowerBound == afterTitle
                {
                    // "North Korean leader Kim Jong Un": the state qualifies the person.
                    for (c, state) in states { planned.append(.modifier(state, matches[c].range, head: afterTitle)) }
                    m = lastAgent + 1
                    continue
                }
                if isCapitalizedWord(afterTitle), !WordLists.nonNameWords.contains(keys[afterTitle]),
                   !matches.contains(where: { $0.range.contains(afterTitle) })
                {
                    titles[afterTitle] = titleContext(
                        entry, sector: sector, title: matches[firstAgent].range.lowerBound..<matches[lastAgent].range.upperBound)
                    for (c, state) in states { planned.append(.modifier(state, matches[c].range, head: afterTitle)) }
                    m = lastAgent + 1
                    continue
                }
                // "Iraqi military bases", "Ukrainian passenger jet": the sector noun modifies another noun.
                let next = matches[lastAgent].range.upperBound
                if isWord(next), key(next) != "'s", !tokens[next].isCapitalized, !isVerbLike(next),
                   !WordLists.actorHeadNouns.contains(key(next))
                {
                    for (c, state) in states where !former { planned.append(.entry(state, matches[c].fullRange)) }
                    m = lastAgent + 1
                    continue
                }
                if !former && !isFormer(before: matches[firstAgent].range.lowerBound) {
                    for (c, state) in states {
                        var end = c == k ? matches[lastAgent].range.upperBound : matches[c].range.upperBound
                        if c == k, key(end) == "'s" { end += 1 }
                        planned.append(.group(state, sector: sector, matches[c].range.lowerBound..<end))
                    }
                }
                m = lastAgent + 1
            }
        }
        return (planned, titles)
    }

    /// What a title of `state` at tokens `title` ("finance minister", "Defence Secretary") says of the name
    /// after it: the state's country, the sector, the title's words, and whether it names a person.
    func titleContext(_ state: LexiconEntry, sector: String, title: Range<Int>) -> TitleContext {
        let head = keys[title.upperBound - 1]
        return TitleContext(
            country: state.country ?? state.id.rawValue, sector: sector,
            title: tokens[title].map(\.text).joined(separator: " "),
            isPerson: WordLists.titleWords.contains(head) || WordLists.personNouns.contains(head))
    }

    /// The capitalised name after a lower-case office title and a comma that start at `start` ("secretary-general,
    /// Mariela Quispe"), or `nil` when the words there are no such title.
    func titledName(after start: Int) -> Int? {
        var j = start
        while j < range.upperBound, j - start < 5, key(j) != "," {
            guard tokens[j].kind == .word && !tokens[j].isCapitalized || key(j) == "-" else { return nil }
            j += 1
        }
        guard j > start, key(j) == ",", isCapitalizedWord(j + 1), !WordLists.nonNameWords.contains(key(j + 1)) else { return nil }
        let head = keys[j - 1].split(separator: "-").last.map(String.init) ?? keys[j - 1]
        return WordLists.titleWords.contains(head) || WordLists.personNouns.contains(head) ? j + 1 : nil
    }

    /// Extends a bare sector noun over a preceding "the" ("the ministry").
    func definiteRange(_ range: Range<Int>) -> Range<Int> {
        let start = key(range.lowerBound - 1) == "the" ? range.lowerBound - 1 : range.lowerBound
        return start..<(key(range.upperBound) == "'s" ? range.upperBound + 1 : range.upperBound)
    }

    /// Whether only "and", "or", "," lie between two tokens.
    func isCoordination(from start: Int, to end: Int) -> Bool {
        guard end > start, end - start <= 2 else { return false }
        return (start..<end).allSatisfy { ["and", "or", ",", "&"].contains(keys[$0]) }
            && (start..<end).contains { ["and", "or", "&"].contains(keys[$0]) }
    }

    /// Whether "former"/"ex-"/"exiled" stands right before token `i`.
    func isFormer(before i: Int) -> Bool {
        let previous = key(i - 1)
        if ["former", "ex", "exiled", "defected", "defecting", "retired", "onetime", "one-time"].contains(previous) {
            return true
        }
        return previous == "-" && key(i - 2) == "ex"
    }

    /// The index of a sector noun following `state`, if any: right after it, or after at most two plain
    /// modifiers when the state is written as an adjective ("South Korean *senior* officials"; but not
    /// "South Korea *exchanged* artillery").
    func nextAgent(after state: SentenceMatch, in matches: [SentenceMatch], at index: Int) -> Int? {
        guard index < matches.count, matches[index].agent != nil else { return nil }
        let gap = state.range.upperBound..<matches[index].range.lowerBound
        guard gap.filter({ key($0) != "-" }).count <= (isAdjectival(state) ? 2 : 0) else { return nil }
        for i in gap where key(i) != "-" {
            guard isWord(i), !tokens[i].isCapitalized || WordLists.titleWords.contains(keys[i]),
                  !WordLists.blockedModifiers.contains(keys[i]), !isVerbLike(i) || WordLists.participleModifiers.contains(keys[i])
            else { return nil }
        }
        return index
    }

    /// The index of the sector noun a possessive state owns ("Egypt's central bank", "Ghana's finance
    /// minister"): after the "'s", at most two plain lower-case modifiers, then the noun, which no name follows
    /// ("Russia's President Vladimir Putin" is the person) and which does not itself modify a noun
    /// ("Iraq's government buildings").
    func possessedAgent(after state: SentenceMatch, in matches: [SentenceMatch], at index: Int) -> Int? {
        guard state.possessive, index < matches.count, let agent = matches[index].agent else { return nil }
        let gap = state.fullRange.upperBound..<matches[index].range.lowerBound
        guard gap.count <= 2, !agent.phrase.isEmpty else { return nil }
        for i in gap {
            guard isWord(i), !tokens[i].isCapitalized, !WordLists.blockedModifiers.contains(keys[i]), !isVerbLike(i),
                  !["former", "ex", "late", "own", "first", "new"].contains(keys[i])
            else { return nil }
        }
        let next = matches[index].range.upperBound
        if isCapitalizedWord(next) || (index + 1 < matches.count && matches[index + 1].range.lowerBound == next) {
            return nil
        }
        if isWord(next), !isVerbLike(next), !WordLists.prepositions.contains(key(next)), key(next) != "'s",
           !["and", "or", "who", "that", "which"].contains(key(next)), !tokens[next].isCapitalized
        {
            return nil
        }
        return index
    }

    /// Whether a state match is written as an adjective or initialism ("North Korean", "U.S.", "UK").
    func isAdjectival(_ match: SentenceMatch) -> Bool {
        let last = tokens[match.range.upperBound - 1].text
        if last.contains(".") || last.unicodeScalars.allSatisfy({ $0.properties.isUppercase }) { return true }
        return ["an", "ese", "ish", "i", "ch", "ic"].contains { last.hasSuffix($0) }
    }

    /// Whether the word at `i` looks like a verb or adverb rather than a noun ("said", "emphasized",
    /// "including", "quickly", "will").
    func isVerbLike(_ i: Int) -> Bool {
        let k = key(i)
        if WordLists.actorVerbs.contains(k) || WordLists.blockedModifiers.contains(k) || WordLists.auxiliaries.contains(k)
            || WordLists.irregularVerbs.contains(k)
        {
            return true
        }
        return k.count > 4 && (k.hasSuffix("ed") || k.hasSuffix("ing") || k.hasSuffix("ly"))
    }
}
