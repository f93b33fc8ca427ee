import ArticleText

/// The document's places after resolution: the dateline's, the others in text order with the candidates (and
/// contexts) they were resolved from, and the evidence of the last pass.
struct ResolvedPlaces {
    var dateline: (candidate: PlaceCandidate, mention: PlaceMention)?
    var mentions: [PlaceMention]
    var candidates: [PlaceCandidate]
    var evidence: ArticleEvidence

    var datelinePlace: Place? { dateline?.mention.place }
}

extension PlaceReader {
    /// Resolves the dateline and every candidate jointly, in two passes. The first weighs each reading by the
    /// countries of the article's actors and the countries and divisions of the places with one reading; the
    /// second by those of the actors and of every place as the first pass resolved it, so that ambiguous places
    /// settle one another ("Perth" among Scottish towns, "Hyderabad" among Indian cities). After each pass
    /// `settleNames(in:)` makes the mentions of one name agree.
    func resolveJointly(dateline: PlaceCandidate?) -> ResolvedPlaces {
        var actors = ArticleEvidence()
        for mentions in mentionsBySentence.values {
            // Inferred groups ("police" in a story about a place) take their country from the places themselves.
            for mention in mentions where mention.isInferred != true {
                guard let country = actorsByID[mention.actor]?.country, country.count == 3 else { continue }
                actors.countries.add(country, key: PlaceName.key(mention.text))
            }
        }
        var first = actors
        for candidate in candidates + (dateline.map { [$0] } ?? []) {
            if let country = Self.soleCountry(candidate.matches) { first.countries.add(country, key: candidate.key) }
            if let division = Self.soleDivision(candidate.matches) { first.divisions.add(division, key: candidate.key) }
        }
        var firstPass = resolveAll(dateline: dateline, evidence: first)
        settleNames(in: &firstPass)
        var second = actors
        if let (candidate, mention) = firstPass.dateline { second.add(mention.place, key: candidate.key) }
        for (candidate, mention) in zip(firstPass.candidates, firstPass.mentions) {
            second.add(mention.place, key: candidate.key)
        }
        var resolved = resolveAll(dateline: dateline, evidence: second)
        settleNames(in: &resolved)
        return resolved
    }

    /// One pass: the dateline, then every candidate, each with `evidence` but its own name's.
    func resolveAll(dateline: PlaceCandidate?, evidence: ArticleEvidence) -> ResolvedPlaces {
        var evidence = evidence
        var resolved = ResolvedPlaces(dateline: nil, mentions: [], candidates: [], evidence: evidence)
        if var dateline {
            dateline.context = evidence.context(dateline.context, excluding: dateline.key, dateline: nil)
            if let mention = resolve(dateline) {
                resolved.dateline = (dateline, mention)
                // "SPRINGFIELD, Ill.": a qualified dateline names its division, for its own name too.
                if !dateline.context.qualifiers.isEmpty, let division = mention.place.divisionKey {
                    evidence.divisions.add(division, key: "")
                }
            }
        }
        for var candidate in candidates {
            candidate.context = evidence.context(
                candidate.context, excluding: candidate.key, dateline: resolved.datelinePlace)
            guard let mention = resolve(candidate) else { continue }
            resolved.mentions.append(mention)
            resolved.candidates.append(candidate)
        }
        resolved.evidence = evidence
        return resolved
    }

    /// The city of `matches` inside `division` that the division's name also names: one with the name as its own
    /// ("Mary" in Mary province), else one with the name as an alternate that holds at least a twentieth of the
    /// division's people ("Andijan", an English name of both Andijon and its region; not Santa Fe de Antioquia, a
    /// small town with "Antioquia" among its names), as `PlaceResolver` lets a division yield to such a city.
    static func namesakeCity(of division: Place, in matches: [Gazetteer.Match]) -> Place? {
        let inside = matches.filter { $0.place.precision == .city && $0.place.divisionKey == division.divisionKey }
        return (inside.first { !$0.isAlternate }
            ?? inside.first { 20 * $0.place.population >= division.population })?.place
    }

    /// The place a bare city name means as the short form of a longer city name the document gave before it: its
    /// first words ("Santiago de Compostela … flights to Santiago": Santiago de Compostela, not Chile's capital),
    /// when one place has such a longer name and the article names that place's country more often than the
    /// bare name's own reading's. `nil` otherwise.
    static func shortFormPlace(
        of candidate: PlaceCandidate, own: Place, longNames: [(key: String, place: Place, start: Int)],
        countries: ArticleCounts
    ) -> Place? {
        guard own.precision == .city else { return nil }
        let prefix = candidate.key + " "
        let longer = longNames.filter { $0.start < candidate.span.start && $0.key.hasPrefix(prefix) }
        guard let place = longer.first?.place, longer.allSatisfy({ $0.place.geonameId == place.geonameId }),
              place.geonameId != own.geonameId
        else { return nil }
        let others = countries.excluding(candidate.key)
        return (others[place.country] ?? 0) > (others[own.country] ?? 0) ? place : nil
    }

    /// Makes the mentions of one name agree, in text order (one sense per name, with the exceptions a text
    /// marks). A mention without a qualifier takes, in this order:
    /// 1. the one reading that lies in a division its own sentence names ("created in Maine, most of them in
    ///    Portland" after a PORTLAND, Ore. dateline), unless a national capital of the name is three hundred times
    ///    larger ("an office in Paris after its Maine warehouse grew");
    /// 1a. the city whose longer name, given before it, starts with it (`shortFormPlace`: "Santiago de Compostela
    ///    … flights to Santiago");
    /// 2. the place "capital" gave the name anywhere ("the capital, San Juan … the San Juan streets");
    /// 3. the place of a qualified dateline ("SPRINGFIELD, Ill. — A judge in Springfield");
    /// 4. the place of the name's first mention without a qualifier ("the Australian state of Victoria …
    ///    Victoria, British Columbia … temperatures in Victoria": the state), except that after a division the text
    ///    called one, the city of the name inside it ("the governor of Mary province … hired in Türkmenabat and
    ///    Mary": the city);
    /// 5. the place of the last qualified mention before it ("Springfield, Illinois … Springfield police"), unless
    ///    the article's other places lie more in another reading's country, or in the same country in its
    ///    division, than in the qualified one's with its qualifier ("Perth, Western Australia" in a report whose
    ///    other places are Scottish: "the Perth club" is Perth, Scotland);
    /// 6. before a qualified mention of the place it would take, the name's best-known other place ("in Cambridge
    ///    … in Cambridge, Massachusetts": Cambridge, England).
    func settleNames(in resolved: inout ResolvedPlaces) {
        var capitals: [String: Place] = [:]
        var qualified: [String: [(place: Place, start: Int)]] = [:]
        var sentenceDivisions: [Int: [(key: String, division: String)]] = [:]
        for (candidate, mention) in zip(resolved.candidates, resolved.mentions) {
            let context = candidate.context
            if !context.qualifiers.isEmpty {
                qualified[candidate.key, default: []].append((mention.place, candidate.span.start))
            } else if context.capitalOf != nil || context.saysCapital, qualified[candidate.key] == nil {
                capitals[candidate.key] = capitals[candidate.key] ?? mention.place
            }
            if mention.place.precision == .admin1, let division = mention.place.divisionKey {
                sentenceDivisions[candidate.sentence, default: []].append((candidate.key, division))
            }
        }
        var datelineName: (key: String, place: Place)?
        if let (candidate, mention) = resolved.dateline, !candidate.context.qualifiers.isEmpty {
            datelineName = (candidate.key, mention.place)
        }
        let countries = resolved.evidence.countries
        let divisions = resolved.evidence.divisions
        // A dateline is the first mention of its name ("PERTH — … fans from Perth").
        var firstSense: [String: Place] = [:]
        // Names whose first sense is a division the text called one: a bare mention of such a name is the city of
        // the name inside that division, when there is one ("Jilin province … between Shenyang and Jilin").
        var divisionSenses: Set<String> = []
        if let (candidate, mention) = resolved.dateline { firstSense[candidate.key] = mention.place }
        // Cities named by several words, with where they start: a later bare mention of their first words is their
        // short form ("Santiago de Compostela … flights to Santiago").
        var longNames: [(key: String, place: Place, start: Int)] = []
        if let (candidate, mention) = resolved.dateline, mention.place.precision == .city, candidate.key.contains(" ") {
            longNames.append((candidate.key, mention.place, -1))
        }
        for (candidate, mention) in zip(resolved.candidates, resolved.mentions)
        where mention.place.precision == .city && candidate.key.contains(" ") {
            longNames.append((candidate.key, mention.place, candidate.span.start))
        }
        for index in resolved.mentions.indices {
            let candidate = resolved.candidates[index]
            guard candidate.context.qualifiers.isEmpty else { continue }
            func reads(_ place: Place) -> Bool { candidate.matches.contains { $0.place.geonameId == place.geonameId } }
            let own = resolved.mentions[index].place
            var place = own
            // Divisions of other names ("Antioquia" names no division for itself).
            let named = Set((sentenceDivisions[candidate.sentence] ?? []).filter { $0.key != candidate.key }.map(\.division))
            let inNamedDivision = candidate.matches.filter { match in
                match.place.precision != .admin1 && match.place.divisionKey.map(named.contains) == true
            }
            if Set(inNamedDivision.map(\.place.geonameId)).count == 1 {
                // Not against a famous capital ("an office in Paris after its Maine warehouse grew").
                let town = inNamedDivision[0].place
                resolved.mentions[index].place = PlaceResolver.famousCapital(
                    over: town, in: candidate.matches, context: candidate.context) ?? town
                continue
            }
            if let short = Self.shortFormPlace(of: candidate, own: own, longNames: longNames, countries: countries) {
                resolved.mentions[index].place = short
                continue
            }
            if let capital = capitals[candidate.key], reads(capital) {
                place = capital
            } else if let sense = firstSense[candidate.key], divisionSenses.contains(candidate.key),
                      let city = Self.namesakeCity(of: sense, in: candidate.matches)
            {
                place = city  // "Mary province … in Türkmenabat and Mary": the city
            } else if let dateline = datelineName, dateline.key == candidate.key, reads(dateline.place) {
                place = dateline.place
            } else if let sense = firstSense[candidate.key], reads(sense) {
                place = sense
            } else if let earlier = qualified[candidate.key]?.last(where: { $0.start < candidate.span.start }),
                      reads(earlier.place)
            {
                place = earlier.place
                if own.geonameId != earlier.place.geonameId {
                    let others = countries.excluding(candidate.key)
                    var support = (own: others[own.country] ?? 0, qualified: (others[earlier.place.country] ?? 0) + 1)
                    if own.country == earlier.place.country, let ownDivision = own.divisionKey,
                       let qualifiedDivision = earlier.place.divisionKey
                    {
                        let inDivisions = divisions.excluding(candidate.key)
                        support = (inDivisions[ownDivision] ?? 0, (inDivisions[qualifiedDivision] ?? 0) + 1)
                    }
                    if support.own > support.qualified { place = own }
                }
            } else if let later = qualified[candidate.key]?.first(where: { $0.start > candidate.span.start }),
                      later.place.geonameId == own.geonameId
            {
                var other = candidate
                other.matches.removeAll { $0.place.geonameId == own.geonameId }
                other.context = PlaceContext()
                if let mention = resolve(other) { place = mention.place }
            }
            resolved.mentions[index].place = place
            if firstSense[candidate.key] == nil {
                firstSense[candidate.key] = place
                if candidate.namedAsDivision, place.precision == .admin1 { divisionSenses.insert(candidate.key) }
            }
        }
    }
}
