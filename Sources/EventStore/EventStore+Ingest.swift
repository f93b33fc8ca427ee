import ActorLexicon
import ArticleText
import EventExtraction
import EventOntology
import Foundation
import GRDB
import GraphModel

/// One document to store with what was extracted from it.
public struct IngestItem: Sendable {
    /// The document as read.
    public var document: Document
    /// Its extraction.
    public var extraction: DocumentExtraction

    /// Pairs a document with its extraction.
    public init(document: Document, extraction: DocumentExtraction) {
        self.document = document
        self.extraction = extraction
    }
}

/// What one ``EventStore/ingest(_:)`` call changed.
public struct IngestSummary: Hashable, Sendable {
    /// Documents stored for the first time.
    public var added = 0
    /// Documents whose content changed: their old rows were replaced.
    public var replaced = 0
    /// Documents already stored with the same content: nothing was written for them.
    public var unchanged = 0
    /// Events written.
    public var events = 0
    /// Cluster blocks recomputed.
    public var blocks = 0

    /// An empty summary.
    public init() {}

    /// Adds another batch's counts.
    public static func += (lhs: inout IngestSummary, rhs: IngestSummary) {
        lhs.added += rhs.added
        lhs.replaced += rhs.replaced
        lhs.unchanged += rhs.unchanged
        lhs.events += rhs.events
        lhs.blocks += rhs.blocks
    }
}

extension EventStore {
    /// The ids of `documents` already stored with the same content hash (`Document.contentHash`): ingesting
    /// them again would change nothing, so they need no extraction.
    public func unchangedDocuments(_ documents: [Document]) throws -> Set<DocumentID> {
        try read { db in
            let statement = try db.cachedStatement(sql: "SELECT content_hash FROM documents WHERE id = ?")
            var unchanged: Set<DocumentID> = []
            for document in documents
            where try String.fetchOne(statement, arguments: [document.id.rawValue]) == document.contentHash {
                unchanged.insert(document.id)
            }
            return unchanged
        }
    }

    /// Stores a batch in one transaction: a new document is added, a changed one (same id, other content)
    /// replaces all its rows, an unchanged one is skipped; copies are marked and the clusters of every
    /// touched block are recomputed. On any error nothing of the batch is written.
    ///
    /// - Parameter items: Documents with their extractions.
    /// - Returns: What changed.
    /// - Throws: ``EventStoreError`` (a full disk, a lock held by another process, …).
    public func ingest(_ items: [IngestItem]) throws -> IngestSummary {
        try ingest(items, failingAfter: nil)
    }

    /// ``ingest(_:)`` that throws after writing `failingAfter` documents (to test that a batch is atomic).
    func ingest(_ items: [IngestItem], failingAfter: Int?) throws -> IngestSummary {
        try write { db in
            var summary = IngestSummary()
            var blocks: Set<String> = []
            var fingerprints: Set<String> = []
            var sequence = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(sequence), 0) FROM documents") ?? 0
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for (written, item) in items.enumerated() {
                if let failingAfter, written == failingAfter { throw EventStoreError.sqlite(path: path, message: "interrupted") }
                let id = item.document.id.rawValue
                let hash = item.document.contentHash
                if let old = try Row.fetchOne(
                    db, sql: "SELECT content_hash, fingerprint FROM documents WHERE id = ?", arguments: [id])
                {
                    if (old["content_hash"] as String) == hash {
                        summary.unchanged += 1
                        continue
                    }
                    blocks.formUnion(
                        try String.fetchAll(db, sql: "SELECT DISTINCT block FROM events WHERE document_id = ?", arguments: [id]))
                    fingerprints.insert(old["fingerprint"])
                    try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [id])
                    summary.replaced += 1
                } else {
                    summary.added += 1
                }
                sequence += 1
                let written = try insert(item, sequence: sequence, db: db, encoder: encoder)
                blocks.formUnion(written)
                summary.events += item.extraction.events.count
                fingerprints.insert(item.document.textFingerprint)
            }
            blocks.formUnion(try Clusters.markDuplicates(db, fingerprints: fingerprints))
            try Clusters.recluster(db, blocks: blocks)
            summary.blocks = blocks.count
            return summary
        }
    }

    /// Inserts one document's rows; returns the blocks of its events.
    private func insert(_ item: IngestItem, sequence: Int, db: Database, encoder: JSONEncoder) throws -> Set<String> {
        let document = item.document
        let extraction = item.extraction
        let id = document.id.rawValue
        try db.cachedStatement(
            sql: """
                INSERT INTO documents (id, content_hash, fingerprint, title, url, source_host, published, dct_source,
                    text_length, origin, sequence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            id, document.contentHash, document.textFingerprint, document.title, document.url,
            Document.sourceHost(of: document.url), extraction.document.published?.description,
            extraction.document.dctSource.rawValue, document.text.unicodeScalars.count, document.origin, sequence,
        ])
        let actorStatement = try db.cachedStatement(
            sql: "INSERT INTO actors (document_id, id, name, country, sector, kind, role) VALUES (?, ?, ?, ?, ?, ?, ?)")
        let mentionStatement = try db.cachedStatement(
            sql: """
                INSERT INTO actor_mentions (document_id, actor_id, sentence, start, "end", text, antecedent)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        for actor in extraction.actors {
            try actorStatement.execute(arguments: [
                id, actor.id.rawValue, actor.name, actor.country, actor.sector, actor.kind.rawValue, actor.role,
            ])
            for mention in actor.mentions {
                try mentionStatement.execute(arguments: [
                    id, actor.id.rawValue, mention.sentence, mention.start, mention.end, mention.text, mention.antecedent,
                ])
            }
        }
        let timexStatement = try db.cachedStatement(
            sql: """
                INSERT INTO timexes (document_id, tid, type, value, text, sentence, start, "end", range_begin,
                    range_end, anchoring)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for timex in extraction.timexes {
            try timexStatement.execute(arguments: [
                id, timex.id, timex.type.rawValue, timex.value, timex.text, timex.sentence, timex.start, timex.end,
                timex.rangeBegin, timex.rangeEnd, timex.anchoring.rawValue,
            ])
        }
        let findingStatement = try db.cachedStatement(
            sql: "INSERT INTO findings (document_id, severity, code, message, start, \"end\") VALUES (?, ?, ?, ?, ?, ?)")
        for finding in extraction.findings {
            try findingStatement.execute(arguments: [
                id, finding.severity.rawValue, finding.code, finding.message, finding.start, finding.end,
            ])
        }
        let local = EventGraph(actors: extraction.actors.map(\.actor), events: extraction.events)
        let eventStatement = try db.cachedStatement(
            sql: """
                INSERT INTO events (id, document_id, ordinal, type, mode, quad_class, cameo, goldstein, source, target,
                    source_country, target_country, source_node, target_node, source_sector, target_sector, modality,
                    attribution, date_value, date_first, date_last, anchoring, trigger, record, block)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let evidenceStatement = try db.cachedStatement(
            sql: """
                INSERT INTO evidence (event_id, document_id, position, sentence, start, "end", text)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        var blocks: Set<String> = []
        for (ordinal, event) in extraction.events.enumerated() {
            let block = local.clusterBlock(of: event, published: extraction.document.published).description
            blocks.insert(block)
            let interval = event.date?.interval
            let record = String(decoding: try encoder.encode(event), as: UTF8.self)
            try eventStatement.execute(arguments: [
                event.id.rawValue, id, ordinal, event.type.rawValue, event.mode, event.quadClass.rawValue, event.cameo,
                event.goldstein, event.source.rawValue, event.target?.rawValue, event.sourceCountry,
                event.targetCountry, local.sourceNode(of: event, at: .country).rawValue,
                local.targetNode(of: event, at: .country)?.rawValue,
                GraphQuery.sector(of: local.actors[event.source]),
                event.target.flatMap { GraphQuery.sector(of: local.actors[$0]) }, event.modality.rawValue,
                event.attribution?.rawValue, interval == nil ? nil : event.date?.intervalValue,
                interval?.first.description, interval?.last.description, event.date?.anchoring.rawValue,
                event.trigger, record, block,
            ])
            for (position, evidence) in ([event.evidence] + event.additionalEvidence).enumerated() {
                try evidenceStatement.execute(arguments: [
                    event.id.rawValue, id, position, evidence.sentence, evidence.start, evidence.end, evidence.text,
                ])
            }
        }
        return blocks
    }
}
