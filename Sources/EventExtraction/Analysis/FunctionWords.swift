import EventOntology

/// Closed-class English words the shallow clause analysis relies on, all lower case.
enum FunctionWords {
    /// Prepositions that may govern an actor mention.
    static let prepositions: Set<String> = [
        "to", "with", "against", "on", "in", "at", "from", "by", "of", "for", "over", "into", "onto", "toward",
        "towards", "between", "among", "across", "near", "about", "after", "before", "during", "through", "under",
        "upon", "within", "without", "amid", "despite", "along", "alongside", "than", "via", "including", "targeting",
    ]
    /// Words that end a clause for subject, target and modality scans.
    static let clauseBoundaries: Set<String> = [
        ";", ":", "but", "while", "whereas", "although", "though", "because", "unless", "whether", "—", "–", "(", ")",
        "which", "who", "whom", "whose", "where", "when", "since", "so", "until",
    ]
    /// Boundaries for the date scope: a time expression does not reach across these.
    static let dateBoundaries: Set<String> = [
        ";", ":", "“", "”", "\"", "but", "while", "whereas", "although", "though", "because", "when", "where", "which", "who", "after",
        "before", "until",
    ]
    /// Determiners, possessive pronouns and quantifiers (a following base-form verb is a noun).
    /// Nouns that an event word before them only describes ("riot police", "protest camp", "attack helicopters",
    /// "strike aircraft"): the pair names people, places or things, not an act.
    static let nonEventHeads: Set<String> = [
        "police", "officers", "squad", "squads", "gear", "shields", "camp", "camps", "leader", "leaders",
        "organisers", "organizers", "site", "sites", "helicopter", "helicopters", "jets", "aircraft", "submarine",
        "submarines", "dogs", "movement", "movements", "groups", "victims", "survivors", "ban", "bans",
    ]
    /// Matters of a state's own politics: an act on them is domestic ("vetoed the pension bill").
    static let domesticMatters: Set<String> = [
        "bill", "bills", "law", "laws", "budget", "budgets", "reform", "reforms", "constitution", "amendment",
        "amendments", "pension", "pensions", "tax", "taxes", "election", "elections", "referendum", "parliament",
        "cabinet", "opposition", "strike", "strikes", "protest", "protests", "curfew", "protesters", "students",
    ]
    /// Nouns that count the people of an "of" phrase ("tens of thousands of protesters", "dozens of soldiers",
    /// "a group of students"): the phrase's subject is those people.
    static let quantityHeads: Set<String> = [
        "tens", "hundreds", "thousands", "millions", "dozens", "scores", "crowds", "crowd", "group", "groups",
        "number", "band", "unit", "contingent", "convoy", "delegation", "team",
    ]
    static let determiners: Set<String> = [
        "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those", "some",
        "any", "more", "most", "no", "each", "every", "another", "such", "'s", "’s", "first", "last", "new", "recent",
        "further", "fresh", "several", "many", "two", "three",
    ]
    /// Auxiliaries and modals that precede a verb.
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
        "will", "would", "shall", "should", "may", "might", "can", "could", "must", "'ll", "’ll", "to",
    ]
    /// Forms of "be" (passive voice marker).
    static let be: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "am"]
    /// Words that are prepositions or subordinators ("after the EU sanctioned Iran").
    static let subordinators: Set<String> = ["after", "before", "since", "until", "as", "once"]
    /// Heads of noun phrases whose "of"/"from" complement names the party acting ("representatives from Iran").
    /// Words that embed a clause whose past perfect precedes the governing time ("On Saturday, Iran admitted
    /// it had …").
    static let embeddingVerbs: Set<String> = [
        "that", "said", "says", "admitted", "acknowledged", "announced", "reported", "stated", "claimed", "confirmed",
        "revealed", "disclosed", "denied", "added", "told", "noted", "learned", "found", "discovered",
    ]
    /// Words of a bare title ("the President", "the Prime Minister").
    static let titleWords: Set<String> = [
        "the", "president", "prime", "minister", "foreign", "king", "queen", "head", "leader", "chancellor",
        "secretary", "general", "speaker", "vice", "premier", "chairman", "chair", "ambassador", "mayor", "governor",
    ]
    /// Nouns that refer back to an earlier act ("criticized the move").
    static let actNouns: Set<String> = Set([
        "move", "moves", "decision", "decisions", "plan", "plans", "proposal", "proposals", "announcement", "step",
        "steps", "policy", "policies", "statement", "statements", "remarks", "comments", "proclamation", "action",
        "actions", "measure", "measures", "decree", "order", "ruling", "initiative", "offer", "demand", "demands",
        "request", "claim", "claims", "accusation", "accusations", "attack", "attacks", "strike", "strikes",
        "invasion", "deployment", "annexation", "recognition", "declaration", "suspension", "ban", "sanctions",
        "appeal", "appeals", "plea", "pleas", "invitation", "ultimatum",
    ]).union(forceActNouns.keys)
    /// Nouns that refer back to an earlier act of force, with the PLOVER types such an act is coded as ("condemned
    /// the raid": the agent of the last assault or coercion told, not of whatever was told last).
    static let forceActNouns: [String: Set<EventType>] = {
        let violent: Set<EventType> = [.assault, .coerce, .mobilize, .protest]
        let coercive: Set<EventType> = [.coerce, .sanction, .assault]
        var table: [String: Set<EventType>] = [:]
        for noun in ["raid", "raids", "storming", "incursion", "incursions", "attack", "attacks", "strike", "strikes",
                     "airstrike", "airstrikes", "bombing", "bombings", "bombardment", "shelling", "assault", "offensive",
                     "invasion", "killing", "killings", "massacre", "shooting", "shootings", "coup", "violence",
                     "abduction", "kidnapping", "operation", "incident", "intrusion", "violation", "violations"]
        {
            table[noun] = violent
        }
        for noun in ["arrest", "arrests", "detention", "detentions", "crackdown", "seizure", "expulsion", "expulsions",
                     "deportation", "deportations", "blockade", "closure", "execution", "executions", "sentence",
                     "conviction", "ban", "sanctions", "suspension"]
        {
            table[noun] = coercive
        }
        return table
    }()
    static let agentHeads: Set<String> = [
        "representatives", "representative", "officials", "official", "ministers", "minister", "troops", "forces",
        "soldiers", "militants", "delegation", "delegates", "envoys", "envoy", "leaders", "leader", "members",
        "police", "government", "ministry", "army", "navy", "military", "president", "office", "authorities",
        "diplomats", "spokesperson", "spokesman", "militias", "fighters", "agency", "court", "congress", "plenum",
        "parliament", "party", "assembly", "delegations", "governments", "presidents", "heads", "foreign",
        "prosecutors", "judges", "lawmakers", "legislators", "senators", "supporters", "protesters", "citizens",
        "residents", "people", "workers", "students", "activists", "opposition", "armies", "navies", "ambassadors",
        "advisers", "adviser", "advisors", "advisor", "chiefs", "commanders", "negotiators", "secretaries",
        "counterparts", "emissaries", "premiers", "gunmen", "gunman", "attackers", "assailants",
    ]
    /// Personal pronouns that can be subjects.
    static let subjectPronouns: Set<String> = ["he", "she", "it", "they", "we", "i"]
    /// Plural nouns that, after "both" or "the two", stand for the two states of the story ("both countries").
    static let pairNouns: Set<String> = [
        "countries", "governments", "sides", "states", "nations", "neighbours", "neighbors", "leaders",
        "presidents", "capitals", "armies", "militaries", "ministers", "delegations", "envoys", "negotiators",
        "allies", "rivals", "foes", "adversaries",
    ]
    /// The pair nouns that stand for two states only ("both countries"); the others ("both sides", "the two
    /// delegations") may stand for a state and an armed group as well.
    static let stateOnlyPairNouns: Set<String> = [
        "countries", "governments", "states", "nations", "neighbours", "neighbors", "presidents", "capitals", "allies",
    ]
    /// Adverbs that may sit inside a verb group ("has increasingly framed").
    static let verbGroupAdverbs: Set<String> = [
        "also", "already", "still", "yet", "increasingly", "reportedly", "allegedly", "now", "recently", "previously",
        "once", "again", "further", "publicly", "officially", "formally", "repeatedly", "just", "never", "not", "n't",
        "then", "later", "finally", "quickly", "jointly", "largely", "effectively", "apparently", "reluctantly",
        "potentially", "possibly", "probably", "likely", "openly", "secretly", "ultimately", "even",
    ]
    /// Negation cues.
    static let negations: Set<String> = ["not", "n't", "never", "nor", "neither", "no", "cannot"]
    /// Whether `word` (lower case, as the tokenizer keeps contractions whole) negates: a negation word or a
    /// contracted one ("didn't", "won't", "can’t").
    static func isNegation(_ word: String) -> Bool {
        negations.contains(word) || word.count > 3 && (word.hasSuffix("n't") || word.hasSuffix("n’t"))
    }
    /// Verbs that deny the act they govern ("denied sending troops", "denies that it attacked").
    static let denialVerbs: Set<String> = ["deny", "denied", "denies", "denying"]
    /// Words that may stand between a denial and the act it denies ("denied that it had ever sent").
    static let denialGap: Set<String> = [
        "that", "it", "they", "he", "she", "its", "their", "his", "her", "having", "had", "has", "have", "was", "were",
        "ever", "been", "any", "ordering", "carrying", "out",
    ]
    /// Verbs taking a "to" complement that negate it ("refused to attend").
    static let negatingControllers: Set<String> = [
        "refuse", "refused", "refuses", "refusing", "decline", "declined", "declines", "declining", "fail", "failed",
        "fails", "failing", "reject", "rejected", "rejects",
    ]
    /// Verbs and adjectives taking a "to" complement that make it future ("plans to", "is expected to").
    static let futureControllers: Set<String> = [
        "plan", "plans", "planned", "planning", "expect", "expected", "expects", "due", "set", "intend", "intends",
        "intended", "aim", "aims", "aimed", "pledge", "pledged", "pledges", "vow", "vowed", "vows", "promise",
        "promised", "promises", "agree", "agreed", "agrees", "threaten", "threatened", "threatens", "seek", "seeks",
        "sought", "want", "wants", "wanted", "hope", "hopes", "hoped", "prepare", "prepares", "prepared", "ready",
        "going", "scheduled", "poised", "likely", "offered", "offer", "offers", "decided", "decide", "decides",
        "try", "tries", "tried", "attempt", "attempted", "urged", "asked", "called", "commit", "commits", "committed",
        "committing", "vowing", "pledging", "promising", "planning", "threatening", "seeking", "encouraged",
        "encouraging", "encourages", "pressed", "pressing", "pressured", "invited", "told", "ordered", "instructed",
    ]
    /// Modal verbs of future reference.
    static let futureModals: Set<String> = ["will", "shall", "'ll", "’ll"]
    /// Hedging modals and adverbs.
    static let hedges: Set<String> = [
        "may", "might", "could", "possibly", "probably", "likely", "reportedly", "allegedly", "apparently",
        "perhaps", "potentially", "believed", "suspected", "appears", "appeared", "seems", "seemed", "presumably",
        "unconfirmed", "purportedly", "supposedly",
    ]
    /// Verbs of belief that hedge their complement ("analysts believe").
    static let beliefVerbs: Set<String> = [
        "believe", "believes", "think", "thinks", "suspect", "suspects", "speculate", "speculated", "speculates",
        "estimate", "estimates", "assess", "assesses", "suggest", "suggests", "suggested", "doubt", "doubts",
    ]
    /// Reporting verbs ("said", "told", "added", "according to").
    static let reportingVerbs: Set<String> = [
        "say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added", "state", "states",
        "stated", "claim", "claims", "claimed", "report", "reports", "reported", "announce", "announces", "tweeted",
        "tweets", "posted", "argued", "argues",
        "announced", "note", "notes", "noted", "insisted", "confirmed", "confirms", "wrote", "writes", "quoted",
    ]
    /// Past-tense reporting verbs, after which "would" marks a future (reported speech).
    static let pastReportingVerbs: Set<String> = [
        "said", "told", "added", "stated", "claimed", "reported", "announced", "noted", "insisted", "confirmed",
    ]
}
