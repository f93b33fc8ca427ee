import ArgumentParser
import ArticleText
import EventExtraction
import EventStore
import Foundation
import OutputFiles
import GraphExport

/// `storygraph ingest`: extract documents and add them to an SQLite event store, incrementally.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add documents to an event store (SQLite): only new and changed documents are extracted.",
        discussion: """
            Reads the inputs a batch at a time (--batch-size documents), extracts the documents the store does \
            not hold with the same content (same id and content hash) in parallel, and stores each batch in one \
            transaction: a new document is added, a changed one replaces all its rows, an unchanged one is \
            skipped without extraction. Copies of another document's text (under another id or URL) are kept but \
            marked, and not counted in clusters. Events of different documents that describe the same happening \
            are clustered, with the number of articles and outlets.

            A run that is killed (Ctrl-C, a kill) loses at most the batch in flight: run the same command again \
            to resume. A run that fails (a bad input file or line, a full disk) rolls the batch in flight back \
            and keeps the batches before it; when it created the database, it removes the database and the \
            folders it made for it, so nothing half-written stays. One ingest writes to a database at a time: \
            a second one started on the same --db (a new one too) stops at once, naming it, and touches \
            nothing. The database is created when missing, \
            upgraded when written by an older version, and refused when written by a newer one. A finished run \
            leaves it as one file (the write-ahead log checkpointed: no -wal or -shm beside it). See the README \
            for the tables.
            """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var dictionaries: ExtractionOptions

    @OptionGroup var verbosity: VerbosityOptions

    @Option(help: ArgumentHelp("The SQLite database to add to (created with its folders if missing).", valueName: "file"))
    var db: String

    func validate() throws {
        try input.requireInputs()
        try StoreInputOptions.checkName(db)
    }

    func run() throws {
        // Like --out, --db creates its missing folders; a new file's real obstacle (permission, a read-only or
        // virtual file system) is named before SQLite's "unable to open database file" could be. Nothing
        // half-written: a failed run takes back the database it created and the folders it made for it.
        let folder = db.folderOfPath
        let fileSystem = OutputFileSystem(directory: URL(fileURLWithPath: folder, isDirectory: true), display: db.contains("/") ? folder : "")
        try fileSystem.inDirectory(for: db) {
            if !FileManager.default.fileExists(atPath: db) { try OutputFileSystem.checkCreatable(db) }
            // One writer at a time: a second ingest of the same database is refused before it touches it; the
            // run that created the file is the only one that removes it after a failure.
            let store = try EventStore.open(path: db, create: true)
            do {
                try ingest(into: store)
                try store.close()  // checkpointed: the database is one file again, no -wal or -shm beside it
            } catch {
                store.discard()
                throw error
            }
        }
    }

    private func ingest(into store: EventStore) throws {
        let stream = DocumentStream(paths: input.inputs, reader: input.reader)
        var progress = ProgressLine(
            command: "ingest", quiet: verbosity.quiet, verbose: verbosity.verbose,
            total: verbosity.quiet ? nil : ProgressLine.count(paths: input.inputs, reader: input.reader))
        var digest = FindingDigest()
        let run = IngestRun(store: store, batchSize: verbosity.batchSize) { try dictionaries.pipeline() }
        let summary: IngestSummary
        do {
            summary = try run.run(
                stream, progress: { done, summary in progress.update(done: done, detail: "\(summary.events) events stored") },
                findings: { digest.add($0) })
        } catch {
            progress.finish()  // the error starts on a line of its own
            throw error
        }
        let done = summary.added + summary.replaced + summary.unchanged
        progress.finish()
        let skippedFiles = stream.findings.count { $0.code == InputOptions.skippedCode }
        guard done > 0 || skippedFiles == 0 else {
            if !verbosity.quiet { InputOptions.warn(stream.findings) }
            throw BuildFailure("no document left to read in \(input.inputs.joined(separator: ", "))\(InputOptions.skippedNote(skippedFiles, lines: stream.findings.count { $0.code == DocumentReader.badLineCode }, quiet: verbosity.quiet))")
        }
        guard !verbosity.quiet else { return }
        InputOptions.warn(stream.findings)
        digest.report(prefix: "storygraph ingest", to: verbosity.diagnostics)
        let counts = try store.rowCounts().map { row in
            let noun = Self.rowNouns[row.table] ?? (row.table, row.table)
            return CountedNoun.text(row.rows, noun.singular, plural: noun.plural)
        }.joined(separator: ", ")
        let skipped = InputOptions.skippedNote(skippedFiles, lines: stream.findings.count { $0.code == DocumentReader.badLineCode })
        StandardStreams.writeError(("storygraph ingest: \(CountedNoun.text(done, "document"))\(skipped): \(summary.added) added, \(summary.replaced) replaced, "
                + "\(summary.unchanged) unchanged; \(CountedNoun.text(summary.events, "event")) written; \(db) now holds \(counts)\n"))
    }

    /// What one row of each store table is, in the summary's words: "361 evidence spans", "1 timex".
    static let rowNouns: [String: (singular: String, plural: String)] = [
        "documents": ("document", "documents"), "actors": ("actor", "actors"),
        "actor_mentions": ("actor mention", "actor mentions"), "timexes": ("timex", "timexes"),
        "events": ("event", "events"), "evidence": ("evidence span", "evidence spans"),
        "event_clusters": ("event cluster", "event clusters"), "cluster_members": ("cluster member", "cluster members"),
        "findings": ("finding", "findings"),
    ]
}
