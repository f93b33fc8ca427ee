#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Replaces a set of files in one directory all together or not at all, even across a crash.
///
/// 1. Temporary files left by runs that were killed (`.NAME.PID.tmp`, `.NAME.PID.bak` of a process that is
///    gone) are removed, and an interrupted replacement is rolled back (see 4).
/// 2. Every new file is written and synced under a hidden temporary name.
/// 3. A journal (`.storygraph-outputs.journal`) lists the names; each existing output, and each stale one the
///    set removes, is hard-linked (or copied) to a backup; the journal and the folder are synced; then the
///    temporary files are renamed over the outputs one by one and the stale outputs removed.
/// 4. A rename that fails (permissions, an immutable file) restores every output renamed or removed so far from
///    its backup and removes the new ones; a process killed between the renames leaves the journal, and the next
///    run restores the previous set the same way before it starts (``recover()``, which `build` and `report`
///    call first thing, before reading any input).
/// 5. The folder is synced, then the journal and the backups are removed: the new set is in place.
///
/// A set of one file with nothing to remove (a report, `query -o`) needs no journal: one rename replaces it.
/// A name that is a symbolic link is replaced by the new file, like any other: the file it pointed to stays as
/// it was, and nothing is written outside the directory.
public struct OutputSet: Sendable {
    /// The directory and how messages name it.
    public var fileSystem: OutputFileSystem
    /// Every name the set may hold; only temporary files of these names are ever cleaned up.
    public var knownNames: [String]

    /// The set of the outputs `knownNames` in the folder of `fileSystem`.
    public init(fileSystem: OutputFileSystem, knownNames: [String]) {
        self.fileSystem = fileSystem
        self.knownNames = knownNames
    }

    public static let journalName = ".storygraph-outputs.journal"

    /// The empty file a run creates while it writes temporary files and backups (`.storygraph-run.PID`) and
    /// removes when it is done: what proves that `.NAME.PID.tmp` and `.NAME.PID.bak` are a killed run's.
    public static func runRecordName(pid: Int32) -> String { ".storygraph-run.\(pid)" }

    /// One line of the journal: an output name and whether a previous version was backed up.
    struct Entry: Codable, Equatable {
        var name: String
        var hadPrevious: Bool
    }

    private var directory: URL { fileSystem.directory }
    private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
    private func backupName(_ name: String, pid: Int32) -> String { ".\(name).\(pid).bak" }

    /// Writes `files` (name → bytes) as one set and removes the outputs `stale` names (those of an earlier run
    /// that this one did not produce) in the same step. An existing output that is not a regular file (a
    /// directory, a named pipe, a device) is refused before anything is written (see
    /// `OutputFileSystem.checkDestination`).
    /// - Throws: `OutputFileError` naming the file and the reason; the previous outputs are then as they were.
    public func replace(with files: [(name: String, data: Data)], removing stale: [String] = []) throws {
        for file in files { try fileSystem.checkDestination(file.name) }
        try recover()
        // The run record claims the temporary files and backups named after this process for it: a later run
        // removes no `.NAME.PID.tmp` that a run of storygraph did not record (a user's file named like one).
        let record = path(Self.runRecordName(pid: getpid()))
        let descriptor = open(record, O_WRONLY | O_CREAT, 0o644)
        if descriptor >= 0 { close(descriptor) }
        // Kept only when a rollback could not put every output back: the next run then finishes it.
        var keepRecord = false
        defer { if !keepRecord { unlink(record) } }
        var temporaries: [(temporary: URL, name: String)] = []
        do {
            for file in files { temporaries.append((try fileSystem.writeTemporary(file.data, for: file.name), file.name)) }
        } catch {
            for entry in temporaries { unlink(entry.temporary.path) }
            throw error
        }
        if temporaries.count == 1, stale.isEmpty, let only = temporaries.first {
            do {
                try fileSystem.rename(only.temporary, to: only.name)
            } catch {
                unlink(only.temporary.path)
                throw error
            }
            fileSystem.syncDirectory()
            return
        }
        let pid = getpid()
        var entries: [Entry] = []
        do {
            for name in temporaries.map(\.name) + stale {
                let hadPrevious = try backUp(name, to: path(backupName(name, pid: pid)))
                entries.append(Entry(name: name, hadPrevious: hadPrevious))
            }
            try writeJournal(entries, pid: pid)
        } catch {
            for entry in entries where entry.hadPrevious { unlink(path(backupName(entry.name, pid: pid))) }
            for entry in temporaries { unlink(entry.temporary.path) }
            throw error
        }
        for (index, entry) in temporaries.enumerated() {
            do {
                try fileSystem.rename(entry.temporary, to: entry.name)
            } catch {
                for later in temporaries[(index + 1)...] { unlink(later.temporary.path) }
                unlink(entry.temporary.path)
                keepRecord = !rollBack(entries, pid: pid, replaced: index).isEmpty
                throw error
            }
        }
        for name in stale { unlink(path(name)) }
        fileSystem.syncDirectory()
        unlink(path(Self.journalName))
        for entry in entries where entry.hadPrevious { unlink(path(backupName(entry.name, pid: pid))) }
    }

    /// Restores the previous set after an interrupted replacement and removes temporary files of runs that are
    /// no longer alive.
    ///
    /// A temporary file or backup (`.NAME.PID.tmp`, `.NAME.PID.bak`) is removed only when all of these hold:
    /// NAME is one of ``knownNames``, process PID is not running, and that run recorded it (its run record
    /// ``runRecordName(pid:)`` is in the folder, or the journal names PID). A file of that form that a user made
    /// stays.
    public func recover() throws {
        var journalled: Int32?
        if let data = FileManager.default.contents(atPath: path(Self.journalName)),
           let journal = try? JSONDecoder().decode(Journal.self, from: data),
           RunTemporaries.isLeftOver(by: journal.pid)
        {
            // A backup that cannot be moved back is the only copy of the previous output: it stays, with the
            // journal and the run record, and nothing else is touched until it is back.
            let failures = rollBack(journal.entries, pid: journal.pid)
            if let first = failures.first {
                let more = failures.count > 1 ? " (and \(failures.count - 1) more)" : ""
                throw OutputFileError(
                    "could not put back \(fileSystem.shown(first.name)), an output of a storygraph run that was stopped "
                        + "while it replaced its outputs: moving its previous version back from its backup "
                        + "\(fileSystem.shown(backupName(first.name, pid: journal.pid))) failed (\(OutputFileSystem.reason(first.code)))"
                        + "\(more); the backups and \(fileSystem.shown(Self.journalName)) are kept, so fix the cause and run again")
            }
            journalled = journal.pid
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        let ours = Set(knownNames + [Self.journalName])
        let present = Set(names)
        var records: [String] = []
        for name in names {
            if let pid = RunTemporaries.processID(in: name, prefix: ".storygraph-run."), RunTemporaries.isLeftOver(by: pid) {
                records.append(name)
            }
        }
        defer { for name in records { unlink(path(name)) } }
        for name in names where name.hasPrefix(".") && (name.hasSuffix(".tmp") || name.hasSuffix(".bak")) {
            let stem = name.dropFirst().dropLast(4)  // "relations.svg.1234" or "relations.svg.backup.1234"
            guard let dot = stem.lastIndex(of: "."), let pid = Int32(stem[stem.index(after: dot)...]),
                  RunTemporaries.isLeftOver(by: pid),
                  pid == journalled || present.contains(Self.runRecordName(pid: pid))
            else { continue }
            var output = String(stem[..<dot])
            if output.hasSuffix(".backup") { output.removeLast(7) }
            if ours.contains(output) || ours.contains(String(output.dropFirst())) { unlink(path(name)) }
        }
    }

    /// Puts every backed-up output back and removes outputs that had no previous version, then the journal, and
    /// removes the backups: none is left behind once its output is back.
    ///
    /// A backup is a hard link to its output (or a copy): moving it back over an output that was never replaced
    /// changes nothing, and the backup is then removed; so is the backup of an output the failed run had not
    /// reached yet (at or after `replaced`), which is still the previous version. When a backup cannot be moved
    /// back over a replaced output, it and the journal stay for the next run's ``recover()``.
    /// - Parameters:
    ///   - replaced: How many of the first `entries` were renamed into place before the failure; `nil` when not
    ///     known (a killed run's journal), and every entry is then restored from its backup.
    /// - Returns: The outputs whose backup could not be moved back, with the error of the move; empty when every
    ///   output is back (the journal is then gone).
    private func rollBack(_ entries: [Entry], pid: Int32, replaced: Int? = nil) -> [(name: String, code: Int32)] {
        var failures: [(name: String, code: Int32)] = []
        for (index, entry) in entries.enumerated() {
            let backup = path(backupName(entry.name, pid: pid))
            let reached = replaced.map { index < $0 } ?? true
            if entry.hadPrevious {
                if !reached {
                    unlink(backup)
                } else if access(backup, F_OK) == 0 {
                    // rename() of two links to one file does nothing and succeeds: the backup then still exists.
                    if rename(backup, path(entry.name)) == 0 { unlink(backup) } else { failures.append((entry.name, errno)) }
                }
            } else if reached {
                unlink(path(entry.name))
            }
        }
        if failures.isEmpty { unlink(path(Self.journalName)) }
        return failures
    }

    /// Links (or, where links are not supported, copies) the existing output `name` to `backup`; whether there
    /// was one.
    private func backUp(_ name: String, to backup: String) throws -> Bool {
        let original = path(name)
        guard access(original, F_OK) == 0 else { return false }
        unlink(backup)
        if link(original, backup) == 0 { return true }
        guard let data = FileManager.default.contents(atPath: original) else {
            throw OutputFileError("could not write \(fileSystem.shown(name)): cannot read the previous version to keep it")
        }
        let temporary = try fileSystem.writeTemporary(data, for: name + ".backup")
        if rename(temporary.path, backup) != 0 {
            unlink(temporary.path)
            throw OutputFileError("could not write \(fileSystem.shown(name)): \(OutputFileSystem.reason(errno))")
        }
        return true
    }

    private struct Journal: Codable {
        var pid: Int32
        var entries: [Entry]
    }

    /// Writes the journal and syncs the folder, so that the journal and the backups it names are on disk
    /// before the first rename.
    private func writeJournal(_ entries: [Entry], pid: Int32) throws {
        let data = try JSONEncoder().encode(Journal(pid: pid, entries: entries))
        let temporary = try fileSystem.writeTemporary(data, for: Self.journalName)
        try fileSystem.rename(temporary, to: Self.journalName)
        fileSystem.syncDirectory()
    }
}
