import ArgumentParser

/// `--quiet`: standard error gets errors only, no progress, counts, summaries, notes or warnings. Every command
/// that prints such lines on standard error takes it (`extract`, `ingest`, `build`, `report`, `query`,
/// `series`); errors are always printed, and the exit status is the same.
struct QuietOption: ParsableArguments {
    @Flag(help: "Print nothing on standard error but errors (no progress, counts, summaries, notes or warnings).")
    var quiet = false

    /// Where the command's non-error lines go.
    var diagnostics: Diagnostics { Diagnostics(quiet: quiet) }
}
