import CGraphviz

/// Renders DOT through libgvc. (Being built.)
public struct GraphvizRenderer: Sendable {
    public init() {}
}
