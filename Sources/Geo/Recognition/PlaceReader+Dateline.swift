import ArticleText

extension PlaceReader {
    /// The dateline's place: "SEOUL, South Korea (Journos News) –" → Seoul, with "South Korea" as qualifier.
    func datelineCandidate() -> PlaceCandidate? {
        guard let dateline = document.dateline else { return nil }
        let scalars = document.text.scalars
        var end = dateline.start
        while end < dateline.end, ![",", "(", "–", "—", "-"].contains(scalars[end]) { end += 1 }
        let placeSpan = document.text.trimmed(TextSpan(start: dateline.start, end: end))
        guard placeSpan.end > placeSpan.start else { return nil }
        let key = PlaceName.key(document.text[placeSpan])
        // A dateline names a city: "WASHINGTON" is the capital, not the state.
        let all = gazetteer.matches(key: key)
        let cities = all.filter { $0.place.precision == .city }
        let matches = cities.isEmpty ? all : cities
        guard !matches.isEmpty else { return nil }
        var context = PlaceContext()
        if end < dateline.end, scalars[end] == "," {
            var qualifierEnd = end + 1
            while qualifierEnd < dateline.end, ![",", "(", "–", "—"].contains(scalars[qualifierEnd]),
                  !(scalars[qualifierEnd] == "-" && qualifierEnd + 1 < dateline.end && scalars[qualifierEnd + 1] == " ")
            {
                qualifierEnd += 1
            }
            let qualifier = document.text[document.text.trimmed(TextSpan(start: end + 1, end: qualifierEnd))]
            context.qualifiers = gazetteer.qualifierPlaces(qualifier)
        }
        return PlaceCandidate(
            sentence: document.sentenceIndex(containing: placeSpan.start) ?? 0, span: placeSpan, key: key,
            matches: matches, basis: .dateline, isLocative: true, context: context)
    }
}
