/// Storing a `DependencyParser` in a `ModelArchive` of kind `parser`.
///
/// The archive holds the label list (`labels["deprels"]`), the feature template version
/// (`metadata["parser.features"]`), the move table under the prefix `parser.move` (see `ParserMoveTable`) and the
/// label model's tables under `parser.label`.
extension DependencyParser {
    /// Reads a parser from `archive`; `path` names the file in errors.
    /// - Throws: `SyntaxError.corruptModel` when the archive is not a parser, was written with other feature
    ///   templates, lacks the `root` label, or its models do not match its labels.
    public init(archive: ModelArchive, path: String) throws {
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
        let labels = try archive.labelList("deprels", in: path)
        guard labels.count >= 2, labels.contains("root"), Set(labels).count == labels.count else {
            throw corrupt("the label list needs \"root\", another label and no duplicates")
        }
        let moveTable = try ParserMoveTable(archive: archive, prefix: "parser.move", path: path)
        let labelModel = try LinearModel(archive: archive, prefix: "parser.label", path: path)
        guard labelModel.classCount == labels.count else {
            throw corrupt("the label model scores \(labelModel.classCount) classes for \(labels.count) labels")
        }
        self.init(labels: labels, moveTable: moveTable, labelModel: labelModel)
    }

    /// The parser as a model archive of kind `parser`, with `metadata` added to its own entries.
    /// - Parameter metadata: provenance to record (training files, iterations, scores).
    /// - Returns: an archive whose `encoded()` bytes depend only on the model and `metadata`.
    public func archive(metadata: [String: String]) -> ModelArchive {
        var archive = ModelArchive(kind: Self.archiveKind, metadata: metadata, labels: ["deprels": labels])
        archive.metadata["parser.features"] = ParserFeatures.version
        archive.metadata["parser.system"] = "arc-hybrid"
        moveTable.store(in: &archive, prefix: "parser.move")
        labelModel.store(in: &archive, prefix: "parser.label")
        return archive
    }
}
