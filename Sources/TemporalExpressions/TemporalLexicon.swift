/// The closed word lists the TIMEX3 recogniser matches against (lower-cased English).
enum TemporalLexicon {
    /// Month names and abbreviations → month number. Abbreviations are only read before "." or a number.
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]

    /// Month abbreviations (need a following "." or number to count as months).
    static let monthAbbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Weekday names → ISO weekday (1 = Monday).
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// Number words → value; `nil`-valued words ("several", "few") map to an unspecified quantity (TIMEX3 `X`).
    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
        "half": 0, "single": 1, "dozen": 12,
    ]

    /// Words that quantify vaguely: the TIMEX3 value uses `X` for the number.
    static let vagueQuantifiers: Set<String> = ["several", "few", "many", "some", "couple", "numerous", "multiple"]

    /// Ordinal words → value.
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "twenty-first": 21, "last": -1, "final": -1,
    ]

    /// Calendar units → TIMEX3 duration unit (`Y`, `M`, `W`, `D`, `DE`, `CE`, and `TH`/`TM`/`TS` for times).
    static let units: [String: TimeUnit] = [
        "year": .year, "years": .year, "month": .month, "months": .month, "week": .week, "weeks": .week,
        "day": .day, "days": .day, "hour": .hour, "hours": .hour, "minute": .minute, "minutes": .minute,
        "second": .second, "seconds": .second, "decade": .decade, "decades": .decade, "century": .century,
        "centuries": .century, "quarter": .quarter, "quarters": .quarter, "weekend": .weekend,
        "weekends": .weekend, "fortnight": .fortnight, "fortnights": .fortnight, "yr": .year, "yrs": .year,
        "hrs": .hour, "mins": .minute, "millennium": .millennium, "millennia": .millennium,
    ]

    /// Seasons → TIMEX3 season code and the month the season starts in (northern meteorological seasons).
    static let seasons: [String: (code: String, startMonth: Int)] = [
        "spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9), "winter": ("WI", 12),
    ]

    /// Parts of the day → TIMEX3 time code.
    static let partsOfDay: [String: String] = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
        "midday": "MI", "noon": "MI", "dawn": "MO", "daybreak": "MO", "dusk": "EV",
    ]

    /// Nouns that follow a count rather than a year ("2000 troops"): a four-digit number before them is no year.
    static let countNouns: Set<String> = [
        "people", "troops", "soldiers", "men", "women", "children", "workers", "employees", "jobs", "units",
        "aircraft", "planes", "jets", "cars", "vehicles", "tons", "tonnes", "km", "kilometres", "kilometers",
        "miles", "metres", "meters", "feet", "points", "votes", "seats", "delegates", "members", "cases",
        "deaths", "dollars", "euros", "pounds", "yen", "barrels", "rounds", "shells", "missiles", "ships",
        "copies", "devices", "phones", "users", "customers", "residents", "refugees", "migrants", "protesters",
        "police", "officers", "stores", "hours", "minutes", "times", "per", "percent", "kg", "mm", "cm", "mph",
    ]

    /// Decade words → TIMEX3 decade value (twentieth century assumed).
    static let decadeWords: [String: Int] = [
        "twenties": 192, "thirties": 193, "forties": 194, "fifties": 195, "sixties": 196, "seventies": 197,
        "eighties": 198, "nineties": 199,
    ]

    /// Honorifics and titles after which "May" is a surname.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "theresa", "minister", "pm", "prime", "premier", "brian", "mr.",
        "mrs.", "ms.", "dr.",
    ]
}

/// A calendar or clock unit of a TIMEX3 duration or offset.
enum TimeUnit: Sendable {
    case year, month, week, day, hour, minute, second, decade, century, millennium, quarter, weekend, fortnight

    /// The TIMEX3 duration designator, with the `T` prefix for clock units.
    var durationCode: (time: Bool, code: String) {
        switch self {
        case .year: (false, "Y")
        case .month: (false, "M")
        case .week, .weekend: (false, "W")
        case .day: (false, "D")
        case .hour: (true, "H")
        case .minute: (true, "M")
        case .second: (true, "S")
        case .decade: (false, "DE")
        case .century: (false, "CE")
        case .millennium: (false, "ML")
        case .quarter: (false, "Q")
        case .fortnight: (false, "W")
        }
    }

    /// The TIMEX3 duration value of `count` of this unit (`nil` count → `X`), e.g. `P5Y`, `PT3H`, `PXW`.
    func duration(_ count: Int?) -> String {
        var n = count.map(String.init) ?? "X"
        if self == .fortnight, let count { n = String(count * 2) }
        let (time, code) = durationCode
        return (time ? "PT" : "P") + n + code
    }
}
