import ArgumentParser
import ArticleText
import Foundation

/// Where articles come from, shared by every subcommand that reads them.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files (.txt/.md with optional front matter, .jsonl), directories, or '-' for stdin; a document over 32 MiB of text (a plain-text input over 64 MiB) is an error.")
    var inputs: [String] = []

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Publication date (DCT) for inputs that have none: a YYYY-MM-DD day, or a timestamp as front matter takes it (RFC 3339 or an RSS pubDate), whose day is read as written.",
            valueName: "YYYY-MM-DD"))
    var published: String?

    @Flag(help: "Skip malformed JSONL lines with a warning naming the line, instead of stopping.")
    var skipBadLines = false

    @Flag(help: ArgumentHelp(
        "Skip input files that cannot be used (unreadable, binary or HTML, bad front matter or publication date, too large, no JSONL record) with a warning naming each, instead of stopping.",
        discussion: "The summary counts the files skipped; the exit status is 0 unless no document was left to read."))
    var skipBadFiles = false

    func validate() throws {
        // Standard input can be read once: a second '-' would find it used up and report an empty article.
        let stdinCount = inputs.count { $0 == "-" }
        if stdinCount > 1 {
            throw ValidationError("'-' is given \(stdinCount) times: standard input can be read only once; give '-' once")
        }
        if let published, CalendarDate(published: published) == nil {
            // The message of a front matter date, as the same forms are read.
            let problem = ArticleTextError.dateProblem(published)
            throw ValidationError("--published" + problem.dropFirst("published date".count))
        }
    }

    /// The input folder that holds `path` (a file to be written), if any. The symbolic links in the existing part
    /// of `path` are resolved first: `inqparent/inq/r.md`, with `inqparent` a link to the folder holding the input
    /// folder `inq`, is inside `inq`.
    func folder(containing path: String) -> String? {
        let target = Self.resolvingExistingPart(of: path).deletingLastPathComponent()
        return inputs.first { input in
            var isDirectory: ObjCBool = false
            guard input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue
            else { return false }
            let folder = Self.resolvingExistingPart(of: input).pathComponents
            return target.pathComponents.starts(with: folder)
        }
    }

    /// `path` as an absolute URL with the symbolic links of its longest existing ancestor resolved (as
    /// `realpath(3)` does) and the parts that do not exist yet appended as written. Foundation's
    /// `resolvingSymlinksInPath()` leaves a path that does not exist as it is, links and all.
    static func resolvingExistingPart(of path: String) -> URL {
        var existing = URL(fileURLWithPath: path).standardizedFileURL
        var missing: [String] = []
        while true {
            if let real = realpath(existing.path, nil) {
                defer { free(real) }
                var resolved = URL(fileURLWithPath: String(cString: real))
                for part in missing.reversed() { resolved.appendPathComponent(part) }
                return resolved.standardizedFileURL
            }
            guard existing.path != "/", !existing.path.isEmpty else { break }
            missing.append(existing.lastPathComponent)
            existing.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: path).standardizedFileURL
    }

    /// Reads every document; exact duplicates (and, with `--skip-bad-files`, bad files) are skipped with a
    /// warning on standard error (none with `quiet`).
    /// - Returns: the documents and the numbers of bad files and bad JSONL lines skipped.
    func documents(quiet: Bool = false) throws -> (documents: [Document], skippedFiles: Int, skippedLines: Int) {
        try requireInputs()
        var findings: [Finding] = []
        let documents = try reader.read(paths: inputs, findings: &findings)
        if !quiet { Self.warn(findings) }
        return (documents, findings.count { $0.code == Self.skippedCode }, findings.count { $0.code == DocumentReader.badLineCode })
    }

    /// The finding code of a bad file skipped with `--skip-bad-files`.
    static let skippedCode = "input.skipped"

    /// Writes each reading finding as a warning line on standard error.
    static func warn(_ findings: some Sequence<Finding>) {
        for finding in findings {
            StandardStreams.writeError("storygraph: warning: \(finding.message)\n")
        }
    }

    /// " (N bad files skipped, see the warnings above)" for a summary line or an error, with the malformed
    /// JSONL `lines` skipped (`--skip-bad-lines`) first ("2 bad lines and 1 bad file skipped"), empty when none
    /// was; under `--quiet` (`quiet`), which printed no warning, it says so instead of pointing above.
    static func skippedNote(_ count: Int, lines: Int = 0, quiet: Bool = false) -> String {
        guard count > 0 || lines > 0 else { return "" }
        let files = [
            lines > 0 ? "\(lines) bad line\(lines == 1 ? "" : "s")" : nil, count > 0 ? "\(count) bad file\(count == 1 ? "" : "s")" : nil,
        ].compactMap { $0 }.joined(separator: " and ") + " skipped"
        return quiet ? " (\(files); run without --quiet to see why)" : " (\(files), see the warnings above)"
    }

    /// Fails with a usage error when no input was given.
    func requireInputs() throws {
        if inputs.isEmpty { throw ValidationError("give at least one input file, directory or '-'") }
    }

    /// The reader for the inputs, with `--published` as fallback DCT, `--skip-bad-lines` and `--skip-bad-files`.
    var reader: DocumentReader {
        DocumentReader(
            fallbackDCT: published.flatMap { CalendarDate(published: $0) }, skipBadLines: skipBadLines, skipBadFiles: skipBadFiles)
    }

    /// Reads the documents of `paths` (a subset of the inputs), as `documents()` does.
    func documents(paths: [String], quiet: Bool = false) throws -> [Document] {
        var findings: [Finding] = []
        let documents = try reader.read(paths: paths, findings: &findings)
        if !quiet { Self.warn(findings) }
        return documents
    }
}
