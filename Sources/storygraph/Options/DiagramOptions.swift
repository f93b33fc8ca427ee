import ArgumentParser
import GraphExport
import GraphRendering

/// What the diagrams draw, shared by `build` and `report`: the layout, pruning, collapsed dyads, timeline lanes.
struct DiagramOptions: ParsableArguments {
    @Option(help: "Layout engine of the relations diagram.")
    var layout: LayoutChoice = .auto

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Draw only the N relations with the most articles (0: all). Default: 40 when there are more than 60.",
            valueName: "N"))
    var top: Int?

    @Flag(help: "Draw one edge per pair of actors, labelled with a tally of its event types.")
    var collapse = false

    @Option(help: "What one lane of the timeline holds: one acting actor, one pair of actors or one event type.")
    var lanes: LanesChoice = .actor

    @Flag(help: "Draw negated, future and hypothetical events too (by default they are in the data files only; --modality also draws what it keeps).")
    var allModalities = false

    func validate() throws {
        if let top, top < 0 { throw ValidationError("--top must be 0 (all) or more") }
    }

    /// The options as the diagram builder takes them; `filters` decide whether the default modalities apply
    /// (an explicit `--modality` draws what it keeps).
    func options(filters: FilterOptions) -> DiagramSet.Options {
        var options = DiagramSet.Options(top: top, collapse: collapse, lanes: lanes.lanes, layout: layout)
        if allModalities || !filters.modalities.isEmpty { options.drawnModalities = nil }
        return options
    }
}

/// `--lanes` choices.
enum LanesChoice: String, CaseIterable, ExpressibleByArgument {
    case actor, dyad, type

    var lanes: TimelineChart.Lanes { TimelineChart.Lanes(rawValue: rawValue) ?? .actor }
}

/// `--layout` choices: `auto` picks by graph size.
enum LayoutChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, dot, neato, fdp, sfdp, circo, twopi

    func engine(nodeCount: Int, edgeCount: Int) -> LayoutEngine {
        LayoutEngine(rawValue: rawValue) ?? .recommended(nodeCount: nodeCount, edgeCount: edgeCount)
    }
}
