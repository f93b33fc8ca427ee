import ArticleText
import Foundation
import Syntax

extension PlaceRecognizer {
    /// Nouns that name a first-level division: after a name ("Quang Ngai province", "the Donetsk region"), before
    /// its "of" ("the Mexican state of Veracruz") or as the head of an apposition ("Akkar, the poorest governorate").
    /// Not "territory": "the French territory of Martinique" is the territory's country-level entry. "Emirate"
    /// names the United Arab Emirates' divisions ("the emirate of Fujairah"); a country called one has no division
    /// of its name.
    static let divisionNouns: Set<String> = [
        "province", "provinces", "state", "states", "region", "regions", "department", "departments", "governorate",
        "governorates", "oblast", "oblasts", "prefecture", "prefectures", "canton", "cantons", "emirate", "emirates",
    ]
    /// Head nouns of an apposition that make a name a populated place, whatever it does in its clause: "Kherson, a
    /// port on the Dnipro,", "Artsvashen, an Armenian exclave".
    static let appositionPlaceNouns: Set<String> = settlementNouns.union([
        "suburb", "exclave", "enclave", "commune", "settlement", "resort", "island", "district",
    ])
    /// Words that open a clause or phrase after an apposition's head noun: "a town where …", "an exclave its forces
    /// seized", "a port that …".
    static let relativeWords: Set<String> = ["where", "which", "that", "whose", "who", "it", "they", "he", "she", "we"]
    /// Head nouns of an apposition that make a name its country: "Georgia, the former Soviet republic,".
    static let countryNouns: Set<String> = ["country", "nation", "republic", "kingdom", "monarchy", "emirate", "sultanate"]
    /// Offices a state does not have, only its divisions: "Georgia Governor Brian Kemp" is the US state's.
    static let subnationalOffices: Set<String> = ["governor", "congressman", "congresswoman", "congressmen", "congresswomen"]
}

extension PlaceReader {
    /// Whether the text calls the name at tokens `a...b` a first-level division: a division noun after it, also
    /// after names coordinated with it ("Quang Ngai province", "the Kharkiv and Zaporizhzhia regions"); a division
    /// noun or "governor" before its "of" ("the Mexican state of Veracruz", "the governor of Belgorod"); or an
    /// apposition headed by a division noun ("Akkar, the poorest governorate,"; not "the capital of Guanacaste
    /// province", whose province is another name's).
    static func isNamedAsDivision(_ a: Int, _ b: Int, tokens: [Token], lower: [String]) -> Bool {
        let n = tokens.count
        func isHead(_ k: Int) -> Bool {
            PlaceRecognizer.divisionNouns.contains(lower[k]) && !(k + 1 < n && ["'s", "’s"].contains(lower[k + 1]))
        }
        if a >= 2, lower[a - 1] == "of", lower[a - 2] == "governor" || PlaceRecognizer.divisionNouns.contains(lower[a - 2]) {
            return true
        }
        // After the name, over the names coordinated with it.
        var k = b + 1
        while k < n, [",", "and", "or"].contains(lower[k]) {
            var next = k + 1
            if next < n, ["and", "or"].contains(lower[next]) { next += 1 }
            guard next < n, tokens[next].kind == .word, tokens[next].isCapitalized,
                  !PlaceRecognizer.divisionNouns.contains(lower[next])
            else { break }
            k = next
            while k < n, tokens[k].kind == .word, tokens[k].isCapitalized, !PlaceRecognizer.divisionNouns.contains(lower[k]) {
                k += 1
            }
        }
        if k < n, isHead(k) { return true }
        return appositionHead(after: b, tokens: tokens, lower: lower, in: PlaceRecognizer.divisionNouns) != nil
    }

    /// The singular type word ("district", "county") of a lower-case second-level division noun after the name ending
    /// at token `b`, also after names coordinated with it ("Kendrapara district", "the Kendrapara and Jagatsinghpur
    /// districts"), or `nil`.
    static func secondLevelNoun(after b: Int, tokens: [Token], lower: [String]) -> String? {
        let n = tokens.count
        var k = b + 1
        while k < n, [",", "and", "or"].contains(lower[k]) {
            var next = k + 1
            if next < n, ["and", "or"].contains(lower[next]) { next += 1 }
            guard next < n, tokens[next].kind == .word, tokens[next].isCapitalized else { break }
            k = next
            while k < n, tokens[k].kind == .word, tokens[k].isCapitalized { k += 1 }
        }
        guard k < n, tokens[k].kind == .word, !tokens[k].isCapitalized else { return nil }
        return secondLevelNouns[lower[k]]
    }

    /// Lower-case nouns of second-level divisions, with the type word the gazetteer's names end with.
    static let secondLevelNouns: [String: String] = [
        "district": "district", "districts": "district", "county": "county", "counties": "county",
    ]

    /// Type words a division's name may end with, capitalised as part of it ("Copperbelt Province", "Nimba
    /// County"): the gazetteer indexes the name without them.
    static let divisionTypeWords: Set<String> = [
        "province", "county", "region", "state", "district", "governorate", "oblast", "prefecture", "department",
    ]

    /// The first-level divisions whose own name is `key` without its last word, when that word is a division type
    /// word and the gazetteer has no place under the whole key ("Copperbelt Province", "Nimba County" that the
    /// recognisers took for a person); a US state is never a county ("Washington County" is no state). Empty
    /// otherwise.
    static func typedDivisionMatches(_ key: String, gazetteer: Gazetteer) -> [Gazetteer.Match] {
        let words = key.split(separator: " ")
        guard words.count >= 2, let last = words.last, divisionTypeWords.contains(String(last)),
              !gazetteer.contains(key: key)
        else { return [] }
        return gazetteer.matches(key: words.dropLast().joined(separator: " ")).filter { match in
            !match.isAlternate && match.place.precision == .admin1 && !(last == "county" && match.place.country == "USA")
        }
    }

    /// The head noun, one of `heads`, of an apposition after the name ending at token `b`: ", the poorest
    /// governorate," → "governorate"; ", the former Soviet republic," → "republic". Up to four words after "the"
    /// or "a", none of them "of" (not "Maidan Shahr, the capital of Maidan Wardak province"), the head last.
    static func appositionHead(after b: Int, tokens: [Token], lower: [String], in heads: Set<String>) -> String? {
        let n = tokens.count
        guard b + 2 < n, lower[b + 1] == ",", ["the", "a", "an"].contains(lower[b + 2]) else { return nil }
        var j = b + 3
        while j < n, j <= b + 6, tokens[j].kind == .word, lower[j] != "of" {
            if heads.contains(lower[j]) { return j + 1 >= n || [",", ".", ";", ":", ")", "—", "–"].contains(lower[j + 1]) ? lower[j] : nil }
            j += 1
        }
        return nil
    }

    /// Whether an apposition headed by a settlement noun follows the name ending at token `b`: ", a port on the
    /// Dnipro,", ", an Armenian exclave its forces seized", ", a border town north of Osh", ", a city of 470,000
    /// people". Up to four words after "a", "an" or "the", then the head (`PlaceRecognizer.appositionPlaceNouns`),
    /// which must end its noun phrase: not "a town councillor", "the city's mayor".
    static func isSettlementApposition(after b: Int, tokens: [Token], lower: [String]) -> Bool {
        let n = tokens.count
        guard b + 3 < n, lower[b + 1] == ",", ["a", "an", "the"].contains(lower[b + 2]) else { return false }
        var j = b + 3
        while j < n, j <= b + 7, tokens[j].kind == .word, lower[j] != "of" {
            if PlaceRecognizer.appositionPlaceNouns.contains(lower[j]) {
                guard j + 1 < n, tokens[j + 1].kind == .word else { return true }  // ", a village," / ", a town."
                let next = lower[j + 1]
                return !["'s", "’s"].contains(next)
                    && (PlaceRecognizer.phraseStarts.contains(next) || PlaceRecognizer.compassWords.contains(next)
                        || PlaceRecognizer.possessiveDeterminers.contains(next)
                        || PlaceRecognizer.relativeWords.contains(next))
            }
            j += 1
        }
        return false
    }

    /// Keeps only the first-level divisions of names coordinated with a division that has no other reading: "rain
    /// in Huila and Caldas" is the department of Caldas (not the Antioquia town), "in Texas, Oklahoma and Arkansas"
    /// the state of Oklahoma. Only divisions of that division's countries are kept; "in Kisumu and Kakamega", where no
    /// name is a division alone, keeps its cities.
    /// - Parameter indices: the positions in `candidates` of one sentence's candidates, in text order.
    mutating func preferDivisionsInListsOfDivisions(_ indices: [Int]) {
        let text = document.text
        var changed = true
        while changed {
            changed = false
            for (x, y) in zip(indices, indices.dropFirst()) {
                let between = text[TextSpan(start: candidates[x].span.end, end: candidates[y].span.start)]
                guard [",", "and", "or", ", and", ", or"].contains(between.trimmingCharacters(in: .whitespaces)) else { continue }
                for (one, other) in [(x, y), (y, x)] {
                    guard candidates[one].matches.allSatisfy({ $0.place.precision == .admin1 }) else { continue }
                    let countries = Set(candidates[one].matches.map(\.place.country))
                    let divisions = candidates[other].matches.filter {
                        $0.place.precision == .admin1 && countries.contains($0.place.country)
                    }
                    if !divisions.isEmpty, divisions.count < candidates[other].matches.count {
                        candidates[other].matches = divisions
                        changed = true
                    }
                }
            }
        }
    }
}
