// swift-tools-version: 6.1
// libFuzzer harnesses over Storygraph's document reader, extraction pipeline and encoders.
// Build and run with `make fuzz` from the repository root (Linux: `swift build --sanitize=fuzzer`).
import PackageDescription

let package = Package(
    name: "StorygraphFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Storygraph", path: "..")],
    targets: [
        // Bytes → DocumentReader (plain text with front matter, JSONL, UTF-16, binary sniffing).
        .executableTarget(
            name: "FuzzDocumentReader", dependencies: [.product(name: "Storygraph", package: "Storygraph")]),
        // Bytes → reader → extraction (syntax, TIMEX3, actors, events) → graph → DOT, GraphML, GEXF, events.json,
        // checking that the XML outputs are well-formed and the JSON parses.
        .executableTarget(
            name: "FuzzPipeline", dependencies: [.product(name: "Storygraph", package: "Storygraph")]),
    ],
    swiftLanguageModes: [.v6]
)
