// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Storygraph",
    platforms: [.macOS(.v14)],
    products: [
        .library(
            name: "Storygraph",
            targets: [
                "ArticleText", "Syntax", "TemporalExpressions", "ActorLexicon", "Geo", "EventOntology",
                "EventExtraction", "GraphModel", "EventStore", "GraphExport", "GraphRendering",
            ]
        ),
        .executable(name: "storygraph", targets: ["storygraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/google/swift-benchmark", from: "0.1.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
    ],
    targets: [
        // Documents, DCT metadata, boilerplate, sentences, tokens and spans.
        .target(name: "ArticleText", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Pre-built, memory-mapped indexes of bundled resources (string tables, record lists), mapped files.
        .target(name: "ResourceIndex"),
        // UD tokens, part-of-speech tagger, lemmatiser, dependency parser and named-entity recogniser.
        .target(name: "Syntax", dependencies: ["ArticleText", "ResourceIndex"], resources: [.copy("Resources")]),
        // TIMEX3 recognition and normalisation against the DCT.
        .target(name: "TemporalExpressions", dependencies: ["ArticleText"]),
        // Actors, aliases, metonyms, date-ranged roles; the bundled lexicon.
        .target(
            name: "ActorLexicon",
            dependencies: ["ArticleText", "Syntax", "ResourceIndex", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")]
        ),
        // Places: the bundled GeoNames gazetteer, place recognition and resolution.
        .target(
            name: "Geo", dependencies: ["ArticleText", "Syntax", "ActorLexicon", "ResourceIndex"], resources: [.copy("Resources")]
        ),
        // PLOVER/CAMEO vocabulary and the event record shared by extraction and the graph.
        .target(
            name: "EventOntology", dependencies: ["ArticleText", "TemporalExpressions", "ActorLexicon", "Geo"],
            resources: [.copy("Resources")]
        ),
        // Event patterns, dyads, modality, attribution; the per-document pipeline.
        .target(
            name: "EventExtraction",
            dependencies: ["ArticleText", "TemporalExpressions", "ActorLexicon", "Geo", "EventOntology"],
            resources: [.copy("Resources")]
        ),
        // The merged multi-document event graph: actors, events, relations; queries and invariants.
        .target(
            name: "GraphModel",
            dependencies: [
                "ArticleText", "TemporalExpressions", "ActorLexicon", "Geo", "EventOntology",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        // The SQLite store of a growing corpus (GRDB): documents, events, cross-document clusters, queries.
        .target(
            name: "EventStore",
            dependencies: [
                "ArticleText", "TemporalExpressions", "ActorLexicon", "EventOntology", "EventExtraction", "GraphModel",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Pure Swift encoders of the graph: DOT, JSON, GraphML, GEXF.
        .target(
            name: "GraphExport",
            dependencies: [
                "GraphModel", "EventOntology", "ActorLexicon", "TemporalExpressions", "ArticleText", "Geo",
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Plot", package: "Plot"),
            ]
        ),
        // Graphviz's C library, found through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // The only Graphviz caller: layout and SVG/PNG/PDF output, serialised.
        .target(name: "GraphRendering", dependencies: ["CGraphviz"]),
        // Writing the commands' files: atomic sets of outputs, clear messages, cleanup after killed runs.
        .target(name: "OutputFiles", dependencies: ["ArticleText"]),
        // Checks the three executables share before swift-argument-parser parses: an option given twice.
        .target(
            name: "CommandLineChecks",
            dependencies: ["ArticleText", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "storygraph",
            dependencies: [
                "ArticleText", "TemporalExpressions", "ActorLexicon", "Geo", "EventOntology",
                "EventExtraction", "GraphModel", "EventStore", "GraphExport", "GraphRendering", "OutputFiles",
                "CommandLineChecks", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // Trains the syntax models from Data/treebank: `make models`.
        .executableTarget(
            name: "storygraph-train",
            dependencies: [
                "ArticleText", "Syntax", "OutputFiles", "CommandLineChecks",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Stage timings on the bundled article and the development corpus: `make bench`.
        .executableTarget(
            name: "storygraph-index",
            dependencies: [
                "ActorLexicon", "Geo", "CommandLineChecks", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "StorygraphBenchmarks",
            dependencies: [
                "ArticleText", "Syntax", "TemporalExpressions", "ActorLexicon", "Geo", "EventExtraction",
                .product(name: "Benchmark", package: "swift-benchmark"),
            ],
            path: "Benchmarks/StorygraphBenchmarks"
        ),
        .testTarget(name: "ArticleTextTests", dependencies: ["ArticleText"]),
        .testTarget(name: "SyntaxTests", dependencies: ["Syntax", "ArticleText"], exclude: ["Fixtures"]),
        .testTarget(name: "TemporalExpressionsTests", dependencies: ["TemporalExpressions", "ArticleText"]),
        .testTarget(name: "ResourceIndexTests", dependencies: ["ResourceIndex"]),
        .testTarget(name: "ActorLexiconTests", dependencies: ["ActorLexicon", "ArticleText", "ResourceIndex"]),
        .testTarget(name: "GeoTests", dependencies: ["Geo", "ActorLexicon", "ArticleText", "Syntax", "ResourceIndex"]),
        .testTarget(name: "EventOntologyTests", dependencies: ["EventOntology"]),
        .testTarget(
            name: "EventExtractionTests",
            dependencies: ["EventExtraction", "EventOntology", "ActorLexicon", "TemporalExpressions", "ArticleText", "Geo", "Syntax"]
        ),
        // Hand-made seed-article actors and events shared by the graph test targets.
        .target(
            name: "GraphFixtures",
            dependencies: ["GraphModel", "EventOntology", "ActorLexicon", "ArticleText", "Geo"],
            path: "Tests/GraphFixtures"
        ),
        .testTarget(
            name: "GraphModelTests",
            dependencies: ["GraphModel", "GraphFixtures", "EventOntology", "ActorLexicon", "ArticleText", "Geo"]
        ),
        .testTarget(
            name: "GraphExportTests",
            dependencies: [
                "GraphExport", "GraphModel", "GraphFixtures", "EventOntology", "ActorLexicon", "ArticleText", "Geo",
                .product(name: "CSV", package: "CSV.swift"),
            ],
            exclude: ["Golden", "Schemas"]
        ),
        .testTarget(
            name: "EventStoreTests",
            dependencies: [
                "EventStore", "GraphModel", "EventExtraction", "EventOntology", "ActorLexicon", "ArticleText",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(name: "GraphRenderingTests", dependencies: ["GraphRendering"]),
        .testTarget(
            name: "EndToEndTests", dependencies: ["storygraph", "storygraph-train", "ArticleText", "OutputFiles", "CommandLineChecks"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
