import EventOntology
import Foundation

extension EventTypeModel {
    /// The model bundled with the module (`Resources/event-types.tsv`), read on first use; `nil` when the
    /// resource is missing or malformed, in which case the extractor codes by its rules alone.
    public static let bundled: EventTypeModel? = {
        guard let url = Bundle.module.url(forResource: "event-types", withExtension: "tsv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "event-types", withExtension: "tsv")
        else { return nil }
        return try? EventTypeModel(contentsOf: url)
    }()

    /// The first line of a model file.
    static let header = "# Storygraph event-type model v2: averaged perceptron over EventTypeFeatures, written by `storygraph train-events`"

    /// Reads a model file written by ``write(to:)``.
    /// - Throws: ``EventExtractionError/malformedFile(path:reason:)`` naming the line that is wrong.
    public init(contentsOf url: URL) throws {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw EventExtractionError.malformedFile(path: url.path, reason: "cannot be read as UTF-8 text")
        }
        func problem(_ line: Int, _ reason: String) -> EventExtractionError {
            .malformedFile(path: url.path, reason: "line \(line): \(reason)")
        }
        var weights: [String: [Float]] = [:]
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            if line.isEmpty { continue }
            if number == 1 {
                guard line == Self.header else { throw problem(1, "not an event-type model (header missing)") }
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch fields.first {
            case "labels":
                let expected = Self.labels.map { $0?.rawValue ?? "NONE" }
                guard fields.dropFirst().map(String.init) == expected else {
                    throw problem(number, "labels differ from \(expected.joined(separator: " "))")
                }
            case "f":
                guard fields.count == 3 else { throw problem(number, "expected `f<TAB>feature<TAB>label:weight …`") }
                var row = [Float](repeating: 0, count: Self.labels.count)
                for entry in fields[2].split(separator: " ") {
                    let parts = entry.split(separator: ":")
                    guard parts.count == 2, let label = Int(parts[0]), row.indices.contains(label),
                          let weight = Float(parts[1])
                    else { throw problem(number, "bad weight `\(entry)`") }
                    row[label] = weight
                }
                weights[String(fields[1])] = row
            default:
                throw problem(number, "unknown record `\(fields.first ?? "")`")
            }
        }
        self.init(weights: weights)
    }

    /// The model as text: a header, the labels and one `f` line per feature (sorted,
    /// weights to three decimals), so the same model is always the same bytes.
    public func serialized() -> String {
        var lines = [Self.header, (["labels"] + Self.labels.map { $0?.rawValue ?? "NONE" }).joined(separator: "\t")]
        for feature in weights.keys.sorted() where !feature.contains("\t") && !feature.contains("\n") {
            let row = weights[feature]!
            let entries = row.indices.filter { row[$0] != 0 }.map { "\($0):\(String(format: "%.3f", row[$0]))" }
            lines.append("f\t\(feature)\t\(entries.joined(separator: " "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
