import Foundation
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
    var layout: LayoutEngine
    var warnings: [String]

    /// Every file name `build` can write; those of an earlier run that this run did not produce are removed.
    static let allNames: [String] =
        ["events.json", "events.geojson", "relations.dot", "timeline.dot", "graph.graphml", "graph.gexf"]
        + ["relations", "timeline"].flatMap { name in ImageFormat.allCases.map { "\(name).\($0.output.fileExtension)" } }

    /// Encodes and renders all outputs of `graph`.
    static func make(graph: EventGraph, level: AggregationLevel, layout choice: LayoutChoice, formats: [ImageFormat])
        throws -> BuildOutputs
    {
        let relations = graph.relationGraph(level: level)
        let layout = choice.engine(nodeCount: relations.nodes.count, edgeCount: relations.relations.count)
        let encoder = layout == .dot ? DOTEncoder() : DOTEncoder(edgeRouting: .straight, mergesParallelEdges: true)
        let relationsDOT = encoder.encode(relations)
        let timelineDOT = encoder.encode(graph.timeline(level: .actor))
        var files = [
            File(name: "events.json", data: try EventsJSONEncoder(level: level).encode(graph)),
            File(name: "events.geojson", data: try GeoJSONEncoder().encode(graph)),
            File(name: "relations.dot", data: Data(relationsDOT.utf8)),
            File(name: "timeline.dot", data: Data(timelineDOT.utf8)),
            File(name: "graph.graphml", data: GraphMLEncoder(level: level).encode(graph)),
            File(name: "graph.gexf", data: GEXFEncoder(level: level).encode(graph)),
        ]
        var warnings: [String] = []
        let renderer = GraphvizRenderer()
        for (name, dot, engine) in [("relations", relationsDOT, layout), ("timeline", timelineDOT, LayoutEngine.dot)] {
            for format in formats {
                let file = "\(name).\(format.output.fileExtension)"
                do {
                    let rendering = try renderer.renderReporting(dot: dot, layout: engine, format: format.output)
                    files.append(File(name: file, data: rendering.data))
                    warnings += rendering.warnings.map { "\(file): \($0)" }
                } catch let error as RenderingError {
                    throw BuildFailure("could not render \(file): \(error.errorDescription ?? "\(error)")")
                }
            }
        }
        return BuildOutputs(files: files, relationCount: relations.relations.count, layout: layout, warnings: warnings)
    }

    /// Writes every file into `directory` (created if missing) as one set, as far as a file system allows:
    /// each file first goes to a hidden temporary name in `directory`, and only when every one of them was
    /// written are they renamed over the old outputs; on any failure the temporary files are removed and the
    /// old outputs stay as they were. Outputs of an earlier run that this run did not produce (a
    /// `relations.png` when PNG was not asked for this time) are removed after the renames.
    ///
    /// - Parameter display: How to name `directory` in messages (the path as the user typed it).
    /// - Returns: The stale outputs removed.
    @discardableResult
    func write(to directory: URL, display: String) throws -> [String] {
        let fileSystem = OutputFileSystem(directory: directory, display: display)
        try fileSystem.prepareDirectory()
        for file in files { try fileSystem.checkDestination(file.name) }
        var temporaries: [(temporary: URL, name: String)] = []
        do {
            for file in files {
                temporaries.append((try fileSystem.writeTemporary(file.data, for: file.name), file.name))
            }
            for (index, entry) in temporaries.enumerated() {
                do {
                    try fileSystem.rename(entry.temporary, to: entry.name)
                } catch {
                    temporaries.removeFirst(index)
                    throw error
                }
            }
        } catch {
            for entry in temporaries { try? FileManager.default.removeItem(at: entry.temporary) }
            throw error
        }
        let produced = Set(files.map(\.name))
        var removed: [String] = []
        for name in Self.allNames where !produced.contains(name) {
            if fileSystem.removeStaleFile(name) { removed.append(name) }
        }
        return removed
    }
}

/// A failure of `storygraph build` explained in one line.
struct BuildFailure: Error, LocalizedError {
    var message: String
    init(_ message: String) { self.message = message }
    var errorDescription: String? { message }
}
