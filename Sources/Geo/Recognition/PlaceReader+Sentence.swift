import ActorLexicon
import ArticleText
import Syntax

extension PlaceReader {
    /// Collects the candidates of one sentence (dateline tokens already removed).
    mutating func read(sentence: Int, tokens: [Token]) {
        guard !tokens.isEmpty else { return }
        let n = tokens.count
        let lower = tokens.map(\.lowercased)
        // Which actor mention and which entity type covers each token.
        var actorAt = [ActorMention?](repeating: nil, count: n)
        for mention in mentionsBySentence[sentence] ?? [] where mention.isInferred != true {
            for t in 0..<n where mention.span.contains(tokens[t].span) { actorAt[t] = mention }
        }
        var entityAt = [EntitySpan.EntityType?](repeating: nil, count: n)
        let entities = entitiesBySentence[sentence] ?? []
        for entity in entities {
            for t in 0..<n where entity.span.contains(tokens[t].span) { entityAt[t] = entity.type }
        }
        let firstWord = tokens.firstIndex { $0.kind != .punctuation } ?? 0
        var taken = [Bool](repeating: false, count: n)

        func span(_ a: Int, _ b: Int) -> TextSpan { TextSpan(start: tokens[a].span.start, end: tokens[b].span.end) }
        func isState(_ mention: ActorMention?) -> String? {
            guard let mention, let actor = actorsByID[mention.actor], actor.kind == .state else { return nil }
            return actor.country
        }
        /// The word before the candidate starting at `a`, skipping directions, "the", demonyms and possessives.
        func governor(before a: Int, end b: Int) -> (word: String, sawCapital: Bool, capitalOf: String?, at: Int) {
            // Inside a list ("Georgia, Michigan, and Wisconsin") a comma coordinates; elsewhere it separates
            // clauses ("war in Ukraine, Pyongyang has deepened").
            var inList = b + 1 < n && [",", "and", "or"].contains(lower[b + 1])
            var k = a - 1
            var sawCapital = false
            var capitalOf: String?
            var steps = 0
            while k >= 0, steps < 6 {
                let word = lower[k]
                // "in Georgia, Michigan and Wisconsin": a place coordinated with an earlier one shares its word.
                if word == "and" || word == "or", k > 1, lower[k - 1] == ",", taken[k - 2] {
                    k -= 1  // the serial comma: ", and Wisconsin"
                }
                if word == "and" || word == "or" || word == "," && inList, k > 0, taken[k - 1] {
                    k -= 1
                    while k >= 0, taken[k] { k -= 1 }
                    inList = true  // further back, the list goes on
                    continue
                }
                // "through Kuršumlija and Podujevo": a list after a locative word whose first name the gazetteer
                // lacks (or no rule took) shares that word.
                if word == "and" || word == "or", let j = Self.locativeBeforeName(endingAt: k - 1, tokens: tokens, lower: lower,
                                                                              free: { !taken[$0] && actorAt[$0] == nil })
                {
                    return (lower[j], sawCapital, capitalOf, j)
                }
                if word == "capital" { sawCapital = true }
                // "in the capital, Kabul": a comma only right after "capital" or a direction.
                if word == "," {
                    guard k == a - 1, k > 0, lower[k - 1] == "capital" || PlaceRecognizer.directions.contains(lower[k - 1])
                    else { return (word, sawCapital, capitalOf, k) }
                    k -= 1
                    steps += 1
                    continue
                }
                if let country = isState(actorAt[k]) {
                    // A demonym or possessive before the place: "the Libyan capital", "Afghanistan's … province".
                    let possessive = word.hasSuffix("'s") || word.hasSuffix("’s")
                        || k + 1 < a && (lower[k + 1] == "'s" || lower[k + 1] == "’s")
                    guard sawCapital || possessive else { return (word, sawCapital, capitalOf, k) }
                    if sawCapital, capitalOf == nil { capitalOf = country }
                } else if word == "'s" || word == "’s" || PlaceRecognizer.directions.contains(word) {
                } else if PlaceRecognizer.partNouns.contains(word), k + 1 < n, lower[k + 1] == "of" {
                    // "on the edge of Andijan", "in the outskirts of Kyiv": the part's preposition is the place's.
                } else {
                    return (word, sawCapital, capitalOf, k)
                }
                k -= 1
                steps += 1
            }
            return ("", sawCapital, capitalOf, -1)
        }
        /// Whether the name at `a` names a relation or a title, not where something is: "ambassador to Greece",
        /// "independence from the United Kingdom", "ties with Seoul", "First Minister of Scotland".
        /// "between" makes parties of actors ("talks between Pyongyang and Washington"), not of towns ("trains
        /// between Thiruvananthapuram and Kochi").
        func isRelation(_ word: String, actor: Bool) -> Bool {
            PlaceRecognizer.relationPrepositions.contains(word) && (actor || word != "between")
        }
        /// Whether the word before `k` is a route or journey ("trains between Vientiane and Luang Prabang", "the road
        /// between Kabul and Jalalabad"): its "between" joins places, even capitals.
        func followsRoute(_ k: Int) -> Bool {
            k > 0 && PlaceRecognizer.routeNouns.contains(lower[k - 1])
        }
        func isRole(_ a: Int, governor: (word: String, sawCapital: Bool, capitalOf: String?, at: Int), actor: Bool) -> Bool {
            if isRelation(governor.word, actor: actor), !(governor.word == "between" && followsRoute(governor.at)) { return true }
            if governor.word == "and" || governor.word == "or" {
                // The second party: "between Pyongyang and Washington".
                var j = governor.at - 1
                while j >= 0, tokens[j].kind == .word, tokens[j].isCapitalized { j -= 1 }
                if j >= 0, j < governor.at - 1, isRelation(lower[j], actor: actor), !(lower[j] == "between" && followsRoute(j)) {
                    return true
                }
            }
            var k = governor.at - 1
            while k >= 0, ["the", "a", "an"].contains(lower[k]) { k -= 1 }
            // "the silver medal going to Poland": what goes to a party.
            if governor.word == "to", k >= 1, PlaceRecognizer.goingWords.contains(lower[k]) {
                k -= 1
                while k >= 0, ["the", "a", "an"].contains(lower[k]) { k -= 1 }
            }
            if ["to", "from"].contains(governor.word), k >= 0, PlaceRecognizer.relationNouns.contains(lower[k]) {
                // Unless a verb moves the envoys or the aid there or away: "sent an envoy to Bishkek", "withdrawn
                // their ambassadors from Asunción" name where they go or leave.
                return !Self.isMoved(noun: k, toward: governor.word == "to", lower: lower)
            }
            // A title's or an organisation's "of X": "First Minister of Scotland", "University of Texas Medical Branch".
            return a >= 2 && lower[a - 1] == "of" && a - 2 != firstWord && tokens[a - 2].isCapitalized
                && (PlaceRecognizer.titles.contains(lower[a - 2])
                    || PlaceRecognizer.organisationNameWords.contains(lower[a - 2]))
        }
        /// A qualifier after a comma ("Springfield, Illinois", "Paris, Ky.") that some reading of `matches`
        /// lies in (any country or division when `matches` is `nil`): its places and last token.
        func qualifier(after b: Int, matches: [Gazetteer.Match]?) -> (places: [Place], last: Int)? {
            guard b + 2 < n, tokens[b + 1].text == ",", tokens[b + 2].kind == .word, tokens[b + 2].isCapitalized
            else { return nil }
            for length in stride(from: 3, through: 1, by: -1) {
                var last = b + 1 + length
                guard last < n, (b + 2...last).allSatisfy({ tokens[$0].kind == .word }) else { continue }
                let written = document.text[span(b + 2, last)]
                let places = gazetteer.qualifierPlaces(written).filter { qualifier in
                    guard let matches else { return true }
                    return matches.contains { match in
                        match.place.geonameId != qualifier.geonameId && match.place.country == qualifier.country
                            && (qualifier.precision == .country || match.place.admin1Code == qualifier.admin1Code)
                    }
                }
                guard !places.isEmpty else { continue }
                // An abbreviation's period ("Springfield, Ill."), not a sentence's after a name written out ("Victoria,
                // British Columbia.").
                let key = PlaceName.key(written)
                if last + 1 < n, tokens[last + 1].text == ".", tokens[last + 1].span.start == tokens[last].span.end,
                   !places.contains(where: { PlaceName.key($0.name) == key || PlaceName.key($0.asciiName) == key })
                {
                    last += 1
                }
                return (places, last)
            }
            return nil
        }
        /// A first-level division after a comma that no reading of `matches` lies in, when every reading is a
        /// town and no list goes on after it ("Oxford, Wisconsin, by March 1"; not "Paris, Texas and Oklahoma").
        func divisionQualifier(after b: Int, matches: [Gazetteer.Match]) -> (places: [Place], last: Int)? {
            guard matches.allSatisfy({ $0.place.precision == .city }),
                  let found = qualifier(after: b, matches: nil), found.places.allSatisfy({ $0.precision == .admin1 })
            else { return nil }
            let next = found.last + 1
            if next < n, ["and", "or"].contains(lower[next]) { return nil }
            if next + 1 < n, lower[next] == ",", tokens[next + 1].isCapitalized || ["and", "or"].contains(lower[next + 1]) {
                return nil
            }
            return found
        }
        /// Whether tokens `a...b` are a whole capitalised name: no capitalised word (but the sentence's first),
        /// inner hyphen or abbreviation's period joins them to a word before or after.
        func isWholeName(_ a: Int, _ b: Int) -> Bool {
            func joins(_ k: Int) -> Bool { Self.isInnerHyphen(k, tokens: tokens) || Self.isAbbreviationPeriod(k, tokens: tokens) }
            let before = a >= 1 && (joins(a - 1) || tokens[a - 1].kind == .word && tokens[a - 1].isCapitalized && a - 1 != firstWord)
            let after = b + 1 < n && (joins(b + 1) || tokens[b + 1].kind == .word && tokens[b + 1].isCapitalized)
            return !before && !after
        }
        func add(_ a: Int, _ b: Int, key: String, matches: [Gazetteer.Match], basis: PlaceMention.Basis,
                 stateCountry: String? = nil, requirePosition: Bool, saysCapital: Bool = false)
        {
            guard stateCountry != nil || !PlaceRecognizer.regions.contains(key) else { return }
            // A name in brackets right after a place qualifies it ("Washington (D.C.)", as "Washington, D.C." is
            // one place): no mention of its own.
            if a >= 2, tokens[a - 1].text == "(", b + 1 < n, tokens[b + 1].text == ")",
               taken[a - 2] || entities.contains(where: { $0.type == .location && tokenRange($0.span)?.1 == a - 2 })
            {
                return
            }
            // "the Mississippi rose", "a port on the Dnipro": a river.
            guard stateCountry != nil || !meansRiver(a, b, key: key, tokens: tokens, lower: lower, entities: entities) else { return }
            // Part of an organisation's name ("New York University", "London Stock Exchange", "Singapore Airlines"),
            // of a sea's, river's or mountain range's ("South China Sea") or an amount ("US $199").
            if b + 1 < n, tokens[b + 1].isCapitalized || tokens[b + 1].text.hasPrefix("$") {
                let rest = (b + 1)..<min(n, b + 4)
                if tokens[b + 1].text.hasPrefix("$") || rest.prefix { tokens[$0].isCapitalized }.contains(where: {
                    PlaceRecognizer.organisationNameWords.contains(lower[$0]) || PlaceRecognizer.featureWords.contains(lower[$0])
                }) {
                    return
                }
            }
            // "the Dnipro river", "the Fergana valley": a feature the name modifies, written in lower case.
            if a >= 1, lower[a - 1] == "the", b + 1 < n, tokens[b + 1].kind == .word, !tokens[b + 1].isCapitalized,
               PlaceRecognizer.lowerCaseFeatureWords.contains(lower[b + 1])
            {
                return
            }
            if stateCountry == nil, a == b, Self.isCalendarWordOrAcronym(tokens[a].text) { return }
            let before = governor(before: a, end: b)
            guard !isRole(a, governor: before, actor: stateCountry != nil) else { return }
            let locative = PlaceRecognizer.locatives.contains(before.word)
            // A possessive without a locative word is an owner, not a place ("Valencia's coach"), unless it is a
            // division's office ("Victoria's premier") or a name of several words that only a division bears
            // ("Western Australia's emergency services").
            var matches = matches
            var officeOwner = false
            if !locative, b + 1 < n, ["'s", "’s"].contains(lower[b + 1]) {
                var divisions = Self.officeDivisions(matches, after: b + 1, lower: lower)
                if divisions.isEmpty, a < b, !matches.isEmpty,
                   matches.allSatisfy({ !$0.isAlternate && $0.place.precision == .admin1 })
                {
                    divisions = matches
                }
                // "Kharkiv's mayor", "the town's city council": a town's office makes its possessive the town.
                if divisions.isEmpty, b + 2 < n,
                   PlaceRecognizer.cityOffices.contains(lower[b + 2])
                    || lower[b + 2] == "city" && b + 3 < n && ["council", "hall", "government"].contains(lower[b + 3])
                {
                    divisions = matches.filter { $0.place.precision == .city }
                }
                // "Resistencia's river port", "Lagos's main airport": the possessor of a place is a place.
                if divisions.isEmpty, stateCountry == nil,
                   ((b + 2)...(b + 4)).contains(where: { $0 < n && PlaceRecognizer.possessedPlaceNouns.contains(lower[$0]) })
                {
                    divisions = matches
                }
                guard !divisions.isEmpty else { return }
                matches = divisions
                officeOwner = true
            }
            var end = b
            var context = PlaceContext(capitalOf: before.capitalOf)
            if before.sawCapital && before.capitalOf == nil || saysCapital { context.saysCapital = true }
            // "Quang Ngai province", "the governor of Belgorod", "the state of Washington": the division, not its
            // city of the name nor the capital the lexicon reads as its state; "Georgia, the former Soviet
            // republic": the country.
            var basis = basis
            var stateCountry = stateCountry
            let namesakes = gazetteer.matches(key: key)
            let divisions = namesakes.filter { $0.place.precision == .admin1 }
            let namedAsDivision = !divisions.isEmpty && Self.isNamedAsDivision(a, b, tokens: tokens, lower: lower)
            if namedAsDivision {
                if basis == .capital || basis == .organization { (basis, stateCountry) = (.gazetteer, nil) }
                matches = divisions
            }
            // "Kendrapara district", "the Kendrapara and Jagatsinghpur districts", "Lamar county": a second-level
            // division named by its lower-case type noun is the division the gazetteer holds under the name with its
            // type word ("Kendrapara District"), not the town of the name.
            var namedAsSecondLevel = false
            if !namedAsDivision, let noun = Self.secondLevelNoun(after: b, tokens: tokens, lower: lower) {
                let typed = gazetteer.matches(key: PlaceName.key(key + " " + noun)).filter { !$0.isAlternate && $0.place.precision == .admin2 }
                if !typed.isEmpty {
                    if basis == .capital || basis == .organization { (basis, stateCountry) = (.gazetteer, nil) }
                    matches = typed
                    namedAsSecondLevel = true
                }
            }
            let countries = matches.filter { $0.place.precision == .country }
            if !countries.isEmpty, countries.count < matches.count,
               Self.appositionHead(after: b, tokens: tokens, lower: lower, in: PlaceRecognizer.countryNouns) != nil
            {
                matches = countries
            }
            // A capital's namesake in the division or country after it: "downtown San Jose, California" is not Costa
            // Rica's capital, nor its state actor.
            if basis == .capital, qualifier(after: b, matches: matches) == nil, qualifier(after: b, matches: namesakes) != nil {
                (matches, basis, stateCountry) = (namesakes, .gazetteer, nil)
            }
            if let found = qualifier(after: b, matches: matches) {
                context.qualifiers = found.places
                end = found.last
            } else if let found = divisionQualifier(after: b, matches: matches) {
                // "a prison in Oxford, Wisconsin": a town the gazetteer has only elsewhere is placed in its division.
                matches = found.places.map { Gazetteer.Match(place: $0, isAlternate: false) }
                context.qualifiers = found.places
                end = found.last
            }
            var candidate = PlaceCandidate(
                sentence: sentence, span: span(a, end), key: key, matches: matches, basis: basis,
                isLocative: locative, preposition: locative ? before.word : nil, context: context,
                stateCountry: stateCountry)
            candidate.namedAsDivision = namedAsDivision
            // "Kherson, a port on the Dnipro,", "Mykolaiv, a city of 470,000 people,": a place whatever it does. The
            // apposition and the "of" of "the towns of Uzgen and Suzak" describe a whole name, not the "Nor" of "Nor
            // Haghartsin" nor the "Bulak" of "Kyzyl-Bulak".
            let wholeName = isWholeName(a, b)
            let settlementApposition = wholeName && Self.isSettlementApposition(after: b, tokens: tokens, lower: lower)
            // "Washington County, which includes Montpelier,": a second-level division named with its type word is a
            // place wherever it stands (a county does not act; its sheriff or board does).
            let typedCounty = a < b && Self.divisionTypeWords.contains(lower[b])
                && matches.contains { !$0.isAlternate && $0.place.precision == .admin2 } || namedAsSecondLevel
            // A name that acts outside a locative phrase is a club, a government or a personified city, not where
            // something is ("Sevilla drew with Getafe", "Paris is mourning"); what is struck or shelled is a place.
            if stateCountry == nil, basis != .capital, basis != .organization, !locative, end == b, !before.sawCapital, !officeOwner,
               !settlementApposition, !typedCounty,
               !(b + 1 < n && PlaceRecognizer.placeSubjectVerbs.contains(lower[b + 1])),
               entities.contains(where: { entity in
                   entity.span == span(a, b) && PlaceRecognizer.actingRelations.contains(entity.deprel)
               })
            {
                // Unless it heads a list of places: "Shulan, Jiaohe and Huadian were among the worst hit".
                if b + 2 < n, [",", "and", "or"].contains(lower[b + 1]) {
                    var listed = candidate
                    listed.onlyInList = true
                    unplaced.append(listed)
                }
                return
            }
            if requirePosition {
                // "between" before a name no actor took: "trains between Ghent and Bruges"; a village's name only on a
                // route ("the highway between Wabag and Porgera"), being more often a surname ("emails between
                // Rosselló and his aides").
                let position = locative || end > b || before.sawCapital || namedAsDivision || typedCounty
                    || before.word == "between" && (followsRoute(before.at)
                        || matches.contains { $0.place.population >= PlaceRecognizer.minimumTownPopulation })
                    || wholeName && Self.isNamedAsSettlement(a, b, tokens: tokens, lower: lower) || settlementApposition
                    || b + 1 < n && PlaceRecognizer.placeSubjectVerbs.contains(lower[b + 1]) && matches.contains { match in
                        !match.isAlternate && match.place.precision == .city && match.place.population >= 100_000
                    }  // "Qiqihar reported mudslides"
                    || a != firstWord && matches.contains { !$0.isAlternate && $0.place.population >= 200_000 }
                // Elsewhere in the document the name may be a place ("Mosul residents … in Mosul").
                guard position else { return unplaced.append(candidate) }
            }
            // The qualifier is part of this mention, not a place of its own ("Portland, Maine": the state's
            // government, taken first as an actor, is no second mention).
            if end > b { candidates.removeAll { candidate.span.contains($0.span) } }
            for t in a...end { taken[t] = true }
            candidates.append(candidate)
        }
        func tokenRange(_ target: TextSpan) -> (Int, Int)? {
            guard let a = tokens.firstIndex(where: { target.contains($0.span) }),
                  let b = tokens.lastIndex(where: { target.contains($0.span) })
            else { return nil }
            return (a, b)
        }

        /// The longest run of up to three capitalised words after a state's mention at `a...b` that makes with it a
        /// place's own name other than the state ("British" + "Columbia"): its last token, key and matches.
        func longerPlaceName(from a: Int, after b: Int, country: String) -> (Int, String, [Gazetteer.Match])? {
            var last = b
            while last + 1 < n, last + 1 - b <= 3, tokens[last + 1].kind == .word, tokens[last + 1].isCapitalized,
                  actorAt[last + 1] == nil, !taken[last + 1]
            {
                last += 1
            }
            guard last > b else { return nil }
            for end in stride(from: last, through: b + 1, by: -1) {
                let key = PlaceName.key(document.text[span(a, end)])
                let matches = gazetteer.matches(key: key).filter { !$0.isAlternate }
                if !matches.isEmpty, !matches.contains(where: { $0.place.precision == .country && $0.place.country == country }) {
                    return (end, key, matches)
                }
            }
            return nil
        }

        // 0. Landmarks ("at Moscone Center", "Singapore's Changi Airport"), before the place names inside them.
        let runs = Self.landmarkRuns(
            tokens, lower: lower, blocked: { taken[$0] }, isState: { isState(actorAt[$0]) != nil },
            isPerson: { k in actorAt[k].map { actorsByID[$0.actor]?.kind == .person } == true })
        for run in runs {
            let first = run.possessor?.lowerBound ?? run.name.lowerBound
            // The governor of the whole name: "in the Daughters of the American Revolution Constitution Hall".
            var whole = first
            while whole > 0, tokens[whole - 1].kind == .word, !PlaceRecognizer.locatives.contains(lower[whole - 1]),
                  tokens[whole - 1].isCapitalized || ["of", "the"].contains(lower[whole - 1])
            {
                whole -= 1
            }
            var before = governor(before: whole, end: run.name.upperBound)
            if PlaceRecognizer.possessiveDeterminers.contains(before.word), before.at > 0 {
                before = governor(before: before.at, end: run.name.upperBound)  // "at their Everett Factory"
            }
            let locative = PlaceRecognizer.locatives.contains(before.word)
                || PlaceRecognizer.landmarkLocatives.contains(before.word)
                || PlaceRecognizer.placeHeads.contains(lower[run.name.upperBound])
            var possessor: PlaceCandidate?
            if let range = run.possessor {
                let words = document.text[span(range.lowerBound, range.upperBound)]
                var name = String(words.dropLast(2))  // "Singapore's", "Singapore 's" → "Singapore"
                while name.last == " " { name.removeLast() }
                let key = PlaceName.key(name)
                let matches = gazetteer.matches(key: key)
                if !matches.isEmpty {
                    possessor = PlaceCandidate(
                        sentence: sentence, span: span(range.lowerBound, range.upperBound), key: key, matches: matches,
                        basis: .landmark, isLocative: locative)
                }
            }
            var inner: PlaceCandidate?
            for end in stride(from: run.name.upperBound - 1, through: run.name.lowerBound, by: -1) {
                let key = PlaceName.key(document.text[span(run.name.lowerBound, end)])
                // Its own name, or a large city's other name ("Frankfurt Airport"), not "Hall" of Schwäbisch Hall.
                let matches = gazetteer.matches(key: key).filter { !$0.isAlternate || $0.place.population >= 500_000 }
                guard !matches.isEmpty else { continue }
                inner = PlaceCandidate(
                    sentence: sentence, span: span(run.name.lowerBound, end), key: key, matches: matches,
                    basis: .landmark, isLocative: locative)
                break
            }
            let start = possessor == nil ? run.name.lowerBound : first
            let landmark = LandmarkCandidate(
                sentence: sentence, span: span(start, run.name.upperBound),
                key: PlaceName.key(document.text[span(run.name.lowerBound, run.name.upperBound)]),
                isLocative: locative, preposition: locative ? before.word : nil, possessor: possessor, inner: inner)
            // A hotel is a place without an id where the text puts a guest or a meeting ("holed up at the Golf Hotel in
            // Cocody"), never located by a guess; the names inside it stay places ("the Kabul Serena Hotel").
            if PlaceRecognizer.unlocatedLandmarkHeads.contains(lower[run.name.upperBound]) {
                if locative, possessor == nil {
                    unresolvedCandidates.append(UnresolvedPlaceMention(
                        span: landmark.span, text: document.text[landmark.span], sentence: sentence, cue: .landmark,
                        isLocative: true, preposition: before.word))
                }
                continue
            }
            guard locative else {
                unplacedLandmarks.append(landmark)
                continue
            }
            for t in start...run.name.upperBound { taken[t] = true }
            landmarks.append(landmark)
        }
        // Names of actors after "and", "or" or a comma (with the state's country), decided once the places before
        // them are known.
        var listed: [(a: Int, b: Int, key: String, matches: [Gazetteer.Match], country: String?)] = []
        // 1. State actor mentions: a country name in a locative phrase ("in Syria", "from Myanmar") is a country
        // place; a capital read as its state is a place unless it acts ("Moscow said"). Both stay actors.
        for mention in mentionsBySentence[sentence] ?? [] where mention.isInferred != true {
            guard let (a, b) = tokenRange(mention.span), !taken[a], let actor = actorsByID[mention.actor] else { continue }
            // A person or an unknown actor named exactly like a place, in a locative phrase, is the place the
            // recognisers took for a name ("fighting around El Fasher", "flights from Frankfurt").
            if actor.kind == .person || actor.kind == .unknown, mention.text == document.text[span(a, b)] {
                // A capitalised word before the name may open the place's name: "crews from Prince George" (the
                // recognisers took "Prince" for a title).
                // So may an abbreviation with its period: "Officials in St. Louis, Missouri" (the recognisers took
                // "Louis" for an unknown actor).
                var a = a
                let opening = a > 1 && Self.isAbbreviationPeriod(a - 1, tokens: tokens) ? a - 2 : a - 1
                if opening >= 0, tokens[opening].kind == .word, tokens[opening].isCapitalized,
                   actorAt[opening] == nil, !taken[opening],
                   gazetteer.matches(key: PlaceName.key(document.text[span(opening, b)])).contains(where: { !$0.isAlternate })
                {
                    a = opening
                }
                let key = PlaceName.key(document.text[span(a, b)])
                // "the capital of Copperbelt Province": a division's name with its type word.
                let typed = Self.typedDivisionMatches(key, gazetteer: gazetteer)
                let matches = typed.isEmpty ? gazetteer.matches(key: key) : typed
                let own = matches.contains { !$0.isAlternate }
                let word = governor(before: a, end: b).word
                // Its own name (one word: of a place of 100,000 people, or any when no person cue made it an
                // actor), a name of several words ("at Khor Fakkan", an alternate of Khawr Fakkān) or a large
                // city's other name ("Frankfurt").
                let strong = matches.contains { match in
                    !match.isAlternate && (match.place.population >= 100_000 || actor.kind == .unknown)
                        || a < b || match.place.population >= 500_000
                }
                // After "between" a village's name is more often a surname ("messages between Rosselló and eleven
                // others"): an unknown actor there is a place when a town of 5,000 people has its name.
                let strongAfterBetween = matches.contains { match in
                    !match.isAlternate && (match.place.population >= 100_000
                        || actor.kind == .unknown && match.place.population >= PlaceRecognizer.minimumTownPopulation)
                        || a < b || match.place.population >= 500_000
                }
                let divisions = matches.filter { $0.place.precision == .admin1 }
                if own, !divisions.isEmpty && (!typed.isEmpty || Self.isNamedAsDivision(a, b, tokens: tokens, lower: lower))
                    || Self.isNamedAsSettlement(a, b, tokens: tokens, lower: lower)
                {
                    // "the governor of Mary province", "the town of Dawson Creek".
                    add(a, b, key: key, matches: matches, basis: .gazetteer, requirePosition: false)
                } else if strong && PlaceRecognizer.locatives.contains(word) || strongAfterBetween && word == "between" {
                    add(a, b, key: key, matches: matches, basis: .gazetteer, requirePosition: false)
                } else if own || strong, ["and", "or", ","].contains(word) {
                    // "between Thiruvananthapuram and Kochi", "drivers from Leposavić and Zvečan": placed once the
                    // names before it are, whatever its size.
                    listed.append((a, b, key, matches, nil))
                } else if actor.kind == .unknown, b + 1 < n, PlaceRecognizer.placeSubjectVerbs.contains(lower[b + 1]),
                          matches.contains(where: { !$0.isAlternate && $0.place.precision == .city && $0.place.population >= 100_000 })
                {
                    // A city that reports or records what happened in it: "Qiqihar reported mudslides".
                    add(a, b, key: key, matches: matches, basis: .gazetteer, requirePosition: false)
                }
                continue
            }
            if let country = isState(mention), country.count == 3 {
                // A compass word before the state's name that makes a division of it ("Western Australia's
                // emergency services", "in South Australia"): the division, not the state.
                if a > 0, tokens[a - 1].kind == .word, tokens[a - 1].isCapitalized, actorAt[a - 1] == nil, !taken[a - 1],
                   PlaceRecognizer.directions.contains(lower[a - 1])
                {
                    let key = PlaceName.key(document.text[span(a - 1, b)])
                    let divisions = gazetteer.matches(key: key).filter {
                        !$0.isAlternate && $0.place.precision == .admin1 && $0.place.country == country
                    }
                    if !divisions.isEmpty {
                        add(a - 1, b, key: key, matches: divisions, basis: .gazetteer, requirePosition: false)
                        continue
                    }
                }
                // A demonym or state name that opens a longer place name ("northeastern British Columbia", "French
                // Guiana"), or names a division as such ("Ethiopia's Somali region"): the place, not the state.
                if let (end, key, matches) = longerPlaceName(from: a, after: b, country: country) {
                    let divisions = Self.officeDivisions(matches, after: end, lower: lower)
                    add(a, end, key: key, matches: divisions.isEmpty ? matches : divisions, basis: .gazetteer,
                        requirePosition: divisions.isEmpty)
                    continue
                }
                let key = PlaceName.key(mention.text)
                let divisions = gazetteer.matches(key: key).filter { $0.place.precision == .admin1 && !$0.isAlternate }
                if !divisions.isEmpty, Self.isNamedAsDivision(a, b, tokens: tokens, lower: lower) {
                    add(a, b, key: key, matches: divisions, basis: .gazetteer, requirePosition: false)
                    continue
                }
            }
            guard let country = isState(mention) else {
                // A division's office holder inside a longer mention ("Washington senator Patty Murray", "Washington
                // politicians"): the division.
                if let j = (a..<b).first(where: { tokens[$0].isCapitalized && PlaceRecognizer.divisionOffices.contains(lower[$0 + 1]) }),
                   let i = stride(from: max(a, j - 2), through: j, by: 1).first(where: { i in
                       (i...j).allSatisfy { tokens[$0].isCapitalized }
                           && !Self.officeDivisions(gazetteer.matches(key: PlaceName.key(document.text[span(i, j)])), after: j, lower: lower).isEmpty
                   })
                {
                    let key = PlaceName.key(document.text[span(i, j)])
                    add(i, j, key: key, matches: Self.officeDivisions(gazetteer.matches(key: key), after: j, lower: lower),
                        basis: .gazetteer, requirePosition: false)
                    continue
                }
                // A city's office after its possessive inside a government's mention ("Dushanbe's mayor", read as
                // Tajikistan's government because the lexicon takes the capital for its state): the city.
                if let k = (a..<b).first(where: { k in
                    k + 2 <= b && ["'s", "’s"].contains(lower[k + 1]) && PlaceRecognizer.cityOffices.contains(lower[k + 2])
                }), tokens[k].isCapitalized {
                    var i = k
                    while i > a, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized { i -= 1 }
                    let key = PlaceName.key(document.text[span(i, k)])
                    let cities = gazetteer.matches(key: key).filter { $0.place.precision == .city }
                    if !cities.isEmpty {
                        add(i, k, key: key, matches: cities, basis: .gazetteer, requirePosition: false)
                        continue
                    }
                }
                // An organisation named like a place: a seat ("talks in Brussels" for the EU) or a US state's
                // government ("from Florida", "Kansas senator"), in its own country when it has one.
                let matches = gazetteer.matches(key: PlaceName.key(mention.text)).filter { match in
                    match.place.precision != .country && (actor.country.map { $0.count != 3 || $0 == match.place.country } ?? true)
                }
                let relation = entities.first { $0.span.overlaps(mention.span) }?.deprel
                let acts = relation.map { PlaceRecognizer.agentRelations.contains($0) } ?? false
                let divisions = Self.officeDivisions(matches, after: b, lower: lower)
                // "Washington County, which includes Montpelier,": a second-level division named with its type word
                // is the division, also as a subject (the county's board or sheriff acts, not the county).
                let counties = matches.filter { !$0.isAlternate && $0.place.precision == .admin2 }
                if !counties.isEmpty, a < b, Self.divisionTypeWords.contains(lower[b]) {
                    add(a, b, key: PlaceName.key(mention.text), matches: counties, basis: .gazetteer, requirePosition: false)
                    continue
                }
                if actor.kind == .organization, !matches.isEmpty,
                   PlaceRecognizer.locatives.contains(governor(before: a, end: b).word) || !acts && mention.text == actor.name
                    || !divisions.isEmpty
                {
                    add(a, b, key: PlaceName.key(mention.text), matches: divisions.isEmpty ? matches : divisions,
                        basis: .organization, requirePosition: false)
                }
                continue
            }
            // A state's office holders ("Washington senator Patty Murray", "a group of Washington politicians"):
            // the division, not the capital, and no longer the state actor.
            let namesakes = gazetteer.matches(key: PlaceName.key(mention.text))
            var divisions = Self.officeDivisions(namesakes.filter { $0.place.country == country }, after: b, lower: lower)
            // An office no state has is another country's division of the name ("Georgia Governor Brian Kemp").
            if divisions.isEmpty, b + 1 < n, PlaceRecognizer.subnationalOffices.contains(lower[b + 1]) {
                divisions = Self.officeDivisions(namesakes, after: b, lower: lower)
            }
            if !divisions.isEmpty {
                add(a, b, key: PlaceName.key(mention.text), matches: divisions, basis: .gazetteer, requirePosition: false)
                continue
            }
            // Part of a longer name ("Paris Police Prefecture", "Pakistan International Airlines") or a modifier
            // ("the US airstrike"); not an entity that runs on into a phrase after it ("the northern Philippines on
            // Monday").
            if entities.contains(where: { entity in
                entity.span.contains(mention.span) && entity.span.end > mention.span.end
                    && !document.text[entity.span].contains(",")
                    && !(b + 1 < n && PlaceRecognizer.phraseStarts.contains(lower[b + 1]))
            }) {
                continue
            }
            // "Washington, D.C.": the name before the comma.
            let name = mention.text.split(separator: ",").first.map(String.init) ?? mention.text
            let key = PlaceName.key(name)
            let governor = governor(before: a, end: b)
            let relation = entities.first { $0.span.overlaps(mention.span) }?.deprel
            let named = gazetteer.matches(key: key)
            var matches = named.filter { $0.place.country == country && $0.place.precision == .country }
            if !matches.isEmpty {
                matches = named  // "in Georgia" may be the US state: the article decides
            } else if let place = gazetteer.country(country),
                      PlaceName.key(actor.name) == key || Self.isAbbreviation(mention.text)
                          || !named.contains(where: { $0.place.country == country }) && !Self.isDemonym(key)
                              && name.first?.isUppercase == true
            {
                matches = [Gazetteer.Match(place: place, isAlternate: true)]  // "U.S.", "the United States"
            }
            if matches.contains(where: { $0.place.precision == .country }) {
                // "in the US capital", "from Indonesia waters": a modifier, not the place; a parse that hangs the end
                // of a list on its first name ("in Japan and South Korea." with Korea a compound) modifies nothing.
                let modifies = ["compound", "amod"].contains(relation ?? "") && b + 1 < n
                    && ![".", ",", ";", ":", ")", "!", "?"].contains(lower[b + 1])
                    && !PlaceRecognizer.phraseStarts.contains(lower[b + 1])
                guard !modifies, b + 1 >= n || lower[b + 1] != "capital" else { continue }
                if PlaceRecognizer.countryLocatives.contains(governor.word) || Self.followsFarAs(a, lower: lower) {
                    add(a, b, key: key, matches: matches, basis: .gazetteer, stateCountry: country, requirePosition: false)
                } else if ["and", "or", ","].contains(governor.word) {
                    listed.append((a, b, key, matches, country))  // "to Chicago and Singapore": see below
                }
                continue
            }
            // A capital metonym: the state's own cities, its capital first.
            matches = named.filter { $0.place.country == country && $0.place.precision == .city }
            guard !matches.isEmpty else { continue }  // a demonym or possessive: not a place name
            do {
                let acts = relation.map { PlaceRecognizer.agentRelations.contains($0) } ?? true
                // "trains between Vientiane and Luang Prabang", "as far away as Singapore": where, not who.
                let placeLike = PlaceRecognizer.locatives.contains(governor.word)
                    || governor.word == "between" && followsRoute(governor.at) || Self.followsFarAs(a, lower: lower)
                    || ["a", "an", "the"].contains(a > 0 ? lower[a - 1] : "")
                    || b + 1 < n && tokens[b + 1].kind == .word && !tokens[b + 1].isCapitalized && relation == "compound"
                guard placeLike || !acts else { continue }
                add(a, b, key: key, matches: matches, basis: .capital, stateCountry: country, requirePosition: false,
                    saysCapital: true)
            }
        }
        // Whether the word at `t` continues a capitalised name begun before it ("Hall" of "Fishmongers' Hall"):
        // such a word known only as another place's alternate name is no place.
        func endsLongerName(at t: Int) -> Bool {
            t >= 2 && (["'", "’"].contains(lower[t - 1]) || tokens[t - 1].kind == .word && tokens[t - 1].isCapitalized)
        }
        // Whether the word at `t` names a body of water with the word before it ("the Strait of Hormuz", "the Bay of
        // Bengal"): the town or region of that name (Hormoz) is not where the event happened.
        func namesWater(at t: Int) -> Bool {
            t >= 2 && lower[t - 1] == "of" && ["strait", "straits", "gulf", "sea", "bay", "lake"].contains(lower[t - 2])
        }
        // 2. The recogniser's LOC spans the gazetteer knows.
        for entity in entities where entity.type == .location {
            guard let (a, b) = tokenRange(entity.span), !(a...b).contains(where: { taken[$0] || actorAt[$0] != nil })
            else { continue }
            let key = PlaceName.key(document.text[span(a, b)])
            let matches = gazetteer.matches(key: key)
            if matches.allSatisfy(\.isAlternate), endsLongerName(at: a) { continue }
            if namesWater(at: a) { continue }
            if !matches.isEmpty { add(a, b, key: key, matches: matches, basis: .entity, requirePosition: false) }
        }
        // 3. Capitalised words the gazetteer knows, longest first, outside actor mentions and longer PER/ORG
        // entities ("Paris Hilton", "Medical University of Gdańsk"; a one-word PER "Gdańsk" is the tagger
        // guessing). A part of a longer LOC span ("Changi Airport") needs a place-like position too.
        var t = 0
        while t < n {
            // Not from the second part of a hyphenated name ("Suu" of "Kara-Suu").
            guard !taken[t], tokens[t].kind == .word, tokens[t].isCapitalized, actorAt[t] == nil, !namesWater(at: t),
                  !(t >= 1 && Self.isInnerHyphen(t - 1, tokens: tokens))
            else { t += 1; continue }
            // Not from the middle of a capitalised run ("Anne Hidalgo", "Fishmongers' Hall"), unless after a
            // direction ("Central London").
            var previous = t - 1
            if previous > 0, ["'", "'s", "’", "’s"].contains(lower[previous]) { previous -= 1 }
            if previous >= 0, previous != firstWord, tokens[previous].kind == .word, tokens[previous].isCapitalized,
               !taken[previous], actorAt[previous] == nil, !PlaceRecognizer.directions.contains(lower[previous])
            {
                t += 1
                continue
            }
            var ends = [t]
            var k = t + 1
            while k < n, k - t < 6, !taken[k], actorAt[k] == nil {
                if tokens[k].kind == .word, tokens[k].isCapitalized {
                    ends.append(k)
                } else if Self.isAbbreviationPeriod(k, tokens: tokens) {
                    // "St. Louis", "Ft. Worth": the period of an abbreviation inside the name.
                } else if Self.isInnerHyphen(k, tokens: tokens) {
                    // "Kara-Suu", "Bazar-Korgon": a hyphen between two capitalised parts of one name.
                } else if !(tokens[k].kind == .word && PlaceRecognizer.connectors.contains(lower[k])) {
                    break
                }
                k += 1
            }
            var matched = false
            for end in ends.reversed() {
                let covering = entities.filter { $0.span.overlaps(span(t, end)) }
                let key = PlaceName.key(document.text[span(t, end)])
                let matches = gazetteer.matches(key: key)
                guard !matches.isEmpty else { continue }
                // A division before one of its offices is the division inside a person's name ("Queensland Premier
                // David Crisafulli").
                // Only by words beyond the name (not a period the tagger took in: "and Mary."), and not a person's
                // "name" running over lower-case words ("Mary province said 3,000 workers had been hired in
                // Türkmenabat" as a PER span): the tagger's mistakes block nothing.
                if covering.contains(where: { entity in
                    entity.type != .location && Self.hasWords(of: entity, outside: span(t, end), tokens: tokens)
                        && !(entity.type == .person && Self.runsOverLowerCase(entity, tokens: tokens))
                        && !Self.runsIntoDate(entity, after: span(t, end), tokens: tokens)
                }),
                   Self.officeDivisions(matches, after: end, lower: lower).isEmpty
                {
                    continue
                }
                // The start of a longer capitalised name known only by another place's alternate name ("Human"
                // of "Human Rights" is an alternate name of Uman) is no place.
                if end != ends.last, matches.allSatisfy(\.isAlternate) { continue }
                let wholeEntity = covering.contains { $0.type == .location && span(t, end).contains($0.span) }
                let divisions = Self.officeDivisions(matches, after: end, lower: lower)  // "Washington senator"
                add(t, end, key: key, matches: divisions.isEmpty ? matches : divisions,
                    basis: wholeEntity ? .entity : .gazetteer, requirePosition: !wholeEntity && divisions.isEmpty)
                t = end + 1
                matched = true
                break
            }
            if !matched, let prefix = Self.hyphenPrefix(tokens[t]) {
                // "Chicago-based", "Kabul-born": the name before a lower-case hyphenated ending.
                let key = PlaceName.key(prefix.text)
                // A country's name is a modifier ("Kosovo-issued number plates"), not a place.
                let matches = gazetteer.matches(key: key).filter { $0.place.precision != .country }
                if !matches.isEmpty, matches.contains(where: { !$0.isAlternate && $0.place.population >= 100_000 }) {
                    taken[t] = true
                    candidates.append(PlaceCandidate(
                        sentence: sentence, span: prefix.span, key: key, matches: matches, basis: .gazetteer,
                        isLocative: false))
                }
            }
            if !matched { t += 1 }
        }
        // An unknown capitalised name between a locative word and "in" and a place is a facility there: "was
        // transferred to Charité in Berlin".
        var u = 0
        while u < n {
            defer { u += 1 }
            guard u > 0, !taken[u], tokens[u].kind == .word, tokens[u].isCapitalized, actorAt[u] == nil,
                  entityAt[u] != .person, PlaceRecognizer.locatives.contains(lower[u - 1]),
                  !PlaceRecognizer.directions.contains(lower[u]), !Self.isCalendarWordOrAcronym(tokens[u].text)
            else { continue }
            var v = u
            while v + 1 < n, tokens[v + 1].kind == .word, tokens[v + 1].isCapitalized, !taken[v + 1], actorAt[v + 1] == nil {
                v += 1
            }
            guard v + 2 < n, lower[v + 1] == "in", taken[v + 2], candidates.contains(where: { $0.span.start == tokens[v + 2].span.start })
            else { continue }
            landmarks.append(LandmarkCandidate(
                sentence: sentence, span: span(u, v), key: PlaceName.key(document.text[span(u, v)]), isLocative: true,
                preposition: lower[u - 1], possessor: nil, inner: nil))
            for t in u...v { taken[t] = true }
            u = v
        }
        // An actor's name listed after places of a locative phrase: "routes to Chicago and Singapore".
        for item in listed where !(item.a...item.b).contains(where: { taken[$0] }) {
            let word = governor(before: item.a, end: item.b).word
            guard (item.country == nil ? PlaceRecognizer.locatives : PlaceRecognizer.countryLocatives).contains(word)
                || item.country == nil && word == "between"
            else { continue }
            add(item.a, item.b, key: item.key, matches: item.matches, basis: .gazetteer, stateCountry: item.country,
                requirePosition: false)
        }
        var first = candidates.endIndex
        while first > candidates.startIndex, candidates[first - 1].sentence == sentence { first -= 1 }
        placeNamesListedWithPlaces(sentence: sentence)
        preferDivisionsInListsOfDivisions((first..<candidates.endIndex).sorted { candidates[$0].span.start < candidates[$1].span.start })
        // 4. Names the gazetteer lacks, kept apart: they are places without an id when nothing resolved covers them.
        unresolvedCandidates += unresolvedNames(
            sentence: sentence, tokens: tokens, lower: lower, entities: entities,
            blocked: (0..<n).map { taken[$0] || actorAt[$0] != nil })
    }

    /// The first-level divisions among `matches` when the word after the name (token `b`) is an office of a
    /// division ("Kansas senator", "Alabama Governor", "Washington politicians"), else none.
    static func officeDivisions(_ matches: [Gazetteer.Match], after b: Int, lower: [String]) -> [Gazetteer.Match] {
        guard b + 1 < lower.count, PlaceRecognizer.divisionOffices.contains(lower[b + 1]) else { return [] }
        return matches.filter { $0.place.precision == .admin1 }
    }

    /// A month or weekday name ("August", "Sunday") or an acronym written without periods ("EU", "FIRST"): one
    /// such word is not a place name ("D.C." with its periods is).
    static func isCalendarWordOrAcronym(_ text: String) -> Bool {
        if PlaceRecognizer.calendarWords.contains(text.lowercased()) { return true }
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return !text.contains(".") && letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// Whether a folded name looks like a demonym or adjective ("korean", "chinese", "british", "iraqi",
    /// "argentine").
    static func isDemonym(_ key: String) -> Bool {
        ["an", "ese", "ish", "i", "ic", "ch", "s", "ine"].contains { key.hasSuffix($0) }
    }

    /// "U.S.", "UK", "UAE": an abbreviation of a state's name.
    static func isAbbreviation(_ text: String) -> Bool {
        let letters = text.unicodeScalars.filter { $0 != "." }
        return letters.count >= 2 && letters.count <= 4 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// The capitalised part before a hyphen whose rest is lower case ("Chicago" of "Chicago-based").
    static func hyphenPrefix(_ token: Token) -> (text: String, span: TextSpan)? {
        guard token.kind == .word, token.isCapitalized, let hyphen = token.text.firstIndex(of: "-") else { return nil }
        let rest = token.text[token.text.index(after: hyphen)...]
        guard !rest.isEmpty, rest.first?.isLowercase == true else { return nil }
        let prefix = String(token.text[..<hyphen])
        let length = prefix.unicodeScalars.count
        return (prefix, TextSpan(start: token.span.start, end: token.span.start + length))
    }
}
