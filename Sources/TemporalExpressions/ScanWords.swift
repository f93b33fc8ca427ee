/// Word lists used by the scanner's rules, built once.
enum ScanWords {
    static let monthContext: Set<String> = [
        "in", "on", "since", "until", "till", "by", "of", "during", "early", "late", "mid", "last", "next",
        "this", "from", "between", "through", "throughout", "before", "after", "around", "end",
        "beginning", "start", "middle", "mid-", "late-", "early-", "-", "coming", "past", "previous",
    ]
    static let durationLeads: Set<String> = ["for", "within", "in", "after", "over", "took", "take", "takes", "lasted", "last", "spent", "spend", "than", "nearly", "almost", "about", "following", "by"]
    static let durationTails: Set<String> = ["of", "later", "earlier", "before", "after", "long", "-long", "on", "away"]
    static let adverbialSets: [String: String] = [
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M", "hourly": "PT1H", "nightly": "TNI",
    ]
    /// Words that may follow a frequency adverb ending its phrase ("met weekly since January", "to fly monthly by
    /// 2028"), unlike the noun an adjective precedes ("the weekly market").
    static let afterAdverbialSet: Set<String> = [
        "since", "by", "until", "till", "from", "for", "in", "at", "on", "during", "through", "throughout", "before",
        "after", "and", "or", "but", "to", "instead", "as", "when", "while", "if", "so",
    ]
    static let rateBlockers: Set<String> = ["for", "in", "than", "within", "after", "over", "about", "nearly", "almost", "only", "just", "least", "once", "of", "by", "to", "last", "lasted", "take", "took", "spent", "spend", "is", "was", "be"]
    static let earlyYearAnchors: Set<String> = ["in", "since", "of", "from", "until", "by", "year", "circa", "c.", "around", "before", "after", "between"]
    /// Words after which "the winter", "the summer" ends its phrase: punctuation, "to", auxiliaries, conjunctions.
    static let afterDefiniteSeason: Set<String> = [
        ",", ".", ";", ":", "to", "is", "was", "will", "would", "has", "had", "and", "but", "when", "as", "ahead",
        "began", "begins", "ended", "ends", "brought", "brings",
    ]
    static let seasonLeads: Set<String> = ["in", "during", "by", "until", "since", "over", "through", "throughout", "early", "late", "mid", "this", "before", "after", "for", "next", "last"]
    static let modifiers: [String: String] = [
        "early": "START", "late": "END", "mid": "MID", "beginning": "START", "start": "START", "end": "END",
        "middle": "MID", "turn": "START", "close": "END", "dawn": "START",
    ]
    static let identifierGlue: Set<Unicode.Scalar> = ["/", "=", "&", "@", "_", "#", ":", "."]

    /// Function words that start an expression only when a temporal word or a number follows them.
    static let weakTriggers: Set<String> = [
        "the", "a", "an", "at", "over", "about", "around", "approximately", "roughly", "some", "more", "less",
        "fewer", "up", "that", "this", "these", "each", "every", "per", "just", "shortly", "nearly", "almost",
        "same", "early", "late", "mid", "end", "start", "beginning", "middle", "turn", "close", "current",
        "past", "last", "next", "coming", "previous", "following", "earlier", "later", "once", "twice", "thrice",
        "times", "fiscal", "several", "few", "many", "couple", "one", "half", "most",
    ]

    /// Words that can start a temporal expression on their own.
    static let strongTriggers: Set<String> = {
        var words: Set<String> = [
            "today", "yesterday", "tomorrow", "tonight", "now", "currently", "presently", "nowadays", "recently",
            "lately", "recent", "present", "annual", "annually", "yearly", "daily", "weekly", "monthly", "quarterly", "hourly", "nightly",
            "noon", "midnight", "fy", "'", "latest", "christmas", "new", "valentine's", "halloween", "boxing",
        ]
        words.formUnion(TemporalLexicon.months.keys)
        words.formUnion(TemporalLexicon.weekdays.keys)
        words.formUnion(TemporalLexicon.numberWords.keys)
        words.formUnion(TemporalLexicon.vagueQuantifiers)
        words.formUnion(TemporalLexicon.ordinals.keys)
        words.formUnion(TemporalLexicon.units.keys)
        words.formUnion(TemporalLexicon.seasons.keys)
        words.formUnion(TemporalLexicon.partsOfDay.keys)
        words.formUnion(TemporalLexicon.decadeWords.keys)
        return words.subtracting(weakTriggers)
    }()

    /// Nouns of scheduled events that a bare month name can modify ("the October elections", "a May vote").
    static let scheduledEventNouns: Set<String> = [
        "election", "elections", "vote", "votes", "poll", "polls", "ballot", "referendum", "summit", "deadline",
        "talks", "session", "congress", "conference", "plenum", "primary", "primaries", "runoff", "inauguration",
    ]
}
