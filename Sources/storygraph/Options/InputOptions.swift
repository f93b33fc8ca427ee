import ArgumentParser
import ArticleText
import Foundation

/// Where articles come from, shared by every subcommand that reads them.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files (.txt/.md with optional front matter, .jsonl), directories, or '-' for stdin; a document over 32 MiB of text (a plain-text input over 64 MiB) is skipped with a warning.")
    var inputs: [String] = []

    @Option(
        help: ArgumentHelp(
            "Publication date (DCT) for inputs that have none, as YYYY-MM-DD.", valueName: "YYYY-MM-DD"))
    var published: String?

    @Flag(help: "Skip malformed JSONL lines with a warning naming the line, instead of stopping.")
    var skipBadLines = false

    func validate() throws {
        if let published, CalendarDate(iso: published) == nil {
            throw ValidationError("--published \"\(published)\" is not a valid YYYY-MM-DD date")
        }
    }

    /// The input folder that holds `path` (a file to be written), if any.
    func folder(containing path: String) -> String? {
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().deletingLastPathComponent()
        return inputs.first { input in
            var isDirectory: ObjCBool = false
            guard input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue
            else { return false }
            let folder = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().pathComponents
            return target.pathComponents.starts(with: folder)
        }
    }

    /// Reads every document; exact duplicates are skipped with a warning on standard error.
    func documents() throws -> [Document] {
        try requireInputs()
        return try documents(paths: inputs)
    }

    /// Fails with a usage error when no input was given.
    func requireInputs() throws {
        if inputs.isEmpty { throw ValidationError("give at least one input file, directory or '-'") }
    }

    /// The reader for the inputs, with `--published` as fallback DCT and `--skip-bad-lines`.
    var reader: DocumentReader {
        DocumentReader(fallbackDCT: published.flatMap(CalendarDate.init(iso:)), skipBadLines: skipBadLines)
    }

    /// Reads the documents of `paths` (a subset of the inputs), as `documents()` does.
    func documents(paths: [String]) throws -> [Document] {
        var findings: [Finding] = []
        let documents = try reader.read(paths: paths, findings: &findings)
        for finding in findings {
            FileHandle.standardError.write(Data("storygraph: warning: \(finding.message)\n".utf8))
        }
        return documents
    }
}
