import ArticleText

/// Reads the date of a dateline or date header ("SEOUL, Feb. 20 (Yonhap) –", a first line "March 01, 2008")
/// so that it can serve as the document creation time when metadata gives none.
enum DatelineDate {
    /// The date given by the dateline, or by a heading first line that is only a date; `nil` when neither
    /// gives a full date. A dateline without a year takes the latest year written in the text, with a finding.
    static func read(_ document: SegmentedDocument, findings: inout [Finding]) -> CalendarDate? {
        var candidates: [[Token]] = []
        if let dateline = document.dateline {
            candidates.append(document.tokens.filter { dateline.contains($0.span) })
        }
        if let first = document.sentences.first, first.isHeading || first.text.count < 40 {
            candidates.append(Array(document.tokens(ofSentence: 0).prefix(8)))
        }
        for tokens in candidates where !tokens.isEmpty {
            var scanner = SentenceScanner(tokens: tokens, text: document.text, dct: nil, reference: nil)
            for c in scanner.scan() where c.type == .date {
                if let date = CalendarDate(iso: c.value) { return date }
                if c.value.hasPrefix("XXXX-"), let year = latestYear(document) {
                    let guess = "\(TimexFormat.year(year))" + c.value.dropFirst(4)
                    if let date = CalendarDate(iso: guess) {
                        findings.append(Finding(
                            .warning, code: "dct.year-guessed",
                            message: "the dateline gives no year; took \(year), the latest year in the text",
                            document: document.document.id,
                            span: TextSpan(start: tokens[c.first].span.start, end: tokens[c.last].span.end)))
                        return date
                    }
                }
            }
        }
        return nil
    }

    /// The latest plausible four-digit year written in the document's content.
    static func latestYear(_ document: SegmentedDocument) -> Int? {
        var best: Int? = nil
        for token in document.tokens where token.kind == .number && token.text.count == 4 {
            if let y = Int(token.text), (1900...2100).contains(y), y > (best ?? 0) { best = y }
        }
        return best
    }
}
