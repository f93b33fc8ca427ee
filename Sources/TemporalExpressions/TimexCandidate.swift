/// A temporal expression found in one sentence, before it gets its document id and offsets.
struct TimexCandidate: Sendable {
    /// Index of the first token, into the sentence's token array.
    var first: Int
    /// Index of the last token (inclusive).
    var last: Int
    /// TIMEX3 type.
    var type: TimexType
    /// TIMEX3 value.
    var value: String
    /// TIMEX3 `mod`.
    var mod: String? = nil
    /// SET `quant`.
    var quant: String? = nil
    /// SET `freq`.
    var freq: String? = nil
    /// Range start, for anchored durations and ranges.
    var rangeBegin: String? = nil
    /// Range end.
    var rangeEnd: String? = nil
    /// How the value was obtained.
    var anchoring: TimexAnchoring

    /// Number of tokens covered.
    var length: Int { last - first + 1 }
}
