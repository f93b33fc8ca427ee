import GRDB

extension EventStore {
    /// The actor ids and the countries of actors the stored documents name, sorted: what `--actor`, `--around`
    /// and `--dyad` can match.
    /// - Throws: ``EventStoreError`` for the database.
    public func actorVocabulary() throws -> [String] {
        try read { db in
            try String.fetchAll(
                db, sql: "SELECT id FROM actors UNION SELECT country FROM actors WHERE country IS NOT NULL ORDER BY 1")
        }
    }

    /// The stored document ids, sorted: what `--document` can match.
    /// - Throws: ``EventStoreError`` for the database.
    public func documentIDs() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT id FROM documents ORDER BY id") }
    }
}
