import ResourceIndex

extension Gazetteer {
    /// The bytes of the pre-built index (`Resources/gazetteer.index`) of a gazetteer source: what
    /// `storygraph-index` writes and `make indexes-check` compares. The same source always gives the same bytes.
    /// - Parameters:
    ///   - source: the bytes of `gazetteer.tsv`.
    ///   - file: the source's name in errors.
    /// - Throws: `GeoError.malformedLine` when a line does not parse.
    public static func indexBytes(source: [UInt8], file: String = "Resources/gazetteer.tsv") throws -> [UInt8] {
        let lines = Gazetteer.lines(source)
        let places = try lines.enumerated().map { number, line in
            try Gazetteer.place(source, line: line, number: number + 1, file: file)
        }
        guard case .memory(let parts) = Gazetteer(places: places).storage else { return [] }
        func table(_ dictionary: [String: [Int32]]) -> [UInt8] {
            var writer = StringTableWriter()
            for (key, values) in dictionary { writer.set(key, values.map { UInt32(bitPattern: $0) }) }
            return writer.encoded()
        }
        var writer = IndexFileWriter(source: source)
        writer.append("places", UInt32List.encoded(lines.flatMap { [UInt32($0.lowerBound), UInt32($0.upperBound)] }))
        writer.append("names", table(parts.byName))
        writer.append("countries", table(parts.countryByCode.mapValues { [$0] }))
        writer.append("admin1", table(parts.admin1ByCode.mapValues { [$0] }))
        writer.append("qualifiers", table(parts.qualifierIndex))
        return writer.encoded()
    }
}
