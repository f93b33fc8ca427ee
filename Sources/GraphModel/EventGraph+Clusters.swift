import ActorLexicon
import ArticleText
import EventOntology

extension EventGraph {
    /// Documents that repeat another document's text (same ``DocumentRecord/fingerprint``) under another id or
    /// URL, each mapped to the copy with the smallest id; their events join no cluster.
    ///
    /// - Complexity: O(*d* log *d*) for *d* documents.
    public var duplicateDocuments: [DocumentID: DocumentID] {
        var first: [String: DocumentID] = [:]
        for document in documents.values.sorted(by: { $0.id < $1.id }) {
            guard let fingerprint = document.fingerprint else { continue }
            if first[fingerprint] == nil { first[fingerprint] = document.id }
        }
        var duplicates: [DocumentID: DocumentID] = [:]
        for document in documents.values {
            guard let fingerprint = document.fingerprint, let original = first[fingerprint], original != document.id
            else { continue }
            duplicates[document.id] = original
        }
        return duplicates
    }

    /// The cross-document clusters of the graph's events (see ``EventClustering``): those the store assigned
    /// when the graph was read from one (``assign(clusters:)``), else computed from the events. Events of
    /// duplicate documents (``duplicateDocuments``) are in no cluster.
    ///
    /// - Complexity: O(*e* · *c*) for *e* events and *c* clusters per block, when computed.
    public var clusters: [EventCluster] {
        if let assignedClusters { return assignedClusters }
        return EventClustering.clusters(of: clusterMembers())
    }

    /// The graph's events as clustering sees them, duplicates left out.
    public func clusterMembers() -> [ClusterMember] {
        let duplicates = duplicateDocuments
        return events.values.compactMap { event in
            guard duplicates[event.evidence.document] == nil else { return nil }
            let document = documents[event.evidence.document]
            return ClusterMember(
                event: event.id, document: event.evidence.document,
                block: clusterBlock(of: event, published: document?.published),
                dateValue: event.date?.intervalValue,
                window: EventClustering.window(of: event, published: document?.published),
                published: document?.published, outlet: Document.sourceHost(of: document?.url),
                words: event.date?.interval == nil ? EventClustering.contentWords(event.evidence.text) : [],
                goldstein: event.goldstein)
        }
    }

    /// The cluster block of `event`, reported by a document published on `published`: its dyad at country
    /// level, type, polarity and year.
    public func clusterBlock(of event: Event, published: CalendarDate?) -> ClusterBlock {
        ClusterBlock(
            source: sourceNode(of: event, at: .country), target: targetNode(of: event, at: .country), type: event.type,
            negated: event.modality == .negated,
            year: ClusterBlock.year(window: EventClustering.window(of: event, published: published), published: published))
    }

    /// Uses `clusters` (read from a store, counted over the whole corpus) instead of computing them from this
    /// graph's events; clusters naming no event of the graph are dropped.
    public mutating func assign(clusters: [EventCluster]) {
        assignedClusters = clusters.filter { cluster in cluster.events.contains { events[$0] != nil } }
    }

    /// Each clustered event's cluster (its happening, with the articles and outlets reporting it); events of
    /// duplicate documents have none.
    ///
    /// - Complexity: that of ``clusters``, then O(*e*) for *e* events.
    public func clusterIndex() -> [EventID: EventCluster] {
        var index: [EventID: EventCluster] = [:]
        for cluster in clusters {
            for event in cluster.events { index[event] = cluster }
        }
        return index
    }
}
