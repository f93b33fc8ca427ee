import ArgumentParser
import EventStore
import GraphModel

/// The options by which `query` and `series` select events from a store: the database, the shared filters and
/// `--top`.
struct StoreSelectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The SQLite database written by ingest.", valueName: "file"))
    var db: String

    @OptionGroup var filters: FilterOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("Keep only the events of the N relations with the most happenings.", valueName: "N"))
    var top: Int?

    func validate() throws {
        try StoreInputOptions.checkName(db)
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    /// The store named by `--db`, opened for reading.
    /// - Throws: `EventStoreError` when it is missing, not a store, or of an older schema.
    func openStore() throws -> EventStore { try EventStore.open(path: db, create: false) }

    /// The query the filters and `--top` make, with actors at `level`.
    /// - Throws: `ValidationError` for a filter value that does not parse.
    func query(level: AggregationLevel) throws -> GraphQuery {
        var query = try filters.query(level: level)
        query.top = top
        return query
    }
}
