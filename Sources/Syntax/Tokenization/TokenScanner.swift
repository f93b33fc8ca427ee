import ArticleText

/// One left-to-right pass over a sentence's scalars that collects the spans of its UD words.
///
/// Every scalar is looked at a bounded number of times: lookaheads stop at the next space or token, and the
/// e-mail lookahead remembers where it failed.
struct TokenScanner {
    /// The document's scalars.
    let scalars: [Unicode.Scalar]
    /// First offset of the sentence (clamped to the text).
    let lower: Int
    /// One past the sentence's last offset (clamped to the text).
    let upper: Int
    /// Offset of the sentence's first non-space scalar.
    let firstWordStart: Int
    /// Word spans found so far, in text order.
    private(set) var spans: [TextSpan] = []
    /// No e-mail address starts before this offset: an earlier lookahead already failed up to here.
    var noAddressBefore = 0

    /// Prepares a scan of `span` in `scalars`; spans outside the text are clamped.
    init(scalars: [Unicode.Scalar], span: TextSpan) {
        self.scalars = scalars
        lower = max(0, min(span.start, scalars.count))
        upper = max(lower, min(span.end, scalars.count))
        var first = lower
        while first < upper, ScalarClass(scalars[first]) == .space { first += 1 }
        firstWordStart = first
    }

    /// The class of the scalar at `offset`; outside the sentence everything counts as space.
    func kind(_ offset: Int) -> ScalarClass {
        offset >= lower && offset < upper ? ScalarClass(scalars[offset]) : .space
    }

    /// Whether the scalar at `offset` is inside the sentence and equal to `scalar`.
    func isScalar(_ offset: Int, _ scalar: Unicode.Scalar) -> Bool {
        offset >= lower && offset < upper && scalars[offset] == scalar
    }

    /// Scans the whole sentence.
    mutating func scan() {
        var offset = firstWordStart
        while offset < upper {
            let current = kind(offset)
            offset = current == .space ? offset + 1 : token(at: offset, kind: current)
        }
    }

    /// Reads the token starting at `start` and returns the offset after it.
    private mutating func token(at start: Int, kind current: ScalarClass) -> Int {
        if let end = link(at: start) ?? address(at: start) {
            emit(start, end)
            return end
        }
        if current.isWord { return word(at: start) }
        let scalar = scalars[start]
        let before = kind(start - 1)
        if scalar == "@" || scalar == "#", kind(start + 1).isLetter, !before.isWord {
            // "@handle", "#hashtag", "@example.com".
            var end = start + 1
            while kind(end).isWord || isScalar(end, ".") && kind(end + 1).isWord { end += 1 }
            emit(start, end)
            return end
        }
        if let end = emoticon(at: start) ?? bracketed(at: start) {
            emit(start, end)
            return end
        }
        if scalar == ".", kind(start + 1) == .digit, !before.isWord { return word(at: start) }
        if scalar.isApostrophe, !before.isWord, startsElidedWord(at: start) { return word(at: start) }
        return punctuation(at: start)
    }

    /// Reads a word: letters and digits with the joiners UD keeps inside a word (see `joins(at:segment:)`),
    /// a following abbreviation period, then splits clitics, fused words and units off it.
    private mutating func word(at start: Int) -> Int {
        var end = start + 1
        var segment = start
        while end < upper {
            if kind(end).isWord {
                end += 1
            } else if joins(at: end, segment: segment) {
                if scalars[end] == "-" || scalars[end] == "\u{2010}" { segment = end + 1 }
                end += 1
            } else {
                break
            }
        }
        // One period, or the first of two ("Inc.." is "Inc." and "."), can belong to an abbreviation.
        if isScalar(end, "."), !isScalar(end + 1, ".") || !isScalar(end + 2, "."),
            keepsPeriod(start..<end, periodAt: end)
        {
            end += 1
        }
        emitWord(start..<end)
        return end
    }

    /// Whether the non-word scalar at `offset` stays inside the current word.
    ///
    /// Kept: "." before a letter or digit ("3.5", "U.S", "example.com"); "," before a group of three digits
    /// ("5,000"); ":" and "/" between digits ("10:30", "9/11"); apostrophes before a letter ("O'Reilly", "don't",
    /// split into clitics later); "&" between capitals ("R&D"); hyphens after a prefix ("non-avian") or inside a
    /// telephone number or ISO date.
    private func joins(at offset: Int, segment: Int) -> Bool {
        let scalar = scalars[offset]
        let before = kind(offset - 1)
        let after = kind(offset + 1)
        switch scalar {
        case ".": return after.isWord
        case ",": return before == .digit && isThousands(after: offset)
        case ":", "/": return before == .digit && after == .digit
        case "&": return before == .upperLetter && after == .upperLetter
        case "`": return isScalar(offset - 1, "n") && isScalar(offset + 1, "t") && !kind(offset + 2).isWord
        case "-", "\u{2010}":
            if after == .space, offset + 1 < upper { return isFragment(segment..<offset) }
            return before.isWord && after.isWord && keepsHyphen(after: segment..<offset)
        default: return scalar.isApostrophe && before.isWord && after.isLetter
        }
    }

    /// Whether exactly three digits follow `offset`.
    private func isThousands(after offset: Int) -> Bool {
        kind(offset + 1) == .digit && kind(offset + 2) == .digit && kind(offset + 3) == .digit
            && kind(offset + 4) != .digit
    }

    /// Number of digits starting at `offset`.
    private func digitRun(from offset: Int) -> Int {
        var end = offset
        while kind(end) == .digit { end += 1 }
        return end - offset
    }

    /// Whether the hyphen after `part` stays in the word.
    private func keepsHyphen(after part: Range<Int>) -> Bool {
        let hyphen = part.upperBound
        if part.allSatisfy({ kind($0) == .digit }) {
            let left = part.count
            let right = digitRun(from: hyphen + 1)
            let next = hyphen + 1 + right
            let continues = isScalar(next, "-") && kind(next + 1) == .digit
            // Telephone numbers: "944-6800", "3-5290", "410-468-3798".
            if left <= 3, right >= 4 { return true }
            if left == 3, right == 3, continues { return true }
            // ISO 8601 dates: "2026-02-20".
            if left == 4, right == 2, continues, digitRun(from: next + 1) == 2 { return true }
            if left == 2, right == 2, isScalar(part.lowerBound - 1, "-"), digitRun(from: part.lowerBound - 5) == 4 {
                return true
            }
            return false
        }
        guard part.count <= 7, part.allSatisfy({ kind($0).isLetter }) else { return false }
        return TokenizerLexicon.hyphenPrefixes.contains(lowercased(part))
    }

    /// Whether `part`, followed by a hyphen and a space, is a cut-off word ("plo- proper", "T- uh") or a
    /// suspended prefix ("pre- and post-war"): up to four letters, not an upper-case acronym ("PS- ").
    private func isFragment(_ part: Range<Int>) -> Bool {
        guard !part.isEmpty, part.count <= 4, part.allSatisfy({ kind($0).isLetter }) else { return false }
        return part.count == 1 || !part.allSatisfy({ kind($0) == .upperLetter })
    }

    /// Whether the period at `period` belongs to the word `word` before it.
    private func keepsPeriod(_ word: Range<Int>, periodAt period: Int) -> Bool {
        let isFinal = isSentenceFinal(after: period + 1)
        // Section numbers opening a heading: "2.", "2.1.".
        if word.lowerBound == firstWordStart, !isFinal, kind(word.lowerBound) == .digit,
            word.allSatisfy({ kind($0) == .digit || scalars[$0] == "." })
        {
            return true
        }
        // Initials and one-letter shorthand ("J.", "c. 1850"), but not "plan B." at the end.
        if word.count == 1 { return kind(word.lowerBound).isLetter && !isFinal }
        guard word.count <= 8, word.allSatisfy({ kind($0).isLetter || scalars[$0] == "." }) else { return false }
        let key = lowercased(word)
        if TokenizerLexicon.abbreviations.contains(key) { return true }
        if TokenizerLexicon.numberAbbreviations.contains(key) { return isNumberNext(after: period + 1) }
        return isInitialism(word)
    }

    /// Whether `word` is letters in groups of one or two joined by periods, one group a single letter
    /// ("U.S", "Ph.D", "W.H.S").
    private func isInitialism(_ word: Range<Int>) -> Bool {
        var groups = 0
        var length = 0
        var hasSingle = false
        for offset in word {
            if scalars[offset] == "." {
                guard length > 0, length <= 2 else { return false }
                groups += 1
                hasSingle = hasSingle || length == 1
                length = 0
            } else {
                length += 1
            }
        }
        guard length > 0, length <= 2 else { return false }
        return groups >= 1 && (hasSingle || length == 1)
    }

    /// The end of an emoticon starting at `start`: ":)", ":-(", ";)", ":P", ":D".
    private func emoticon(at start: Int) -> Int? {
        guard isScalar(start, ":") || isScalar(start, ";") else { return nil }
        var mouth = start + 1
        if isScalar(mouth, "-") { mouth += 1 }
        guard mouth < upper, ")(PD".unicodeScalars.contains(scalars[mouth]), !kind(mouth + 1).isWord else {
            return nil
        }
        return mouth + 1
    }

    /// The end of a list marker "(a)", which UD keeps whole.
    private func bracketed(at start: Int) -> Int? {
        guard isScalar(start, "("), kind(start + 1) == .letter, isScalar(start + 2, ")"), !kind(start + 3).isWord
        else { return nil }
        return start + 3
    }

    /// Whether only closing quotes, brackets and spaces follow `offset` in the sentence.
    private func isSentenceFinal(after offset: Int) -> Bool {
        var next = offset
        while next < upper {
            guard kind(next) == .space || scalars[next].isClosingPunctuation else { return false }
            next += 1
        }
        return true
    }

    /// Whether the next non-space scalar after `offset` is a digit ("No. 5").
    private func isNumberNext(after offset: Int) -> Bool {
        var next = offset
        while kind(next) == .space, next < upper { next += 1 }
        return kind(next) == .digit
    }

    /// Whether the apostrophe at `offset` starts an elided word: "'em", "'til", "'cause", "'90s".
    private func startsElidedWord(at offset: Int) -> Bool {
        let digits = digitRun(from: offset + 1)
        if digits == 2 {
            let end = isScalar(offset + 3, "s") ? offset + 4 : offset + 3
            return !kind(end).isWord
        }
        var end = offset + 1
        while kind(end).isLetter, end - offset <= 6 { end += 1 }
        guard end > offset + 1, !kind(end).isWord else { return false }
        return TokenizerLexicon.apostropheWords.contains(lowercased(offset + 1..<end))
    }

    /// Appends the span `start..<end`.
    mutating func emit(_ start: Int, _ end: Int) {
        spans.append(TextSpan(start: start, end: end))
    }

    /// The scalars of `range`, lowercased.
    func lowercased(_ range: Range<Int>) -> String {
        if range.allSatisfy({ scalars[$0].isASCII }) {
            // ASCII: lower-cased byte by byte straight into the string's storage.
            return String(unsafeUninitializedCapacity: range.count) { buffer in
                for (index, offset) in range.enumerated() { buffer[index] = UInt8(scalars[offset].asciiLowercased.value) }
                return range.count
            }
        }
        var view = String.UnicodeScalarView()
        for offset in range { view.append(scalars[offset].asciiLowercased) }
        return String(view).lowercased()
    }
}
