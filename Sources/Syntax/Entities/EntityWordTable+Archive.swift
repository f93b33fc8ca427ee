/// Storing `EntityWordTable` as sections of a `ModelArchive`.
extension EntityWordTable {
    /// Appends the table to `archive` under `prefix`.
    func store(in archive: inout ModelArchive, prefix: String) {
        archive.append(section: "\(prefix).keys", bytes: ByteWriter.array(keys))
        archive.append(section: "\(prefix).classes", bytes: classes)
    }

    /// Reads the table stored under `prefix`; a model without one gets an empty table.
    /// - Throws: `SyntaxError.corruptModel` naming `path` when the tables are inconsistent.
    init(archive: ModelArchive, prefix: String, path: String) throws {
        guard archive.hasSection("\(prefix).keys") else {
            self = .empty
            return
        }
        func corrupt(_ reason: String) -> SyntaxError { .corruptModel(path: path, reason: "\(prefix): \(reason)") }
        guard let keys = try archive.array("\(prefix).keys", as: UInt64.self, in: path) else {
            throw corrupt("a table has a ragged length")
        }
        let classes = try archive.section("\(prefix).classes", in: path)
        guard classes.count == keys.count else { throw corrupt("table sizes disagree") }
        guard zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else { throw corrupt("keys are not sorted") }
        self.init(keys: keys, classes: classes)
    }
}
