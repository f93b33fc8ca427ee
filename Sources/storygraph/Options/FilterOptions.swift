import ActorLexicon
import ArgumentParser
import EventOntology
import Foundation
import GraphModel

/// The event filters of the query model, shared by `build` and `report`: dates, types, actors, modalities and
/// the smallest relation.
struct FilterOptions: ParsableArguments {
    @OptionGroup var location: LocationOptions

    @Option(
        help: ArgumentHelp(
            "Keep events dated in or after this TIMEX3 calendar value: YYYY, YYYY-MM or YYYY-MM-DD. With --from or --to, undated events are dropped.",
            valueName: "YYYY"))
    var from: String?

    @Option(
        help: ArgumentHelp(
            "Keep events dated in or before this TIMEX3 calendar value (2021 runs to 2021-12-31). With --from or --to, undated events are dropped.",
            valueName: "YYYY"))
    var to: String?

    @Option(
        name: .customLong("type"),
        help: ArgumentHelp(
            "Keep only these PLOVER event types (comma-separated or repeated, any case): \(EventType.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "TYPE"))
    var types: [String] = []

    @Option(
        name: .customLong("actor"),
        help: ArgumentHelp(
            "Keep only events involving these actors (comma-separated or repeated): ISO 3166 alpha-3 country codes such as PRK or usa (any case), or actor ids as events.json lists them, such as kim-jong-un.",
            valueName: "ID"))
    var actors: [String] = []

    @Option(
        name: .customLong("modality"),
        help: ArgumentHelp(
            "Keep only events with these modalities (comma-separated or repeated): \(Modality.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "MODALITY"))
    var modalities: [String] = []

    @Option(help: "Keep only relations with at least this many events.")
    var minCount: Int = 1

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            guard let value else { continue }
            let year = value.prefix(4)
            guard year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw ValidationError(
                    "\(name) \"\(value)\" is not a date: give at least a year, as YYYY, YYYY-MM or YYYY-MM-DD")
            }
        }
    }

    /// `graph` with only the events the filters keep; actors asked for but absent are warned about on
    /// standard error (prefixed with `command`), as is a filter that removes every event.
    func apply(to graph: EventGraph, level: AggregationLevel, command: String) throws -> EventGraph {
        var query = try query(level: level)
        let resolution = ActorSelection(graph: graph, requested: query.actors.map(\.rawValue).sorted())
        query.actors = Set(resolution.matched)
        for warning in resolution.warnings {
            FileHandle.standardError.write(Data("\(command): warning: \(warning)\n".utf8))
        }
        let filtered = try graph.filtered(by: query)
        if filtered.events.isEmpty, !graph.events.isEmpty {
            FileHandle.standardError.write(Data(
                "\(command): warning: the filters removed all \(graph.events.count) events; the diagrams are empty\n".utf8))
        }
        return filtered
    }

    /// The filter the options describe.
    func query(level: AggregationLevel) throws -> GraphQuery {
        func list(_ values: [String]) -> [String] {
            values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let types = try list(types).map { name in
            guard let type = EventType(rawValue: name.uppercased()) else {
                throw ValidationError(
                    "unknown --type \"\(name)\"; PLOVER types: \(EventType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return type
        }
        let modalities = try list(modalities).map { name in
            guard let modality = Modality(rawValue: name.lowercased()) else {
                throw ValidationError(
                    "unknown --modality \"\(name)\"; modalities: \(Modality.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return modality
        }
        guard minCount >= 1 else { throw ValidationError("--min-count must be at least 1") }
        var query = GraphQuery(
            from: from, to: to, actors: Set(list(actors).map { ActorID(rawValue: $0) }), types: Set(types),
            modalities: Set(modalities), minimumCount: minCount, level: level)
        query.location = try location.filter()
        do {
            _ = try query.window()
        } catch let error as GraphModelError {
            throw ValidationError(error.errorDescription ?? "invalid --from/--to")
        }
        return query
    }
}
