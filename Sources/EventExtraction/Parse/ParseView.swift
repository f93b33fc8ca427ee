import ArticleText
import Syntax

/// One analysed sentence lined up with the extractor's token view: which view token each UD word falls in, which
/// actor mention each word belongs to, and the dependency tree as child lists.
struct ParseView {
    /// The analysed sentence (UD words with heads and relations).
    let analyzed: AnalyzedSentence
    /// For each word, the index of the view token holding its first scalar, or `nil`.
    let tokenOfWord: [Int?]
    /// For each word, the number of the mention (in `SentenceView.mentions`) that covers it, or `nil`.
    let mentionOfWord: [Int?]
    /// For each mention of the sentence, whether it names a group of no state ("fighters", "gunmen": an
    /// `XXX-` actor), which a named group after "of" stands in for ("fighters of the Rapid Support Forces"); so
    /// does a member noun (`memberNouns`) the document's home country placed.
    let unplacedGroupMention: [Bool]
    /// For each word, its dependents' indices (0-based) in order.
    let children: [[Int]]
    /// The word whose first scalar starts each view token, by the token's start offset (how drafts, which
    /// record `triggerStart`, find their word).
    let wordAtTokenStart: [Int: Int]
    /// Lower-cased lemmas and forms of the words: the clause the CAMEO dictionary matches against.
    let lemmas: [String]
    let forms: [String]

    init(analyzed: AnalyzedSentence, view: SentenceView) {
        self.analyzed = analyzed
        let words = analyzed.words
        var tokenOfWord = [Int?](repeating: nil, count: words.count)
        var token = 0
        for (index, word) in words.enumerated() {
            guard let span = word.span else { continue }
            while token < view.tokens.count, view.tokens[token].span.end <= span.start { token += 1 }
            if token < view.tokens.count, view.tokens[token].span.start < span.end { tokenOfWord[index] = token }
        }
        self.tokenOfWord = tokenOfWord
        let mentionOfWord = tokenOfWord.map { token in token.flatMap { view.mentionAt[$0] ?? nil } }
        self.mentionOfWord = mentionOfWord
        self.unplacedGroupMention = view.mentions.map { $0.mention.actor.rawValue.hasPrefix("XXX-") }
        var children = [[Int]](repeating: [], count: words.count)
        for (index, word) in words.enumerated() where word.head > 0 && word.head <= words.count {
            children[word.head - 1].append(index)
        }
        var wordAtTokenStart: [Int: Int] = [:]
        for (index, token) in tokenOfWord.enumerated() {
            if let token, wordAtTokenStart[view.tokens[token].span.start] == nil {
                wordAtTokenStart[view.tokens[token].span.start] = index
            }
        }
        self.wordAtTokenStart = wordAtTokenStart
        let lemmas = words.map { $0.lemma.lowercased() }
        self.lemmas = lemmas
        self.forms = words.map { $0.form.lowercased() }
        var repaired = words
        for (index, word) in words.enumerated() where word.deprel == "advcl" && word.upos == "VERB" {
            let head = word.head - 1
            guard head >= 0, head < index, Self.controlVerbs.contains(lemmas[head]),
                  children[index].contains(where: { words[$0].deprel == "mark" && lemmas[$0] == "to" }),
                  !children[index].contains(where: { words[$0].deprel.hasPrefix("nsubj") })
            else { continue }
            repaired[index].deprel = "xcomp"
        }
        // "Pakistani air strikes on Thursday night killed 14 people": a past-tense verb the parser hung as `acl` on
        // the time expression of a root noun is the clause's verb, and that noun its subject.
        // The tagger may call it a participle (VBN): one with an object is no reduced relative.
        var reattached = false
        for (index, word) in words.enumerated() where word.upos == "VERB" && word.deprel == "acl"
            && (word.xpos == "VBD" || word.xpos == "VBN" && children[index].contains(where: { words[$0].deprel == "obj" }))
        {
            let time = word.head - 1
            guard time >= 0, tokenOfWord[time].map({ view.timexAt[$0] != nil }) ?? false,
                  words[time].deprel.hasPrefix("nmod") || words[time].deprel.hasPrefix("obl"), words[time].head > 0
            else { continue }
            let subject = words[time].head - 1
            guard words[subject].deprel == "root", ["NOUN", "PROPN"].contains(words[subject].upos),
                  !children[index].contains(where: { words[$0].deprel.hasPrefix("nsubj") })
            else { continue }
            repaired[index].head = 0
            repaired[index].deprel = "root"
            repaired[subject].head = index + 1
            repaired[subject].deprel = "nsubj"
            for child in children[subject] where words[child].deprel == "punct" { repaired[child].head = index + 1 }
            reattached = true
        }
        // "vetoed a bill on Thursday that would have eased restrictions": a relative clause the parser hung on the
        // time expression after a noun modifies that noun.
        for (index, word) in words.enumerated() where word.deprel == "acl:relcl" && word.head > 0 {
            let time = word.head - 1
            guard tokenOfWord[time].map({ view.timexAt[$0] != nil }) ?? false, words[time].head > 0 else { continue }
            let governor = words[time].head - 1
            var noun: Int?
            if words[time].deprel.hasPrefix("nmod"), ["NOUN", "PROPN"].contains(words[governor].upos) {
                noun = governor
            } else if words[time].deprel.hasPrefix("obl") {
                noun = children[governor].last { words[$0].deprel == "obj" && $0 < time }
            }
            guard let noun, noun < time else { continue }
            repaired[index].head = noun + 1
            reattached = true
        }
        // "Saudi Arabia, once among Lebanon's most generous donors, halted aid": the parser makes the appositive
        // noun the verb's subject and the name before it that noun's subject; the name set off by the comma is the
        // subject, the noun phrase between the commas its apposition.
        for (index, word) in words.enumerated() where word.deprel == "nsubj" && word.head > 0
            && ["NOUN", "PROPN"].contains(word.upos)
        {
            let verb = word.head - 1
            guard verb > index, words[verb].upos == "VERB",
                  let name = children[index].first(where: { $0 < index && words[$0].deprel == "nsubj" && mentionOfWord[$0] != nil }),
                  mentionOfWord[index] == nil,
                  name + 1 < index, words[name + 1].form == ",",
                  (index + 1..<verb).contains(where: { words[$0].form == "," })
            else { continue }
            repaired[name].head = verb + 1
            repaired[name].deprel = "nsubj"
            repaired[index].head = name + 1
            repaired[index].deprel = "appos"
            reattached = true
        }
        if reattached {
            children = [[Int]](repeating: [], count: words.count)
            for (index, word) in repaired.enumerated() where word.head > 0 && word.head <= words.count {
                children[word.head - 1].append(index)
            }
        }
        self.children = children
        self.words = repaired
    }

    /// The words, with three repairs (the third: a relative clause hung on a time expression modifies the noun
    /// before it): an infinitive the parser attached to a verb of intending or urging as
    /// `advcl` ("threatened on Sunday to impose tariffs", where the time phrase pushed it away) is that verb's
    /// `xcomp`, as it is without the intervening phrase; and a verb hung as `acl` on a TIMEX3 expression of a
    /// root noun ("air strikes on Thursday night killed …") is the root, the noun its subject.
    let words: [SyntaxWord]

    /// Verbs whose "to"-infinitive is their complement, not an adverbial clause of purpose.
    static let controlVerbs: Set<String> = [
        "threaten", "agree", "pledge", "promise", "vow", "refuse", "decline", "decide", "offer", "plan", "intend",
        "urge", "ask", "call", "demand", "seek", "try", "attempt", "fail", "warn", "vote", "move", "begin", "start",
        "continue", "resolve", "undertake", "commit", "expect", "hope", "want", "aim", "prepare",
    ]

    /// Dependents of `word` with relation `deprel` (subtypes match their base when `deprel` has none:
    /// "obl" finds "obl:tmod" too).
    func dependents(_ word: Int, _ deprel: String) -> [Int] {
        let colon = UInt8(ascii: ":")
        let base = deprel.utf8
        let matchesSubtypes = !base.contains(colon)
        return children[word].filter { child in
            let relation = words[child].deprel
            if relation == deprel { return true }
            guard matchesSubtypes else { return false }
            // relation.hasPrefix(deprel + ":"), byte by byte: relations are ASCII.
            let bytes = relation.utf8
            guard bytes.count > base.count, bytes.starts(with: base) else { return false }
            return bytes[bytes.index(bytes.startIndex, offsetBy: base.count)] == colon
        }
    }

    /// The lower-cased lemma of the `case` marker of a nominal ("against" in "against Iran"), or "".
    func caseMarker(of word: Int) -> String {
        let markers = dependents(word, "case").filter { words[$0].upos == "ADP" || words[$0].upos == "SCONJ" }
        return markers.first.map { lemmas[$0] } ?? ""
    }

    /// The first mention, in text order, among the words `word` heads (itself included, any depth), or `nil`.
    func firstMention(under word: Int) -> Int? {
        var inside = Set([word])
        var frontier = [word]
        while let next = frontier.popLast() {
            for child in children[next] where inside.insert(child).inserted { frontier.append(child) }
        }
        return inside.sorted().lazy.compactMap { self.mentionOfWord[$0] }.first
    }

    /// Mentions inside the phrases of `phrases` (through nmod, nmod:poss, amod, compound, obl and conj, breadth
    /// first, at most three levels down), the nearest level first; mentions in `excluding` are skipped, and with
    /// `markers` only phrases whose case marker is one of them are entered ("" for none).
    func nestedMentions(of phrases: [Int], excluding: Set<Int>, markers: Set<String>? = nil) -> [Int] {
        var level = phrases
        for _ in 0..<3 {
            var next: [Int] = []
            var found: [Int] = []
            for node in level {
                for child in children[node] {
                    let relation = words[child].deprel
                    guard ["amod", "compound", "conj"].contains(relation)
                        || relation.hasPrefix("nmod") || relation.hasPrefix("obl"),
                        markers.map({ $0.contains(caseMarker(of: child)) }) ?? true
                    else { continue }
                    if let mention = mentionOfWord[child], !excluding.contains(mention), !found.contains(mention) {
                        found.append(mention)
                    } else {
                        next.append(child)
                    }
                }
            }
            if !found.isEmpty { return found }
            level = next
        }
        return []
    }

    /// Mentions inside the phrase of `word` (see `nestedMentions(of:excluding:markers:)`).
    func nestedMentions(of word: Int, excluding: Set<Int>) -> [Int] {
        nestedMentions(of: [word], excluding: excluding)
    }

    /// The mentions a nominal stands for: the mention covering its head word, or mentions covering a
    /// possessor or compound modifier when the nominal itself is a plain noun ("North Korea's army" → PRK,
    /// when no larger mention covers it), each extended by its conjuncts ("China and Russia").
    func mentions(of word: Int) -> [Int] {
        var result: [Int] = []
        func add(_ mentions: [Int]) { for mention in mentions where !result.contains(mention) { result.append(mention) } }
        func collect(_ index: Int) {
            let standsForParty = Self.memberNouns.contains(lemmas[index]) || Self.representativeNouns.contains(lemmas[index])
            if let mention = mentionOfWord[index] {
                // "US and Russian diplomats": coordinated modifiers name two parties.
                let modifiers = dependents(index, "compound") + dependents(index, "amod")
                let conjuncts = modifiers.flatMap { dependents($0, "conj") }
                let coordinated = (modifiers + conjuncts).compactMap { mentionOfWord[$0] } + [mention]
                if !conjuncts.isEmpty, Set(coordinated).count >= 2 {
                    add(coordinated)
                    return
                }
                // "Fighters of the Rapid Support Forces", "rebels of the ADF", "negotiators from Armenia and
                // Azerbaijan" (whom the place of their meeting had placed): the named group they belong to.
                let named = unplacedGroupMention[mention] || standsForParty ? namedParties(of: index, besides: mention) : []
                add(named.isEmpty ? [mention] : named)
            } else if ["NOUN", "PROPN"].contains(words[index].upos) {
                // "the capital city's mayor Muriel Bowser": a title noun stands for the name in apposition to it,
                // not for its possessor; so does a title the parser made the head of the name ("Chancellor
                // Friedrich Merz", flat).
                if let named = (dependents(index, "appos") + dependents(index, "flat")).lazy.compactMap({ self.mentionOfWord[$0] }).first {
                    add([named])
                    return
                }
                // "American and Canadian members of the UN mission": members stand for the body they belong to,
                // whatever their nationality.
                if Self.memberNouns.contains(lemmas[index]) {
                    let body = dependents(index, "nmod").filter { caseMarker(of: $0) == "of" }
                        .flatMap { mentions(of: $0) }.filter { !unplacedGroupMention[$0] }
                    if !body.isEmpty {
                        add(body)
                        return
                    }
                }
                // "Canadian and Mexican metal": coordinated modifiers name each party.
                let modifiers = dependents(index, "nmod:poss") + dependents(index, "compound") + dependents(index, "amod")
                add((modifiers + modifiers.filter { mentionOfWord[$0] != nil }.flatMap { dependents($0, "conj") })
                    .compactMap { mentionOfWord[$0] })
                // "The leaders of Armenia and Azerbaijan agreed": the states the people stand for.
                if result.isEmpty, Self.representativeNouns.contains(lemmas[index]) { add(namedParties(of: index, besides: nil)) }
            }
        }
        collect(word)
        for conjunct in dependents(word, "conj") { collect(conjunct) }
        return result
    }

    /// The mentions of the parties named in the "of" or "from" phrase of `index` and their conjuncts ("leaders
    /// of Armenia and Azerbaijan"), leaving out `besides` and groups of no state.
    private func namedParties(of index: Int, besides: Int?) -> [Int] {
        dependents(index, "nmod").filter { ["of", "from"].contains(caseMarker(of: $0)) }
            .flatMap { [$0] + dependents($0, "conj") }
            .compactMap { mentionOfWord[$0] }
            .filter { !unplacedGroupMention[$0] && $0 != besides }
    }

    /// The words whose content `word` is, nearest first: its head chain through object, oblique, nominal
    /// modifier, passive subject, `xcomp`, `acl`, compound and (for mis-tagged nouns) `amod` relations, at most
    /// three steps ("a *ceasefire* proposal" → "proposal" → "rejected").
    func contentHolders(of word: Int) -> [Int] {
        var holders: [Int] = []
        var node = word
        for _ in 0..<3 {
            let head = words[node].head - 1
            guard head >= 0, ["obj", "obl", "nmod", "nsubj:pass", "xcomp", "acl", "compound", "amod"].contains(where: {
                words[node].deprel == $0 || words[node].deprel.hasPrefix($0 + ":")
            }) else { break }
            holders.append(head)
            node = head
        }
        return holders
    }

    /// Whether `word` is content of `verb` (see `contentHolders(of:)`).
    func isContent(_ word: Int, of verb: Int) -> Bool { contentHolders(of: word).contains(verb) }

    /// Nouns for the members of a group, who stand for the group named after "of" ("fighters of the JNIM").
    static let memberNouns: Set<String> = [
        "fighter", "militant", "gunman", "rebel", "member", "insurgent", "jihadist", "guerrilla", "combatant",
        "militiaman", "loyalist",
    ]

    /// Nouns for people or bodies that stand for the party named in their "of" or "from" phrase ("the leaders
    /// of Armenia and Azerbaijan", "trade negotiators from Washington and Beijing").
    static let representativeNouns: Set<String> = [
        "leader", "president", "head", "minister", "government", "delegation", "representative", "official",
        "envoy", "army", "force", "troops", "military", "negotiator", "diplomat", "delegate", "emir", "king",
        "queen", "ruler", "monarch", "sultan", "chancellor", "premier", "ambassador", "spokesman", "spokeswoman",
        "spokesperson",
    ]

    /// Whether `verb` holds under a condition stated after it and not yet met: a modal verb group ("would",
    /// "could", "will", "may", "might") with an adverbial clause marked "if", "unless" or "provided", or opened
    /// by an inverted "should" ("Qatar would suspend its mediation if either side …", "Beijing could impose a
    /// blockade should it decide to").
    func isConditioned(_ verb: Int) -> Bool {
        let modals: Set<String> = ["would", "could", "will", "may", "might", "can"]
        guard dependents(verb, "aux").contains(where: { modals.contains(forms[$0].lowercased()) }) else { return false }
        // "… should it decide to": an inverted condition, which the parser may also hang as a conjunct.
        func isInverted(_ clause: Int, needsSubject: Bool = false) -> Bool {
            let subjects = dependents(clause, "nsubj")
            return !(needsSubject && subjects.isEmpty) && dependents(clause, "aux").contains { aux in
                forms[aux].lowercased() == "should" && subjects.allSatisfy { aux < $0 }
            }
        }
        return dependents(verb, "advcl").contains { clause in
            guard clause > verb else { return false }
            if dependents(clause, "mark").contains(where: { ["if", "unless", "provided", "providing"].contains(forms[$0].lowercased()) }) {
                return true
            }
            return isInverted(clause)
        } || dependents(verb, "conj").contains { $0 > verb && isInverted($0, needsSubject: true) }
    }

    /// Whether `word` is the act of an open question ("will decide *whether* to expel the envoys"): marked
    /// "whether", so not reported as happening.
    func isOpenQuestion(_ word: Int) -> Bool {
        dependents(word, "mark").contains { lemmas[$0].lowercased() == "whether" }
    }
}
