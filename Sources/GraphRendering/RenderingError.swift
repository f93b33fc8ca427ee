import Foundation

/// Errors raised while laying out and rendering DOT through Graphviz; each carries Graphviz's own messages.
public enum RenderingError: Error, Hashable, Sendable, LocalizedError {
    /// Graphviz could not create its context.
    case contextUnavailable
    /// The DOT text does not parse (or holds no graph).
    case syntax(messages: [String])
    /// Graphviz has no plugin for the layout engine: usually its plugin configuration (`config6a`, written by
    /// `dot -c`) is missing. `available` lists the engines it does have.
    case layoutUnavailable(engine: String, available: [String])
    /// The layout engine failed.
    case layoutFailed(engine: String, messages: [String])
    /// Rendering to the format failed.
    case renderFailed(format: String, messages: [String])
    /// Graphviz reported errors while rendering (a malformed HTML-like or record label, say), although it
    /// produced output.
    case graphvizReported(messages: [String])

    public var errorDescription: String? {
        switch self {
        case .contextUnavailable:
            "Graphviz could not create a rendering context"
        case .syntax(let messages):
            "Graphviz could not read the DOT text: " + Self.joined(messages, otherwise: "no graph found")
        case .layoutUnavailable(let engine, let available):
            "Graphviz has no \"\(engine)\" layout plugin (available: "
                + (available.isEmpty ? "none" : available.joined(separator: ", "))
                + "); its plugin configuration is probably missing: run `sudo dot -c` to regenerate it"
        case .layoutFailed(let engine, let messages):
            "Graphviz's \(engine) layout failed: " + Self.joined(messages, otherwise: "no message")
        case .renderFailed(let format, let messages):
            "Graphviz could not render \(format): " + Self.joined(messages, otherwise: "no message")
        case .graphvizReported(let messages):
            "Graphviz reported errors: " + Self.joined(messages, otherwise: "no message")
        }
    }

    private static func joined(_ messages: [String], otherwise fallback: String) -> String {
        messages.isEmpty ? fallback : messages.joined(separator: "; ")
    }
}
