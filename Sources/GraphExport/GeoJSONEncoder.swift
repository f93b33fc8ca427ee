import Foundation
import GraphModel

/// Encodes the located events of a graph as `events.geojson` (see ``GeoJSONFeatureCollection`` for the shape).
///
/// Keys are sorted and slashes left unescaped, so equal graphs give byte-identical files.
public struct GeoJSONEncoder: Sendable {
    /// Whether to indent the JSON.
    public var prettyPrinted: Bool

    /// Creates an encoder.
    public init(prettyPrinted: Bool = true) { self.prettyPrinted = prettyPrinted }

    /// The GeoJSON of `graph`, ending in a newline; an empty FeatureCollection when no event is located.
    ///
    /// - Throws: ``GraphExportError/encodingFailed(format:reason:)`` if a value cannot be encoded.
    public func encode(_ graph: EventGraph) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = prettyPrinted
            ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try JSONText.encode(GeoJSONFeatureCollection(graph: graph), with: encoder) + Data("\n".utf8)
        } catch {
            throw GraphExportError.encodingFailed(format: "GeoJSON", reason: String(describing: error))
        }
    }
}
