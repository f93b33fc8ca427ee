import ArticleText

/// The four TIMEX3 types of the TimeML specification (ISO-TimeML, TempEval-3).
public enum TimexType: String, Hashable, Sendable, Codable, CaseIterable {
    /// A calendar date or period: "Feb. 20", "last year", "the 1990s".
    case date = "DATE"
    /// A time of day, or a part of a day: "10:30 a.m.", "Thursday morning".
    case time = "TIME"
    /// A length of time: "five years", "weeks".
    case duration = "DURATION"
    /// A recurrence: "every five years", "annually".
    case set = "SET"
}

/// How a TIMEX3 value was obtained.
public enum TimexAnchoring: String, Hashable, Sendable, Codable {
    /// The expression is absolute ("2021", "Feb. 20, 2026").
    case absolute
    /// Resolved relative to the document creation time ("last year").
    case dct
    /// Resolved relative to another time expression in the text ("the previous day").
    case timex
    /// Relative, but there was no DCT to resolve it against: `value` keeps the unresolved form.
    case unresolved
}

/// One temporal expression, annotated TIMEX3-style.
///
/// `value` follows the TIMEX3 value grammar of the TimeML annotation guidelines: ISO 8601 dates at the
/// expression's granularity (`2025`, `2019-03`, `2026-02-20`, `2027-W01`, `2024-Q3`, `2024-SU`, `199`),
/// times (`2025-03-14TAF`, `2026-02-19T10:30`), durations (`P5Y`, `PXW`), sets (`P1Y` with `quant`/`freq`),
/// and the vague reference points `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.
public struct Timex: Hashable, Sendable, Codable {
    /// Identifier within the document: `t1`, `t2`, … in text order.
    public var id: String
    /// First scalar of the expression in the document text.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// The expression as written, `text[start..<end]`.
    public var text: String
    /// TIMEX3 type.
    public var type: TimexType
    /// TIMEX3 value.
    public var value: String
    /// TIMEX3 `mod` (`BEFORE`, `AFTER`, `ON_OR_AFTER`, `START`, `MID`, `END`, `APPROX`, …), or `nil`.
    public var mod: String?
    /// For SET: the TIMEX3 `quant` ("EVERY", "EACH"), or `nil`.
    public var quant: String?
    /// For SET: the TIMEX3 `freq` ("1X"), or `nil`.
    public var freq: String?
    /// Start of the range this expression bounds ("since 2021" → `2021`; "the next five years" → the DCT), or `nil`.
    public var rangeBegin: String?
    /// End of the range this expression bounds ("since 2021" → the DCT), or `nil`.
    public var rangeEnd: String?
    /// How `value` was obtained.
    public var anchoring: TimexAnchoring
    /// 0-based index of the sentence holding the expression.
    public var sentence: Int

    /// Creates a TIMEX3 annotation.
    public init(
        id: String, span: TextSpan, text: String, type: TimexType, value: String, mod: String? = nil,
        quant: String? = nil, freq: String? = nil, rangeBegin: String? = nil, rangeEnd: String? = nil,
        anchoring: TimexAnchoring, sentence: Int
    ) {
        self.id = id
        self.start = span.start
        self.end = span.end
        self.text = text
        self.type = type
        self.value = value
        self.mod = mod
        self.quant = quant
        self.freq = freq
        self.rangeBegin = rangeBegin
        self.rangeEnd = rangeEnd
        self.anchoring = anchoring
        self.sentence = sentence
    }

    /// The expression's span in the document text.
    public var span: TextSpan { TextSpan(start: start, end: end) }
}
