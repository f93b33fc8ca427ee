extension ReportContent.Summary {
    /// The summary as one plain-text sentence, shared by the HTML and Markdown reports (each escapes it):
    /// "1 article, 16 events (3 undated or vague), 10 actors, 11 relations (11 drawn), dated Jan 2025 to
    /// 20 Feb 2026." Every count agrees with its noun ("1 article", "2 articles").
    public var sentence: String {
        var span = ""
        if let first = firstDate, let last = lastDate { span = first == last ? ", dated \(first)" : ", dated \(first) to \(last)" }
        let drawn = drawnRelations.map { " (\($0) drawn)" } ?? ""
        return [
            CountedNoun.text(documents, "article"),
            CountedNoun.text(events, "event") + " (\(undatedEvents) undated or vague)",
            CountedNoun.text(actors, "actor"),
            CountedNoun.text(relations, "relation") + drawn,
        ].joined(separator: ", ") + span + "."
    }
}
