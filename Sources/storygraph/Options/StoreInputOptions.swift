import ArgumentParser

/// `--db FILE`: read the events from a store written by `ingest` instead of extracting inputs (`build`, `report`).
struct StoreInputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Read the events from this store (see ingest) instead of extracting INPUTs; the filters are answered by the store.",
            valueName: "file"))
    var db: String?

    /// Fails with a usage error unless exactly one of INPUTs and `--db` is given, and `--db` names a file.
    func check(_ input: InputOptions) throws {
        if db == nil { try input.requireInputs() }
        if let db { try Self.checkName(db) }
        if db != nil, !input.inputs.isEmpty { throw ValidationError("give either INPUTs or --db, not both") }
    }

    /// Fails with a usage error (exit 64) when `--db` is empty or blank: `--db ""` names no database.
    static func checkName(_ db: String) throws {
        if db.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--db needs a path: the SQLite database file (--db corpus.sqlite)")
        }
    }
}
