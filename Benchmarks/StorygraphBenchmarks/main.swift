// Speed of each extraction stage and of rendering, on the bundled article (and the development corpus when
// ../shared/corpus is present). Run with `make bench` (release build); compare ratios, not absolute times.
import ActorLexicon
import ArticleText
import Benchmark
import EventExtraction
import Foundation
import TemporalExpressions

/// Keeps a result alive so the optimiser cannot drop the work that produced it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let seed = try DocumentReader().read(paths: [root.appendingPathComponent("examples/korea-party-congress.txt").path])[0]
let segmenter = TextSegmenter()
let segmented = segmenter.segment(seed)
let tagger = TemporalTagger()
let recognizer = ActorRecognizer()
let pipeline = ExtractionPipeline()
let seedKB = Double(seed.text.utf8.count) / 1024
print(String(format: "seed article: %.1f KB, %d sentences", seedKB, segmented.sentences.count))

benchmark("segment seed article") { blackHole(segmenter.segment(seed)) }
benchmark("TIMEX3 tag seed article") { blackHole(tagger.tag(segmented)) }
benchmark("actors seed article") { blackHole(recognizer.recognize(segmented, asOf: seed.published)) }
benchmark("pipeline seed article") { blackHole(pipeline.extract(seed)) }

let corpusPath = root.appendingPathComponent("../shared/corpus/politics-dev.jsonl").standardized.path
if FileManager.default.fileExists(atPath: corpusPath) {
    let corpus = try DocumentReader().read(paths: [corpusPath])
    let kilobytes = Double(corpus.reduce(0) { $0 + $1.text.utf8.count }) / 1024
    print(String(format: "politics corpus: %d documents, %.0f KB", corpus.count, kilobytes))
    let segments = corpus.map(segmenter.segment)
    benchmark("TIMEX3 tag politics corpus") { for document in segments { blackHole(tagger.tag(document)) } }
    benchmark("pipeline politics corpus") { for document in corpus { blackHole(pipeline.extract(document)) } }
}

Benchmark.main()
