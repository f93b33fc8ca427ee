import GRDB

/// The store's tables, created and upgraded by GRDB migrations; `PRAGMA user_version` mirrors the version.
///
/// - `v1`: documents, actors (each document's description of each actor), actor_mentions, timexes, events,
///   evidence (one row per evidence sentence of an event) and evidence_fts (FTS5 over evidence.text).
/// - `v2`: cross-document clusters: documents.duplicate_of, events.block, event_clusters, cluster_members;
///   existing events are clustered during the upgrade; findings (each document's non-fatal problems).
enum Schema {
    /// Every table a row count is reported for, in order.
    static let tables = [
        "documents", "actors", "actor_mentions", "timexes", "events", "evidence", "event_clusters", "cluster_members",
        "findings",
    ]

    /// Migrations of every version, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: version1)
        migrator.registerMigration("v2", migrate: version2)
        return migrator
    }

    private static func version1(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE documents (
                    id TEXT PRIMARY KEY NOT NULL,
                    content_hash TEXT NOT NULL,      -- FNV-1a of id, DCT, title, url and text: unchanged = same hash
                    fingerprint TEXT NOT NULL,       -- FNV-1a of the normalised text: copies share it
                    title TEXT, url TEXT,
                    source_host TEXT,                -- url host without www.: the outlet
                    published TEXT,                  -- DCT, YYYY-MM-DD
                    dct_source TEXT NOT NULL,
                    text_length INTEGER NOT NULL,    -- Unicode scalars
                    origin TEXT NOT NULL,            -- input file (and line) it was read from
                    sequence INTEGER NOT NULL        -- ingest order
                );
                CREATE INDEX documents_fingerprint ON documents(fingerprint);
                CREATE TABLE actors (
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    id TEXT NOT NULL, name TEXT NOT NULL, country TEXT, sector TEXT, kind TEXT NOT NULL, role TEXT,
                    PRIMARY KEY (document_id, id)
                );
                CREATE INDEX actors_id ON actors(id);
                CREATE TABLE actor_mentions (
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    actor_id TEXT NOT NULL, sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                    text TEXT NOT NULL, antecedent INTEGER
                );
                CREATE INDEX actor_mentions_document ON actor_mentions(document_id);
                CREATE INDEX actor_mentions_actor ON actor_mentions(actor_id);
                CREATE TABLE timexes (
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    tid TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL, text TEXT NOT NULL,
                    sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                    range_begin TEXT, range_end TEXT, anchoring TEXT NOT NULL
                );
                CREATE INDEX timexes_document ON timexes(document_id);
                CREATE TABLE events (
                    id TEXT PRIMARY KEY NOT NULL,
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,        -- position in its document
                    type TEXT NOT NULL, mode TEXT, quad_class INTEGER NOT NULL, cameo TEXT NOT NULL,
                    goldstein REAL NOT NULL,
                    source TEXT NOT NULL, target TEXT,
                    source_country TEXT, target_country TEXT,
                    source_node TEXT NOT NULL, target_node TEXT,   -- the dyad at country level
                    source_sector TEXT, target_sector TEXT,         -- CAMEO sector; a state is GOV
                    modality TEXT NOT NULL, attribution TEXT,
                    date_value TEXT,                 -- TIMEX3 value (or range start) with calendar days
                    date_first TEXT, date_last TEXT, -- the days it covers, YYYY-MM-DD
                    anchoring TEXT,
                    trigger TEXT NOT NULL,
                    record TEXT NOT NULL             -- the whole event as JSON (sorted keys)
                );
                CREATE INDEX events_document ON events(document_id, ordinal);
                CREATE INDEX events_dyad ON events(source_node, target_node, date_first);
                CREATE INDEX events_reverse_dyad ON events(target_node, source_node, date_first);
                CREATE INDEX events_date ON events(date_first);
                CREATE TABLE evidence (
                    id INTEGER PRIMARY KEY,
                    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                    document_id TEXT NOT NULL,
                    position INTEGER NOT NULL,       -- 0 = the event's evidence, 1… = restatements
                    sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                    text TEXT NOT NULL
                );
                CREATE INDEX evidence_event ON evidence(event_id);
                """)
        try db.create(virtualTable: "evidence_fts", using: FTS5()) { table in
            table.synchronize(withTable: "evidence")
            table.tokenizer = .porter(wrapping: .unicode61())
            table.column("text")
        }
        try db.execute(sql: "PRAGMA user_version = 1")
    }

    private static func version2(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE documents ADD COLUMN duplicate_of TEXT;  -- the copy with the smallest id, for copies
                ALTER TABLE events ADD COLUMN block TEXT;            -- dyad at country level, type, polarity
                CREATE INDEX events_block ON events(block);
                CREATE INDEX events_actors ON events(source, target);
                CREATE INDEX events_target_actor ON events(target);
                CREATE TABLE event_clusters (
                    id TEXT PRIMARY KEY NOT NULL,    -- the smallest id of its events
                    block TEXT NOT NULL,
                    source TEXT NOT NULL, target TEXT, type TEXT NOT NULL, negated INTEGER NOT NULL, year INTEGER,
                    date_value TEXT,                 -- the most precise TIMEX3 value of its events
                    date_first TEXT, date_last TEXT,
                    num_articles INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_events INTEGER NOT NULL,
                    first_report TEXT, last_report TEXT,
                    goldstein REAL NOT NULL
                );
                CREATE INDEX event_clusters_block ON event_clusters(block);
                CREATE INDEX event_clusters_dyad ON event_clusters(source, target, date_first);
                CREATE TABLE cluster_members (
                    event_id TEXT PRIMARY KEY NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                    cluster_id TEXT NOT NULL REFERENCES event_clusters(id) ON DELETE CASCADE
                );
                CREATE INDEX cluster_members_cluster ON cluster_members(cluster_id);
                CREATE TABLE findings (
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    severity TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL, start INTEGER, "end" INTEGER
                );
                CREATE INDEX findings_document ON findings(document_id);
                """)
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT e.id, e.source_node, e.target_node, e.type, e.modality, e.date_value, e.anchoring, d.published
                FROM events e JOIN documents d ON d.id = e.document_id
                """)
        for row in rows {
            try db.execute(
                sql: "UPDATE events SET block = ? WHERE id = ?",
                arguments: [Clusters.block(of: row)?.description ?? "", row["id"] as String])
        }
        let fingerprints = try String.fetchAll(db, sql: "SELECT DISTINCT fingerprint FROM documents")
        var blocks = Set(try String.fetchAll(db, sql: "SELECT DISTINCT block FROM events"))
        blocks.formUnion(try Clusters.markDuplicates(db, fingerprints: Set(fingerprints)))
        try Clusters.recluster(db, blocks: blocks)
        try db.execute(sql: "PRAGMA user_version = 2")
    }
}
