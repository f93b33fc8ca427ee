/// A group of coordinated actor mentions found in one syntactic role ("Japan and South Korea" after "with").
struct RoleGroup: Hashable, Sendable {
    /// The role: `"object"`, a preposition (`"to"`, `"by"`, `"between"`), or `"that"` (subject of a that-clause).
    var role: String
    /// Mention indices in the sentence view, in text order.
    var mentions: [Int]
}

/// What the left scan found as the subject of a trigger.
enum SubjectResult: Hashable, Sendable {
    /// Mention indices of the (possibly coordinated) subject.
    case mentions([Int])
    /// A personal pronoun ("it", "he") with no actor mention at this token: resolve from discourse.
    case pronoun(Int)
    /// Nothing.
    case none
}

/// Shallow clause analysis over a sentence's tokens: subjects to the left of a trigger, role groups (direct
/// object, prepositional objects, agent) to its right, voice and coordination.
///
/// Scans stop at clause boundaries (`FunctionWords.clauseBoundaries`) and skip the reporting frame's tokens.
struct ClauseScanner {
    let view: SentenceView
    /// Tokens of reporting frames.
    let excluded: [Bool]
    /// Tokens that are verb triggers (an actor right after one is its object, not a subject).
    let verbTriggers: Set<Int>
    /// Verb forms the dictionary knows, for recognising verbs that are not triggers.
    let isVerbForm: (String) -> Bool

    /// The subject of the trigger at `t`: the nearest actor mention to the left that is not inside a prepositional
    /// phrase and not the object of another verb, with the mentions coordinated with it. Noun triggers pass
    /// `stopAtComma`: their agent is not found across a clause break.
    func subject(before t: Int, stopAtComma: Bool = false) -> SubjectResult {
        // Relative clause: "the US airstrike that killed …" → the antecedent's actor.
        var r = t - 1
        while r >= 0, FunctionWords.verbGroupAdverbs.contains(view.words[r]) || FunctionWords.auxiliaries.contains(view.words[r]) {
            r -= 1
        }
        if r >= 1, ["that", "which", "who"].contains(view.words[r]) {
            for k in stride(from: r - 1, through: max(0, r - 3), by: -1) {
                if let m = view.mentionAt[k] ?? nil, !excluded[k] { return .mentions([m]) }
            }
        }
        var i = t - 1
        while i >= 0 {
            let word = view.words[i]
            if stopAtComma, word == "," { return .none }
            // "Protesters, carrying placards … and European Union flags, marched": skip a participial aside.
            if word == ",", let open = (max(0, i - 16)..<i).last(where: { view.words[$0] == "," }),
               view.word(open + 1).hasSuffix("ing"), view.mentionAt[open + 1] == nil,
               !((open + 1)..<i).contains(where: { FunctionWords.clauseBoundaries.contains(view.words[$0]) })
            {
                i = open - 1
                continue
            }
            // "Kim, who visited China last year, attacked Seoul": past a closed relative clause, its antecedent.
            if ["who", "which"].contains(word), i >= 2, view.words[i - 1] == ",",
               ((i + 1)..<t).contains(where: { view.words[$0] == "," }), let m = view.mentionEnding(at: i - 2)
            {
                return .mentions([m])
            }
            // "The army has since moved troops": "since" after an auxiliary is an adverb, not a clause.
            if FunctionWords.clauseBoundaries.contains(word), !(word == "since" && FunctionWords.auxiliaries.contains(view.word(i - 1))) {
                // "… has not attacked Ukraine but has threatened Japan": the verb phrases share the subject.
                guard ["but", "yet"].contains(word), startsVerbPhrase(i + 1) else { return .none }
            }
            if excluded[i] { i -= 1; continue }
            if var m = view.mentionAt[i] ?? nil {
                // "Japarov and his Tajik counterpart, Emomali Rahmon, spoke": a name in commas after another
                // mention is its apposition; the subject goes on from the mention it names.
                let before = view.mentions[m].first - 2
                if view.word(view.mentions[m].last + 1) == ",", view.word(view.mentions[m].first - 1) == ",",
                   let named = view.mentionEnding(at: before)
                       ?? (["counterpart", "counterparts"].contains(view.word(before)) || FunctionWords.agentHeads.contains(view.word(before))
                           ? view.mentionEnding(at: before - 1) : nil)
                {
                    m = named
                } else if view.word(view.mentions[m].last + 1) == ",", view.word(view.mentions[m].first - 1) == ",",
                          let verb = stride(from: view.mentions[m].first - 3, through: max(0, view.mentions[m].first - 5), by: -1)
                              .first(where: { k in
                                  view.mentionAt[k] == nil && isVerbForm(view.words[k])
                                      && (view.words[k].hasSuffix("ing") || view.words[k].hasSuffix("ed"))
                                      && !["the", "a", "an"].contains(view.word(k - 1))
                              }),
                          ((verb + 1)..<(view.mentions[m].first - 1)).allSatisfy({ view.mentionAt[$0] == nil })
                {
                    // "… by recalling its ambassador, Walid Bukhari, giving Lebanon's envoy 48 hours": a name in
                    // commas after another verb's object is that object's apposition, not the next verb's subject.
                    i = verb - 1
                    continue
                }
                let first = view.mentions[m].first
                if isGoverned(first), !isSubjectOfTrigger(m, t) {
                    i = first - 1
                    continue
                }
                var group = [m]
                var start = first
                // "Japan, South Korea and the United States signed": a list closed by "and".
                // (An article or possessive before a member is skipped: "Saudi Arabia and the United States",
                // "Kazakh Foreign Minister Aibek Nurlanov and his Uzbek counterpart".)
                func joinerBefore(_ first: Int) -> (word: String, at: Int) {
                    let at = ["the", "his", "her", "their"].contains(view.word(first - 1)) ? first - 2 : first - 1
                    return (view.word(at), at)
                }
                var joiner = joinerBefore(start)
                while joiner.at >= 1, ["and", "&"].contains(joiner.word) || joiner.word == "," && group.count >= 2 {
                    var k = joiner.at - 1
                    if view.word(k) == "the" { k -= 1 }
                    guard let other = view.mentionEnding(at: k),
                          !isGoverned(view.mentions[other].first) || isAgentComplement(view.mentions[other].first)
                    else { break }
                    group.insert(other, at: 0)
                    start = view.mentions[other].first
                    joiner = joinerBefore(start)
                }
                return .mentions(group)
            }
            if FunctionWords.subjectPronouns.contains(word) { return .pronoun(i) }
            i -= 1
        }
        return .none
    }

    /// The noun of a plural description of two parties right before trigger `t` (past auxiliaries and adverbs):
    /// "both countries", "the two governments", "both sides", "the two leaders"; `nil` when there is none.
    func opensWithPairPhrase(before t: Int) -> String? {
        var k = t - 1
        while k >= 0, FunctionWords.verbGroupAdverbs.contains(view.words[k]) || FunctionWords.auxiliaries.contains(view.words[k]) {
            k -= 1
        }
        return endsPairPhrase(at: k) ? view.word(k) : nil
    }

    /// The noun of a plural description of two parties that follows trigger `t` as its object, directly or after
    /// one preposition ("called on both governments", "urged the two sides", "mediated between the two
    /// countries"); `nil` when there is none.
    func takesPairPhrase(after t: Int) -> String? {
        var k = t + 1
        if FunctionWords.prepositions.contains(view.word(k)) || view.word(k) == "on" { k += 1 }
        // "called both leaders and urged them to pull back": "them" is the pair the clause named before.
        if view.word(k) == "them", let earlier = (0..<t).last(where: { endsPairPhrase(at: $0) }),
           !(earlier..<t).contains(where: { [".", ";"].contains(view.words[$0]) })
        {
            return view.word(earlier)
        }
        let first = view.word(k) == "both" ? k + 1 : view.word(k) == "the" && view.word(k + 1) == "two" ? k + 2 : nil
        guard let first else { return nil }
        return (first...first + 1).first(where: { endsPairPhrase(at: $0) }).map { view.word($0) }
    }

    /// Whether the word at `k` closes "both NOUN" or "the two NOUN" with a noun of `FunctionWords.pairNouns`,
    /// also with one modifier before the noun ("the two NATO allies", "both Balkan neighbours").
    private func endsPairPhrase(at k: Int) -> Bool {
        guard k >= 1, FunctionWords.pairNouns.contains(view.word(k)) else { return false }
        func opens(at j: Int) -> Bool { view.word(j) == "both" || view.word(j) == "two" && view.word(j - 1) == "the" }
        if opens(at: k - 1) { return true }
        let modifier = view.word(k - 1)
        return k >= 2 && opens(at: k - 2) && !FunctionWords.determiners.contains(modifier)
            && !FunctionWords.prepositions.contains(modifier) && !FunctionWords.auxiliaries.contains(modifier)
            && modifier.first.map(\.isLetter) == true
    }

    /// Whether the mention starting at `first` completes an agent noun ("the delegations of Cyprus, Greece and
    /// Israel", "officials in Seoul"), so that it stands for the agent.
    private func isAgentComplement(_ first: Int) -> Bool {
        var k = first - 1
        while k >= 0, FunctionWords.determiners.contains(view.words[k]) && view.words[k] != "'s" { k -= 1 }
        return ["from", "of", "in"].contains(view.word(k)) && FunctionWords.agentHeads.contains(view.word(k - 1))
    }

    /// Whether a governed-looking mention is the subject after all: only auxiliaries and adverbs separate it
    /// from the trigger, or it follows a subordinator ("after the EU sanctioned Iran"), or it completes an
    /// agent noun ("representatives from Iran acknowledged").
    private func isSubjectOfTrigger(_ m: Int, _ t: Int) -> Bool {
        let mention = view.mentions[m]
        var k = mention.first - 1
        while k >= 0, FunctionWords.determiners.contains(view.words[k]) && view.words[k] != "'s" { k -= 1 }
        let governor = view.word(k)
        if FunctionWords.subordinators.contains(governor), verbTriggers.contains(t) { return true }
        // "representatives from Iran", "officials in Seoul": the actor the agent noun belongs to.
        if ["from", "of", "in"].contains(governor), FunctionWords.agentHeads.contains(view.word(k - 1)) { return true }
        var j = mention.last + 1
        while j < t, FunctionWords.auxiliaries.contains(view.words[j]) || FunctionWords.verbGroupAdverbs.contains(view.words[j]) {
            j += 1
        }
        return j == t && verbTriggers.contains(t)
    }

    /// Whether the mention starting at `first` is governed by a preposition or a verb (so is no subject).
    private func isGoverned(_ first: Int) -> Bool {
        var k = first - 1
        while k >= 0, FunctionWords.determiners.contains(view.words[k]) && view.words[k] != "'s" { k -= 1 }
        guard k >= 0 else { return false }
        let word = view.words[k]
        // "tens of thousands of protesters marched": the people a quantity counts are its clause's subject.
        if word == "of", FunctionWords.quantityHeads.contains(view.word(k - 1)) { return false }
        if FunctionWords.prepositions.contains(word) { return true }
        if verbTriggers.contains(k) { return true }
        // "to eliminate Islamic State elements": the object of an infinitive.
        if view.word(k - 1) == "to", word.first?.isLowercase == true, view.mentionAt[k] == nil { return true }
        if view.mentionAt[k] == nil, isVerbForm(word), !FunctionWords.auxiliaries.contains(word) { return true }
        return false
    }

    /// Role groups to the right of the trigger at `t`, up to the end of its clause.
    func roleGroups(after t: Int) -> [RoleGroup] {
        var groups: [RoleGroup] = []
        var lastPreposition: String?
        var lastPrepositionAt = -10
        var afterMention = false
        var lastRole: String?
        var resumed = false
        var j = t + 1
        while j < view.count {
            let word = view.words[j]
            if excluded[j] { j += 1; continue }
            if FunctionWords.clauseBoundaries.contains(word) || word == "." { break }
            if word == "," {
                // "met with the IMF, then with President Trump": the same preposition resumes the role.
                var k = j + 1
                while ["then", "and", "later", "also"].contains(view.word(k)) { k += 1 }
                if k > j + 1 || view.word(k) == lastRole, let role = lastRole, view.word(k) == role,
                   FunctionWords.prepositions.contains(role)
                {
                    lastPreposition = role
                    lastPrepositionAt = k
                    afterMention = false
                    resumed = true
                    j = k + 1
                    continue
                }
                // "rejected, the day before the rally, a lawsuit": a dated aside does not end the clause.
                if view.timexAt[min(j + 1, view.count - 1)] != nil || view.timexAt[min(j + 2, view.count - 1)] != nil,
                   let close = ((j + 1)..<min(view.count, j + 10)).first(where: { view.words[$0] == "," })
                {
                    j = close + 1
                    continue
                }
                // "the attack, reportedly conducted by the Taliban": a reduced relative names the agent.
                var r = j + 1
                while FunctionWords.verbGroupAdverbs.contains(view.word(r)) || view.word(r) == "reportedly" { r += 1 }
                if view.word(r).hasSuffix("ed"), view.word(r + 1) == "by" || view.word(r + 1) == "out" && view.word(r + 2) == "by" {
                    j = view.word(r + 1) == "by" ? r + 1 : r + 2
                    continue
                }
                // Continue only through ", and"/", or" lists of mentions.
                if view.mentionStarting(at: j + 1) == nil, !excluded[min(j + 1, view.count - 1)] { break }
                j += 1
                continue
            }
            if ["and", "or"].contains(word), j + 1 < view.count, startsVerbPhrase(j + 1) { break }
            if j > t + 1, verbTriggers.contains(j) { break }
            if word == "that" {
                lastPreposition = "that"
                afterMention = false
            } else if word == "of", let previous = lastPreposition, previous != "of", j - lastPrepositionAt <= 3 {
                // "with the navies of China": the mention keeps the outer preposition's role.
                lastPreposition = previous
            } else if FunctionWords.prepositions.contains(word) {
                lastPreposition = word
                lastPrepositionAt = j
                afterMention = false
            }
            if var m = view.mentionStarting(at: j) {
                // "the United States National Security Council", "Brazil's National Institute": the head is the
                // last of adjacent mentions.
                // "the President of the United States Donald Trump": a bare title takes its "of" complement.
                while let next = view.mentionStarting(at: view.mentions[m].last + 1)
                    ?? (view.word(view.mentions[m].last + 1) == "'s" ? view.mentionStarting(at: view.mentions[m].last + 2) : nil)
                    ?? (isBareTitle(m) && view.word(view.mentions[m].last + 1) == "of"
                        ? view.mentionStarting(afterArticleAt: view.mentions[m].last + 2) : nil)
                {
                    m = next
                }
                var group = [m]
                var end = view.mentions[m].last
                // Lists: "A, B and C" (a comma joins only when the list closes with "and"/"or").
                var pending: [Int] = []
                var pendingEnd = end
                while ["and", "or", ","].contains(view.word(pendingEnd + 1)) {
                    var next = pendingEnd + 2
                    var joiner = view.word(pendingEnd + 1)
                    if joiner == ",", ["and", "or"].contains(view.word(next)) {
                        joiner = view.word(next)
                        next += 1
                    }
                    guard let other = view.mentionStarting(afterArticleAt: next), !excluded[view.mentions[other].first]
                    else { break }
                    pending.append(other)
                    pendingEnd = view.mentions[other].last
                    if joiner != "," {
                        group += pending
                        end = pendingEnd
                        pending = []
                    }
                }
                if ["and", "or"].contains(view.word(end + 1)), view.word(end + 2) != "",
                   !startsVerbPhrase(end + 2), let other = view.mentionStarting(afterArticleAt: end + 2),
                   !excluded[view.mentions[other].first]
                {
                    group.append(other)
                    end = view.mentions[other].last
                }
                // "between Kim and then-U.S. President Donald Trump": the second party is the head of the
                // phrase after "and", its last mention.
                if lastPreposition == "between", group.count == 1, view.word(end + 1) == "and" {
                    var k = end + 2
                    var second: Int?
                    while k < view.count, k <= end + 8, !FunctionWords.clauseBoundaries.contains(view.words[k]),
                          view.words[k] != ","
                    {
                        if let other = view.mentionAt[k] ?? nil { second = other; k = view.mentions[other].last }
                        else if second != nil, isVerbForm(view.words[k]) || FunctionWords.prepositions.contains(view.words[k]) { break }
                        k += 1
                    }
                    if let second { group.append(second); end = view.mentions[second].last }
                }
                let role = lastPreposition ?? (afterMention ? "apposition" : "object")
                if resumed, let previous = groups.last, previous.role == role {
                    // "met with the IMF, then with President Trump": one group of partners.
                    groups[groups.count - 1].mentions += group
                } else {
                    groups.append(RoleGroup(role: role, mentions: group))
                }
                resumed = false
                lastRole = role
                lastPreposition = nil
                afterMention = true
                j = end + 1
                continue
            }
            j += 1
        }
        return groups
    }
}

extension Array {
    /// The element at `index`, or `nil` outside the array.
    subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }
}
