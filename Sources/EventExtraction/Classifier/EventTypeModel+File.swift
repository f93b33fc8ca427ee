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

    /// Reads a model file written by ``serialized()``.
    ///
    /// The file is scanned as UTF-8 bytes (newline, tab, space and colon separate its fields), not split into
    /// `Character`s: the bundled model has about 25,000 lines, and splitting them as Unicode text took most of a
    /// process's start-up.
    /// - Throws: ``EventExtractionError/malformedFile(path:reason:)`` naming the line that is wrong.
    public init(contentsOf url: URL) throws {
        var text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw EventExtractionError.malformedFile(path: url.path, reason: "cannot be read as UTF-8 text")
        }
        func problem(_ line: Int, _ reason: String) -> EventExtractionError {
            .malformedFile(path: url.path, reason: "line \(line): \(reason)")
        }
        let weights = try text.withUTF8 { bytes in try Self.weights(of: bytes, problem: problem) }
        self.init(weights: weights)
    }

    /// The `f` records of a model file's UTF-8 `bytes`, after checking its header and labels. Fields are found by
    /// scanning for their separators, so no array is built per line or per weight.
    private static func weights(
        of bytes: UnsafeBufferPointer<UInt8>, problem: (Int, String) -> EventExtractionError
    ) throws -> [String: [Float]] {
        let newline = UInt8(ascii: "\n"), tab = UInt8(ascii: "\t"), space = UInt8(ascii: " "), colon = UInt8(ascii: ":")
        func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        func end(of start: Int, before limit: Int, at separator: UInt8) -> Int {
            var index = start
            while index < limit && bytes[index] != separator { index += 1 }
            return index
        }
        // `[-]digits[.digits]` with a mantissa below 2^24 and at most ten decimals is the integer mantissa divided by
        // a power of ten, both exact in a `Float`, so one correctly rounded division gives what `Float(String)`
        // (`strtof`) gives; anything else goes to `Float(String)`.
        func weightValue(_ range: Range<Int>) -> Float? {
            var index = range.lowerBound
            let negative = index < range.upperBound && bytes[index] == UInt8(ascii: "-")
            if negative { index += 1 }
            var mantissa = 0, decimals = 0, digits = 0, point = false
            while index < range.upperBound {
                let byte = bytes[index]
                if byte == UInt8(ascii: "."), !point, digits > 0 {
                    point = true
                } else if byte &- UInt8(ascii: "0") < 10, mantissa < 1 << 24 {
                    mantissa = mantissa * 10 + Int(byte &- UInt8(ascii: "0"))
                    digits += 1
                    if point { decimals += 1 }
                } else {
                    return Float(string(range))
                }
                index += 1
            }
            guard digits > 0, !point || decimals > 0, mantissa <= 1 << 24, decimals <= 10 else { return Float(string(range)) }
            var scale: Float = 1
            for _ in 0..<decimals { scale *= 10 }
            let value = Float(mantissa) / scale
            return negative ? -value : value
        }
        let header = Array(Self.header.utf8), expectedLabels = Self.labels.map { $0?.rawValue ?? "NONE" }
        var weights: [String: [Float]] = [:]
        var lineStart = 0, number = 0
        while lineStart <= bytes.count {
            let lineEnd = end(of: lineStart, before: bytes.count, at: newline)
            defer { lineStart = lineEnd + 1 }
            number += 1
            if lineEnd == lineStart { continue }
            if number == 1 {
                guard bytes[lineStart..<lineEnd].elementsEqual(header) else {
                    throw problem(1, "not an event-type model (header missing)")
                }
                continue
            }
            let firstEnd = end(of: lineStart, before: lineEnd, at: tab)
            let record = string(lineStart..<firstEnd)
            switch record {
            case "labels":
                var labels: [String] = [], fieldStart = firstEnd + 1
                while fieldStart <= lineEnd {
                    let fieldEnd = end(of: fieldStart, before: lineEnd, at: tab)
                    labels.append(string(fieldStart..<fieldEnd))
                    fieldStart = fieldEnd + 1
                }
                guard labels == expectedLabels else {
                    throw problem(number, "labels differ from \(expectedLabels.joined(separator: " "))")
                }
            case "f":
                let featureEnd = firstEnd < lineEnd ? end(of: firstEnd + 1, before: lineEnd, at: tab) : lineEnd
                guard featureEnd < lineEnd, end(of: featureEnd + 1, before: lineEnd, at: tab) == lineEnd else {
                    throw problem(number, "expected `f<TAB>feature<TAB>label:weight …`")
                }
                var row = [Float](repeating: 0, count: Self.labels.count)
                var entryStart = featureEnd + 1
                while entryStart < lineEnd {
                    let entryEnd = end(of: entryStart, before: lineEnd, at: space)
                    defer { entryStart = entryEnd + 1 }
                    if entryEnd == entryStart { continue }
                    // `label:weight`, empty pieces between colons ignored (as `split(separator:)` does).
                    var pieces = 0, labelText = entryStart..<entryStart, weightText = labelText, partStart = entryStart
                    while partStart < entryEnd && pieces <= 2 {
                        let partEnd = end(of: partStart, before: entryEnd, at: colon)
                        if partEnd > partStart {
                            pieces += 1
                            if pieces == 1 { labelText = partStart..<partEnd } else { weightText = partStart..<partEnd }
                        }
                        partStart = partEnd + 1
                    }
                    guard pieces == 2, let label = Int(string(labelText)), row.indices.contains(label),
                          let weight = weightValue(weightText)
                    else { throw problem(number, "bad weight `\(string(entryStart..<entryEnd))`") }
                    row[label] = weight
                }
                weights[string((firstEnd + 1)..<featureEnd)] = row
            default:
                throw problem(number, "unknown record `\(record)`")
            }
        }
        return weights
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
