import Foundation

/// Reading a `WordClusters` table from its `ModelArchive` of kind `clusters`.
///
/// Sections: `clusters.keys` (UInt64 form hashes), `clusters.index` (UInt16, 1-based into the paths) and
/// `clusters.paths` (UInt32 bit paths, the first 0); `metadata["clusters"]` names the source.
extension WordClusters {
    /// Reads the table at `url`.
    /// - Throws: `SyntaxError.modelNotFound` when the file is missing, `.corruptModel` naming it when it is not
    ///   a cluster table or its sections disagree.
    public init(contentsOf url: URL) throws {
        try self.init(archive: ModelArchive.read(from: url, kind: Self.kind), path: url.path)
    }

    /// Reads the table stored in `archive`; `path` names the file in errors.
    /// - Throws: `SyntaxError.corruptModel` when a section is missing, ragged or out of range.
    public init(archive: ModelArchive, path: String) throws {
        func corrupt(_ reason: String) -> SyntaxError { .corruptModel(path: path, reason: "word clusters: \(reason)") }
        guard let source = archive.metadata["clusters"], !source.isEmpty else { throw corrupt("no source in the header") }
        guard let keys = try archive.array("clusters.keys", as: UInt64.self, in: path),
            let indices = try archive.array("clusters.index", as: UInt16.self, in: path),
            let paths = try archive.array("clusters.paths", as: UInt32.self, in: path)
        else { throw corrupt("a table has a ragged length") }
        guard keys.count == indices.count, paths.first == 0 else { throw corrupt("tables disagree in length") }
        guard indices.allSatisfy({ $0 >= 1 && Int($0) < paths.count }) else { throw corrupt("cluster index out of range") }
        self.init(table: HashKeyTable(keys: keys, values: indices), paths: paths, source: source)
    }
}

extension WordClusters {
    /// The key under which a model's archive records the table it was trained with.
    static let metadataKey = "clusters"

    /// Records in `archive` that its model was trained with this table (nothing for `empty`).
    func record(in archive: inout ModelArchive) {
        if !isEmpty { archive.metadata[Self.metadataKey] = source }
    }

    /// The table for the model stored in `archive`: this one when the model was trained with it, `empty` when the
    /// model uses no clusters.
    /// - Throws: `SyntaxError.modelNotFound` naming the table's file when the model needs a table that was not
    ///   found (`absent(at:)`); `.corruptModel` naming `path` when it was trained with another table.
    func matching(_ archive: ModelArchive, path: String) throws -> WordClusters {
        guard let wanted = archive.metadata[Self.metadataKey] else { return .empty }
        if isEmpty, let missingPath { throw SyntaxError.modelNotFound(path: missingPath) }
        guard wanted == source else {
            throw SyntaxError.corruptModel(
                path: path,
                reason: "trained with the word clusters \"\(wanted)\", but the cluster table "
                    + (isEmpty ? "(\(Self.fileName)) was not loaded" : "holds \"\(source)\""))
        }
        return self
    }
}
