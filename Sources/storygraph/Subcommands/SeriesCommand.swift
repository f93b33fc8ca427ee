import ArgumentParser
import EventStore
import Foundation
import GraphExport
import GraphModel

/// `storygraph series`: per period, the number of happenings and their mean Goldstein intensity, as CSV.
struct SeriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "series",
        abstract: "Per day, week or month: the number of happenings (clusters) and their mean Goldstein, as CSV.",
        discussion: """
            Columns: period (YYYY-MM-DD, YYYY-Www or YYYY-MM), clusters, mean_goldstein (at most two decimals, \
            as every table writes Goldstein values; empty for a period without happenings). Every period from the first to the last is listed. A happening counts in the \
            period its most precise date lies in; undated ones and those dated more coarsely than a period (a \
            year in a monthly series) are left out and counted on standard error. The filters select the events \
            (`--dyad USA,IRN`); each happening counts once however many articles report it. --format json (or -o \
            FILE.json) writes the same rows as an array of {period, clusters, meanGoldstein} objects (meanGoldstein \
            null for a period without happenings).
            """
    )

    @OptionGroup var selection: StoreSelectionOptions

    @Option(help: "The period length.")
    var by: PeriodChoice = .month

    @Option(help: ArgumentHelp(
        "Output format (default: csv; with -o, json for a .json file).", valueName: "format"))
    var format: Format?

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Write to this file instead of standard output; its extension .csv or .json chooses the format when --format is not given.",
        valueName: "file"))
    var output: String?

    @Flag(help: "Start the CSV with a UTF-8 byte order mark (for spreadsheets that guess encodings); with CSV.")
    var csvBom = false

    /// `--format` choices.
    enum Format: String, CaseIterable, ExpressibleByArgument { case csv, json }

    /// The format written: `--format`, else the one the `-o` file's extension names (`.json`, in any case), else CSV.
    var writtenFormat: Format {
        format ?? (output.map { OutputFileName.fileExtension($0) } == "json" ? .json : .csv)
    }

    func validate() throws {
        try OutputFileName.requireName(output, example: "series.csv")
        if format == nil, let output, output != "-" {
            try OutputFileName.check(output, command: "series", writes: "CSV or JSON", extensions: ["csv", "json", "txt"], example: "series.csv")
        }
        if csvBom, writtenFormat != .csv {
            throw ValidationError("--csv-bom is for CSV: give --format csv (the format is \(writtenFormat.rawValue))")
        }
    }

    @OptionGroup var quietness: QuietOption

    /// `--by` choices.
    enum PeriodChoice: String, CaseIterable, ExpressibleByArgument {
        case day, week, month
        var period: EventSeries.Period { EventSeries.Period(rawValue: rawValue) ?? .month }
    }

    func run() throws {
        let store = try selection.openStore()
        let query = try FilterOptions.resolve(
            try selection.query(level: .country), in: store, command: "storygraph series", quiet: quietness.quiet)
        let graph = try store.graph(matching: query)
        let series = EventSeries(clusters: graph.clusters, period: by.period)
        let rows = series.rows.map { row in
            [row.period, String(row.clusters), row.meanGoldstein.map(CSVTables.number) ?? ""]
        }
        let text: String
        switch writtenFormat {
        case .csv:
            let csv = try CSVTables.table(header: ["period", "clusters", "mean_goldstein"], rows: rows, byteOrderMark: csvBom)
            text = String(decoding: csv, as: UTF8.self)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let objects = series.rows.map { SeriesRow(period: $0.period, clusters: $0.clusters, meanGoldstein: $0.meanGoldstein.map { ($0 * 100).rounded() / 100 }) }
            text = String(decoding: try encoder.encode(objects), as: UTF8.self) + "\n"
        }
        try OutputText.write(text, to: output, inputs: [selection.db])
        var summary = "storygraph series: \(CountedNoun.text(series.rows.count, "period")), \(CountedNoun.text(graph.clusters.count - series.skipped, "happening"))"
        if series.skipped > 0 { summary += "; \(series.skipped) undated or dated more coarsely than a \(by.rawValue) left out" }
        quietness.diagnostics.say(summary)
    }
}

/// One row of `series --format json`: a period, its number of happenings and their mean Goldstein value.
struct SeriesRow: Encodable {
    var period: String
    var clusters: Int
    /// At most two decimals, as every table writes a Goldstein value; `null` without happenings.
    var meanGoldstein: Double?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(period, forKey: .period)
        try container.encode(clusters, forKey: .clusters)
        if let meanGoldstein { try container.encode(meanGoldstein, forKey: .meanGoldstein) } else { try container.encodeNil(forKey: .meanGoldstein) }
    }

    private enum CodingKeys: String, CodingKey { case period, clusters, meanGoldstein }
}
