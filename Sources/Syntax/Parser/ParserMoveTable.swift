/// The move model as stored in a parser file: the feature keys in ascending order and three 16-bit weights per
/// key (SHIFT, LEFT-ARC, RIGHT-ARC), 14 bytes a feature.
///
/// A general `LinearModel` file spends about 40 bytes on a three-class feature (its half-empty probe table and a
/// class index per weight); this layout lets the 12 MB budget hold three times as many move features.
struct ParserMoveTable: Sendable, Equatable {
    /// Feature keys, ascending, none 0.
    let keys: [UInt64]
    /// `weights[3 × i + move]` is the weight of `keys[i]` for `move`.
    let weights: [Int16]

    /// The table of a trained three-class model.
    init(_ model: LinearModel) {
        var keys: [UInt64] = [], weights: [Int16] = []
        let order = model.slotKeys.indices.filter { model.slotKeys[$0] != 0 }
            .sorted { model.slotKeys[$0] < model.slotKeys[$1] }
        for source in order {
            var row: [Int16] = [0, 0, 0]
            let start = Int(model.slotStart[source])
            for entry in start..<(start + Int(model.slotCount[source])) where model.entryClass[entry] < 3 {
                row[Int(model.entryClass[entry])] = model.entryWeight[entry]
            }
            keys.append(model.slotKeys[source])
            weights.append(contentsOf: row)
        }
        self.keys = keys
        self.weights = weights
    }

    /// Reads the table stored under `prefix` (`prefix.keys`, `prefix.weights`).
    /// - Throws: `SyntaxError.corruptModel` naming `path` when a section is missing, ragged, the keys are not
    ///   ascending or the weights do not come in threes.
    init(archive: ModelArchive, prefix: String, path: String) throws {
        func corrupt(_ reason: String) -> SyntaxError { .corruptModel(path: path, reason: "\(prefix): \(reason)") }
        guard let keys = try archive.array("\(prefix).keys", as: UInt64.self, in: path),
            let weights = try archive.array("\(prefix).weights", as: Int16.self, in: path)
        else { throw corrupt("a table has a ragged length") }
        guard weights.count == 3 * keys.count else { throw corrupt("\(keys.count) keys but \(weights.count) weights") }
        guard keys.first != 0, zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw corrupt("keys are not ascending")
        }
        self.keys = keys
        self.weights = weights
    }

    /// Appends the table to `archive` under `prefix`.
    func store(in archive: inout ModelArchive, prefix: String) {
        archive.append(section: "\(prefix).keys", bytes: ByteWriter.array(keys))
        archive.append(section: "\(prefix).weights", bytes: ByteWriter.array(weights))
    }
}
