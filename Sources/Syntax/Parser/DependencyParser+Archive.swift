/// Storing a `DependencyParser` in a `ModelArchive` of kind `parser`.
///
/// The archive holds the label list (`labels["deprels"]`), the feature template version
/// (`metadata["parser.features"]`), the move table under the prefix `parser.move` (see `ParserMoveTable`) and the
/// label model's tables under `parser.label`.
extension DependencyParser {
    /// Reads a parser from `archive`; `path` names the file in errors; `clusters` is the Brown-cluster table it
    /// was trained with, if any.
    /// - Throws: `SyntaxError.corruptModel` when the archive is not a parser, was written with other feature
    ///   templates or clusters, lacks the `root` label, or its models do not match its labels.
    public init(archive: ModelArchive, path: String, clusters: WordClusters = .empty) throws {
        func corrupt(_ reason: String) -> SyntaxError { .corruptModel(path: path, reason: reason) }
        guard archive.kind == Self.archiveKind else {
            throw corrupt("holds a \(archive.kind) model, expected \(Self.archiveKind)")
        }
        guard archive.metadata["parser.features"] == ParserFeatures.version else {
            throw corrupt(
                "feature templates \"\(archive.metadata["parser.features"] ?? "none")\", this build uses "
                    + "\"\(ParserFeatures.version)\""
            )
        }
        let clusters = try clusters.matching(archive, path: path)
        if !clusters.isEmpty, archive.metadata["parser.clusterFeatures"] != ParserFeatures.clusterVersion {
            throw corrupt(
                "cluster templates \"\(archive.metadata["parser.clusterFeatures"] ?? "none")\", this build uses "
                    + "\"\(ParserFeatures.clusterVersion)\"")
        }
        let labels = try archive.labelList("deprels", in: path)
        guard labels.count >= 2, labels.contains("root"), Set(labels).count == labels.count else {
            throw corrupt("the label list needs \"root\", another label and no duplicates")
        }
        let moveTable = try ParserMoveTable(archive: archive, prefix: "parser.move", path: path)
        let labelModel = try LinearModel(archive: archive, prefix: "parser.label", path: path)
        guard labelModel.classCount == labels.count else {
            throw corrupt("the label model scores \(labelModel.classCount) classes for \(labels.count) labels")
        }
        self.init(labels: labels, moveTable: moveTable, labelModel: labelModel, clusters: clusters)
    }

    /// The parser as a model archive of kind `parser`, with `metadata` added to its own entries.
    /// - Parameter metadata: provenance to record (training files, iterations, scores).
    /// - Returns: an archive whose `encoded()` bytes depend only on the model and `metadata`.
    public func archive(metadata: [String: String]) -> ModelArchive {
        var archive = ModelArchive(kind: Self.archiveKind, metadata: metadata, labels: ["deprels": labels])
        archive.metadata["parser.features"] = ParserFeatures.version
        archive.metadata["parser.system"] = "arc-hybrid"
        if !clusters.isEmpty { archive.metadata["parser.clusterFeatures"] = ParserFeatures.clusterVersion }
        clusters.record(in: &archive)
        moveTable.store(in: &archive, prefix: "parser.move")
        labelModel.store(in: &archive, prefix: "parser.label")
        return archive
    }
}
