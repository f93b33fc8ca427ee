import ActorLexicon
import ArticleText
import EventOntology
import GRDB
import GraphModel

/// The store's side of cross-document clustering: which documents are copies, and the clusters of a block,
/// recomputed with ``GraphModel/EventClustering`` whenever a batch touches the block.
enum Clusters {
    /// The block of an event row (columns `source_node`, `target_node`, `type`, `modality`, `date_value`,
    /// `anchoring` and the document's `published`), or `nil` for an unknown type.
    static func block(of row: Row) -> ClusterBlock? {
        guard let type = EventType(rawValue: row["type"]) else { return nil }
        return ClusterBlock(
            source: ActorID(rawValue: row["source_node"]), target: (row["target_node"] as String?).map { ActorID(rawValue: $0) },
            type: type, negated: (row["modality"] as String) == Modality.negated.rawValue,
            year: ClusterBlock.year(window: window(of: row), published: published(of: row)))
    }

    /// The days the event of `row` may have happened on (see ``GraphModel/EventClustering/window(of:published:)``).
    static func window(of row: Row) -> TimexInterval? {
        let anchoring = (row["anchoring"] as String?).flatMap(EventDate.Anchoring.init(rawValue:))
        return EventClustering.window(
            of: (row["date_value"] as String?).flatMap(TimexInterval.init(timex:)), anchoring: anchoring,
            published: published(of: row))
    }

    private static func published(of row: Row) -> CalendarDate? {
        (row["published"] as String?).flatMap(CalendarDate.init(iso:))
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

    /// Recomputes the clusters of `blocks` from their events (copies left out), rewriting only the clusters
    /// whose members changed.
    static func recluster(_ db: Database, blocks: Set<String>) throws {
        let existingClusters = try db.cachedStatement(sql: "SELECT id FROM event_clusters WHERE block = ?")
        let existingMembers = try db.cachedStatement(
            sql: """
                SELECT m.cluster_id, m.event_id FROM cluster_members m JOIN events e ON e.id = m.event_id
                WHERE e.block = ? ORDER BY m.event_id
                """)
        let delete = try db.cachedStatement(sql: "DELETE FROM event_clusters WHERE id = ?")
        let insertCluster = try db.cachedStatement(
            sql: """
                INSERT INTO event_clusters (id, block, source, target, type, negated, year, date_value, date_first,
                    date_last, num_articles, num_sources, num_events, first_report, last_report, goldstein)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let insertMember = try db.cachedStatement(
            sql: "INSERT INTO cluster_members (event_id, cluster_id) VALUES (?, ?)")
        let load = try db.cachedStatement(
            sql: """
                SELECT e.id, e.document_id, e.source_node, e.target_node, e.type, e.modality, e.date_value,
                    e.anchoring, e.goldstein, d.published, d.source_host, ev.text
                FROM events e JOIN documents d ON d.id = e.document_id
                LEFT JOIN evidence ev ON ev.event_id = e.id AND ev.position = 0
                WHERE e.block = ? AND d.duplicate_of IS NULL
                """)
        // Stale clusters of every block go first: a re-ingested document whose events moved to another block
        // (an earlier year, no date) brings its cluster ids along, and the old block's copies must not clash.
        var plans: [(block: String, before: [String: [String]], after: [String: [String]], clusters: [EventCluster])] = []
        for block in blocks.sorted() {
            var before: [String: [String]] = [:]
            for id in try String.fetchAll(existingClusters, arguments: [block]) { before[id] = [] }
            for row in try Row.fetchAll(existingMembers, arguments: [block]) {
                before[row["cluster_id"], default: []].append(row["event_id"])
            }
            let clusters = EventClustering.clusters(of: try Row.fetchAll(load, arguments: [block]).compactMap(member))
            var after: [String: [String]] = [:]
            for cluster in clusters { after[cluster.id.rawValue] = cluster.events.map(\.rawValue) }
            for (id, events) in before.sorted(by: { $0.key < $1.key }) where after[id] != events {
                try delete.execute(arguments: [id])
            }
            plans.append((block, before, after, clusters))
        }
        for (block, before, after, clusters) in plans {
            for cluster in clusters where before[cluster.id.rawValue] != after[cluster.id.rawValue] {
                let interval = cluster.date.flatMap(TimexInterval.init(timex:))
                try insertCluster.execute(arguments: [
                    cluster.id.rawValue, block, cluster.block.source.rawValue, cluster.block.target?.rawValue,
                    cluster.block.type.rawValue, cluster.block.negated, cluster.block.year, cluster.date,
                    interval?.first.description, interval?.last.description, cluster.numArticles, cluster.numSources,
                    cluster.events.count, cluster.firstReport?.description, cluster.lastReport?.description,
                    cluster.goldstein,
                ])
                for event in cluster.events { try insertMember.execute(arguments: [event.rawValue, cluster.id.rawValue]) }
            }
        }
    }

    /// A clustering member from an event row joined with its document and primary evidence.
    private static func member(_ row: Row) -> ClusterMember? {
        guard let block = block(of: row) else { return nil }
        let window = window(of: row)
        let dateValue: String? = row["date_value"]
        return ClusterMember(
            event: EventID(rawValue: row["id"]), document: DocumentID(rawValue: row["document_id"]), block: block,
            dateValue: window == nil ? nil : dateValue, window: window, published: published(of: row),
            outlet: row["source_host"], words: window == nil ? EventClustering.contentWords(row["text"] ?? "") : [],
            goldstein: row["goldstein"])
    }
}
