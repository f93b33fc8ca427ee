/// Which stored documents a graph read from the store carries (see ``EventStore/graph(matching:documents:)``).
public enum DocumentScope: String, Sendable, CaseIterable {
    /// Every stored document, in ingest order, with its actor descriptions and findings, whether or not any of
    /// its events were selected: the graph `build INPUT…` makes of the same inputs, so document lists, article
    /// counts, findings and the actors' resolved descriptions (a role held on most documents' dates) agree.
    case all
    /// Only the documents the selected events come from, with their actors and findings: enough to list
    /// events (`query`, `series`), and no more read than the selection needs.
    case ofSelectedEvents = "of-selected-events"
}
