/// Splitting a scanned word into UD words, and the tokens that are not words: punctuation, symbols, emoji,
/// web addresses.
extension TokenScanner {
    /// Emits `word`, split into its syntactic words: a clitic ("do" + "n't", "I" + "'m"), a fused word
    /// ("can" + "not", "gon" + "na") or a number and its unit ("430" + "km").
    mutating func emitWord(_ word: Range<Int>) {
        let cliticStart = clitic(of: word)
        let base = word.lowerBound..<(cliticStart ?? word.upperBound)
        if let offsets = fusedSplit(of: base) {
            var start = base.lowerBound
            for offset in offsets {
                emit(start, base.lowerBound + offset)
                start = base.lowerBound + offset
            }
            emit(start, base.upperBound)
        } else if let unit = unitStart(of: base) {
            emit(base.lowerBound, unit)
            emit(unit, base.upperBound)
        } else {
            emit(base.lowerBound, base.upperBound)
        }
        if let cliticStart { emit(cliticStart, word.upperBound) }
    }

    /// Where a final clitic starts: "n't" (also "n’t", "n`t"), or "'s", "'m", "'d", "'re", "'ve", "'ll" after a
    /// letter ("80's" stays whole, as in the treebanks).
    func clitic(of word: Range<Int>) -> Int? {
        let end = word.upperBound
        guard word.count >= 3 else { return nil }
        let last = scalars[end - 1].asciiLowercased
        if word.count >= 4, last == "t", scalars[end - 2].isApostrophe || scalars[end - 2] == "`",
            scalars[end - 3].asciiLowercased == "n", kind(end - 4).isLetter
        {
            return end - 3
        }
        if scalars[end - 2].isApostrophe, last == "s" || last == "m" || last == "d", kind(end - 3).isLetter {
            return end - 2
        }
        if word.count >= 4, scalars[end - 3].isApostrophe, kind(end - 4).isLetter {
            let middle = scalars[end - 2].asciiLowercased
            if (middle == "r" || middle == "v") && last == "e" || middle == "l" && last == "l" { return end - 3 }
        }
        return nil
    }

    /// Split offsets of a word UD writes as several ("cannot", "gonna", "dont"), relative to its start.
    func fusedSplit(of word: Range<Int>) -> [Int]? {
        guard word.count >= 2, word.count <= TokenizerLexicon.longestSplitWord,
            word.allSatisfy({ scalars[$0].isASCII && kind($0).isLetter })
        else { return nil }
        return TokenizerLexicon.splitWords[lowercased(word)]
    }

    /// Where the unit starts in a number written together with its unit ("430km", "6:00am").
    func unitStart(of word: Range<Int>) -> Int? {
        guard kind(word.lowerBound) == .digit || scalars[word.lowerBound] == "." else { return nil }
        var start = word.lowerBound
        while start < word.upperBound, !kind(start).isLetter { start += 1 }
        guard start > word.lowerBound, start < word.upperBound, kind(start - 1) == .digit,
            (start..<word.upperBound).allSatisfy({ kind($0).isLetter })
        else { return nil }
        var unit = String.UnicodeScalarView()
        unit.append(contentsOf: scalars[start..<word.upperBound])
        return TokenizerLexicon.units.contains(String(unit)) ? start : nil
    }

    /// Reads a punctuation or symbol token and returns the offset after it.
    ///
    /// Runs make one token: "...", "?!", "….", "--", "''", "``", "***"; an emoji keeps its modifiers, joiners and
    /// variation selectors; two regional indicators make one flag.
    mutating func punctuation(at start: Int) -> Int {
        let scalar = scalars[start]
        var end = start + 1
        switch scalar {
        case ".", "?", "!", "\u{2026}":
            while end < upper, ".?!\u{2026}".unicodeScalars.contains(scalars[end]) { end += 1 }
        case "-", "'", "`", "*", "=", "+", "~", "/", "\\", "$", "<", ">", "\u{2014}", "_":
            while end < upper, scalars[end] == scalar { end += 1 }
        default:
            if scalar.isRegionalIndicator, end < upper, scalars[end].isRegionalIndicator { end += 1 }
            while end < upper {
                if scalars[end].isEmojiExtender || kind(end) == .mark {
                    end += 1
                } else if scalars[end] == "\u{200D}", end + 1 < upper {
                    end += 2
                } else {
                    break
                }
            }
        }
        emit(start, end)
        return end
    }

    /// The end of a web address starting at `start` ("http://", "https://", "ftp://", "www."), without trailing
    /// punctuation or an unbalanced closing bracket.
    func link(at start: Int) -> Int? {
        guard !kind(start - 1).isWord, hasPrefix("http://", at: start) || hasPrefix("https://", at: start)
            || hasPrefix("ftp://", at: start) || hasPrefix("www.", at: start)
        else { return nil }
        var end = start
        var open = 0
        var close = 0
        while end < upper, kind(end) != .space {
            if scalars[end] == "(" { open += 1 }
            if scalars[end] == ")" { close += 1 }
            end += 1
        }
        while end > start + 4 {
            let last = scalars[end - 1]
            if last == ")", close <= open { break }
            guard last.isClosingPunctuation || ".,;:!?".unicodeScalars.contains(last) else { break }
            if last == ")" { close -= 1 }
            end -= 1
        }
        return end
    }

    /// The end of an e-mail address starting at `start` ("name.surname@example.co.uk", "Warner@ENRON").
    mutating func address(at start: Int) -> Int? {
        guard start >= noAddressBefore, kind(start).isWord, !kind(start - 1).isWord else { return nil }
        var at = start
        while at < upper, kind(at).isWord || "._-+%".unicodeScalars.contains(scalars[at]) { at += 1 }
        guard isScalar(at, "@"), kind(at + 1).isWord else {
            noAddressBefore = at
            return nil
        }
        var end = at + 1
        while end < upper, kind(end).isWord || scalars[end] == "." || scalars[end] == "-" { end += 1 }
        while scalars[end - 1] == "." || scalars[end - 1] == "-" { end -= 1 }
        return end
    }

    /// Whether the sentence has `prefix` (ASCII, lower case) at `offset`, ignoring case.
    func hasPrefix(_ prefix: String, at offset: Int) -> Bool {
        var position = offset
        for scalar in prefix.unicodeScalars {
            guard position < upper, scalars[position].asciiLowercased == scalar else { return false }
            position += 1
        }
        return true
    }
}
