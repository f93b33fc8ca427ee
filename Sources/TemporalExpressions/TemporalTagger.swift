import ArticleText

/// Recognises temporal expressions and normalises them to TIMEX3 values against the document creation time.
///
/// The tagger never reads the clock: without a DCT (from metadata, `--published` or the dateline), relative
/// expressions keep an unresolved value and produce a `timex.unresolved` finding.
///
/// Conventions (TimeML 1.2.1 / TempEval-3): determiners and quantity modifiers are inside the extent ("the
/// next five years", "about three years"), prepositions are not ("since 2021" → "2021", with the range
/// recorded in `rangeBegin`/`rangeEnd`). A weekday or a month without a year is placed by the clause's tense
/// (`ClauseTense`): past → the latest one up to the DCT, future → the next one; "next Friday" is the first
/// Friday after the DCT and "last Friday" the latest one before it.
///
/// For dating events: `TemporalAnnotation.timexes(inSentence:)` lists a sentence's expressions,
/// `Timex.dayRange(dct:)` (or `TimexValue.dayRange(of:dct:)`) turns any value or recorded range into a sortable
/// `TimexDayRange`, and `ClauseTense.of(tokens:around:)` gives the tense used to place underspecified dates.
/// Boilerplate sentences are skipped. A date in the dateline ("SEOUL, Feb. 20 (Yonhap) –") is tagged like any
/// other (it lies inside `SegmentedDocument.dateline`, so extractors that skip excluded spans ignore it) and
/// supplies the DCT when metadata has none (`dctSource == .dateline`).
public struct TemporalTagger: Sendable {
    /// Creates a tagger.
    public init() {}

    /// Tags every sentence of `document` that is not boilerplate, the dateline included.
    /// The day a sentence sets its account on: its first day, passing over a dateline's date ("FALMOUTH,
    /// England, July 19 - …") and the days of a fronted subordinate clause ("As families travelled home for
    /// Christmas, the ferry capsized late on December 23"); `nil` when it names no other day.
    static func sceneDay(_ candidates: [TimexCandidate], scanner: SentenceScanner, dct: CalendarDate?) -> CalendarDate? {
        let words = scanner.words
        let dash = words.prefix(12).firstIndex { ["-", "–", "—"].contains($0) }
        var opening = 0
        if let dash { opening = dash + 1 }
        var skipUntil = -1
        if ["as", "while", "when", "although", "though", "because", "since", "after", "before", "once"].contains(scanner.w(opening)) {
            skipUntil = words[opening...].firstIndex(of: ",") ?? -1
        }
        for c in candidates where c.first > skipUntil {
            guard let day = scanner.referenceDay(of: c) else { continue }
            if let dash, c.last < dash, day == dct { continue }
            return day
        }
        return nil
    }

    /// - Parameter document: a segmented document.
    /// - Returns: the TIMEX3 annotations in text order, the DCT used and findings.
    public func tag(_ document: SegmentedDocument) -> TemporalAnnotation {
        var findings: [Finding] = []
        var dct = document.document.published
        var source = dct == nil ? DCTSource.none : document.document.dctSource
        if dct == nil, let found = DatelineDate.read(document, findings: &findings) {
            dct = found
            source = .dateline
        }
        var timexes: [Timex] = []
        var reference = dct
        var coarseReference = dct
        var periodReference: TimexCandidate? = nil
        var narrative: NarrativeAnchor? = nil
        var monthReference: CalendarDate? = nil
        var sceneDay: CalendarDate? = nil
        for sentence in document.sentences {
            if document.boilerplate.contains(where: { $0.contains(sentence.span) }) { continue }
            let tokens = Array(document.tokens(ofSentence: sentence.index))
            if tokens.isEmpty { continue }
            var scanner = SentenceScanner(tokens: tokens, text: document.text, dct: dct, reference: reference, coarseReference: coarseReference)
            scanner.periodReference = periodReference
            scanner.narrative = narrative
            scanner.monthReference = monthReference
            scanner.sceneDay = sceneDay
            var candidates = scanner.scan()
            reference = scanner.reference
            coarseReference = scanner.coarseReference
            periodReference = scanner.periodReference
            narrative = scanner.narrative
            monthReference = scanner.monthReference
            narrative?.age += 1
            if narrative?.isInForce == false { narrative = nil }
            TimexRanges.link(&candidates, words: scanner.words, dct: dct)
            QuotedDeixis.reanchor(&candidates, tokens: tokens, words: scanner.words, dct: dct)
            // A quoted "yesterday" moved to the speech day is also the day a later "the previous day" counts from.
            if let day = candidates.last(where: { scanner.referenceDay(of: $0) != nil }).flatMap(scanner.referenceDay(of:)) {
                reference = day
            }
            if let day = Self.sceneDay(candidates, scanner: scanner, dct: dct) { sceneDay = day }
            for c in candidates {
                let span = TextSpan(start: tokens[c.first].span.start, end: tokens[c.last].span.end)
                let timex = Timex(
                    id: "t\(timexes.count + 1)", span: span, text: document.text[span], type: c.type, value: c.value,
                    mod: c.mod, quant: c.quant, freq: c.freq, rangeBegin: c.rangeBegin, rangeEnd: c.rangeEnd,
                    anchoring: c.anchoring, sentence: sentence.index)
                if c.anchoring == .unresolved {
                    findings.append(Finding(
                        .info, code: "timex.unresolved",
                        message: "\"\(timex.text)\" is relative but the document has no DCT; value kept as \(timex.value)",
                        document: document.document.id, span: span))
                }
                timexes.append(timex)
            }
        }
        return TemporalAnnotation(timexes: timexes, dct: dct, dctSource: source, findings: findings)
    }
}
