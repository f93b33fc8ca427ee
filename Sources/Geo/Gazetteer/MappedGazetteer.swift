import ResourceIndex

/// The bundled gazetteer read through its pre-built index (`Resources/gazetteer.index`, written by
/// `storygraph-index`): names, codes and qualifiers are looked up in place and a place is decoded from its line
/// of `gazetteer.tsv` only when a look-up returns it.
///
/// Sections: `places`, the byte range (start and end, `UInt32`s) of each place's line in `gazetteer.tsv`;
/// `names`, a `StringTable` from a `PlaceName.key` to the places of that name (`position << 1 | isAlternate`);
/// `countries`, from an ISO 3166-1 alpha-3 code to its country; `admin1`, from `COUNTRY.CODE` to the division;
/// `qualifiers`, from a key to the countries and divisions a qualifier after a comma can name.
struct MappedGazetteer: Sendable {
    private let source: MappedFile
    private let lines: UInt32List
    private let names: StringTable
    private let countries: StringTable
    private let divisions: StringTable
    private let qualifierTable: StringTable
    private let decoded = RecordCache<Place>()

    /// Opens the index at `indexPath` over the source file at `sourcePath`.
    /// - Throws: `ResourceIndexError` when either cannot be read, the index is malformed, or it was built from
    ///   other bytes than the source's (`.stale`).
    init(indexPath: String, sourcePath: String) throws(ResourceIndexError) {
        let index = try IndexFile(path: indexPath)
        source = try MappedFile(path: sourcePath)
        try index.verify(source: source)
        lines = try UInt32List(section: index.section("places"))
        names = try StringTable(index.section("names"))
        countries = try StringTable(index.section("countries"))
        divisions = try StringTable(index.section("admin1"))
        qualifierTable = try StringTable(index.section("qualifiers"))
        guard lines.count % 2 == 0, lines.allSatisfy({ Int($0) <= source.bytes.count }) else {
            throw .corrupt(path: indexPath, reason: "a line range lies outside \(sourcePath)")
        }
    }

    /// The number of places.
    var placeCount: Int { lines.count / 2 }

    /// The place at `position`, decoded from its line the first time it is asked for.
    func place(at position: Int) -> Place {
        decoded.value(position) {
            let start = Int(lines[position * 2]), end = Int(lines[position * 2 + 1])
            let bytes = start <= end ? ByteView(file: source).array(start, count: end - start) : []
            return (try? Gazetteer.place(bytes, line: 0..<bytes.count, number: position + 1, file: source.path))
                ?? Place(geonameId: 0, name: "", country: "", lat: 0, lon: 0, precision: .city)
        }
    }

    /// The places named `key` (`position << 1 | isAlternate`), or `nil`.
    func names(_ key: String) -> UInt32List? { names.values(key) }

    /// The position of the country with code `code`.
    func country(_ code: String) -> UInt32? { countries.values(code)?.first }

    /// The position of the division with key `key` (`Gazetteer.admin1Key`).
    func admin1(_ key: String) -> UInt32? { divisions.values(key)?.first }

    /// The positions of the places a qualifier with key `key` can name, or `nil`.
    func qualifiers(_ key: String) -> UInt32List? { qualifierTable.values(key) }
}
