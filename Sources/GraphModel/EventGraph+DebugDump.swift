import ActorLexicon
import EventOntology

extension EventGraph: CustomDebugStringConvertible {
    /// A readable listing of the graph: documents, actors, events and actor-level relations, one per line.
    ///
    /// ```
    /// EventGraph: 1 documents, 3 actors, 2 events
    /// document korea-party-congress published 2026-02-20
    /// actor PRK "North Korea" state PRK
    /// event korea-party-congress#e1 PRK -> RUS COOPERATE asserted date 2025 @ korea-party-congress:812..<990
    /// relation PRK->RUS:COOPERATE ×1 2025
    /// ```
    public var debugDescription: String {
        var lines = ["EventGraph: \(documents.count) documents, \(actors.count) actors, \(events.count) events"]
        for document in documents.values {
            lines.append("document \(document.id) published \(document.published?.description ?? "-")")
        }
        for actor in actors.values {
            let details = [actor.kind.rawValue, actor.country, actor.sector, actor.role].compactMap { $0 }
            let placeholder = isPlaceholder(actor.id) ? " (placeholder)" : ""
            lines.append("actor \(actor.id) \"\(actor.name)\" \(details.joined(separator: " "))\(placeholder)")
        }
        for event in events.values {
            let target = event.target.map { " -> \($0)" } ?? ""
            let date = event.date?.value.map { " date \($0)" } ?? ""
            let evidence = event.evidence
            lines.append(
                "event \(event.id) \(event.source)\(target) \(event.type.rawValue) \(event.modality.rawValue)\(date) @ \(evidence.document):\(evidence.start)..<\(evidence.end)")
        }
        for relation in relationGraph(level: .actor).relations {
            let dates = [relation.firstDate, relation.lastDate].compactMap { $0 }
            let span = dates.isEmpty ? "" : " " + (dates[0] == dates[1] ? dates[0] : "\(dates[0])…\(dates[1])")
            lines.append("relation \(relation.id) ×\(relation.count)\(span)")
        }
        for finding in findings {
            lines.append("finding \(finding.severity.rawValue) \(finding.code): \(finding.message)")
        }
        return lines.joined(separator: "\n")
    }
}
