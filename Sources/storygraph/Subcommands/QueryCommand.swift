import ArgumentParser
import EventStore
import Foundation
import GraphExport
import GraphModel

/// `storygraph query`: the events of a store that match the filters, with their happenings' article counts.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "List the stored events matching the filters: date, dyad, type, modality, articles, evidence.",
        discussion: """
            One row per event, in time order (undated last): its TIMEX3 date, source and target (countries with \
            --level country), PLOVER type, modality, the number of articles and outlets reporting the same \
            happening (its cluster; the same counts as build's events.csv) and the evidence sentence. --format \
            csv has the columns date, source, target, type, mode, modality, goldstein, articles, sources, \
            cluster and document (the cluster's and the document's ids) and evidence; json has the same \
            fields and adds event (the event's id), quadClass, firstReport and lastReport (the first and last \
            publication dates of the happening's articles). Without --format, -o FILE.csv writes CSV, \
            -o FILE.json JSON and anything else the table. The CSV is written as build's events.csv is (Goldstein values without trailing zeros, \
            control characters from article text as U+FFFD; --csv-bom adds a byte order mark). Filters combine with AND: \
            `storygraph query --db corpus.sqlite --dyad USA,IRN --from 2020-01 --to 2020-01 --sector GOV,MIL`.
            """
    )

    /// `--format` choices.
    enum Format: String, CaseIterable, ExpressibleByArgument { case table, csv, json }

    @OptionGroup var selection: StoreSelectionOptions

    @Option(help: "Name actors or their countries.")
    var level: LevelChoice = .country

    @Option(help: ArgumentHelp(
        "Output format (default: the table; with -o, csv for a .csv file and json for a .json file).", valueName: "format"))
    var format: Format?

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Write to this file instead of standard output; its extension .csv or .json chooses the format when --format is not given.",
        valueName: "file"))
    var output: String?

    @Flag(help: "Start the CSV with a UTF-8 byte order mark (for spreadsheets that guess encodings); with --format csv.")
    var csvBom = false

    @OptionGroup var quietness: QuietOption

    func validate() throws {
        try OutputFileName.requireName(output, example: "events.csv")
        if csvBom, writtenFormat != .csv {
            throw ValidationError("--csv-bom is for CSV: give --format csv (the format is \(writtenFormat.rawValue))")
        }
    }

    /// The format written: `--format`, else the one the `-o` file's extension names (`.csv`, `.json`, in any
    /// case), else the table.
    var writtenFormat: Format {
        if let format { return format }
        switch output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "csv": return .csv
        case "json": return .json
        default: return .table
        }
    }

    func run() throws {
        let store = try selection.openStore()
        let query = try FilterOptions.resolve(
            try selection.query(level: level.aggregation), in: store, command: "storygraph query", quiet: quietness.quiet)
        let started = Date()
        let graph = try store.graph(matching: query)
        let elapsed = Date().timeIntervalSince(started) * 1000
        let listings = graph.listings(level: level.aggregation)
        let text: String
        switch writtenFormat {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            text = String(decoding: try JSONText.encode(listings, with: encoder), as: UTF8.self) + "\n"
        case .csv:
            text = String(
                decoding: try CSVTables.table(header: Self.columns, rows: listings.map(Self.cells), byteOrderMark: csvBom), as: UTF8.self)
        case .table:
            text = Self.table(listings)
        }
        try OutputText.write(text, to: output, inputs: [selection.db])
        quietness.diagnostics.say(
            "storygraph query: \(CountedNoun.text(listings.count, "event")) of "
                + "\(CountedNoun.text(Set(listings.compactMap(\.cluster)).count, "happening")) "
                + "(answered in \(String(format: "%.1f", elapsed)) ms)")
    }

    static let columns = [
        "date", "source", "target", "type", "mode", "modality", "goldstein", "articles", "sources", "cluster", "document",
        "evidence",
    ]

    static func cells(_ row: EventListing) -> [String] {
        [
            row.date ?? "", row.source.rawValue, row.target?.rawValue ?? "", row.type.rawValue, row.mode ?? "",
            row.modality.rawValue, CSVTables.number(row.goldstein), String(row.articles), String(row.sources),
            row.cluster?.rawValue ?? "", row.document.rawValue, row.evidence,
        ]
    }

    /// Aligned columns for reading in a terminal; the evidence is cut to 100 characters, on one line, its control
    /// characters (ESC, BEL) shown as U+FFFD as in the CSV.
    static func table(_ rows: [EventListing]) -> String {
        let header = ["date", "source", "target", "type", "modality", "articles", "evidence"]
        let lines = rows.map { row in
            let cut = row.evidence.count > 100 ? row.evidence.prefix(99) + "…" : Substring(row.evidence)
            let evidence = CSVTables.visible(String(cut.map { $0.isNewline || $0 == "\t" ? " " : $0 }))
            return [
                row.date ?? "-", row.source.rawValue, row.target?.rawValue ?? "-", row.type.rawValue,
                row.modality.rawValue, String(row.articles), evidence,
            ]
        }
        let widths = header.indices.map { column in ([header] + lines).map { $0[column].count }.max() ?? 0 }
        return ([header] + lines).map { cells in
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
