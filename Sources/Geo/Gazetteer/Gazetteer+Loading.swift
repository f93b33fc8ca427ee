import Foundation

extension Gazetteer {
    /// Reads the tab-separated format of `Scripts/build_gazetteer.py`: precision, feature, geonameId, name,
    /// asciiName (empty when it is the name), country, admin1Code, admin1Name, lat, lon, population, alternates
    /// (`|`), qualifiers (`|`).
    /// - Parameters:
    ///   - tsv: the file's text.
    ///   - file: the file name used in errors.
    /// - Throws: `GeoError.malformedLine` naming the line and the problem.
    /// - Complexity: O(n) in the size of the text.
    public init(tsv: String, file: String = "gazetteer.tsv") throws {
        try self.init(utf8: Array(tsv.utf8), file: file)
    }

    /// Reads the same format from UTF-8 bytes (fields are split on bytes, not characters).
    /// - Throws: `GeoError.malformedLine` naming the line and the problem.
    public init(utf8 bytes: [UInt8], file: String = "gazetteer.tsv") throws {
        self.init(places: try Self.lines(bytes).enumerated().map { number, line in
            try Self.place(bytes, line: line, number: number + 1, file: file)
        })
    }

    /// The byte range of every non-empty line of `bytes`, in order (without the line feed).
    static func lines(_ bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        lines.reserveCapacity(75_000)
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            if lineEnd > lineStart { lines.append(lineStart..<lineEnd) }
            lineStart = lineEnd + 1
        }
        return lines
    }

    /// The place on `line` of `bytes`; `number` (the line's number among non-empty lines) and `file` name it in
    /// errors.
    /// - Throws: `GeoError.malformedLine` naming the line and the problem.
    static func place(_ bytes: [UInt8], line: Range<Int>, number lineNumber: Int, file: String) throws -> Place {
        var fields: [Range<Int>] = []
        fields.reserveCapacity(13)
        var fieldStart = line.lowerBound
        for index in line.lowerBound...line.upperBound where index == line.upperBound || bytes[index] == UInt8(ascii: "\t") {
            fields.append(fieldStart..<index)
            fieldStart = index + 1
        }
        func text(_ i: Int) -> String { String(decoding: bytes[fields[i]], as: UTF8.self) }
        guard fields.count == 13 else {
            throw GeoError.malformedLine(file: file, line: lineNumber, problem: "expected 13 fields, found \(fields.count)")
        }
        guard let precision = PlacePrecision(rawValue: text(0)) else {
            throw GeoError.malformedLine(file: file, line: lineNumber, problem: "unknown precision \"\(text(0))\"")
        }
        guard let id = Int(text(2)), let lat = Double(text(8)), let lon = Double(text(9)),
              let population = Int(text(10)), (-90...90).contains(lat), (-180...180).contains(lon)
        else {
            throw GeoError.malformedLine(file: file, line: lineNumber, problem: "bad id, coordinate or population")
        }
        func list(_ i: Int) -> [String] {
            fields[i].isEmpty ? [] : bytes[fields[i]].split(separator: UInt8(ascii: "|")).map { String(decoding: $0, as: UTF8.self) }
        }
        return Place(
            geonameId: id, name: text(3), asciiName: fields[4].isEmpty ? nil : text(4), country: text(5), admin1Code: text(6),
            admin1Name: text(7), lat: lat, lon: lon, population: population, precision: precision,
            feature: text(1), alternates: list(11), qualifiers: list(12))
    }

    /// The gazetteer bundled with the module (`Resources/gazetteer.tsv`), loaded on first use and cached; an
    /// empty gazetteer when the resource is missing or damaged (`bundledOrError()` says why).
    ///
    /// Loads through the pre-built index `Resources/gazetteer.index` (memory-mapped; places decoded when looked
    /// up) when it was built from the bundled `gazetteer.tsv`, else reads the whole file and indexes it in memory.
    public static func bundled() -> Gazetteer { BundledGazetteer.shared.gazetteer ?? Gazetteer(places: []) }

    /// The bundled gazetteer, or the error that kept it from loading.
    /// - Throws: `GeoError.bundledResourceMissing` or `GeoError.malformedLine`.
    public static func bundledOrError() throws -> Gazetteer { try BundledGazetteer.shared.result.get() }
}

/// The bundled gazetteer, loaded once on first use.
private final class BundledGazetteer: Sendable {
    static let shared = BundledGazetteer()
    let result: Result<Gazetteer, GeoError>

    var gazetteer: Gazetteer? { try? result.get() }

    private init() {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "tsv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "gazetteer", withExtension: "tsv")
        else {
            result = .failure(.bundledResourceMissing("Resources/gazetteer.tsv"))
            return
        }
        let indexURL = url.deletingPathExtension().appendingPathExtension("index")
        if let mapped = try? MappedGazetteer(indexPath: indexURL.path, sourcePath: url.path) {
            result = .success(Gazetteer(mapped: mapped))
            return
        }
        do {
            result = .success(try Gazetteer(utf8: Array(try Data(contentsOf: url))))
        } catch let error as GeoError {
            result = .failure(error)
        } catch {
            result = .failure(.bundledResourceMissing("Resources/gazetteer.tsv: \(error.localizedDescription)"))
        }
    }
}
