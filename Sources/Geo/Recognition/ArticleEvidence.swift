/// How often the article names each country or division, and under which names: a name's own count is left out
/// when that name is resolved.
struct ArticleCounts {
    var counts: [String: Int] = [:]
    var countsByKey: [String: [String: Int]] = [:]

    mutating func add(_ item: String, key: String) {
        counts[item, default: 0] += 1
        countsByKey[key, default: [:]][item, default: 0] += 1
    }

    func excluding(_ key: String) -> [String: Int] {
        var result = counts
        for (item, n) in countsByKey[key] ?? [:] { result[item, default: 0] -= n }
        return result
    }
}

/// How often the article names each country and first-level division, under the names that named them: a name's
/// own counts are left out when that name is resolved.
struct ArticleEvidence {
    var countries = ArticleCounts()
    var divisions = ArticleCounts()

    /// Counts `place`'s country and division under `key`.
    mutating func add(_ place: Place, key: String) {
        countries.add(place.country, key: key)
        if let division = place.divisionKey { divisions.add(division, key: key) }
    }

    /// `context` with the article's countries and divisions but those named by `key`, and the dateline's country
    /// and division.
    func context(_ context: PlaceContext, excluding key: String, dateline: Place?) -> PlaceContext {
        var context = context
        context.articleCountries = countries.excluding(key)
        context.articleDivisions = divisions.excluding(key)
        context.datelineCountry = dateline?.country
        context.datelineDivision = dateline?.divisionKey
        return context
    }
}
