import ArgumentParser
import ArticleText

/// Where articles come from, shared by every subcommand that reads them.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files (.txt/.md with optional front matter, .jsonl), directories, or '-' for stdin.")
    var inputs: [String]

    @Option(
        help: ArgumentHelp(
            "Publication date (DCT) for inputs that have none, as YYYY-MM-DD.", valueName: "YYYY-MM-DD"))
    var published: String?

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one input file, directory or '-'") }
        if let published, CalendarDate(iso: published) == nil {
            throw ValidationError("--published \"\(published)\" is not a valid YYYY-MM-DD date")
        }
    }

    /// Reads every document.
    func documents() throws -> [Document] {
        try DocumentReader(fallbackDCT: published.flatMap(CalendarDate.init(iso:))).read(paths: inputs)
    }
}
