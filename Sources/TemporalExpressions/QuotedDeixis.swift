import ArticleText

/// Re-anchors deictic expressions inside direct quotes to the time of speaking when the sentence names it:
/// `"We are mourning today," she said on Thursday.` → "today" is that Thursday, not the publication day.
enum QuotedDeixis {
    /// Deictic words whose value counts days from the moment of speaking.
    static let deictics: Set<String> = ["today", "tonight", "yesterday", "tomorrow", "this"]

    /// Shifts DCT-anchored deictic candidates inside quotes by the distance between the DCT and the speech day,
    /// when exactly one DCT-anchored day outside the quotes (the speech day) is named in the sentence.
    static func reanchor(_ candidates: inout [TimexCandidate], tokens: [Token], words: [String], dct: CalendarDate?) {
        guard let dct, candidates.count >= 2 else { return }
        let quoted = quotedMask(tokens)
        let speechDays = candidates.filter { c in
            !quoted[c.first] && c.anchoring == .dct && (c.type == .date || c.type == .time)
                && !deictics.contains(words[c.first])
        }.compactMap { CalendarDate(iso: String($0.value.prefix(10))) }
        guard speechDays.count == 1, let speechDay = speechDays.first, speechDay != dct else { return }
        let shift = speechDay.dayNumber - dct.dayNumber
        for index in candidates.indices {
            let c = candidates[index]
            guard quoted[c.first], c.anchoring == .dct, deictics.contains(words[c.first]),
                  let day = CalendarDate(iso: String(c.value.prefix(10)))
            else { continue }
            candidates[index].value = TimexFormat.day(day.plusDays(shift)) + c.value.dropFirst(10)
            candidates[index].anchoring = .timex
        }
    }

    /// For each token, whether it lies inside a direct quote (straight or curly double quotes).
    static func quotedMask(_ tokens: [Token]) -> [Bool] {
        var mask = [Bool](repeating: false, count: tokens.count)
        var inside = false
        for (k, token) in tokens.enumerated() {
            switch token.text {
            case "“": inside = true
            case "”": inside = false
            case "\"": inside.toggle()
            default: mask[k] = inside
            }
        }
        return mask
    }
}
