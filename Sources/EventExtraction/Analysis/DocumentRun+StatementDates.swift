extension DocumentRun {
    /// Dates a speech act done in a dated statement by the statement's day: what a speaker threatens, refuses or
    /// declares itself ready for in "Algeria's foreign minister said on Monday that Algiers would cut diplomatic
    /// ties with Paris if France expelled more staff" is done on Monday, as the gold sets date it ("a speech act
    /// with a day dates what is done in it"). Only asserted acts inside a reported clause that were left
    /// undated — the recodings that make a threat, a refusal or a readiness of a future or conditional content
    /// keep the content's missing date — and not a past perfect, which precedes the statement. Acts still to
    /// come, negated or hypothetical stay undated: the statement day is not their day.
    mutating func dateStatementActs(_ range: Range<Int>, view: SentenceView, frame: AttributionFrame, dater: EventDater) {
        for index in range where drafts[index].event.modality == .asserted && drafts[index].event.date?.value == nil
            && drafts[index].tense != .pastPerfect
        {
            guard let t = view.tokens.firstIndex(where: { $0.span.start == drafts[index].triggerStart }),
                  frame.scope(of: t) != nil, let statement = dater.statementDate()
            else { continue }
            drafts[index].event.date = statement
        }
    }
}
