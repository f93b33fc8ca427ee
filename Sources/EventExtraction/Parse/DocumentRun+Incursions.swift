import EventOntology

/// Troops sent *into* another country or *across the border* uninvited: a show of force on that country
/// (MOBILIZE 152), not the military cooperation (062) that sending troops *to* a partner is.
extension DocumentRun {
    /// Verbs of sending forces somewhere.
    static let sendingVerbs: Set<String> = ["send", "dispatch", "deploy", "move", "order", "rush", "pour"]

    /// Words that make forces sent into a country a help to it ("at the request of", "at Kinshasa's invitation",
    /// "to help", "peacekeepers").
    static let invitationWords: Set<String> = [
        "invitation", "invite", "request", "help", "support", "assist", "aid", "relief", "peacekeeping",
        "peacekeeper", "humanitarian", "joint", "alongside", "consent", "protect", "evacuate", "rescue",
    ]

    /// Recodes the drafts in `range` that cooperate by sending forces (CAMEO 06 and 07) as MOBILIZE 152 when the
    /// forces go into the target's territory ("into Venezuela") or across the border, and nothing in the sentence
    /// says they were asked for or come to help: "sent troops across the border into Venezuela" moves troops
    /// against Venezuela. The target becomes the state of the "into" phrase when it names one.
    mutating func recodeIncursions(_ range: Range<Int>, parse: ParseView, view: SentenceView) {
        guard let show = CAMEOCodebook.bundled.entry("152"),
              !parse.lemmas.contains(where: Self.invitationWords.contains)
        else { return }
        for index in range where [.cooperate, .aid].contains(drafts[index].event.type) {
            guard let verb = parse.wordAtTokenStart[drafts[index].triggerStart],
                  Self.sendingVerbs.contains(parse.lemmas[verb])
            else { continue }
            let obliques = parse.dependents(verb, "obl") + parse.dependents(verb, "obj").flatMap { parse.dependents($0, "nmod") }
            let phrases = obliques + obliques.flatMap { parse.dependents($0, "nmod") }
            let into = phrases.filter { parse.caseMarker(of: $0) == "into" }
            let acrossBorder = phrases.contains { phrase in
                parse.caseMarker(of: phrase) == "across" && ["border", "frontier"].contains(parse.lemmas[phrase])
            }
            guard !into.isEmpty || acrossBorder else { continue }
            let source = drafts[index].event.source
            let entered = into.flatMap { parse.mentions(of: $0) }.map { view.mentions[$0].mention.actor }
                .first { actorsByID[$0] != nil && !isSelfLoop(source, $0) }
            drafts[index].recode(as: show)
            if let entered { setTarget(entered, ofDraft: index) }
        }
    }
}
