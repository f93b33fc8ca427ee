/// Splits a document into paragraphs, sentences and tokens and marks its dateline and publisher boilerplate.
///
/// - Paragraphs are non-empty lines (a single newline or a blank line both separate them).
/// - Sentences end at `.`, `!` or `?` (plus closing quotes or brackets) before whitespace and a capital, digit
///   or opening quote, except after abbreviations ("Feb.", "Mr.", "Gen.") and initialisms ("U.S.") that are not
///   followed by a typical sentence opener.
/// - A line without final punctuation and under 16 words is a heading: its own sentence, flagged `isHeading`.
/// - The dateline is a leading `PLACE[, REGION] [(AGENCY)] –` prefix of the first line, or of the second when the
///   first is a headline.
/// - Boilerplate is the run of trailing paragraphs that read as publisher notices (rewritten by, follow us,
///   editorial independence, copyright …).
/// - A "sentence" longer than `maximumSentenceTokens` (a list, a table or text without punctuation) is cut into
///   pieces of at most that many tokens, after the last `;`, `,` or `:` of each piece when there is one, so that
///   every later stage stays linear in the document's length.
public struct TextSegmenter: Sendable {
    /// The longest sentence, in tokens, that is kept whole.
    public var maximumSentenceTokens = 250

    /// Abbreviations after which a period does not end a sentence (lower-cased, without the period).
    public var abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "gov", "sen",
        "rep", "rev", "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
        "thurs", "fri", "sat", "sun", "approx", "est", "dept", "univ", "pres", "amb", "u.s", "u.n", "e.g", "i.e",
    ]

    /// Words that, after an initialism such as "U.S.", show that a new sentence started.
    public var sentenceOpeners: Set<String> = [
        "the", "he", "she", "it", "they", "we", "i", "but", "in", "a", "an", "this", "that", "these", "those",
        "however", "meanwhile", "on", "after", "its", "his", "her", "their", "there", "if", "when", "while",
    ]

    /// Lower-cased phrases that mark a paragraph as publisher boilerplate.
    public var boilerplateMarkers: [String] = [
        "this article was", "rewritten by", "follow us on", "stay informed", "editorial independence",
        "do not necessarily reflect", "all rights reserved", "copyright ©", "© 20", "subscribe to",
        "sign up for our", "click here", "read more:", "related coverage", "share this article",
    ]

    /// Creates a segmenter with the default rules.
    public init() {}

    /// Segments `document`.
    /// - Complexity: O(n) in the text length.
    public func segment(_ document: Document) -> SegmentedDocument {
        let text = ScalarText(document.text)
        let lines = paragraphSpans(text)
        let boilerplateStart = trailingBoilerplateStart(lines: lines, text: text)
        let boilerplate = lines[boilerplateStart...].map { $0 }
        // The dateline opens the first line, or the line after a headline ("Headline\n\nCITY, Country — …").
        let dateline = lines.first.flatMap { datelineSpan(in: $0, text: text) }
            ?? (lines.count > 1 && isHeading(lines[0], text: text) ? datelineSpan(in: lines[1], text: text) : nil)

        let tokenizer = Tokenizer()
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        var ranges: [Range<Int>] = []
        for (paragraph, line) in lines.enumerated() {
            for (span, heading) in sentenceSpans(in: line, text: text) {
                let sentenceTokens = tokenizer.tokens(in: text, span: span, sentence: 0)
                for piece in pieces(of: sentenceTokens) {
                    let pieceSpan = sentenceTokens.count > maximumSentenceTokens
                        ? TextSpan(start: sentenceTokens[piece.lowerBound].span.start,
                                   end: sentenceTokens[piece.upperBound - 1].span.end)
                        : span
                    let index = sentences.count
                    sentences.append(
                        Sentence(index: index, span: pieceSpan, text: text[pieceSpan], paragraph: paragraph,
                                 isHeading: heading))
                    let from = tokens.count
                    tokens += sentenceTokens[piece].map { token in
                        var token = token
                        token.sentence = index
                        return token
                    }
                    ranges.append(from..<tokens.count)
                }
            }
        }
        return SegmentedDocument(
            document: document, text: text, sentences: sentences, tokens: tokens, tokenRanges: ranges,
            dateline: dateline, boilerplate: boilerplate)
    }

    /// Token ranges of at most `maximumSentenceTokens`, each ending after the last `;`, `,` or `:` in its second
    /// half when there is one; one range for a sentence that fits (also when it has no token).
    func pieces(of tokens: [Token]) -> [Range<Int>] {
        guard tokens.count > maximumSentenceTokens else { return [0..<tokens.count] }
        var result: [Range<Int>] = []
        var start = 0
        while start < tokens.count {
            var end = min(start + maximumSentenceTokens, tokens.count)
            if end < tokens.count,
               let cut = (start + maximumSentenceTokens / 2..<end).last(where: { [";", ",", ":"].contains(tokens[$0].text) })
            {
                end = cut + 1
            }
            result.append(start..<end)
            start = end
        }
        return result
    }

    /// Non-empty lines, trimmed.
    func paragraphSpans(_ text: ScalarText) -> [TextSpan] {
        var spans: [TextSpan] = []
        var start = 0
        for (offset, scalar) in text.scalars.enumerated() where scalar == "\n" || scalar == "\r" {
            let span = text.trimmed(TextSpan(start: start, end: offset))
            if !span.isEmpty { spans.append(span) }
            start = offset + 1
        }
        let last = text.trimmed(TextSpan(start: start, end: text.count))
        if !last.isEmpty { spans.append(last) }
        return spans
    }

    func trailingBoilerplateStart(lines: [TextSpan], text: ScalarText) -> Int {
        var start = lines.count
        while start > 1 {
            let line = text[lines[start - 1]].lowercased()
            let bytes = Array(line.utf8)
            guard boilerplateMarkers.contains(where: { Self.containsBytes(of: $0, in: bytes) && line.contains($0) }) else {
                break
            }
            start -= 1
        }
        return start
    }

    /// `PLACE[, REGION] [(AGENCY)] –` at the start of the first line, up to and including the dash.
    func datelineSpan(in line: TextSpan, text: ScalarText) -> TextSpan? {
        let s = text.scalars
        let limit = min(line.end, line.start + 120)
        var i = line.start
        // PLACE in capitals: at least two upper-case letters before the first comma, parenthesis or dash.
        var capitals = 0
        while i < limit, s[i].isUppercaseScalar || s[i] == " " || s[i] == "." || s[i] == "'" || s[i] == "-" && i + 1 < s.count && s[i + 1] != " " {
            if s[i].isUppercaseScalar { capitals += 1 }
            i += 1
        }
        guard capitals >= 2, i < limit else { return nil }
        while i < limit, s[i] != "–", s[i] != "—", !(s[i] == "-" && i + 1 < limit && s[i + 1] == " " && s[i - 1] == " ") {
            if s[i] == "." && i + 1 < limit && s[i + 1] == " " && s[i + 2].isUppercaseScalar && !isAbbreviation(before: i, text) {
                return nil  // a sentence ended: not a dateline
            }
            i += 1
        }
        guard i < limit else { return nil }
        return TextSpan(start: line.start, end: i + 1)
    }

    func isAbbreviation(before period: Int, _ text: ScalarText) -> Bool {
        var k = period
        while k > 0, text.scalars[k - 1].isAlphabeticScalar || text.scalars[k - 1] == "." { k -= 1 }
        let word = text[TextSpan(start: k, end: period)].lowercased()
        return word.count == 1 || abbreviations.contains(word)
    }

    /// Sentence spans inside one line, each with whether it is a heading.
    func sentenceSpans(in line: TextSpan, text: ScalarText) -> [(TextSpan, Bool)] {
        let s = text.scalars
        let closers: Set<Unicode.Scalar> = ["\"", "”", "’", "'", ")", "]"]
        let openers: Set<Unicode.Scalar> = ["\"", "“", "‘", "'", "("]
        var spans: [(TextSpan, Bool)] = []
        var start = line.start
        var i = line.start
        while i < line.end {
            let c = s[i]
            if c == "." || c == "!" || c == "?" {
                var j = i + 1
                while j < line.end, closers.contains(s[j]) { j += 1 }
                var k = j
                while k < line.end, s[k] == " " { k += 1 }
                let nextOpens = k < line.end && k > j
                    && (s[k].isUppercaseScalar || ("0"..."9").contains(s[k]) || openers.contains(s[k]))
                if nextOpens, c != "." || endsSentence(period: i, next: k, line: line, text: text) {
                    spans.append((TextSpan(start: start, end: j), false))
                    start = k
                    i = k
                    continue
                }
            }
            i += 1
        }
        if start < line.end { spans.append((text.trimmed(TextSpan(start: start, end: line.end)), false)) }
        if spans.count == 1, isHeading(line, text: text) { spans[0].1 = true }
        return spans
    }

    /// Whether the UTF-8 bytes of `needle` occur in `haystack`: a quick test before Foundation's search, which
    /// can only find `needle` where its bytes occur (it matches canonically equivalent text, and the markers
    /// searched for have no other canonical spelling).
    static func containsBytes(of needle: String, in haystack: [UInt8]) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, pattern.count <= haystack.count else { return pattern.isEmpty }
        var index = 0
        while index <= haystack.count - pattern.count {
            if haystack[index] == first, haystack[index..<(index + pattern.count)].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }

    /// Whether `word` contains a period; an ASCII word is searched byte by byte, any other through Foundation.
    static func containsPeriod(_ word: String) -> Bool {
        let bytes = word.utf8
        return bytes.allSatisfy { $0 < 0x80 } ? bytes.contains(UInt8(ascii: ".")) : word.contains(".")
    }

    func endsSentence(period: Int, next: Int, line: TextSpan, text: ScalarText) -> Bool {
        let s = text.scalars
        var k = period
        while k > line.start, s[k - 1].isAlphabeticScalar || s[k - 1] == "." { k -= 1 }
        let word = text[TextSpan(start: k, end: period)].lowercased()
        guard word.count == 1 || abbreviations.contains(word) || Self.containsPeriod(word) else { return true }
        // After an abbreviation or initialism, a sentence opener still starts a new sentence.
        var e = next
        while e < line.end, s[e].isAlphabeticScalar { e += 1 }
        let following = text[TextSpan(start: next, end: e)].lowercased()
        let isMonth = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"].contains(word)
        return !isMonth && Self.containsPeriod(word) && sentenceOpeners.contains(following)
    }

    func isHeading(_ line: TextSpan, text: ScalarText) -> Bool {
        guard let last = text.scalars[line.start..<line.end].last else { return false }
        let terminal: Set<Unicode.Scalar> = [".", "!", "?", "\"", "”", ":", ";", ","]
        let words = text[line].split(separator: " ").count
        return !terminal.contains(last) && words < 16
    }
}
