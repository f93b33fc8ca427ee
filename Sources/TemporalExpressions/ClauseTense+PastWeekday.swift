import ArticleText

extension ClauseTense {
    /// The day before the DCT that a weekday names when the act it dates is told as done, although the tense
    /// cues around the weekday read it ahead: "Turkey opened its base in Mogadishu on Saturday, where its officers
    /// are to train …", published on Sunday, names the day before publication, not the Saturday after.
    ///
    /// The weekday keeps its TIMEX3 value when the act does not hold it: an infinitive or a modal between the act
    /// and a later weekday ("agreed to resume talks on Monday", "said it would meet on Monday") gives the weekday
    /// to the act still to come. Whether the act is told as done (simple past, asserted or reported) is the
    /// caller's to decide; this reads only the words.
    /// - Parameters:
    ///   - tokens: the tokens of one sentence, indexed from 0.
    ///   - act: the index of the act's trigger.
    ///   - weekday: the index of the first token of the weekday expression.
    ///   - value: the expression's TIMEX3 value (`YYYY-MM-DD`, optionally with a time or part of day after it).
    ///   - dct: the document creation time.
    /// - Returns: the TIMEX3 value a week earlier, or `nil` when the expression is no weekday, its value does not
    ///   lie in the week after the DCT, or a modal or infinitive puts the weekday with another act.
    public static func pastWeekday(tokens: [Token], act: Int, weekday: Int, value: String, dct: CalendarDate) -> String? {
        guard tokens.indices.contains(weekday), TemporalLexicon.weekdays[tokens[weekday].text.lowercased()] != nil,
              value.count >= 10, let day = CalendarDate(iso: String(value.prefix(10))),
              day > dct, day.plusDays(-7) <= dct
        else { return nil }
        if weekday > act {
            for k in (act + 1)..<weekday {
                let word = tokens[k].text.lowercased()
                if futureModals.contains(word) { return nil }
                // "to resume talks" is an infinitive; "to Brazil", "to the German chancellor" name a recipient.
                if word == "to", k + 1 < weekday, tokens[k + 1].text.first?.isLowercase == true,
                   !startsNounPhrase(tokens[k + 1].text.lowercased())
                {
                    return nil
                }
            }
        }
        return day.plusDays(-7).description + value.dropFirst(10)
    }
}
