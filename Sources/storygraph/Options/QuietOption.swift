import ArgumentParser

/// `--quiet`: standard error gets errors only, no progress, counts, summaries, notes or warnings. Every command
/// takes it (those that print nothing but results and errors accept it for scripts that pass it to all);
/// errors are always printed, the results and the exit status are the same.
struct QuietOption: ParsableArguments {
    @Flag(help: "Print nothing on standard error but errors (no progress, counts, summaries, notes or warnings).")
    var quiet = false

    /// Where the command's non-error lines go.
    var diagnostics: Diagnostics { Diagnostics(quiet: quiet) }
}
