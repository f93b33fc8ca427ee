/// Storing an `EntityGazetteer` as sections of a `ModelArchive`.
extension EntityGazetteer {
    /// Appends the gazetteer's tables to `archive` under `prefix`.
    /// - Parameters:
    ///   - archive: The archive to extend.
    ///   - prefix: The name prefix of the sections.
    public func store(in archive: inout ModelArchive, prefix: String) {
        archive.metadata["\(prefix).maxLength"] = String(maxLength)
        archive.append(section: "\(prefix).prefixes", bytes: ByteWriter.array(prefixes))
        archive.append(section: "\(prefix).phrases", bytes: ByteWriter.array(phrases))
        archive.append(section: "\(prefix).types", bytes: phraseTypes)
        if nameParts.count > 0 { nameParts.store(in: &archive, prefix: "\(prefix).nameParts") }
    }

    /// Reads the gazetteer stored under `prefix`, checking that its tables are consistent.
    /// - Parameters:
    ///   - archive: The archive holding the gazetteer.
    ///   - prefix: The name prefix of its sections.
    ///   - path: The model file, named in errors.
    /// - Throws: `SyntaxError.corruptModel` naming `path`.
    public init(archive: ModelArchive, prefix: String, path: String) throws {
        func corrupt(_ reason: String) -> SyntaxError { .corruptModel(path: path, reason: "\(prefix): \(reason)") }
        guard let maxLength = archive.metadata["\(prefix).maxLength"].flatMap(Int.init), maxLength >= 0 else {
            throw corrupt("longest name missing")
        }
        guard let prefixes = try archive.array("\(prefix).prefixes", as: UInt64.self, in: path),
            let phrases = try archive.array("\(prefix).phrases", as: UInt64.self, in: path)
        else { throw corrupt("a table has a ragged length") }
        let types = try archive.section("\(prefix).types", in: path)
        guard types.count == phrases.count else { throw corrupt("table sizes disagree") }
        guard zip(prefixes, prefixes.dropFirst()).allSatisfy({ $0 < $1 }),
            zip(phrases, phrases.dropFirst()).allSatisfy({ $0 < $1 })
        else { throw corrupt("tables are not sorted") }
        let nameParts = try EntityWordTable(archive: archive, prefix: "\(prefix).nameParts", path: path)
        self.init(prefixes: prefixes, phrases: phrases, phraseTypes: types, maxLength: maxLength, nameParts: nameParts)
    }
}
