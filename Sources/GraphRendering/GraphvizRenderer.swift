import CGraphviz
import Foundation

/// Lays out and renders DOT text in process through Graphviz's C library (libgvc), safely from any thread.
///
/// All renderers share one process-wide lock (libgvc is not thread-safe), so concurrent calls wait for each
/// other rather than crash. Each render reads the DOT (`agmemread`), lays it out (`gvLayout`), renders it
/// (`gvRenderData`) and frees everything it allocated (`gvFreeRenderData`, `gvFreeLayout`, `agclose`), so
/// memory stays flat over many renders. Graphviz's messages are captured, never printed: errors become a
/// thrown ``RenderingError`` carrying them, warnings come back in ``Rendering/warnings``.
///
/// Name every graph you render: unnamed graphs get process-global counter names that leak into SVG titles.
/// In SVG, each node's, edge's and cluster's `<title>` (the browser's tooltip) is its tooltip attribute as
/// rendered, or absent: never the internal node name Graphviz writes there (see ``SVGTooltips``).
public struct GraphvizRenderer: Sendable {
    /// The result of one render.
    public struct Rendering: Hashable, Sendable {
        /// The rendered bytes.
        public var data: Data
        /// Warnings Graphviz reported (font substitutions, overlap fallbacks, …), one per line.
        public var warnings: [String]
    }

    /// Creates a renderer; all renderers share the process's Graphviz context.
    public init() {}

    /// Renders `dot` laid out by `layout` as `format`.
    ///
    /// - Parameters:
    ///   - dot: DOT text holding one graph.
    ///   - layout: The layout engine.
    ///   - format: The output format.
    /// - Returns: The rendered bytes.
    /// - Throws: ``RenderingError`` with Graphviz's messages when the DOT does not parse, the layout engine is
    ///   missing or fails, rendering fails, or Graphviz reports errors along the way.
    public func render(dot: String, layout: LayoutEngine = .dot, format: OutputFormat = .svg) throws -> Data {
        try renderReporting(dot: dot, layout: layout, format: format).data
    }

    /// Renders like ``render(dot:layout:format:)`` and also returns Graphviz's warnings.
    ///
    /// - Throws: ``RenderingError``.
    public func renderReporting(dot: String, layout: LayoutEngine = .dot, format: OutputFormat = .svg) throws
        -> Rendering
    {
        let session = GraphvizSession.shared
        return try session.withContext { context in
            session.resetMessages()
            guard let graph = dot.withCString({ agmemread($0) }) else {
                throw RenderingError.syntax(messages: session.takeMessages())
            }
            defer { agclose(graph) }
            if agerrors() >= Int32(AGERR.rawValue) {
                throw RenderingError.syntax(messages: session.takeMessages())
            }
            let available = session.availableLayouts(context)
            guard available.contains(layout.rawValue) else {
                throw RenderingError.layoutUnavailable(engine: layout.rawValue, available: available)
            }
            guard gvLayout(context, graph, layout.rawValue) == 0 else {
                throw RenderingError.layoutFailed(engine: layout.rawValue, messages: session.takeMessages())
            }
            defer { gvFreeLayout(context, graph) }
            var result: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = gvRenderData(context, graph, format.rawValue, &result, &length)
            defer { if let result { gvFreeRenderData(result) } }
            guard status == 0, let result, length > 0 else {
                throw RenderingError.renderFailed(format: format.rawValue, messages: session.takeMessages())
            }
            let raw = Data(bytes: result, count: Int(length))
            let data: Data
            switch format {
            case .pdf: data = PDFCreationDate.blanked(raw)
            case .svg: data = SVGTooltips.corrected(raw)  // no internal node ids as tooltips
            default: data = raw
            }
            let messages = session.takeMessages()
            if agerrors() >= Int32(AGERR.rawValue) { throw RenderingError.graphvizReported(messages: messages) }
            return Rendering(data: data, warnings: messages)
        }
    }

    /// The layout engines this Graphviz installation has plugins for, sorted; empty when its plugin
    /// configuration is missing.
    ///
    /// - Throws: ``RenderingError/contextUnavailable``.
    public static func availableLayouts() throws -> [String] {
        try GraphvizSession.shared.withContext { GraphvizSession.shared.availableLayouts($0) }
    }

    /// The Graphviz library version (`2.43.0` for Debian bookworm's 2.42.2 package).
    ///
    /// - Throws: ``RenderingError/contextUnavailable``.
    public static func graphvizVersion() throws -> String {
        try GraphvizSession.shared.withContext { context in
            gvcVersion(context).map { String(cString: $0) } ?? "unknown"
        }
    }
}
