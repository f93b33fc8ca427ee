import ArticleText
import Testing
import TemporalExpressions

/// `ClauseTense.pastWeekday`: a weekday that dates an act told as done names the day before publication,
/// unless a modal or an infinitive gives it to an act still to come; and the schedule helpers the event
/// modality reads (`isPresentScheduleVerb`, `begins(_:after:)`).
struct PastWeekdayTableTests {
    @Test(arguments: [
        // Told as done: the weekday before publication (published on Sunday 2024-05-19).
        ("Turkey opened its base on Saturday, where its officers are to train", 1, 5, "2024-05-25", "2024-05-18"),
        // An infinitive or a modal gives the weekday to the act still to come.
        ("They agreed to resume talks on Monday", 1, 6, "2024-05-20", nil),
        ("They said it would meet on Monday", 1, 6, "2024-05-20", nil),
        // "to" before a name or a determiner names a recipient, not an infinitive.
        ("Turkey sent troops to Somalia on Saturday", 1, 6, "2024-05-25", "2024-05-18"),
        // No weekday, or a value outside the week after the DCT.
        ("Turkey opened its base in May", 1, 5, "2024-05-25", nil),
        ("Turkey opened its base on Saturday", 1, 5, "2024-06-08", nil),
    ] as [(String, Int, Int, String, String?)])
    func pastWeekdayIsDecidedByClauseTense(text: String, act: Int, weekday: Int, value: String, expected: String?) throws {
        let scalars = ScalarText(text)
        let tokens = Tokenizer().tokens(in: scalars, span: scalars.fullSpan, sentence: 0)
        let dct = try #require(CalendarDate(iso: "2024-05-19"))
        #expect(ClauseTense.pastWeekday(tokens: tokens, act: act, weekday: weekday, value: value, dct: dct) == expected)
    }

    @Test(arguments: [
        ("2024-05-20", true), ("2024-05-19", false), ("2024-05-20TEV", true), ("2024-W21", true), ("2024-W20", false),
        ("2024-06", true), ("2024-05", false), ("2025", false), ("FUTURE_REF", false),
    ])
    func valueBeginsAfterTheDCT(value: String, expected: Bool) throws {
        let dct = try #require(CalendarDate(iso: "2024-05-19"))
        #expect(ClauseTense.begins(value, after: dct) == expected)
    }

    @Test("present forms of schedule verbs look ahead, other forms do not")
    func presentScheduleVerbs() {
        #expect(ClauseTense.isPresentScheduleVerb("arrives"))
        #expect(ClauseTense.isPresentScheduleVerb("meets"))
        #expect(!ClauseTense.isPresentScheduleVerb("met"))
        #expect(!ClauseTense.isPresentScheduleVerb("visit"))
        #expect(!ClauseTense.isPresentScheduleVerb("says"))
    }
}
