import Foundation

/// Brown clusters of English word forms, learnt from unlabelled text: words that occur in similar contexts share
/// a cluster, and clusters sharing a longer prefix of their bit path are closer ("Mexico", "Russia" and "Kenya"
/// are in one cluster; "Canada" and "Europe" share its first 8 bits).
///
/// The table (`clusters.sgm` beside the models, a `ModelArchive` of kind `clusters` written by
/// `Scripts/build_clusters.py` from the `spacy-lookups-data` 1.0.5 package, MIT) maps the FNV-1a hash of a form to
/// its cluster: a bit path whose first bit is the lowest (`path & (2^k - 1)` is its prefix of length k), 0 for no
/// cluster. A word is looked up as written, then lower-cased. The tagger, the parser and the recogniser read the
/// same table through `ClusterFeatures` (bit-prefixes of length 4, 6 and 10 and the whole path, after Koo, Carreras
/// & Collins 2008); a model records the table's `source` and refuses another one.
public struct WordClusters: Sendable {
    /// Cluster index (into `paths`) by hash of the form.
    let table: HashKeyTable<UInt16>
    /// The clusters' bit paths; `paths[0] == 0` stands for "no cluster".
    let paths: [UInt32]
    /// What the table was built from (`metadata["clusters"]` of its file); empty for `empty`.
    public let source: String
    /// Where an empty table's file was looked for (`absent(at:)`), named when a model needs it.
    let missingPath: String?

    /// The file name of the bundled table, beside the model files.
    public static let fileName = "clusters.sgm"

    /// The archive kind of a cluster table.
    public static let kind = "clusters"

    /// No clusters: every word's cluster is 0, and models trained with it use no cluster features.
    public static let empty = WordClusters(table: HashKeyTable([(key: UInt64, value: UInt16)]()), paths: [0], source: "")

    init(table: HashKeyTable<UInt16>, paths: [UInt32], source: String, missingPath: String? = nil) {
        self.table = table
        self.paths = paths
        self.source = source
        self.missingPath = missingPath
    }

    /// No clusters, because the file at `path` does not exist: a model trained with clusters then fails to load
    /// with `SyntaxError.modelNotFound` naming `path`.
    public static func absent(at path: String) -> WordClusters {
        WordClusters(table: empty.table, paths: empty.paths, source: "", missingPath: path)
    }

    /// Whether the table has no words (the models then use no cluster features).
    public var isEmpty: Bool { table.isEmpty }

    /// Number of word forms in the table.
    public var count: Int { table.count }

    /// The cluster of a word given the hashes (`FeatureHash.of`) of its form as written and lower-cased: the
    /// form's own cluster, else the lower-cased form's, else 0.
    @inline(__always)
    func path(form: UInt64, lower: UInt64) -> UInt32 {
        if let index = table[form] ?? table[lower] { return paths[Int(index)] }
        return 0
    }

    /// The cluster of `word` (as written, else lower-cased), as a bit path with its first bit lowest; 0 when the
    /// table has none.
    public func cluster(of word: String) -> UInt32 {
        path(form: FeatureHash.of(word), lower: FeatureHash.of(word.lowercased()))
    }
}
