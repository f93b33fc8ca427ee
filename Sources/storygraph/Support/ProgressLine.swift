import ArticleText
import Foundation

/// A progress line on standard error (documents, documents/s, ETA), redrawn in place, shown only when standard
/// error is a terminal; `--verbose` prints one line per batch instead, wherever standard error goes.
struct ProgressLine {
    private let live: Bool
    private let verbose: Bool
    private let prefix: String
    private let total: Int?
    private let started = Date()
    private var drawn = false

    /// A progress reporter for `command`; `total` documents when known (for the ETA).
    init(command: String, quiet: Bool, verbose: Bool, total: Int?) {
        live = !quiet && !verbose && isatty(STDERR_FILENO) == 1
        self.verbose = verbose && !quiet
        prefix = "storygraph \(command)"
        self.total = total
    }

    /// Reports `done` documents so far.
    mutating func update(done: Int, detail: String = "") {
        guard live || verbose else { return }
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        var line = "\(prefix): \(done)\(total.map { "/\($0)" } ?? "") documents, \(String(format: "%.1f", rate)) documents/s"
        if let total, rate > 0, done < total {
            let seconds = Int(Double(total - done) / rate)
            line += String(format: ", ETA %d:%02d", seconds / 60, seconds % 60)
        }
        if !detail.isEmpty { line += ", " + detail }
        if live {
            StandardStreams.writeError("\r\u{1B}[K\(line)")
            drawn = true
        } else {
            StandardStreams.writeError(line + "\n")
        }
    }

    /// Ends the live line so that the next message starts on its own line.
    mutating func finish() {
        if drawn { StandardStreams.writeError("\r\u{1B}[K") }
        drawn = false
    }

    /// The number of documents in `paths` when they are all files or directories (a JSONL file counts its
    /// non-blank lines), `nil` when one is standard input or cannot be listed.
    static func count(paths: [String], reader: DocumentReader) -> Int? {
        var total = 0
        for path in paths {
            guard path != "-", let files = try? reader.expand(path) else { return nil }
            for file in files {
                guard file.lowercased().hasSuffix(".jsonl") else {
                    total += 1
                    continue
                }
                guard let data = FileManager.default.contents(atPath: file) else { return nil }
                total += JSONLines.lines(of: data).count
            }
        }
        return total
    }
}
