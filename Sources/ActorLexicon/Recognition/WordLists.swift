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
        "everyone", "everybody", "nobody", "someone", "somebody", "anyone", "none", "nothing", "something",
        // Numbers that open a sentence ("Twelve French diplomats were expelled").
        "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
        "millions", "few", "any", "every", "only", "around", "nearly", "almost",
    ])

    /// Words of `nonNameWords` that may begin an organisation's name ("National Institute …").
    static let nameWords: Set<String> = [
        "national", "international", "central", "north", "south", "east", "west", "party", "congress",
        "parliament", "government", "ministry", "agency", "council", "committee", "new", "world", "supreme",
        "federal", "peace", "war",
    ]

    /// Head nouns that make a capitalised run an organisation's name, with the CAMEO sector they imply (empty
    /// when none): "Federal Aviation Office", "Cinema for Peace Foundation", "Belarusian KGB".
    static let organizationHeads: [String: String] = [
        "police": "COP", "army": "MIL", "navy": "MIL", "forces": "MIL", "guard": "MIL", "party": "PTY",
        "ministry": "GOV", "commission": "GOV", "office": "GOV", "bureau": "GOV", "department": "GOV",
        "court": "JUD", "tribunal": "JUD", "news": "MED", "times": "MED", "post": "MED", "television": "MED",
        "radio": "MED", "tv": "MED", "bank": "BUS", "company": "BUS", "corporation": "BUS", "airlines": "BUS",
        "airways": "BUS", "inc": "BUS", "ltd": "BUS", "plc": "BUS", "foundation": "NGO", "institute": "",
        "association": "", "center": "", "centre": "", "council": "", "committee": "", "agency": "",
        "service": "", "union": "", "movement": "", "front": "", "network": "", "organization": "",
        "organisation": "", "federation": "", "alliance": "", "authority": "", "group": "",
    ]

    /// Title words that may precede a name ("President", "Foreign Minister", "Gen.").
    static let titleWords: Set<String> = Set([
        "president", "minister", "leader", "chairman", "chairwoman", "secretary", "general", "prime", "foreign",
        "defense", "defence", "supreme", "vice", "deputy", "senator", "sen", "rep", "representative", "gov",
        "governor", "ambassador", "envoy", "king", "queen", "prince", "princess", "emperor", "pope", "chancellor",
        "premier", "commander", "gen", "lt", "col", "adm", "capt", "sgt", "mr", "mrs", "ms", "dr", "spokesperson",
        "spokesman", "spokeswoman", "director", "chief", "head", "official", "officials", "first", "lady",
        "crown", "then", "former", "state", "interior", "finance", "trade", "unification", "speaker", "mayor",
        "president-elect", "vice-president", "elect", "acting", "opposition", "candidate", "officer",
        "operating", "executive", "services", "affairs", "lord", "justice", "attorney", "analyst", "commissioner",
        "ceo", "cfo", "coo", "chair", "founder", "co-founder", "professor", "prof",
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

    /// Irregular past-tense and common present verbs, to tell "puppet military *made*" from "military *bases*".
    static let irregularVerbs: Set<String> = [
        "made", "took", "gave", "sent", "went", "came", "began", "led", "held", "met", "left", "kept", "put", "set",
        "won", "lost", "fled", "fought", "struck", "shot", "hit", "brought", "bought", "thought", "sought", "saw",
        "knew", "became", "ran", "stood", "wrote", "spoke", "broke", "chose", "found", "fell", "drew", "grew",
        "got", "paid", "sold", "told", "heard", "meant", "built", "spent", "sat", "lay", "rose", "withdrew",
        "make", "take", "give", "send", "go", "come", "begin", "lead", "hold", "meet", "keep", "get", "continue",
        "remain", "want", "plan", "seek", "face", "fear", "hope", "believe", "expect", "need", "appear", "seem",
    ]

    /// Nouns after a sector noun that keep the group an actor ("German government *source*").
    static let actorHeadNouns: Set<String> = [
        "source", "sources", "official", "officials", "spokesperson", "spokesman", "spokeswoman", "representative",
        "representatives", "delegation", "delegate", "delegates", "envoy", "envoys", "figure", "figures",
        "member", "members", "leader", "leaders", "insider", "insiders", "statement", "communique",
    ]

    /// Prepositions, for telling subjects from objects.
    static let prepositions: Set<String> = [
        "of", "for", "with", "by", "to", "from", "about", "against", "on", "in", "at", "into", "over", "under",
        "between", "among", "than", "like", "toward", "towards", "after", "before", "during", "without",
    ]

    /// Lower-case titles of government office ("mayor Muriel Bowser").
    static let governmentTitles: Set<String> = [
        "president", "minister", "mayor", "governor", "senator", "premier", "chancellor", "ambassador", "envoy",
        "secretary", "spokesperson", "spokesman", "spokeswoman", "king", "queen", "prince", "speaker",
    ]

    /// Lower-case particles inside names ("Osama *bin* Laden", "Bashar *al*-Assad").
    static let nameParticles: Set<String> = ["al", "bin", "ibn", "el", "van", "von", "de", "da", "der", "du"]

    /// Auxiliary and modal verbs.
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "shall",
        "should", "can", "could", "may", "might", "must", "do", "does", "did",
    ]

    /// Participles that may modify a sector noun ("armed forces", "state-owned media").
    static let participleModifiers: Set<String> = ["armed", "state-owned", "state-run", "united", "elected", "ruling"]

    /// Nouns that make an appositive or a title describe a person.
    static let personNouns: Set<String> = [
        "spokesperson", "spokesman", "spokeswoman", "analyst", "professor", "researcher", "official", "director",
        "head", "chief", "minister", "lawmaker", "diplomat", "envoy", "ambassador", "adviser", "advisor",
        "secretary", "president", "chairman", "leader", "expert", "fellow", "commander", "general", "member",
        "founder", "executive", "ceo", "journalist", "editor", "correspondent", "scholar", "economist", "mayor",
        "governor", "senator", "candidate", "activist", "agent", "specialist", "wife", "husband", "son",
        "daughter", "sister", "brother", "father", "mother", "premier", "chancellor", "king", "queen", "prince",
        "lieutenant", "colonel", "officer", "judge", "prosecutor", "lawyer", "attorney", "speaker", "representative",
        "consul", "emissary", "attache",
    ]

    /// Person nouns of someone posted to another state or body, whose "to X"/"for X"/"in X" names where they serve,
    /// not whom they serve: "ambassador to Russia", "envoy for Iran", "consul in Erbil".
    static let postingNouns: Set<String> = ["envoy", "ambassador", "consul", "representative", "attache", "emissary"]

    /// Nouns whose "of X" names a settlement or division: "the city of Formosa", "the province of Córdoba".
    static let settlementNouns: Set<String> = [
        "city", "town", "village", "port", "province", "district", "municipality", "county", "department",
    ]

    /// Prepositions after which a capital names a place ("in Seoul"), not the state acting.
    static let spatialPrepositions: Set<String> = [
        "in", "near", "at", "outside", "inside", "into", "around", "across", "through", "via", "toward",
        "towards", "within", "throughout",
    ]

    /// Personal pronouns resolved to people, with the gender they exclude.
    static let pronouns: [String: String?] = ["he": "female", "him": "female", "his": "female", "she": "male",
                                              "her": "male"]

    /// Definite nouns ("the ministry") resolved to the latest actor whose name holds the noun, or else to a
    /// sector group of that sector.
    static let definiteNouns: [String: String] = [
        "ministry": "GOV", "government": "GOV", "regime": "GOV", "administration": "GOV", "agency": "SPY",
        "party": "PTY", "military": "MIL", "army": "MIL", "council": "GOV", "alliance": "GOV", "bloc": "GOV",
        "president": "GOV", "minister": "GOV", "chancellor": "GOV", "premier": "GOV", "hospital": "HLH",
    ]

    /// Head nouns of a definite description that may refer back to a named non-state group ("the group").
    static let groupNouns: Set<String> = ["group", "movement", "organisation", "organization", "faction", "outfit"]

    /// Definite nouns that refer back to an international body ("the bloc", "the alliance").
    static let blocNouns: Set<String> = ["bloc", "alliance", "grouping"]

    /// Nouns that stand for a state of a kind named shortly before ("cut ties with *the emirate*", "*the
    /// kingdom*'s foreign ministry", "flights to *the island*"), with the states (ISO alpha-3) they may name.
    static let stateNouns: [String: Set<String>] = {
        let emirates: Set<String> = ["QAT", "KWT", "ARE"]
        let kingdoms: Set<String> = [
            "SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA", "KHM", "BTN", "LSO",
            "SWZ", "TON",
        ]
        let islands: Set<String> = [
            "TWN", "JPN", "LKA", "PHL", "IDN", "CUB", "IRL", "ISL", "MDV", "SGP", "NZL", "CYP", "MLT", "MDG", "HTI",
            "DOM", "JAM", "FJI", "BHR", "MUS", "SYC", "CPV", "COM", "STP", "TTO", "BRB", "BHS", "VUT", "SLB", "PNG",
            "TLS", "WSM", "TON", "KIR", "NRU", "TUV", "PLW", "FSM", "MHL", "GRD", "LCA", "VCT", "DMA", "ATG", "KNA",
        ]
        return [
            "emirate": emirates, "kingdom": kingdoms, "sultanate": ["OMN", "BRN"], "island": islands,
            "archipelago": ["PHL", "IDN", "MDV", "FJI", "BHS", "CPV", "COM", "SYC"],
        ]
    }()

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
