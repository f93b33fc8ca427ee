/// Closed word lists the recognizer relies on, all lower case.
enum WordLists {
    /// Capitalised words that do not start a name ("The", "However", months, weekdays).
    static let nonNameWords: Set<String> = Set([
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "they", "their", "we", "our", "i", "you",
        "he", "she", "his", "her", "him", "there", "here", "what", "who", "whom", "which", "when", "where", "why",
        "how", "while", "however", "but", "and", "or", "so", "also", "meanwhile", "according", "last", "next",
        "earlier", "later", "both", "some", "many", "most", "all", "each", "several", "in", "on", "at", "for",
        "with", "from", "to", "by", "of", "as", "if", "after", "before", "since", "during", "until", "despite",
        "although", "though", "because", "yet", "still", "now", "then", "today", "yesterday", "tomorrow", "such",
        "other", "another", "more", "no", "not", "one", "two", "three", "first", "second", "new", "under", "over",
        "about", "analysts", "experts", "observers", "critics", "sources", "residents", "witnesses", "reporters",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms",
        "dr", "delegates", "follow", "stay", "read", "see", "photo", "video", "advertisement", "related", "us",
        "let", "do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could", "should", "may",
        "might", "must", "has", "have", "had", "not", "yes", "please", "thank", "thanks", "dear", "hello",
        "war", "world", "peace", "spokesperson", "spokesman", "spokeswoman", "president", "minister", "leader",
        "chairman", "secretary", "general", "prime", "foreign", "defense", "defence", "state", "supreme",
        "vice", "deputy", "senator", "sen", "rep", "gov", "governor", "ambassador", "envoy", "king", "queen",
        "prince", "princess", "emperor", "pope", "chancellor", "premier", "commander", "gen", "lt", "col", "adm",
        "capt", "sgt", "party", "congress", "parliament", "government", "ministry", "agency", "council",
        "committee", "inter", "north", "south", "east", "west", "central", "national", "international",
    ])

    /// Title words that may precede a name ("President", "Foreign Minister", "Gen.").
    static let titleWords: Set<String> = Set([
        "president", "minister", "leader", "chairman", "chairwoman", "secretary", "general", "prime", "foreign",
        "defense", "defence", "supreme", "vice", "deputy", "senator", "sen", "rep", "representative", "gov",
        "governor", "ambassador", "envoy", "king", "queen", "prince", "princess", "emperor", "pope", "chancellor",
        "premier", "commander", "gen", "lt", "col", "adm", "capt", "sgt", "mr", "mrs", "ms", "dr", "spokesperson",
        "spokesman", "spokeswoman", "director", "chief", "head", "official", "officials", "first", "lady",
        "crown", "then", "former", "state", "interior", "finance", "trade", "unification", "speaker",
    ])

    /// Verbs that make a preceding capitalised name behave like an actor ("X said", "X told").
    static let actorVerbs: Set<String> = Set([
        "said", "says", "say", "told", "tells", "added", "adds", "announced", "announces", "stated", "states",
        "warned", "warns", "urged", "urges", "accused", "accuses", "denied", "denies", "claimed", "claims",
        "confirmed", "confirms", "reported", "reports", "noted", "notes", "argued", "argues", "insisted",
        "insists", "declared", "declares", "wrote", "writes", "tweeted", "posted", "threatened", "threatens",
        "demanded", "demands", "called", "calls", "vowed", "vows", "pledged", "pledges", "rejected", "rejects",
        "criticized", "criticised", "criticizes", "criticises", "condemned", "condemns", "praised", "praises",
        "welcomed", "welcomes", "met", "meets", "signed", "signs", "agreed", "agrees", "launched", "launches",
        "attacked", "attacks", "proposed", "proposes", "asked", "asks", "responded", "responds", "replied",
        "replies", "explained", "suggested", "suggests", "acknowledged", "admitted", "estimated", "predicted",
        "cautioned", "emphasized", "emphasised", "stressed", "visited", "visits", "sent", "sends", "ordered",
        "orders", "offered", "offers", "hosted", "hosts", "expressed", "expresses", "voiced", "slammed",
        "blamed", "blames", "sanctioned", "imposed", "recalled", "spoke", "speaks", "deployed", "fired",
    ])

    /// Personal pronouns resolved to people, with the gender they exclude.
    static let pronouns: [String: String?] = ["he": "female", "him": "female", "his": "female", "she": "male",
                                              "her": "male"]

    /// Definite nouns ("the ministry") resolved to the latest actor whose name holds the noun, or else to a
    /// sector group of that sector.
    static let definiteNouns: [String: String] = [
        "ministry": "GOV", "government": "GOV", "regime": "GOV", "administration": "GOV", "agency": "SPY",
        "party": "PTY", "military": "MIL", "army": "MIL", "council": "GOV", "alliance": "GOV", "bloc": "GOV",
    ]

    /// Words that may stand between a demonym and its sector noun ("North Korean *senior* officials").
    static let blockedModifiers: Set<String> = Set([
        "and", "or", "to", "that", "which", "who", "has", "have", "had", "is", "are", "was", "were", "will",
        "would", "said", "says", "the", "a", "an", "in", "on", "at", "for", "with", "from", "by", "of", "as",
        "its", "their", "his", "her", "not", "than", "against", "into", "over", "under", "between",
    ])

    /// Human-readable labels of CAMEO sectors, for sector-group names ("North Korean media").
    static let sectorLabels: [String: String] = [
        "GOV": "government", "MIL": "military", "MED": "media", "SPY": "intelligence", "LEG": "legislature",
        "PTY": "party", "JUD": "judiciary", "OPP": "opposition", "COP": "police", "BUS": "business",
        "REB": "rebels", "CVL": "civilians", "EDU": "education", "ELI": "elites", "HLH": "health",
        "LAB": "labor", "REF": "refugees", "NGO": "NGOs", "AGR": "agriculture", "ENV": "environment",
        "HRI": "human rights", "IGO": "IGO", "CRM": "criminals", "DEV": "development", "MOD": "moderates",
        "RAD": "radicals", "SEP": "separatists", "UAF": "armed forces", "INS": "insurgents",
    ]
}
