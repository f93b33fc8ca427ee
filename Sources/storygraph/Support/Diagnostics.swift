import Foundation

/// The lines a command prints on standard error besides its errors (summaries, counts, notes, warnings),
/// silenced by `--quiet`.
struct Diagnostics {
    /// Whether to print nothing.
    var quiet: Bool

    /// Writes `line` and a line end to standard error unless quiet.
    func say(_ line: String) {
        guard !quiet else { return }
        StandardStreams.writeError(line + "\n")
    }
}
