import GraphModel

/// Encodes graphs as Graphviz DOT. (Being built.)
public struct DOTEncoder: Sendable {
    public init() {}
}
