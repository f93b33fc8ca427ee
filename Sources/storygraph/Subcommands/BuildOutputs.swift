import ArticleText
import Foundation
import OutputFiles
import GraphExport
import GraphModel
import GraphRendering

/// Every file `storygraph build` writes, encoded and rendered in memory first so that nothing is written
/// unless everything succeeded.
struct BuildOutputs {
    /// One output file.
    struct File {
        var name: String
        var data: Data
    }

    var files: [File]
    var relationCount: Int
    /// Relations of the graph, drawn or not.
    var totalRelationCount: Int
    var layout: LayoutEngine
    var warnings: [String]
    /// Findings about the drawing itself (relations left out of the diagram).
    var notes: [String]

    /// Every file name `build` can write; those of an earlier run that this run did not produce are removed.
    static let allNames: [String] =
        ["events.json", "events.csv", "relations.csv", "timeline.json", "events.geojson", "relations.dot", "timeline.dot",
         "graph.graphml", "graph.gexf"]
        + ["relations", "timeline"].flatMap { name in ImageFormat.allCases.map { "\(name).\($0.output.fileExtension)" } }

    /// Encodes and renders all outputs of `graph`.
    ///
    /// - Parameters:
    ///   - options: What the diagrams draw (`--top`, `--collapse`, `--lanes`, `--layout`).
    ///   - csvByteOrderMark: Whether the CSV files start with a UTF-8 byte order mark.
    static func make(
        graph: EventGraph, level: AggregationLevel, formats: [ImageFormat], options: DiagramSet.Options,
        csvByteOrderMark: Bool = false
    ) throws -> BuildOutputs {
        let diagrams = try DiagramSet(graph: graph, level: level, options: options)
        var files = [
            File(name: "events.json", data: try EventsJSONEncoder(level: level, additionalFindings: diagrams.findings).encode(graph)),
            File(name: "events.csv", data: try CSVTables(level: level, byteOrderMark: csvByteOrderMark).events(graph)),
            File(name: "relations.csv", data: try CSVTables(level: level, byteOrderMark: csvByteOrderMark).relations(graph)),
            File(name: "timeline.json", data: try TimelineJSEncoder().encode(graph)),
            File(name: "events.geojson", data: try GeoJSONEncoder().encode(graph)),
            File(name: "relations.dot", data: Data(diagrams.relationsDOT.utf8)),
            File(name: "timeline.dot", data: Data(diagrams.timelineDOT.utf8)),
            File(name: "graph.graphml", data: GraphMLEncoder(level: level).encode(graph)),
            File(name: "graph.gexf", data: GEXFEncoder(level: level).encode(graph)),
        ]
        var warnings: [String] = []
        for format in formats {
            let rendered = try diagrams.render(format.output)
            files += rendered.map { File(name: $0.name, data: $0.data) }
            warnings += rendered.flatMap(\.warnings)
        }
        return BuildOutputs(
            files: files, relationCount: diagrams.relationCount, totalRelationCount: diagrams.totalRelationCount, layout: diagrams.layout, warnings: warnings,
            notes: diagrams.notes)
    }

    /// Writes every file into `directory` (created if missing) as one set (see `OutputSet`): every file is
    /// written under a temporary name first, the old outputs are kept as backups while the new ones are renamed
    /// into place, and a failure leaves the previous outputs as they were; a kill between the renames leaves a
    /// journal from which the next `build` or `report` restores them before it reads any input.
    ///
    /// Only files Storygraph wrote are ever replaced or removed: the set includes a record of its names
    /// (`OutputManifest`, `.storygraph-outputs`), written with them. Outputs the record lists that this run did
    /// not produce (a `relations.png` when PNG was not asked for this time) are removed in the same step, under
    /// the same journal. A file the record does not list is the user's: it is never removed, and when an output
    /// would replace it (a `timeline.pdf` of their own, an `events.json` from elsewhere, or the outputs of a
    /// version of Storygraph that kept no record) nothing is written and the error names it.
    ///
    /// - Parameter display: How to name `directory` in messages (the path as the user typed it).
    /// - Returns: The stale outputs removed.
    /// - Throws: `OutputFileError` naming the file in the way, or the file that could not be written.
    @discardableResult
    func write(to directory: URL, display: String) throws -> [String] {
        let fileSystem = OutputFileSystem(directory: directory, display: display)
        let recorded = try OutputManifest.read(in: fileSystem)
        let produced = files.map(\.name)
        let stale = Self.allNames.filter {
            recorded?.names.contains($0) == true && !produced.contains($0) && fileSystem.isRegularFile($0)
        }
        // Names another command recorded here (a Markdown report's diagrams) stay recorded while their files exist.
        let others = (recorded?.names ?? []).filter { !Self.allNames.contains($0) && OutputManifest.exists($0, in: fileSystem) }
        let manifest = OutputManifest(names: produced + others)
        try fileSystem.inDirectory {
            for name in produced + [OutputManifest.fileName] { try fileSystem.checkDestination(name) }
            try Self.refuseForeignFiles(produced, in: fileSystem, recorded: recorded)
            try Self.outputSet(fileSystem).replace(
                with: files.map { ($0.name, $0.data) } + [(OutputManifest.fileName, manifest.data())],
                removing: stale)
        }
        return stale
    }

    /// Fails when the folder holds, under the name of an output, a file that `recorded` (the folder's record of
    /// what storygraph wrote there, `.storygraph-outputs`) does not list.
    /// - Parameter command: The command writing the outputs (`build`, `report`), as messages name it.
    /// - Throws: `OutputFileError` naming the files and what to do.
    static func refuseForeignFiles(
        _ names: [String], in fileSystem: OutputFileSystem, recorded: OutputManifest?, command: String = "build"
    ) throws {
        let foreign = OutputManifest.foreignFiles(names, in: fileSystem, recorded: recorded)
        guard let first = foreign.first else { return }
        let record = fileSystem.shown(OutputManifest.fileName)
        let why = recorded == nil
            ? "the folder has no record of storygraph's outputs, \(record), as folders an older storygraph wrote have none"
            : "\(record), the record of storygraph's outputs, does not list \(foreign.count == 1 ? "it" : "them")"
        if foreign.count == 1 {
            throw OutputFileError(
                "could not write \(fileSystem.shown(first)): a file of that name is there that storygraph \(command) did not write "
                    + "(\(why)); move or remove it, or give another --out")
        }
        let names = foreign.dropLast().joined(separator: ", ") + " and " + (foreign.last ?? "")
        throw OutputFileError(
            "could not write into \(path: fileSystem.display): it holds \(names), files named like \(command)'s outputs that "
                + "storygraph \(command) did not write (\(why)); move or remove them, or give another --out")
    }

    /// The set of `build`'s outputs in the folder `fileSystem` names.
    static func outputSet(_ fileSystem: OutputFileSystem) -> OutputSet {
        OutputSet(fileSystem: fileSystem, knownNames: allNames + [OutputManifest.fileName])
    }
}

/// A failure of `storygraph build` explained in one line.
struct BuildFailure: Error, LocalizedError {
    var message: String
    init(_ message: String) { self.message = message }
    /// The message with any control character a path brought in escaped (`\u{1B}`): one line, shown as is.
    var errorDescription: String? { message.escapingControlCharacters }
}
