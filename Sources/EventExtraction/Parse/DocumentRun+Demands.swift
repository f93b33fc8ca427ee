import ActorLexicon
import EventOntology

extension DocumentRun {
    /// An act that a speaker says another party should or must do is the speaker's demand on that party, not the
    /// act: "China's foreign ministry said the US should stop applying military pressure on North Korea" is a
    /// REQUEST of China to the United States (CAMEO 100), asserted, not American pressure. The obligation is an
    /// auxiliary "should", "must" or "ought" on the act's verb or on the verb it is the complement of ("should
    /// stop applying"), inside a reporting frame whose speaker is of another state than the act's subject. One
    /// demand per addressee in a sentence; the other acts demanded of it are dropped.
    mutating func recodeDemandedActs(_ range: Range<Int>, parse: ParseView, view: SentenceView) {
        guard let demand = CAMEOCodebook.bundled.entry("100") else { return }
        let words = parse.words
        var dropped = Set<Int>()
        var addressed = Set<ActorID>()
        for index in range {
            guard let word = parse.wordAtTokenStart[drafts[index].triggerStart], words[word].upos == "VERB" else { continue }
            var clause = word
            for _ in 0..<3 where words[clause].deprel == "xcomp" && words[clause].head > 0 {
                clause = words[clause].head - 1
            }
            guard parse.dependents(clause, "aux").contains(where: { Self.obligationModals.contains(parse.forms[$0]) }),
                  let frame = reportingFrame(of: clause, in: parse)
            else { continue }
            let known = actorsByID
            let actorsOf: ([Int]) -> [ActorID] = { mentions in
                mentions.map { view.mentions[$0].mention.actor }.filter { known[$0] != nil }
            }
            guard let speaker = actorsOf(frame.speakers).first, let addressee = actorsOf(subjects(of: clause, in: parse)).first,
                  !isSelfLoop(speaker, addressee), country(speaker) != country(addressee)
            else { continue }
            guard addressed.insert(addressee).inserted else {
                dropped.insert(index)
                continue
            }
            drafts[index].recode(as: demand)
            setSource(speaker, ofDraft: index)
            setTarget(addressee, ofDraft: index)
            drafts[index].event.modality = .asserted
            drafts[index].event.attribution = nil
        }
        removeDrafts(dropped, in: range)
    }

    /// Auxiliaries of obligation: what the subject should or must do.
    static let obligationModals: Set<String> = ["should", "must", "ought"]
}
