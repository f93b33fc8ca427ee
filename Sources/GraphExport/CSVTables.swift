import ActorLexicon
import CSV
import EventOntology
import Foundation
import GraphModel

/// `events.csv` and `relations.csv`: the graph as two tables for spreadsheets and data tools.
///
/// RFC 4180: a header row, CRLF line ends (a final one too), fields quoted when they hold a comma, a quote or a
/// line break, quotes doubled; written by CSV.swift's `CSVWriter`. A text cell a spreadsheet would run as a
/// formula (`=HYPERLINK(…)` in an article) is made inert with a leading apostrophe (``inert(_:)``), and a control
/// character an article brought in (ESC, BEL, DEL, C1 controls; tab and line breaks stay) becomes U+FFFD
/// (``visible(_:)``), so that no table sends terminal escape sequences. UTF-8, with a byte order mark when
/// ``byteOrderMark`` is set (spreadsheets that guess the encoding then read non-ASCII names right). Rows
/// follow the graph's order: events as in `events.json`, relations sorted.
public struct CSVTables: Sendable {
    /// The aggregation level of `relations.csv`.
    public var level: AggregationLevel
    /// Whether files start with a UTF-8 byte order mark (`--csv-bom`).
    public var byteOrderMark: Bool

    /// Creates the encoder.
    public init(level: AggregationLevel = .country, byteOrderMark: Bool = false) {
        self.level = level
        self.byteOrderMark = byteOrderMark
    }

    /// The columns of `events.csv`.
    public static let eventColumns = [
        "event_id", "date", "date_first", "date_last", "granularity", "since", "source_id", "source_name",
        "source_country", "source_sector", "target_id", "target_name", "target_country", "target_sector", "type",
        "mode", "cameo", "quad_class", "quad_class_label", "goldstein", "modality", "attribution", "num_articles",
        "document_id", "title", "url", "evidence", "location_name", "location_country", "location_admin1",
        "location_lat", "location_lon", "location_precision", "location_geoname_id",
    ]

    /// The columns of `relations.csv`.
    public static let relationColumns = [
        "relation_id", "source_id", "source_name", "target_id", "target_name", "type", "quad_class", "symmetric",
        "negated", "events", "num_articles", "date_first", "date_last", "goldstein_mean", "modalities", "event_ids",
    ]

    /// One row per event of `graph`. `num_articles` counts the articles reporting the event's happening (its
    /// ``EventCluster``, as `query` and `events.geojson` count them; 0 for an event of an article that repeats
    /// another's text, which joins no happening).
    ///
    /// - Throws: ``GraphExportError/encodingFailed(format:reason:)`` when the writer fails.
    public func events(_ graph: EventGraph) throws -> Data {
        let clusterOf = graph.clusterIndex()
        let rows = graph.events.values.map { event -> [String] in
            let source = graph.actors[event.source]
            let target = event.target.flatMap { graph.actors[$0] }
            let document = graph.documents[event.evidence.document]
            let value = event.date?.intervalValue
            let interval = event.date?.interval
            return [
                event.id.rawValue, event.date?.value ?? event.date?.rangeBegin ?? "",
                interval?.first.description ?? "", interval?.last.description ?? "",
                HumanDate.granularity(value ?? event.date?.value),
                value.map { EventGraph.startsRange($0, event.date) ? "true" : "false" } ?? "",
                event.source.rawValue, source?.name ?? "", event.sourceCountry ?? source?.country ?? "", source?.sector ?? "",
                event.target?.rawValue ?? "", target?.name ?? "", event.targetCountry ?? target?.country ?? "",
                target?.sector ?? "", event.type.rawValue, event.mode ?? "", event.cameo, "\(event.quadClass.rawValue)",
                event.quadClass.label, Self.number(event.goldstein), event.modality.rawValue,
                event.attribution?.rawValue ?? "", "\(clusterOf[event.id]?.numArticles ?? 0)",
                event.evidence.document.rawValue, document?.title ?? "", document?.url ?? "", event.evidence.text,
            ] + Self.locationFields(event.location)
        }
        return try table(Self.eventColumns, rows)
    }

    /// One row per relation of `graph` at ``level``, domestic ones (both ends one node) included.
    ///
    /// - Throws: ``GraphExportError/encodingFailed(format:reason:)`` when the writer fails.
    public func relations(_ graph: EventGraph) throws -> Data {
        let provenance = DiagramProvenance(graph)
        let relations = graph.relationGraph(level: level)
        let rows = (relations.relations + relations.selfRelations).sorted().map { relation -> [String] in
            [
                relation.id, relation.source.rawValue, graph.nodeActor(relation.source).name, relation.target.rawValue,
                graph.nodeActor(relation.target).name, relation.type.rawValue, "\(relation.quadClass.rawValue)",
                "\(relation.symmetric)", "\(relation.negated)", "\(relation.count)",
                "\(provenance.articles(of: relation.events).count)", relation.firstDate ?? "", relation.lastDate ?? "",
                Self.number(relation.goldstein),
                relation.modalities.entries.map { "\($0.modality.rawValue) \($0.count)" }.joined(separator: "; "),
                relation.events.map(\.rawValue).joined(separator: " "),
            ]
        }
        return try table(Self.relationColumns, rows)
    }

    private func table(_ header: [String], _ rows: [[String]]) throws -> Data {
        try Self.table(header: header, rows: rows, byteOrderMark: byteOrderMark)
    }

    /// Any table as `events.csv` is written: RFC 4180 (a header row, CRLF line ends, a final one too, fields
    /// quoted when they need it), text cells a spreadsheet would run as formulas made inert, control characters
    /// replaced by U+FFFD (``visible(_:)``), UTF-8 with a byte
    /// order mark when `byteOrderMark` is set. `query --format csv` and `series` write theirs with it.
    ///
    /// - Parameters:
    ///   - header: The column names.
    ///   - rows: The cells, one array per row.
    ///   - byteOrderMark: Whether to start with a UTF-8 byte order mark.
    /// - Returns: The CSV bytes.
    /// - Throws: ``GraphExportError/encodingFailed(format:reason:)`` when the writer fails.
    public static func table(header: [String], rows: [[String]], byteOrderMark: Bool = false) throws -> Data {
        let stream = OutputStream.toMemory()
        stream.open()
        do {
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            try writer.write(row: header)
            for row in rows { try writer.write(row: row.map { inert(visible($0)) }) }
        } catch {
            throw GraphExportError.encodingFailed(format: "CSV", reason: "\(error)")
        }
        stream.close()
        guard let body = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw GraphExportError.encodingFailed(format: "CSV", reason: "the writer produced no data")
        }
        return (byteOrderMark ? Data([0xEF, 0xBB, 0xBF]) : Data()) + body + Data("\r\n".utf8)
    }

    /// The location columns of an event: name, country, first-level division, latitude and longitude (decimal
    /// degrees, WGS 84, five decimals), precision and GeoNames id; empty when the event has no location.
    static func locationFields(_ location: EventLocation?) -> [String] {
        guard let location else { return Array(repeating: "", count: 7) }
        return [
            location.name, location.country, location.admin1 ?? "", String(format: "%.5f", location.lat),
            String(format: "%.5f", location.lon), location.precision.rawValue, "\(location.geonameId)",
        ]
    }

    /// A cell a spreadsheet will not run as a formula: text starting with `=`, `+`, `@`, a tab or a carriage
    /// return, or `-` when it is not a number, gets a leading apostrophe (the usual defence against CSV formula
    /// injection; spreadsheets hide the apostrophe). Numbers such as a Goldstein value of `-9` stay numbers.
    static func inert(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first else { return cell }
        let risky = ["=", "+", "@", "\t", "\r"].contains(first) || (first == "-" && Double(cell) == nil)
        return risky ? "'" + cell : cell
    }

    /// `cell` with every control character but tab, line feed and carriage return (which CSV quotes) replaced
    /// by U+FFFD: C0 controls such as ESC and BEL, DEL, and the C1 controls U+0080–U+009F. Article text may hold
    /// them; a table shown in a terminal (`cat events.csv`, `query --format csv`) would run them as escape
    /// sequences.
    public static func visible(_ cell: String) -> String {
        ControlCharacters.shown(cell)
    }

    /// A number with at most two decimals and no trailing zeros, as every table writes a Goldstein value:
    /// `-4`, `3.4`, `1.25`.
    public static func number(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        if hundredths.truncatingRemainder(dividingBy: 100) == 0 { return String(Int(hundredths / 100)) }
        return String(format: "%.2f", hundredths / 100).replacingOccurrences(of: #"0$"#, with: "", options: .regularExpression)
    }
}
