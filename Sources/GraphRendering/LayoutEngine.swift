/// Graphviz layout engines.
public enum LayoutEngine: String, Hashable, Sendable, Codable, CaseIterable {
    /// Hierarchical layers (Sugiyama); best for small directed graphs and timelines.
    case dot
    /// Spring model (stress majorisation).
    case neato
    /// Force-directed (Fruchterman–Reingold).
    case fdp
    /// Multiscale force-directed; fast on large graphs.
    case sfdp
    /// Circular.
    case circo
    /// Radial.
    case twopi
    /// Packed clusters.
    case osage
    /// Squarified treemap.
    case patchwork

    /// The node count above which ``recommended(nodeCount:)`` leaves `dot` for `sfdp`.
    public static let largeGraphThreshold = 150

    /// The layout to use for a relations diagram of `nodeCount` nodes: `dot` up to
    /// ``largeGraphThreshold`` nodes, `sfdp` above.
    ///
    /// `dot` gives the most readable drawings of small graphs, but its crossing minimisation grows quickly with
    /// dense graphs and hub nodes (measured: seconds at 300 random nodes; hubs with many dozens of incoming
    /// edges, like `USA` or `RUS` in a news corpus, can stall it), while `sfdp` stays well under a second
    /// at 2,000 nodes.
    public static func recommended(nodeCount: Int) -> LayoutEngine {
        nodeCount > largeGraphThreshold ? .sfdp : .dot
    }
}

/// Graphviz output formats rendered in process.
public enum OutputFormat: String, Hashable, Sendable, Codable, CaseIterable {
    /// Scalable Vector Graphics.
    case svg
    /// Portable Network Graphics (cairo).
    case png
    /// Portable Document Format (cairo).
    case pdf
    /// Graphviz JSON with layout coordinates.
    case json
    /// DOT with layout coordinates and drawing operations.
    case xdot

    /// The file name extension for the format.
    public var fileExtension: String { rawValue }
}
