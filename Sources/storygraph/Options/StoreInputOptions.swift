import ArgumentParser

/// `--db FILE`: read the events from a store written by `ingest` instead of extracting inputs (`build`, `report`).
struct StoreInputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Read the events from this store (see ingest) instead of extracting INPUTs; the filters are answered by the store.",
            valueName: "file"))
    var db: String?

    /// Fails with a usage error unless exactly one of INPUTs and `--db` is given.
    func check(_ input: InputOptions) throws {
        if db == nil { try input.requireInputs() }
        if db != nil, !input.inputs.isEmpty { throw ValidationError("give either INPUTs or --db, not both") }
    }
}
