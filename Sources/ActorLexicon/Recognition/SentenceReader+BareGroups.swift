import ArticleText

/// Bare sector nouns ("police", "protesters", "the military") placed in a state by their context, CAMEO-style:
/// "police in Minsk" → `BLR-COP`; "the attacker" in an article about Poland → `POL-UAF`.
extension SentenceReader {
    /// Head words of sector nouns that may stand for a state's group without a state word, with the CAMEO
    /// sector each takes when the matched phrase has none (sectors as in Phoenix.agents: protesters and
    /// demonstrators `OPP`, gunmen `UAF`, prosecutors `JUD`).
    static let bareGroupHeads: [String: String] = [
        "police": "COP", "policemen": "COP", "protesters": "OPP", "protestors": "OPP", "demonstrators": "OPP",
        "military": "MIL", "army": "MIL", "troops": "MIL", "soldiers": "MIL", "government": "GOV",
        "officials": "GOV", "authorities": "GOV", "lawmakers": "LEG", "legislators": "LEG", "prosecutors": "JUD",
        "prosecutor": "JUD", "rebels": "REB", "insurgents": "REB", "attacker": "UAF", "attackers": "UAF",
        "assailant": "UAF", "assailants": "UAF", "gunman": "UAF", "gunmen": "UAF", "general": "GOV", "unions": "LAB",
    ]

    /// Words before a bare sector noun that tie it to someone other than a state, or make it no actor
    /// ("his soldiers", "anti-government", "former officials", "no police").
    static let bareGroupBlockers: Set<String> = [
        "his", "her", "their", "its", "our", "my", "your", "anti", "-", "former", "ex", "retired", "no", "non",
        "rebel", "opposition", "private",
    ]

    /// The state group a bare sector noun at `range` stands for, or `nil` when no single state is determinable.
    /// - Parameters:
    ///   - phrase: the matched agent phrase ("police", "riot police", "attorneys general").
    ///   - sector: the phrase's CAMEO sector.
    ///   - places: state matches of the sentence that name a place ("in Minsk", "in Iraq").
    /// - Returns: the state entry and sector, and the start of the mention that located it (nil for a place).
    func bareGroup(_ phrase: String, sector: String?, range: Range<Int>, places: [SentenceMatch],
                   context: RecognitionContext) -> (state: LexiconEntry?, sector: String, antecedent: Int?)?
    {
        let words = phrase.split(separator: " ").map(String.init)
        guard let head = words.last,
              let defaultSector = SentenceReader.bareGroupHeads[head]
                ?? SentenceReader.institutionHeads[head]
                ?? (isPluralPersonPhrase(words) ? sector : nil)
        else { return nil }
        // "attorneys general": the head is the first word.
        if head == "general", words.first != "attorneys" { return nil }
        let sector = sector ?? defaultSector
        let lead = range.lowerBound  // "the" included
        let before = key(lead - 1)
        // A capitalised word before the noun is part of a name ("[Kenya] Police"), unless it only opens the
        // sentence ("Two soldiers", "Unidentified attackers").
        let opensSentence = lead - 1 == self.range.lowerBound && SentenceReader.groupOpeners.contains(before)
        // "Belarus retaliated within hours. Its foreign ministry summoned …": "its" before a state's institution
        // is the state of the latest sentence's subject (`RecognitionContext.possessorState(before:)`).
        if before == "its", SentenceReader.institutionHeads[head] != nil || ["government", "military", "army"].contains(head),
           let (antecedent, state) = context.possessorState(before: tokens[range.lowerBound].span.start),
           let entry = lexicon.entry(state), entry.kind == .state
        {
            return (entry, sector, antecedent.start)
        }
        // "anti-police" joins the hyphen to the noun; a dash set off by spaces ("KABUL — Police said") only ends
        // the dateline or an aside before it.
        let spacedDash = before == "-" && tokens[lead].span.start > tokens[lead - 1].span.end
        guard spacedDash || !SentenceReader.bareGroupBlockers.contains(before), !isFormer(before: lead),
              !isFormer(before: range.upperBound - words.count), before != "'s",
              !isCapitalizedWord(lead - 1) || opensSentence
        else { return nil }
        // "a new government" is no actor yet; "[Police] Prefecture" is part of a name.
        let collective = ["government", "military", "army", "authorities"].contains(head)
        if collective, ["a", "an", "new", "another", "any"].contains(before) { return nil }
        // "in government", "time in government": a singular collective noun acts only with "the".
        if ["government", "military", "army"].contains(head) || SentenceReader.institutionHeads[head] != nil,
           key(lead) != "the", !(head == "court" && ["a", "an"].contains(before))
        {
            return nil
        }
        if isCapitalizedWord(range.upperBound) { return nil }
        // "police station", "government buildings": the noun modifies another noun.
        let next = range.upperBound
        if isWord(next), key(next) != "'s", !tokens[next].isCapitalized, !isVerbLike(next),
           !WordLists.actorHeadNouns.contains(key(next)), !WordLists.prepositions.contains(key(next)),
           !["and", "or", "who", "that", "which"].contains(key(next))
        {
            return nil
        }
        // 0. "Gunmen of the Taliban", "attackers from al-Shabaab": armed men of a named group are that group's,
        //    left to its own mention.
        if ["of", "from"].contains(key(next)), defaultSector == "UAF" {
            let start = key(next + 1) == "the" ? next + 2 : next + 1
            if let (pattern, _) = lexicon.index.longestMatch(in: tokens, keys: keys, from: start, limit: self.range.upperBound),
               case .entry(let entry) = choose(pattern.targets), entry.kind == .organization
            {
                return nil
            }
        }
        //    A state right after "of": "the government of Sudan" is Sudan's; "the leaders of Armenia and
        //    Azerbaijan" are left to the states they stand for.
        if key(next) == "of" {
            let start = key(next + 1) == "the" ? next + 2 : next + 1
            if let (entry, count) = state(at: start, limit: self.range.upperBound) {
                let coordinated = ["and", "or", ","].contains(key(start + count))
                return coordinated ? nil : (entry, sector, nil)
            }
        }
        // 1. A place right after the noun: "police in Minsk", "protesters in the capital Baghdad".
        var after = next
        if WordLists.spatialPrepositions.contains(key(after)) || key(after) == "from" {
            after += 1
            if key(after) == "the" { after += 1 }
            if let place = places.first(where: { $0.range.lowerBound == after }), let entry = place.entry {
                return (entry, sector, nil)
            }
        }
        // 2. The one state the sentence names as a place, when it names no other state.
        var located: [ActorID: LexiconEntry] = [:]
        for place in places { if let entry = place.entry { located[entry.id] = entry } }
        let named = Set(statesNamed(in: range)).union(located.keys)
        if located.count == 1, named.count == 1, let entry = located.values.first { return (entry, sector, nil) }
        // 2a. Groups that act where they are (police, protesters, students, unions, gunmen) belong to the one
        //     state the sentence places anything in, whatever other states it names: "Students rallied in
        //     Jakarta to protest against Washington's support for Israel", "Gunmen killed two French tourists
        //     in Mali".
        if located.count == 1, let entry = located.values.first,
           SentenceReader.domesticSectors.contains(sector) || sector == "UAF"
        {
            return (entry, sector, nil)
        }
        if !located.isEmpty { return nil }
        // 2b. In a report with a dateline, people who act where they are (police, protesters, students, unions,
        //     courts) and whom the sentence places nowhere belong to the dateline's state while no other state
        //     has been named more often: "HONG KONG, China — … Police fired tear gas at protesters …, a day after
        //     Beijing warned" is Hong Kong's police.
        if let home = context.home, sector != "GOV", SentenceReader.domesticSectors.contains(sector),
           context.homeLeads(before: tokens[range.lowerBound].span.start),
           let entry = lexicon.entry(home.actor), entry.kind == .state
        {
            return (entry, sector, home.start)
        }
        // 2c. The one state the sentence names at all, for groups that act at home: "Ugandan police released
        //     opposition supporters", "Chile's president promised student leaders".
        if named.count == 1, let state = named.first, SentenceReader.domesticSectors.contains(sector),
           let entry = lexicon.entry(state), entry.kind == .state
        {
            // "France's foreign minister urged the authorities to publish the tallies": the authorities a foreign
            // official addresses are those of the state the report is about, not the speaker's own.
            if sector == "GOV", isAddressed(lead),
               let (antecedent, other) = context.home.map({ ($0, $0.actor) }) ?? context.mainState(before: tokens[range.lowerBound].span.start),
               other != state, let otherEntry = lexicon.entry(other), otherEntry.kind == .state
            {
                return (otherEntry, sector, antecedent.start)
            }
            return (entry, sector, nil)
        }
        let start = tokens[range.lowerBound].span.start
        // 3. The document's main state, when one state clearly dominates its mentions so far and the sentence
        //    names no other state.
        if let (antecedent, state) = context.mainState(before: start), named.isSubset(of: [state]),
           let entry = lexicon.entry(state)
        {
            return (entry, sector, antecedent.start)
        }
        // 4. No state named in the sentence or before it: the group acts without a country ("Gunmen stormed a
        //    hotel" → `XXX-UAF`), as PETRARCH codes an agent it cannot place. Where states are named ("the
        //    navies of China and India") the group is left to them.
        guard named.isEmpty, context.dominantState(before: start) == nil else { return nil }
        return (nil, sector, nil)
    }

    /// Sentence-initial words that open a group's noun phrase rather than a name ("Two soldiers were killed",
    /// "Unidentified attackers bombed …").
    static let groupOpeners: Set<String> = [
        "a", "an", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "many",
        "dozens", "hundreds", "thousands", "armed", "unidentified", "unknown", "suspected", "masked", "angry", "young",
        "striking", "local",
    ]

    /// Words of direction between a locative preposition and the state it places ("in northern Nigeria").
    static let compassWords: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
        "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
        "rural", "remote",
    ]

    /// Verb forms of addressing or answering a party ("urged the authorities", "called on officials"), after
    /// which a foreign speaker's object is another state's.
    static let addressingVerbs: Set<String> = [
        "urged", "urges", "urging", "asked", "asks", "asking", "pressed", "presses", "pressing", "told", "tells",
        "telling", "criticised", "criticized", "criticises", "criticizes", "accused", "accuses",
        "condemned", "condemns", "warned", "warns", "demanded", "demands", "implored", "implores", "encouraged",
        "encourages", "praised", "praises", "thanked", "thanks", "congratulated", "blamed", "blames",
    ]

    /// Whether the group whose phrase (with its "the") starts at `first` is addressed by the verb before it:
    /// "urged the authorities", "called on officials", "appealed to the government".
    func isAddressed(_ first: Int) -> Bool {
        let before = key(first - 1)
        if SentenceReader.addressingVerbs.contains(before) { return true }
        if ["on", "upon"].contains(before) { return key(first - 2).hasPrefix("call") }
        return before == "to" && key(first - 2).hasPrefix("appeal")
    }

    /// Sectors whose bare groups belong to the one state a sentence names (police, protesters, students,
    /// courts, lawmakers, …); armed forces, rebels, civilians, refugees, firms and the press are as often
    /// another state's.
    static let domesticSectors: Set<String> = [
        "COP", "OPP", "EDU", "LAB", "AGR", "JUD", "LEG", "GOV", "HLH", "PTY", "NGO", "HRI",
    ]

    /// Singular collective institutions that act as a group with "the" ("the court ruled", "the opposition
    /// boycotted"), with their CAMEO sector when the matched agent phrase has none.
    static let institutionHeads: [String: String] = [
        "court": "JUD", "judiciary": "JUD", "parliament": "LEG", "legislature": "LEG", "senate": "LEG",
        "congress": "LEG", "ministry": "GOV", "cabinet": "GOV", "opposition": "OPP", "navy": "MIL",
        "junta": "MIL",
    ]

    /// Whether an agent phrase names people in the plural: "opposition supporters", "labor unions", or one word
    /// whose singular the agents dictionary lists too ("students", "farmers", "militants", "fishermen"). The
    /// press spoken to ("told reporters") is no party to the news.
    func isPluralPersonPhrase(_ words: [String]) -> Bool {
        guard let head = words.last, let agent = lexicon.agent(words.joined(separator: " ")), agent.sector != "MED"
        else { return false }
        if head.hasSuffix("men") { return true }
        guard head.count > 3, head.hasSuffix("s"), !head.hasSuffix("ss") else { return false }
        if words.count > 1 { return true }
        let singular = head.hasSuffix("ies") ? String(head.dropLast(3)) + "y" : String(head.dropLast())
        return lexicon.agent(singular) != nil
    }

    /// The states the sentence names (as a name, demonym, capital or initialism), wherever they stand outside its
    /// dateline.
    func statesNamed(in exclusion: Range<Int>) -> [ActorID] {
        var found: [ActorID] = []
        var i = range.lowerBound
        while i < range.upperBound {
            // The dateline ("HONG KONG, China —") names the report's home, not a party of the sentence.
            guard !exclusion.contains(i), allowed[i], tokens[i].kind != .punctuation,
                  let (pattern, count) = lexicon.index.longestMatch(in: tokens, keys: keys, from: i, limit: range.upperBound)
            else {
                i += 1
                continue
            }
            if case .entry(let entry) = choose(pattern.targets), entry.kind == .state, !isPartOfOtherName(i, entry: entry) {
                found.append(entry.id)
            }
            i += count
        }
        return found
    }

    /// State matches of the sentence that name a place: a state or capital after a spatial preposition ("in
    /// Iraq", "in Minsk"), including those the scan set aside as places.
    func placeStates(_ matches: [SentenceMatch], skipped: [SentenceMatch]) -> [SentenceMatch] {
        let named = matches.filter { match in
            guard match.isState, !match.possessive else { return false }
            var before = match.range.lowerBound - 1
            // "in northern Nigeria", "in north-east Nigeria", "in Kaduna state, Nigeria".
            while SentenceReader.compassWords.contains(key(before)) || key(before) == "-" { before -= 1 }
            if key(before) == ",", isCapitalizedWord(before - 1) || key(before - 1) == "state" || key(before - 1) == "province" {
                before -= 1
                while isCapitalizedWord(before) || ["state", "province", "region", "city", "district"].contains(key(before)) {
                    before -= 1
                }
            }
            if key(before) == "the" { before -= 1 }
            return WordLists.spatialPrepositions.contains(key(before))
        }
        return (named + skipped).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
