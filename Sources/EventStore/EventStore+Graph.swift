import ActorLexicon
import ArticleText
import EventOntology
import Foundation
import GRDB
import GraphModel

extension EventStore {
    /// The stored events `query` keeps, as an ``GraphModel/EventGraph`` with the documents `scope` names, the
    /// actors and findings of those documents and the clusters (counted over the whole store) the events belong
    /// to.
    ///
    /// The per-event conditions are answered by SQL over indexed columns (the dyad and window by
    /// `events_dyad`, the keyword by the FTS5 index: words, with English stemming, so `sanction` finds
    /// "sanctioned"); the graph-level ones (``GraphModel/GraphQuery/minimumCount``, `around`, `top`) by
    /// ``GraphModel/EventGraph/filtered(by:)`` on the result, as in memory.
    ///
    /// With ``DocumentScope/all`` the graph holds what ``GraphModel/EventGraph`` holds after adding every stored
    /// document in ingest order and filtering by `query` in memory: every document and its findings, and each
    /// actor described as all documents describe it (a role is the one held on most of their dates), so
    /// `build --db` writes what `build` writes on the inputs ingested.
    ///
    /// - Parameters:
    ///   - query: The filter.
    ///   - scope: Which documents the graph carries: all (as `build` and `report` need) or only those of the
    ///     selected events (as listings need; the default).
    /// - Returns: The filtered graph; events in ingest order.
    /// - Throws: ``GraphModel/GraphModelError`` for an invalid window, ``EventStoreError`` for the database.
    /// - Complexity: With ``DocumentScope/all``, one read of every stored document's actors and findings.
    public func graph(matching query: GraphQuery, documents scope: DocumentScope = .ofSelectedEvents) throws -> EventGraph {
        let window = try query.window()
        var graph = try read { db in try loadGraph(db, query: query, window: window, scope: scope) }
        var rest = query
        rest.keyword = nil  // answered by the full-text index
        graph = try graph.filtered(by: rest)
        return graph
    }

    private func loadGraph(
        _ db: Database, query: GraphQuery, window: (first: TimexInterval?, last: TimexInterval?), scope: DocumentScope
    ) throws -> EventGraph {
        let (conditions, arguments) = Self.conditions(for: query, window: window)
        let sql = """
            SELECT e.id, e.document_id, e.record FROM events e JOIN documents d ON d.id = e.document_id
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY d.sequence, e.ordinal
            """
        let decoder = JSONDecoder()
        var eventsByDocument: [(DocumentID, [Event])] = []
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            let id: String = row["id"]
            let event: Event
            do {
                event = try decoder.decode(Event.self, from: Data((row["record"] as String).utf8))
            } catch {
                throw EventStoreError.badRecord(path: path, event: id, reason: "\(error)")
            }
            let document = DocumentID(rawValue: row["document_id"])
            if eventsByDocument.last?.0 == document {
                eventsByDocument[eventsByDocument.count - 1].1.append(event)
            } else {
                eventsByDocument.append((document, [event]))
            }
        }
        var graph = EventGraph()
        let documentRows: [Row]
        switch scope {
        case .all:
            documentRows = try Row.fetchAll(db, sql: "SELECT * FROM documents ORDER BY sequence")
        case .ofSelectedEvents:
            let documentStatement = try db.cachedStatement(sql: "SELECT * FROM documents WHERE id = ?")
            documentRows = try eventsByDocument.compactMap { document, _ in
                try Row.fetchOne(documentStatement, arguments: [document.rawValue])
            }
        }
        let selected = Dictionary(eventsByDocument, uniquingKeysWith: +)
        let actorStatement = try db.cachedStatement(sql: "SELECT * FROM actors WHERE document_id = ? ORDER BY rowid")
        let findingStatement = try db.cachedStatement(sql: "SELECT * FROM findings WHERE document_id = ? ORDER BY rowid")
        for row in documentRows {
            let document = DocumentID(rawValue: row["id"])
            let events = selected[document] ?? []
            let actors = try Row.fetchAll(actorStatement, arguments: [document.rawValue]).map { row in
                Actor(
                    id: ActorID(rawValue: row["id"]), name: row["name"], country: row["country"], sector: row["sector"],
                    kind: ActorKind(rawValue: row["kind"]) ?? .unknown, role: row["role"])
            }
            let findings = try Row.fetchAll(findingStatement, arguments: [document.rawValue]).map { row in
                Finding(
                    Finding.Severity(rawValue: row["severity"]) ?? .info, code: row["code"], message: row["message"],
                    document: document,
                    span: (row["start"] as Int?).flatMap { start in (row["end"] as Int?).map { TextSpan(start: start, end: $0) } })
            }
            graph.add(findings: findings, of: document)
            graph.add(
                actors: actors, events: events,
                document: DocumentRecord(
                    id: document, published: (row["published"] as String?).flatMap(CalendarDate.init(iso:)),
                    title: row["title"], url: row["url"], textLength: row["text_length"], fingerprint: row["fingerprint"]))
        }
        graph.assign(clusters: try clusters(of: graph.events.keys.map(\.rawValue), db: db))
        return graph
    }

    /// The stored clusters holding any of `events`, in the order of ``GraphModel/EventClustering`` (block, date,
    /// id); read with one query per 500 events.
    private func clusters(of events: [String], db: Database) throws -> [EventCluster] {
        var rows: [String: Row] = [:]
        var members: [String: [(event: String, document: String)]] = [:]
        for start in stride(from: 0, to: events.count, by: 500) {
            let chunk = Array(events[start..<min(start + 500, events.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            let found = try Row.fetchAll(
                db,
                sql: """
                    SELECT c.*, m.event_id AS member, e.document_id AS member_document
                    FROM event_clusters c JOIN cluster_members m ON m.cluster_id = c.id JOIN events e ON e.id = m.event_id
                    WHERE c.id IN (SELECT cluster_id FROM cluster_members WHERE event_id IN (\(marks)))
                    """,
                arguments: StatementArguments(chunk))
            for row in found {
                let id: String = row["id"]
                if rows[id] == nil {
                    rows[id] = row
                    members[id] = []
                }
                members[id, default: []].append((row["member"], row["member_document"]))
            }
        }
        let clusters = rows.compactMap { id, row -> EventCluster? in
            guard let type = EventType(rawValue: row["type"]) else { return nil }
            var seen: Set<String> = []
            let unique = (members[id] ?? []).filter { seen.insert($0.event).inserted }.sorted { $0.event < $1.event }
            return EventCluster(
                id: EventID(rawValue: id),
                block: ClusterBlock(
                    source: ActorID(rawValue: row["source"]), target: (row["target"] as String?).map { ActorID(rawValue: $0) },
                    type: type, negated: row["negated"], year: row["year"]),
                date: row["date_value"],
                events: unique.map { EventID(rawValue: $0.event) },
                documents: Set(unique.map { DocumentID(rawValue: $0.document) }).sorted(),
                numArticles: row["num_articles"], numSources: row["num_sources"],
                firstReport: (row["first_report"] as String?).flatMap(CalendarDate.init(iso:)),
                lastReport: (row["last_report"] as String?).flatMap(CalendarDate.init(iso:)),
                goldstein: row["goldstein"])
        }
        return clusters.sorted { ($0.block, $0.date ?? "~", $0.id) < ($1.block, $1.date ?? "~", $1.id) }
    }

    /// Whether `id` is an ISO 3166 alpha-3 or CAMEO IGO code rather than an actor id.
    static func isCountryCode(_ id: ActorID) -> Bool {
        let value = id.rawValue
        let letters = value.allSatisfy { $0.isASCII && $0.isUppercase }
        return letters && (value.count == 3 || (value.hasPrefix("IGO") && value.count > 3))
    }

    /// The SQL conditions (over `events e` joined with `documents d`) for the per-event parts of `query`.
    static func conditions(for query: GraphQuery, window: (first: TimexInterval?, last: TimexInterval?))
        -> ([String], StatementArguments)
    {
        var conditions: [String] = []
        var arguments = StatementArguments()
        func list(_ column: String, _ values: [any DatabaseValueConvertible]) -> String {
            arguments += StatementArguments(values)
            return "\(column) IN (\(Array(repeating: "?", count: values.count).joined(separator: ", ")))"
        }
        /// One end of the event is `id`: a country code (`USA`, `IGOUNO`) by the country-level node (indexed with
        /// the other end and the date), any other id by the actor.
        func end(_ side: String, _ id: ActorID) -> String {
            arguments += [id.rawValue]
            return Self.isCountryCode(id) ? "e.\(side)_node = ?" : "e.\(side) = ?"
        }
        if !query.types.isEmpty { conditions.append(list("e.type", query.types.map(\.rawValue).sorted())) }
        if !query.quadClasses.isEmpty { conditions.append(list("e.quad_class", query.quadClasses.map(\.rawValue).sorted())) }
        if !query.modalities.isEmpty { conditions.append(list("e.modality", query.modalities.map(\.rawValue).sorted())) }
        if !query.documents.isEmpty { conditions.append(list("e.document_id", query.documents.map(\.rawValue).sorted())) }
        if !query.actors.isEmpty {
            let ids = query.actors.sorted()
            conditions.append("(" + ids.map { id in "(\(end("source", id)) OR \(end("target", id)))" }.joined(separator: " OR ") + ")")
        }
        if query.dyad.count == 2 {
            let (a, b) = (query.dyad[0], query.dyad[1])
            conditions.append("((\(end("source", a)) AND \(end("target", b))) OR (\(end("source", b)) AND \(end("target", a))))")
        }
        if !query.sectors.isEmpty {
            let sectors = query.sectors.sorted()
            conditions.append("\(list("e.source_sector", sectors)) AND (e.target IS NULL OR \(list("e.target_sector", sectors)))")
        }
        if window.first != nil || window.last != nil {
            var bounds: [String] = []
            if let first = window.first {
                bounds.append(query.includePartial ? "e.date_last >= ?" : "e.date_first >= ?")
                arguments += [first.first.description]
            }
            if let last = window.last {
                bounds.append(query.includePartial ? "e.date_first <= ?" : "e.date_last <= ?")
                arguments += [last.last.description]
            }
            let dated = "(e.date_first IS NOT NULL AND " + bounds.joined(separator: " AND ") + ")"
            conditions.append(query.includeUndated ? "(\(dated) OR e.date_first IS NULL)" : dated)
        }
        if let keyword = query.keyword?.trimmingCharacters(in: .whitespaces), !keyword.isEmpty {
            conditions.append(
                "e.id IN (SELECT event_id FROM evidence WHERE id IN (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?))")
            arguments += ["\"" + keyword.replacingOccurrences(of: "\"", with: "\"\"") + "\""]
        }
        if query.minimumArticles > 1 {
            conditions.append(
                "e.id IN (SELECT m.event_id FROM cluster_members m JOIN event_clusters c ON c.id = m.cluster_id WHERE c.num_articles >= ?)")
            arguments += [query.minimumArticles]
        }
        return (conditions, arguments)
    }
}
