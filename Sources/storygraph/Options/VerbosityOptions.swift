import ArgumentParser

/// `--quiet`, `--verbose` and `--batch-size`, for the commands that stream documents.
struct VerbosityOptions: ParsableArguments {
    @OptionGroup var quietness: QuietOption

    /// Whether `--quiet` was given.
    var quiet: Bool { quietness.quiet }

    /// Where the command's non-error lines go.
    var diagnostics: Diagnostics { quietness.diagnostics }

    @Flag(help: "Print one progress line per batch on standard error, even when it is not a terminal.")
    var verbose = false

    @Option(parsing: .unconditional, help: "Documents per batch: extracted in parallel, and (ingest) stored in one transaction.")
    var batchSize: Int = 64

    func validate() throws {
        if quiet, verbose { throw ValidationError("give --quiet or --verbose, not both") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
    }
}
