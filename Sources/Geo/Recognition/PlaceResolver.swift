import Foundation

/// Chooses the GeoNames entry a place name means, given what the article says around it.
///
/// Every entry with the name gets a score; the highest wins (ties: the larger population, then the lower
/// GeoNames id). In order of weight: a qualifier after a comma that names the entry's country or division
/// ("Springfield, Illinois"); being the capital of the country the text names ("the Libyan capital Tripoli");
/// the entry's country being named in the article (the larger its share of the article's countries, the more); the
/// dateline's country and, for a town, division; the entry's first-level division being named in the article (a division, a place in it:
/// "Peoria" in a story that names Illinois or Joliet is Illinois's; "Victoria" in a story that names Geelong is the
/// Australian state), weighed by how much the article names the division's country; a second-level division in a
/// division the article or the dateline names ("Washington County" in a Vermont story); countries over divisions over
/// cities ("Georgia" alone is the country); the name being the entry's
/// own rather than an alternate; and the population (30 points per factor of ten; a division's, the sum of its
/// cities', counts as a tenth against a city of the same name: "Victoria" in a Canadian story is the city, not
/// the Australian state). A division named like a city
/// inside it or like its country's capital yields to the city ("New York", "Washington"), unless the city has the
/// name only as an alternate and holds under a twentieth of the division's people ("Antioquia"); a city-state's name
/// means the city ("in Singapore": Singapore the city, not the country's point 4 km away).
public struct PlaceResolver: Sendable {
    /// The gazetteer names are looked up in.
    public var gazetteer: Gazetteer

    /// Creates a resolver over `gazetteer`.
    public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    /// The place `name` most likely means in `context`, or `nil` when the gazetteer has no such name.
    /// - Complexity: O(k) in the number of places sharing the name.
    public func resolve(_ name: String, context: PlaceContext = PlaceContext()) -> Place? {
        best(gazetteer.matches(name), context: context)?.place
    }

    /// The best of `matches` in `context` with its score, or `nil` when `matches` is empty.
    public func best(_ matches: [Gazetteer.Match], context: PlaceContext) -> (place: Place, score: Double)? {
        var best: (place: Place, score: Double)?
        for match in matches {
            // A city's alternate that is the own name of a smaller place of the same country beside it names that
            // place, not the city: "Victoria" is Hong Kong's old name for the city on its island, a place of its own
            // in the gazetteer, so it never outweighs the Australian state or the Canadian city as Hong Kong's
            // seven million people.
            if Self.isShadowedAlternate(match, in: matches) { continue }
            // A division named like a city inside it, or like its country's capital, means the city ("New York",
            // "Washington"); not like a small town that has the name only as an alternate ("Antioquia" is the
            // department, not Santa Fe de Antioquia, a two-hundredth of its people).
            if match.place.precision == .admin1, matches.contains(where: { other in
                other.place.precision == .city && other.place.country == match.place.country
                    && (other.place.admin1Code == match.place.admin1Code || other.place.isCapital)
                    && (!other.isAlternate || 20 * other.place.population >= match.place.population)
            }) {
                continue
            }
            var score = Self.score(match, context: context)
            // A division's population is the sum of its cities': against a city of the name it counts as a tenth.
            if match.place.precision == .admin1, matches.contains(where: { $0.place.precision == .city }) { score -= 30 }
            if let current = best {
                let better = score > current.score
                    || score == current.score && (match.place.population, -match.place.geonameId)
                        > (current.place.population, -current.place.geonameId)
                if !better { continue }
            }
            best = (match.place, score)
        }
        if let country = best?.place, country.precision == .country, let city = Self.cityState(country, in: matches) {
            return (city, best?.score ?? 0)
        }
        if let town = best?.place, let capital = Self.famousCapital(over: town, in: matches, context: context) {
            return (capital, best?.score ?? 0)
        }
        return best
    }

    /// Whether `match` is a city's alternate name that another reading of `matches` has as its own name, a city of
    /// the same country within 25 km ("Victoria" of Hong Kong and Victoria City on Hong Kong island; "Kowloon").
    static func isShadowedAlternate(_ match: Gazetteer.Match, in matches: [Gazetteer.Match]) -> Bool {
        guard match.isAlternate, match.place.precision == .city else { return false }
        return matches.contains { other in
            !other.isAlternate && other.place.precision == .city && other.place.geonameId != match.place.geonameId
                && other.place.country == match.place.country
                && other.place.coordinate.distance(to: match.place.coordinate) <= 25
        }
    }

    /// The national capital of at least a million people that a bare name means although the article's country
    /// or dateline favoured a town of the name twenty times smaller ("Paris" in a story datelined Atlanta), three
    /// hundred times smaller when the article names the town's division ("Paris" in a story about a Maine
    /// warehouse, not "Lima" in a story that names Ohio), or `nil`; never against a qualifier ("Paris, Texas").
    static func famousCapital(over town: Place, in matches: [Gazetteer.Match], context: PlaceContext) -> Place? {
        guard town.precision == .city, !town.isCapital,
              !context.qualifiers.contains(where: { $0.country == town.country })
        else { return nil }
        let divisionNamed = town.divisionKey.map { (context.articleDivisions[$0] ?? 0) > 0 } ?? false
        let factor: Double = divisionNamed ? 300 : 20
        return matches.filter { !$0.isAlternate }.map(\.place)
            .filter { $0.precision == .city && $0.isCapital && $0.population >= 1_000_000
                && Double($0.population) >= factor * Double(max(town.population, 1)) }
            .max { $0.population < $1.population }
    }

    /// The capital that is the whole of a city-state named like it ("Singapore", "Monaco", "Hong Kong"): its own
    /// name is the country's, it lies within 25 km of the country's point and holds at least 80% of its people
    /// (not Luxembourg or Djibouti, whose capitals hold less).
    static func cityState(_ country: Place, in matches: [Gazetteer.Match]) -> Place? {
        matches.first { match in
            let city = match.place
            return !match.isAlternate && city.precision == .city && city.isCapital && city.country == country.country
                && city.coordinate.distance(to: country.coordinate) <= 25
                && Double(city.population) >= 0.8 * Double(country.population)
        }?.place
    }

    /// The score of one candidate (see the type's description).
    public static func score(_ match: Gazetteer.Match, context: PlaceContext) -> Double {
        let place = match.place
        var score = 0.0
        if context.qualifiers.contains(where: { qualifier in
            qualifier.geonameId != place.geonameId && qualifier.country == place.country
                && (qualifier.precision == .country || qualifier.admin1Code == place.admin1Code)
        }) {
            score += 1000
        }
        if let capital = context.capitalOf, place.country == capital {
            score += place.isCapital || place.precision == .city ? 500 : 100
        }
        if context.saysCapital, place.isCapital { score += 200 }
        // Context outweighs a population up to about ten times larger, not a hundred times (a US story's
        // "Paris" is still France's unless something says otherwise); the larger the country's share of the
        // article's countries, the more (up to 20 points more for the only country named: "Hyderabad" in a story
        // about Indian cities that names Karachi once is India's).
        let countryCount = context.articleCountries[place.country] ?? 0
        if countryCount > 0 {
            let total = context.articleCountries.values.reduce(0) { $0 + max($1, 0) }
            score += 40 + 20 * Double(countryCount) / Double(total)
        }
        if context.datelineCountry == place.country { score += 25 }
        // A town of the dateline's own division ("Jackson" in a story datelined "PARIS, Tenn." that also names
        // Mississippi): local news names its neighbours.
        if let division = context.datelineDivision, place.divisionKey == division, place.precision == .city { score += 15 }
        // Less than a country's weight, more than a population about four times larger ("Springfield" in a story
        // that names Illinois, "Zolochiv" among the Kharkiv region's towns, "Victoria" the state in a story that
        // names Geelong and Ballarat); in proportion to how much the article names the division's country against
        // the country it names most (Karachi's Sindh does not make "Hyderabad" Pakistani in an Indian story).
        if let division = place.divisionKey, let count = context.articleDivisions[division], count > 0, countryCount > 0 {
            let top = context.articleCountries.values.max() ?? countryCount
            score += (20 + 2.5 * Double(min(count, 4))) * Double(countryCount) / Double(max(top, countryCount))
        }
        // A second-level division in a division the article names or the dateline's ("Washington County" in a
        // Vermont story): county names repeat from state to state (thirty Washington Counties) and a story names
        // its own state; this outweighs a population twenty times larger (Oregon's Washington County).
        if place.precision == .admin2, let division = place.divisionKey,
           (context.articleDivisions[division] ?? 0) > 0 || context.datelineDivision == division
        {
            score += 60
        }
        switch place.precision {
        case .country: score += 30
        case .admin1, .admin2: score += 15
        case .city: if place.isCapital { score += 8 }
        }
        if !match.isAlternate { score += 10 }
        score += 30 * log10(Double(max(place.population, 0)) + 1)
        return score
    }
}
