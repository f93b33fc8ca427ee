import Foundation
import Testing

@testable import Geo

/// `PlaceName.key`'s table of Latin letters gives what Foundation's folding gives, name for name.
struct PlaceNameTests {
    @Test(arguments: [
        ("Kraków", "krakow"), ("São Tomé", "sao tome"), ("Nukuʻalofa", "nukualofa"), ("Đà Nẵng", "đa nang"),
        ("Straße", "strasse"), ("Île-de-France", "ile de france"), ("Côte d’Ivoire", "cote divoire"),
        ("Łódź", "łodz"), ("Kyiv\u{00A0}Oblast", "kyiv oblast"),
    ])
    func latinNamesFoldLikeFoundation(name: String, key: String) throws {
        #expect(PlaceName.key(name) == key)
        #expect(try #require(PlaceName.latinFolded(name)) == PlaceName.foundationFolded(name))
    }

    /// Combining marks and other scripts take Foundation's path and still fold.
    @Test func otherNamesFallBackToFoundation() {
        #expect(PlaceName.latinFolded("Cafe\u{301}") == nil)
        #expect(PlaceName.key("Cafe\u{301}") == "cafe")
        #expect(PlaceName.latinFolded("Αθήνα") == nil)
        #expect(PlaceName.key("Αθήνα") == "αθηνα")
        #expect(PlaceName.key("ＴＯＫＹＯ") == "tokyo")
    }

    /// Every name, alternate and qualifier of the bundled gazetteer that the table covers folds as Foundation
    /// folds it; the table covers more than nine in ten of the non-ASCII ones.
    @Test func theTableAgreesWithFoundationOnTheWholeGazetteer() throws {
        let gazetteer = try Gazetteer.bundledOrError()
        var covered = 0
        var other = 0
        var disagreements: [String] = []
        for place in gazetteer.places {
            for name in [place.name, place.asciiName] + place.alternates + place.qualifiers
            where !name.utf8.allSatisfy({ $0 < 0x80 }) {
                guard let folded = PlaceName.latinFolded(name) else {
                    other += 1
                    continue
                }
                covered += 1
                if folded != PlaceName.foundationFolded(name) { disagreements.append(name) }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
        #expect(covered > 20_000)
        #expect(other < covered / 10)
    }
}
