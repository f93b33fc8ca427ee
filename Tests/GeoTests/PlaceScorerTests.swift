import ArticleText
import Testing

@testable import Geo

/// Place scores pair gold and system mentions one to one: a place split in two is one match and one extra.
struct PlaceScorerTests {
    static let washington = Place(
        geonameId: 4140963, name: "Washington", country: "USA", lat: 38.895, lon: -77.036, precision: .city)
    static let seoul = Place(geonameId: 1835848, name: "Seoul", country: "KOR", lat: 37.566, lon: 126.978, precision: .city)

    static func mention(_ start: Int, _ end: Int, _ text: String, _ place: Place) -> PlaceMention {
        PlaceMention(span: TextSpan(start: start, end: end), text: text, sentence: 0, place: place, basis: .entity,
                     isLocative: true)
    }

    /// "They met in Washington, D.C. and Seoul." with both places annotated.
    static let document = GoldPlaceDocument(
        id: "d", published: "2026-02-20", text: "They met in Washington, D.C. and Seoul.",
        places: [
            GoldPlace(start: 12, end: 28, text: "Washington, D.C.", geonameId: 4140963, lat: 38.895, lon: -77.036),
            GoldPlace(start: 33, end: 38, text: "Seoul", geonameId: 1835848, lat: 37.566, lon: 126.978),
        ])

    @Test func twoSystemMentionsOverOneGoldMentionAreOneMatchAndOneSpurious() {
        let report = PlaceScorer().score([Self.document]) { _ in
            [Self.mention(12, 22, "Washington", Self.washington), Self.mention(24, 28, "D.C.", Self.washington)]
        }
        #expect(report.systemMentions == 2)
        #expect(report.correctSystemMentions == 1)
        #expect(report.precision == 0.5)
        #expect(report.found == 1)
        #expect(report.exact == 1)
        #expect(report.errors.map(\.kind) == ["duplicate", "missed"])
        #expect(report.errors.first?.text == "D.C.")
        #expect(report.errors.last?.text == "Seoul")
    }

    @Test func oneSystemMentionOverTwoGoldMentionsFindsOne() {
        let report = PlaceScorer().score([Self.document]) { _ in
            [Self.mention(12, 38, "Washington, D.C. and Seoul", Self.washington)]
        }
        #expect(report.correctSystemMentions == 1)
        #expect(report.precision == 1)
        #expect(report.found == 1)
        #expect(report.recall == 0.5)
        #expect(report.errors.map(\.kind) == ["missed"])
        #expect(report.errors.first?.text == "Seoul")
    }

    @Test func theExactSpanWinsOverAnOverlappingOne() {
        let report = PlaceScorer().score([Self.document]) { _ in
            [Self.mention(12, 22, "Washington", Self.seoul), Self.mention(12, 28, "Washington, D.C.", Self.washington),
             Self.mention(33, 38, "Seoul", Self.seoul)]
        }
        #expect(report.correctSystemMentions == 2)
        #expect(report.found == 2)
        #expect(report.exact == 2)
        #expect(report.errors.map(\.kind) == ["duplicate"])
        #expect(report.errors.first?.system == "Seoul, KOR (1835848)")
    }

    @Test func aMentionOverNoGoldMentionIsSpurious() {
        let report = PlaceScorer().score([Self.document]) { _ in
            [Self.mention(0, 4, "They", Self.seoul), Self.mention(33, 38, "Seoul", Self.seoul)]
        }
        #expect(report.correctSystemMentions == 1)
        #expect(report.found == 1)
        #expect(report.errors.map(\.kind) == ["spurious", "missed"])
    }
}
