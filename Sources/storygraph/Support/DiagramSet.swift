import ArticleText
import EventOntology
import Foundation
import GraphExport
import GraphModel
import GraphRendering

/// The two diagrams of a graph as DOT, ready to render: the relations diagram (pruned to the top relations
/// when large, refused beyond a size Graphviz cannot lay out in reasonable time) and the timeline.
struct DiagramSet {
    /// What the diagrams draw.
    struct Options {
        /// The most relations drawn (`nil`: ``DiagramSet/defaultTop`` above ``DiagramSet/pruningThreshold``, 0: all).
        var top: Int?
        /// One edge per pair of actors with a tally of types.
        var collapse = false
        /// What a timeline lane holds.
        var lanes: TimelineChart.Lanes = .actor
        /// The layout of the relations diagram.
        var layout: LayoutChoice = .auto
        /// A caption drawn above each diagram.
        var title: String?
        /// The modalities drawn (`nil`: all). By default negated, future and hypothetical events stay in the
        /// data files but are not drawn.
        var drawnModalities: Set<Modality>? = DiagramSet.factualModalities
    }

    /// What the diagrams draw by default: events the text states happened (asserted, reported, hedged).
    static let factualModalities: Set<Modality> = [.asserted, .reported, .hedged]

    /// Above this many relations the diagram shows only the top ``defaultTop`` unless `--top` says otherwise.
    static let pruningThreshold = 60
    /// The relations kept by default above ``pruningThreshold``.
    static let defaultTop = 40
    /// The most nodes and relations a diagram may have: beyond, layout takes minutes or hangs.
    static let maximumNodes = 1_500
    static let maximumRelations = 4_000

    var relationsDOT: String
    var timelineDOT: String
    /// The engine laying out the relations diagram (the timeline is pinned and laid out with neato).
    var layout: LayoutEngine
    /// Relations drawn, loops (domestic relations) included: after the drawn-modality filter and `--top`.
    var relationCount: Int
    /// Relations of the graph at the level, drawn or not, loops included, of every modality: the rows of
    /// `relations.csv` and the report's count.
    var totalRelationCount: Int
    /// The label lines of each timeline box, by the box's index (`box:N` in the DOT).
    var timelineBoxes: [[String]]
    /// Findings about the drawing (relations left out).
    var findings: [Finding]
    /// The findings' messages.
    var notes: [String] { findings.map(\.message) }

    init(graph all: EventGraph, level: AggregationLevel, options: Options) throws {
        var graph = all
        let every = all.relationGraph(level: level)
        totalRelationCount = every.relations.count + every.selfRelations.count
        if let modalities = options.drawnModalities {
            graph = try all.filtered(by: GraphQuery(modalities: modalities, level: level))
        }
        let provenance = DiagramProvenance(graph)
        let full = graph.relationGraph(level: level)
        let fullCount = full.relations.count + full.selfRelations.count
        var notDrawn: Finding?
        let left = all.events.count - graph.events.count
        if left > 0 {
            notDrawn = Finding(
                .info, code: "diagram.modality",
                message: Self.modalityNote(events: left, drawable: fullCount, total: totalRelationCount))
        }
        let limit = options.top ?? (fullCount > Self.pruningThreshold ? Self.defaultTop : 0)
        let selection = limit > 0 ? RelationSelection(top: limit, of: full, provenance: provenance) : nil
        let relations = selection?.graph ?? full
        guard relations.nodes.count <= Self.maximumNodes, relations.relations.count <= Self.maximumRelations else {
            throw BuildFailure(
                "the relations diagram would have \(relations.nodes.count) actors and \(relations.relations.count) relations, "
                    + "too many to lay out (at most \(Self.maximumNodes) and \(Self.maximumRelations)); draw fewer with --top N "
                    + "or the filters --from/--to, --type, --actor, --min-count")
        }
        layout = options.layout.engine(nodeCount: relations.nodes.count, edgeCount: relations.relations.count)
        var encoder = layout == .dot
            ? DOTEncoder(collapsesDyads: options.collapse)
            : DOTEncoder(edgeRouting: .straight, mergesParallelEdges: true, collapsesDyads: options.collapse)
        encoder.title = options.title
        relationsDOT = encoder.encode(relations, provenance: provenance)
        let timeline = TimelineChart(graph: graph, lanes: options.lanes, provenance: provenance)
        timelineDOT = encoder.encode(timeline, provenance: provenance)
        timelineBoxes = timeline.boxes.map(\.lines)
        relationCount = relations.relations.count + relations.selfRelations.count
        // The modality note first: it says which relations the diagram could draw, the count the pruning note
        // starts from.
        findings = (notDrawn.map { [$0] } ?? []) + (selection?.finding.map { [$0] } ?? [])
    }

    /// The `diagram.modality` note: how many events are not drawn and, when some relations hold only such
    /// events, how many relations that leaves the diagram of the `total` the data files list (the summary's
    /// count), so that the pruning note's count ("of the 167 it could draw") adds up with the summary's.
    static func modalityNote(events: Int, drawable: Int, total: Int) -> String {
        let hidden = total - drawable
        let relations = hidden > 0
            ? ", nor the \(CountedNoun.text(hidden, "relation")) made only of them (the diagram draws from \(drawable) of the \(total) relations)"
            : ""
        return "\(events) negated, future or hypothetical event\(events == 1 ? " is" : "s are") in the data files but not drawn"
            + relations + "; --all-modalities draws them"
    }

    /// A Graphviz `warning` about `file` as a user can act on it.
    ///
    /// Graphviz names the node by its DOT id (`node 'box:5', graph 'timeline' size too small for label`); a
    /// timeline box is named by its first label lines instead, with the cause (the installed fonts are wider
    /// than Liberation Sans, the font the boxes are sized for) and the remedy. Other warnings keep Graphviz's
    /// words after the file name.
    static func readableWarning(_ warning: String, file: String, timelineBoxes: [[String]]) -> String {
        var text = Substring(warning)
        if text.hasPrefix("Warning: ") { text = text.dropFirst("Warning: ".count) }
        let tooSmall = "size too small for label"
        guard text.hasPrefix("node '"), text.hasSuffix(tooSmall) else { return "\(path: file): Graphviz: \(text)" }
        let id = text.dropFirst("node '".count).prefix { $0 != "'" }
        if id.hasPrefix("box:"), let index = Int(id.dropFirst("box:".count)), timelineBoxes.indices.contains(index) {
            let label = timelineBoxes[index].prefix(3).joined(separator: " · ")
            return "\(path: file): the text of the timeline box “\(label)” is wider than the box in the fonts installed here "
                + "and runs past its edge; the boxes are sized for Liberation Sans (package fonts-liberation2 or "
                + "liberation-sans-fonts): install it for labels that fit. The diagram is written all the same."
        }
        return "\(path: file): the label of the node \(id) is larger than its fixed size and runs past its edge. The diagram "
            + "is written all the same."
    }

    /// Both diagrams rendered in `format`: `relations.EXT` and `timeline.EXT` with Graphviz's warnings.
    ///
    /// - Throws: ``BuildFailure`` naming the file when Graphviz fails.
    func render(_ format: OutputFormat) throws -> [(name: String, data: Data, warnings: [String])] {
        let renderer = GraphvizRenderer()
        return try [("relations", relationsDOT, layout), ("timeline", timelineDOT, LayoutEngine.neato)].map { name, dot, engine in
            let file = "\(name).\(format.fileExtension)"
            do {
                let rendering = try renderer.renderReporting(dot: dot, layout: engine, format: format)
                return (file, rendering.data, rendering.warnings.map { Self.readableWarning($0, file: file, timelineBoxes: timelineBoxes) })
            } catch let error as RenderingError {
                throw BuildFailure("could not render \(path: file): \(error.errorDescription ?? "\(error)")")
            }
        }
    }
}
