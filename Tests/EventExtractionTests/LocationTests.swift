import ArticleText
import EventExtraction
import EventOntology
import Geo
import Testing

/// Event locations from the whole pipeline (syntax, actors, places, events) on short reports.
struct LocationTests {
    static let pipeline = ExtractionPipeline()

    static func events(_ text: String) -> [Event] {
        pipeline.extract(Document(id: "loc", text: text, published: CalendarDate(iso: "2026-03-02"))).events
    }

    @Test(arguments: [
        ("Russia attacked Ukraine near Kharkiv on Sunday.", EventType.assault, "Kharkiv", 706483),
        ("Israel bombed Hamas positions in Gaza on Monday.", EventType.assault, "Gaza", 281133),
        ("Turkey and Greece held talks in Brussels on Friday.", EventType.consult, "Brussels", 2800866),
        ("Russia attacked Ukraine in the capital, Kyiv, on Sunday.", EventType.assault, "Kyiv", 703448),
    ])
    func theEventsOwnClauseNamesThePlace(text: String, type: EventType, name: String, geonameId: Int) throws {
        let event = try #require(Self.events(text).first { $0.type == type })
        let location = try #require(event.location)
        #expect(location.name == name)
        #expect(location.geonameId == geonameId)
        #expect(location.basis == .clause)
        #expect(location.precision == .city)
        let text = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(text[location.start..<location.end])) == name)
    }

    @Test func aCapitalThatSpeaksIsTheActorAndNoLocation() throws {
        let events = Self.events("Moscow accused Kyiv of shelling the plant.")
        let accuse = try #require(events.first { $0.type == .accuse })
        #expect(accuse.source == "RUS")
        #expect(accuse.location == nil)
    }

    @Test func aPlaceInAnotherClauseDoesNotLocateTheEvent() throws {
        let text = "As Russia continues its war in Ukraine, Pyongyang has deepened military cooperation, supplying equipment and, according to South Korean and U.S. officials, thousands of troops."
        let events = Self.events(text)
        #expect(events.first { $0.type == .assault }?.location?.country == "UKR")
        let cooperation = try #require(events.first { $0.type == .cooperate })
        #expect(cooperation.source == "PRK")
        #expect(cooperation.location == nil)
    }

    @Test func aCountryInTheClauseGivesCountryPrecision() throws {
        let event = try #require(Self.events("Russia shelled Ukrainian positions in Ukraine on Sunday.").first { $0.type == .assault })
        #expect(event.location?.precision == .country)
        #expect(event.location?.country == "UKR")
    }

    @Test func onTheGroundEventsTakeTheDatelinePlace() throws {
        let text = "KABUL, Afghanistan (Wire) – The Taliban attacked Afghanistan's army, officials said. Afghanistan signed a deal with Pakistan."
        let events = Self.events(text)
        let assault = try #require(events.first { $0.type == .assault })
        #expect(assault.location?.name == "Kabul")
        #expect(assault.location?.basis == .dateline)
        #expect(assault.location?.start == 0 && assault.location?.end == 5)
        // A signing is not on the ground: the dateline does not place it.
        #expect(events.first { $0.type == .agree || $0.type == .cooperate }?.location == nil)
    }

    @Test func anAttackAbroadIsNotPlacedByTheAttackersDateline() throws {
        let events = Self.events("MOSCOW (Wire) – Russian troops shelled Ukraine on Tuesday, officials said.")
        let assault = try #require(events.first { $0.type == .assault })
        #expect(assault.targetCountry == "UKR")
        #expect(assault.location == nil)
    }

    @Test func theSourcesCountryIsNeverALocation() {
        let events = Self.events("North Korea criticised Japan on Tuesday.")
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { $0.location == nil })
    }

    @Test func withoutPlaceRecognitionNoEventIsLocated() {
        var pipeline = ExtractionPipeline()
        pipeline.places = nil
        let extraction = pipeline.extract(Document(id: "x", text: "Russia attacked Ukraine near Kharkiv.", published: nil))
        #expect(extraction.places == nil)
        #expect(extraction.events.allSatisfy { $0.location == nil })
    }
}
