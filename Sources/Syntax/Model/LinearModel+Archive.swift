/// Storing a `LinearModel` as five sections of a `ModelArchive`.
extension LinearModel {
    /// Appends the model's tables to `archive` under `prefix`.
    public func store(in archive: inout ModelArchive, prefix: String) {
        archive.metadata["\(prefix).classCount"] = String(classCount)
        archive.metadata["\(prefix).scale"] = String(scale.bitPattern)
        archive.append(section: "\(prefix).keys", bytes: ByteWriter.array(slotKeys))
        archive.append(section: "\(prefix).start", bytes: ByteWriter.array(slotStart))
        archive.append(section: "\(prefix).count", bytes: ByteWriter.array(slotCount))
        archive.append(section: "\(prefix).class", bytes: ByteWriter.array(entryClass))
        archive.append(section: "\(prefix).weight", bytes: ByteWriter.array(entryWeight))
    }

    /// Reads the model stored under `prefix`, checking that every table is consistent.
    /// - Throws: `SyntaxError.corruptModel` naming `path`.
    public init(archive: ModelArchive, prefix: String, path: String) throws {
        func corrupt(_ reason: String) -> SyntaxError { .corruptModel(path: path, reason: "\(prefix): \(reason)") }
        guard let classCount = archive.metadata["\(prefix).classCount"].flatMap(Int.init), classCount > 0,
            let scaleBits = archive.metadata["\(prefix).scale"].flatMap(UInt32.init)
        else { throw corrupt("class count or scale missing") }
        guard let keys = try archive.array("\(prefix).keys", as: UInt64.self, in: path),
            let starts = try archive.array("\(prefix).start", as: UInt32.self, in: path),
            let counts = try archive.array("\(prefix).count", as: UInt16.self, in: path),
            let classes = try archive.array("\(prefix).class", as: UInt16.self, in: path),
            let weights = try archive.array("\(prefix).weight", as: Int16.self, in: path)
        else { throw corrupt("a table has a ragged length") }
        guard keys.count >= 1, keys.count & (keys.count - 1) == 0, starts.count == keys.count,
            counts.count == keys.count, classes.count == weights.count
        else { throw corrupt("table sizes disagree") }
        for slot in keys.indices where keys[slot] != 0 {
            guard Int(starts[slot]) + Int(counts[slot]) <= classes.count else { throw corrupt("entry out of range") }
        }
        guard classes.allSatisfy({ Int($0) < classCount }) else { throw corrupt("class index out of range") }
        self.init(
            classCount: classCount, scale: Float(bitPattern: scaleBits), slotKeys: keys, slotStart: starts,
            slotCount: counts, entryClass: classes, entryWeight: weights
        )
    }
}
