import ActorLexicon
import ArticleText
import EventOntology
import GRDB
import GraphModel

/// The store's side of cross-document clustering: which documents are copies, and the clusters of a block,
/// recomputed with ``GraphModel/EventClustering`` whenever a batch touches the block.
enum Clusters {
    /// The block key of an event row (see ``GraphModel/ClusterBlock``), or `nil` for an unknown type.
    static func block(_ source: String, _ target: String?, _ type: String, _ modality: String) -> String? {
        guard let type = EventType(rawValue: type) else { return nil }
        return ClusterBlock(
            source: ActorID(rawValue: source), target: target.map { ActorID(rawValue: $0) }, type: type,
            negated: modality == Modality.negated.rawValue
        ).description
    }

    /// Sets `documents.duplicate_of` for every document sharing one of `fingerprints`: the document with the
    /// smallest id is the original, the others point to it.
    /// - Returns: The blocks of the events of documents whose status changed.
    static func markDuplicates(_ db: Database, fingerprints: Set<String>) throws -> Set<String> {
        var changed: [String] = []
        for fingerprint in fingerprints.sorted() {
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, duplicate_of FROM documents WHERE fingerprint = ? ORDER BY id",
                arguments: [fingerprint])
            guard let original: String = rows.first?["id"] else { continue }
            for (index, row) in rows.enumerated() {
                let id: String = row["id"]
                let wanted: String? = index == 0 ? nil : original
                if (row["duplicate_of"] as String?) != wanted {
                    try db.execute(sql: "UPDATE documents SET duplicate_of = ? WHERE id = ?", arguments: [wanted, id])
                    changed.append(id)
                }
            }
        }
        var blocks: Set<String> = []
        for id in changed {
            blocks.formUnion(
                try String.fetchAll(db, sql: "SELECT DISTINCT block FROM events WHERE document_id = ?", arguments: [id]))
        }
        return blocks
    }

    /// Recomputes the clusters of `blocks` from their events (copies left out).
    static func recluster(_ db: Database, blocks: Set<String>) throws {
        let delete = try db.cachedStatement(sql: "DELETE FROM event_clusters WHERE block = ?")
        let insertCluster = try db.cachedStatement(
            sql: """
                INSERT INTO event_clusters (id, block, source, target, type, negated, date_value, date_first,
                    date_last, num_articles, num_sources, num_events, first_report, last_report, goldstein)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let insertMember = try db.cachedStatement(
            sql: "INSERT INTO cluster_members (event_id, cluster_id) VALUES (?, ?)")
        for block in blocks.sorted() {
            try delete.execute(arguments: [block])
            let members = try Row.fetchAll(
                db,
                sql: """
                    SELECT e.id, e.document_id, e.source_node, e.target_node, e.type, e.modality, e.date_value,
                        e.anchoring, e.goldstein, d.published, d.source_host, ev.text
                    FROM events e JOIN documents d ON d.id = e.document_id
                    LEFT JOIN evidence ev ON ev.event_id = e.id AND ev.position = 0
                    WHERE e.block = ? AND d.duplicate_of IS NULL
                    """,
                arguments: [block]
            ).compactMap(member)
            for cluster in EventClustering.clusters(of: members) {
                let interval = cluster.date.flatMap(TimexInterval.init(timex:))
                try insertCluster.execute(arguments: [
                    cluster.id.rawValue, block, cluster.block.source.rawValue, cluster.block.target?.rawValue,
                    cluster.block.type.rawValue, cluster.block.negated, cluster.date, interval?.first.description,
                    interval?.last.description, cluster.numArticles, cluster.numSources, cluster.events.count,
                    cluster.firstReport?.description, cluster.lastReport?.description, cluster.goldstein,
                ])
                for event in cluster.events { try insertMember.execute(arguments: [event.rawValue, cluster.id.rawValue]) }
            }
        }
    }

    /// A clustering member from an event row joined with its document and primary evidence.
    private static func member(_ row: Row) -> ClusterMember? {
        guard let type = EventType(rawValue: row["type"]) else { return nil }
        let dateValue: String? = row["date_value"]
        let published = (row["published"] as String?).flatMap(CalendarDate.init(iso:))
        let interval = dateValue.flatMap(TimexInterval.init(timex:))
        let anchoring = (row["anchoring"] as String?).flatMap(EventDate.Anchoring.init(rawValue:))
        return ClusterMember(
            event: EventID(rawValue: row["id"]), document: DocumentID(rawValue: row["document_id"]),
            block: ClusterBlock(
                source: ActorID(rawValue: row["source_node"]), target: (row["target_node"] as String?).map { ActorID(rawValue: $0) },
                type: type, negated: (row["modality"] as String) == Modality.negated.rawValue),
            dateValue: interval == nil ? nil : dateValue,
            window: EventClustering.window(of: interval, anchoring: anchoring, published: published),
            published: published, outlet: row["source_host"],
            words: interval == nil ? EventClustering.contentWords(row["text"] ?? "") : [],
            goldstein: row["goldstein"])
    }
}
