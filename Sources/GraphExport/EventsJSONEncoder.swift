import ArticleText
import Foundation
import GraphModel

/// Encodes a graph as `events.json` (see ``EventsJSON`` for the shape).
///
/// Keys are sorted and slashes left unescaped, so equal graphs give byte-identical files.
public struct EventsJSONEncoder: Sendable {
    /// The level at which relations are aggregated.
    public var level: AggregationLevel
    /// Whether to indent the JSON.
    public var prettyPrinted: Bool
    /// Findings about the outputs to list with the graph's own (a `diagram.pruned` note).
    public var additionalFindings: [Finding]

    /// Creates an encoder.
    public init(level: AggregationLevel = .country, prettyPrinted: Bool = true, additionalFindings: [Finding] = []) {
        self.additionalFindings = additionalFindings
        self.level = level
        self.prettyPrinted = prettyPrinted
    }

    /// The JSON of `graph`, ending in a newline.
    ///
    /// - Parameter graph: The graph.
    /// - Returns: UTF-8 JSON.
    /// - Throws: ``GraphExportError/encodingFailed(format:reason:)`` if a value cannot be encoded (a
    ///   non-finite number).
    public func encode(_ graph: EventGraph) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = prettyPrinted
            ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        do {
            var content = EventsJSON(graph: graph, level: level)
            content.findings = (content.findings + additionalFindings).sorted()
            return try JSONText.encode(content, with: encoder) + Data("\n".utf8)
        } catch {
            throw GraphExportError.encodingFailed(format: "JSON", reason: String(describing: error))
        }
    }
}
