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

    /// Writes every file into `directory` (created if missing), each atomically (temporary file + rename).
    func write(to directory: URL) throws {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw BuildFailure("could not create \(directory.path): \(error.localizedDescription)")
        }
        for file in files {
            let url = directory.appendingPathComponent(file.name)
            do {
                try file.data.write(to: url, options: .atomic)
            } catch {
                throw BuildFailure("could not write \(url.path): \(error.localizedDescription)")
            }
        }
    }
}

/// A failure of `storygraph build` explained in one line.
struct BuildFailure: Error, LocalizedError {
    var message: String
    init(_ message: String) { self.message = message }
    var errorDescription: String? { message }
}
