/// The word lists behind `UDTokenizer`, taken from how UD English EWT and GUM tokenise.
///
/// All entries are lower case; lookups lowercase the text first.
enum TokenizerLexicon {
    /// Words that keep a following period ("Mr.", "Inc.", "etc."), even at the end of a sentence.
    ///
    /// "no"/"nos" are only abbreviations before a number and are handled separately.
    static let abbreviations: Set<String> = [
        // Titles and ranks.
        "mr", "mrs", "ms", "messrs", "dr", "drs", "prof", "profs", "gen", "col", "lt", "sgt", "capt", "cmdr",
        "adm", "maj", "cpl", "pvt", "gov", "govs", "sen", "sens", "rep", "reps", "rev", "hon", "pres", "supt",
        "insp", "jr", "sr", "st", "sts", "mt", "ft", "fr", "mme", "mlle", "esq",
        // Organisations and addresses.
        "inc", "corp", "ltd", "co", "bros", "assn", "dept", "univ", "govt", "ave", "blvd", "rd", "calif", "cal",
        // Months and days.
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
        // Scholarly and everyday shorthand.
        "etc", "vs", "al", "approx", "ca", "cf", "ed", "eds", "est", "fig", "figs", "vol", "vols", "pp",
        "ch", "ext", "div", "incl", "misc", "op", "viz",
        // Dotted forms that are also listed, so that they keep their period at the end of a sentence.
        "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "l.a", "n.y", "a.m", "p.m", "e.g", "i.e", "ph.d", "b.a",
        "m.a", "m.sc", "b.sc", "p.s", "l.p",
    ]

    /// Abbreviations that only keep their period before a number ("No. 5", "Nos. 3 and 4").
    static let numberAbbreviations: Set<String> = ["no", "nos"]

    /// Word-initial prefixes after which GUM and EWT keep the hyphen inside the word ("non-avian",
    /// "e-mail", "re-elected"); other hyphens between words are split off ("long", "-", "range").
    static let hyphenPrefixes: Set<String> = [
        "anti", "bi", "co", "counter", "cross", "e", "ex", "infra", "inter", "intra", "micro", "mid", "mini",
        "mis", "multi", "non", "over", "post", "pre", "pro", "re", "semi", "sub", "trans", "tri", "ultra", "un",
        "vice",
    ]

    /// Units written straight after a number, split from it as UD does ("430km" → "430", "km";
    /// "6:00am" → "6:00", "am"). Case-sensitive; "1990s" and "19th" are not units and stay whole.
    static let units: Set<String> = [
        "km", "m", "cm", "mm", "kg", "g", "mg", "lb", "lbs", "oz", "ft", "mi", "mph", "kph", "ml", "am", "pm",
        "k", "K", "bn", "gb", "GB", "mb", "MB", "kb", "KB", "TB", "GHz", "MHz", "Hz", "kW", "MW", "hrs", "hr",
        "min", "mins", "sec", "secs", "p",
    ]

    /// Single words that UD English splits into several, with the split offsets (in scalars).
    ///
    /// "cannot" → "can" + "not", "gonna" → "gon" + "na", and the apostrophe-less spellings of clitics common
    /// in web text ("dont" → "do" + "nt", "im" → "i" + "m").
    static let splitWords: [String: [Int]] = [
        "cannot": [3], "gonna": [3], "wanna": [3], "gotta": [3], "outta": [3], "gimme": [3], "lemme": [3],
        "dunno": [2, 3],
        "dont": [2], "doesnt": [4], "didnt": [3], "isnt": [2], "arent": [3], "wasnt": [3], "werent": [4],
        "havent": [4], "hasnt": [3], "hadnt": [3], "couldnt": [5], "wouldnt": [5], "shouldnt": [6],
        "im": [1], "ive": [1], "thats": [4], "youre": [3], "theyre": [4],
    ]

    /// The longest key of `splitWords`, so that longer words skip the lookup.
    static let longestSplitWord = 8

    /// Words after a leading apostrophe that keep it ("'em", "'til", "'cause").
    static let apostropheWords: Set<String> = ["em", "til", "cause", "bout", "n"]
}
