import ArgumentParser

/// `storygraph`: news articles in, dated event timelines and actor relationship graphs out.
@main
struct Storygraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storygraph",
        abstract: "Turn news articles into dated event timelines and actor relationship graphs.",
        discussion: """
            Reads plain-text articles (optionally with YAML front matter giving id, published, title, url; keys \
            in any case, other keys reported as front-matter.unknown-key findings), \
            JSONL (one {"id","text","published"} record per line) or directories of them; '-' reads stdin. \
            Front matter and JSONL keys match in any case, and the publication date is also read as date, \
            published_at, publication_date, date_published or pub_date; another key that names a date \
            (updated, created_at, modified_date) is not read and gives a metadata.unread-date-key finding, \
            and a warning on standard error naming the file and line when the document has no publication \
            date (a key that merely contains the letters, such as update_note or dateline, does not). \
            Relative dates resolve against each article's publication date (DCT), never the clock. An option \
            that takes one value is given once (`--out a --out b` is a usage error, exit 64); list options such \
            as --type may repeat.

            Start with: storygraph build examples --out out
            """,
        version: "0.1.0",
        subcommands: [
            ExtractCommand.self,
            BuildCommand.self,
            IngestCommand.self,
            QueryCommand.self,
            SeriesCommand.self,
            ReportCommand.self,
            EvalTimexCommand.self,
            EvalActorsCommand.self,
            EvalEventsCommand.self,
            EvalGeoCommand.self,
            ParseCommand.self,
            NERCommand.self,
            TrainEventsCommand.self,
            EvalParseCommand.self,
            EvalNERCommand.self,
        ]
    )
}
