import ActorLexicon
import EventOntology

extension EventGraph {
    /// Every broken invariant of the graph, one readable line each; empty when the graph is consistent.
    ///
    /// Checked: every event's source, target and attribution is an actor of the graph; every actor is stored
    /// under its own id; no event id occurs twice and every event is stored under its own id; every event's
    /// document is recorded; every evidence span is non-negative, ordered, as long as its text (in Unicode
    /// scalars) and inside its document when the document's length is known; every anchoring timex span is
    /// ordered.
    ///
    /// - Complexity: O(*a* + *e*) for *a* actors and *e* events.
    public var invariantViolations: [String] {
        var violations: [String] = []
        for (id, actor) in actors where actor.id != id {
            violations.append("actor stored under \(id) has id \(actor.id)")
        }
        var seen: Set<EventID> = []
        for (id, event) in events {
            if event.id != id { violations.append("event stored under \(id) has id \(event.id)") }
            if !seen.insert(event.id).inserted { violations.append("event id \(event.id) occurs twice") }
            var ends: [(String, ActorID)] = [("source", event.source)]
            if let target = event.target { ends.append(("target", target)) }
            if let attribution = event.attribution { ends.append(("attribution", attribution)) }
            for (role, actor) in ends where actors[actor] == nil {
                violations.append("event \(event.id): \(role) \(actor) is not an actor of the graph")
            }
            for evidence in [event.evidence] + event.additionalEvidence {
                violations += problems(with: evidence, of: event.id)
            }
            if let date = event.date, let start = date.start, let end = date.end, !(0 <= start && start <= end) {
                violations.append("event \(event.id): date span \(start)..<\(end) is not ordered")
            }
        }
        return violations
    }

    /// Checks the graph's invariants (see ``invariantViolations``).
    ///
    /// - Throws: ``GraphModelError/invariantsViolated(_:)`` listing every violation.
    public func checkInvariants() throws {
        let violations = invariantViolations
        if !violations.isEmpty { throw GraphModelError.invariantsViolated(violations) }
    }

    private func problems(with evidence: Evidence, of event: EventID) -> [String] {
        var problems: [String] = []
        guard let document = documents[evidence.document] else {
            return ["event \(event): evidence document \(evidence.document) is not recorded"]
        }
        guard 0 <= evidence.start, evidence.start <= evidence.end else {
            return ["event \(event): evidence span \(evidence.start)..<\(evidence.end) is not ordered"]
        }
        let length = evidence.text.unicodeScalars.count
        if length != evidence.end - evidence.start {
            problems.append(
                "event \(event): evidence span \(evidence.start)..<\(evidence.end) holds \(evidence.end - evidence.start) scalars but its text has \(length)")
        }
        if let textLength = document.textLength, evidence.end > textLength {
            problems.append(
                "event \(event): evidence ends at \(evidence.end), past the end of \(evidence.document) (\(textLength) scalars)")
        }
        return problems
    }
}
