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
            (`--dyad USA,IRN`); each happening counts once however many articles report it.
            """
    )

    @OptionGroup var selection: StoreSelectionOptions

    @Option(help: "The period length.")
    var by: PeriodChoice = .month

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Start the CSV with a UTF-8 byte order mark (for spreadsheets that guess encodings).")
    var csvBom = false

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
        let csv = try CSVTables.table(header: ["period", "clusters", "mean_goldstein"], rows: rows, byteOrderMark: csvBom)
        try OutputText.write(String(decoding: csv, as: UTF8.self), to: output, inputs: [selection.db])
        var summary = "storygraph series: \(CountedNoun.text(series.rows.count, "period")), \(graph.clusters.count - series.skipped) happenings"
        if series.skipped > 0 { summary += "; \(series.skipped) undated or dated more coarsely than a \(by.rawValue) left out" }
        quietness.diagnostics.say(summary)
    }
}
