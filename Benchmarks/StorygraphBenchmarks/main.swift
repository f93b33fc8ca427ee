// Speed of each extraction stage and of rendering, on the bundled article (and the development corpus when
// ../shared/corpus is present). Run with `make bench` (release build); compare ratios, not absolute times.
import ActorLexicon
import ArticleText
import Benchmark
import EventExtraction
import Foundation
import Geo
import Syntax
import TemporalExpressions

/// Keeps a result alive so the optimiser cannot drop the work that produced it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Seconds elapsed since `start` on `clock`.
func seconds(since start: ContinuousClock.Instant, on clock: ContinuousClock = ContinuousClock()) -> Double {
    let elapsed = clock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

// Start-up: what a process pays once before its first document, stage by stage (each bundled resource is
// loaded here for the first time in this process), then whole `storygraph extract` processes on the seed article.
// The lexicon and the gazetteer load through their pre-built indexes (`make indexes`); building the same tables
// in memory from lexicon.json and gazetteer.tsv (what a process falls back to when an index is stale) is timed
// after them for comparison.
let startupClock = ContinuousClock()
var startupStart = startupClock.now
let bundledLexicon = try Lexicon.bundledOrError()
let lexiconSeconds = seconds(since: startupStart)
startupStart = startupClock.now
let bundledGazetteer = try Gazetteer.bundledOrError()
let gazetteerSeconds = seconds(since: startupStart)
startupStart = startupClock.now
blackHole(try SyntaxModels.bundled())
let modelSeconds = seconds(since: startupStart)
startupStart = startupClock.now
blackHole(try Lexicon.decodeBundled(Data(contentsOf: root.appendingPathComponent("Sources/ActorLexicon/Resources/lexicon.json"))))
let lexiconSourceSeconds = seconds(since: startupStart)
startupStart = startupClock.now
blackHole(try Gazetteer(utf8: Array(Data(contentsOf: root.appendingPathComponent("Sources/Geo/Resources/gazetteer.tsv")))))
let gazetteerSourceSeconds = seconds(since: startupStart)
print(String(format: "start-up stages: lexicon %.1f ms (%d actors; built in memory from lexicon.json instead: %.0f ms), gazetteer %.1f ms (%d places; from gazetteer.tsv instead: %.0f ms), syntax models %.0f ms",
             lexiconSeconds * 1000, bundledLexicon.entryCount, lexiconSourceSeconds * 1000, gazetteerSeconds * 1000,
             bundledGazetteer.placeCount, gazetteerSourceSeconds * 1000, modelSeconds * 1000))
startupProcesses()

/// Median wall time of `storygraph extract` on the seed article over seven processes, when the release binary
/// sits beside this benchmark (`swift build -c release` builds both).
func startupProcesses() {
    guard let directory = Bundle.main.executableURL?.deletingLastPathComponent() else { return }
    let binary = directory.appendingPathComponent("storygraph")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
        print("start-up, whole process: skipped (no \(binary.path); run `swift build -c release` first)")
        return
    }
    func run(_ arguments: [String]) -> Double? {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["extract", "--quiet"] + arguments + [root.appendingPathComponent("examples/korea-party-congress.txt").path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = startupClock.now
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? seconds(since: start) : nil
    }
    func median(_ arguments: [String]) -> String {
        let times = (0..<7).compactMap { _ in run(arguments) }.sorted()
        return times.isEmpty ? "failed" : String(format: "%.0f ms", times[times.count / 2] * 1000)
    }
    print("start-up, whole process (`storygraph extract` on the seed article, median of 7): \(median([])); with --no-places \(median(["--no-places"]))")
}

let seed = try DocumentReader().read(paths: [root.appendingPathComponent("examples/korea-party-congress.txt").path])[0]
let segmenter = TextSegmenter()
let segmented = segmenter.segment(seed)
let tagger = TemporalTagger()
let recognizer = ActorRecognizer()
let pipeline = ExtractionPipeline()
let seedKB = Double(seed.text.utf8.count) / 1024
print(String(format: "seed article: %.1f KB, %d sentences", seedKB, segmented.sentences.count))

let loadClock = ContinuousClock()
let loadStart = loadClock.now
let models = try SyntaxModels(directory: SyntaxModels.bundledDirectory)
print("syntax models loaded in \(loadClock.now - loadStart)")
let gazetteer = bundledGazetteer
let analyzer = SyntaxAnalyzer(models: models)
let udTokenizer = UDTokenizer()
let withoutSyntax = ExtractionPipeline(syntax: nil)

benchmark("segment seed article") { blackHole(segmenter.segment(seed)) }
benchmark("UD tokenise seed article") {
    for sentence in segmented.sentences { blackHole(udTokenizer.words(in: segmented.text, span: sentence.span)) }
}
benchmark("tag+lemma+parse+NER seed article") { blackHole(analyzer.analyze(segmented)) }
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
    benchmark("syntax politics corpus") { for document in segments { blackHole(analyzer.analyze(document)) } }
    syntaxThroughput(segments)
    placeCost(corpus, segments)
}

/// Articles per second of the whole pipeline with and without place recognition, and the place stage alone,
/// in one run.
func placeCost(_ corpus: [Document], _ documents: [SegmentedDocument]) {
    let clock = ContinuousClock()
    func seconds(_ body: () -> Void) -> Double {
        let start = clock.now
        body()
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
    let places = PlaceRecognizer(gazetteer: gazetteer)
    let inputs = documents.map { document in
        let entities = analyzer.analyze(document).entityMentions(in: document.text)
        return (document, entities, recognizer.recognize(document, entities: entities))
    }
    let stage = seconds { for (document, entities, actors) in inputs { blackHole(places.recognize(document, entities: entities, actors: actors)) } }
    var without = pipeline
    without.places = nil
    let plain = seconds { for document in corpus { blackHole(without.extract(document)) } }
    let whole = seconds { for document in corpus { blackHole(pipeline.extract(document)) } }
    print(String(format: "places: %.0f articles/s for the place stage alone (%.3f of the pipeline without it); pipeline %.0f articles/s without it, %.0f with it (time ratio %.2f)",
                 Double(documents.count) / stage, stage / plain, Double(corpus.count) / plain,
                 Double(corpus.count) / whole, whole / plain))
}

/// Words per second of the syntax layer, and its cost relative to the rest of the pipeline, in one run.
///
/// Every figure is the median of `rounds` passes over the corpus (the passes of the syntax layer, the rest and
/// the whole pipeline taken in turn), each timed in CPU seconds of this thread, so that neither one pass slowed by
/// another process on the machine nor the time slices other processes take from the core move it.
func syntaxThroughput(_ documents: [SegmentedDocument], rounds: Int = 7) {
    let words = documents.reduce(0) { total, document in
        total + analyzer.analyze(document).sentences.reduce(0) { $0 + $1.words.count }
    }
    func cpuNow() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    func seconds(_ body: () -> Void) -> Double {
        let start = cpuNow()
        body()
        return cpuNow() - start
    }
    func median(_ times: [Double]) -> Double { times.sorted()[times.count / 2] }
    var sentences: [[SyntaxWord]] = []
    for document in documents {
        for sentence in document.contentSentences {
            sentences.append(udTokenizer.words(in: document.text, span: sentence.span))
        }
    }
    var tagged = sentences
    var stageTimes: [[Double]] = Array(repeating: [], count: 4)
    for _ in 0..<rounds {
        tagged = sentences
        stageTimes[0].append(seconds { for index in tagged.indices { models.tagger.tag(&tagged[index]) } })
        var lemmatised = tagged
        stageTimes[1].append(seconds { for index in lemmatised.indices { models.lemmatizer.lemmatize(&lemmatised[index]) } })
        var parsed = lemmatised
        stageTimes[2].append(seconds { for index in parsed.indices { models.parser.parse(&parsed[index]) } })
        stageTimes[3].append(seconds { for sentence in parsed { blackHole(models.recognizer.recognize(sentence)) } })
    }
    let stages = stageTimes.map { Double(words) / median($0) }
    print(String(format: "per stage, words/s (median of %d passes, CPU time): tagger %.0f, lemmatiser %.0f, parser %.0f, recogniser %.0f",
                 rounds, stages[0], stages[1], stages[2], stages[3]))
    var syntaxTimes: [Double] = [], restTimes: [Double] = [], wholeTimes: [Double] = []
    for _ in 0..<rounds {
        syntaxTimes.append(seconds { for document in documents { blackHole(analyzer.analyze(document)) } })
        restTimes.append(seconds { for document in documents { blackHole(withoutSyntax.extract(document.document)) } })
        wholeTimes.append(seconds { for document in documents { blackHole(pipeline.extract(document.document)) } })
    }
    let syntax = median(syntaxTimes), rest = median(restTimes), whole = median(wholeTimes)
    print(String(format: "syntax layer: %d words, %.0f words/s; %.0f articles/s without it, %.0f with it; syntax/rest = %.2f (medians of %d passes, CPU time)",
                 words, Double(words) / syntax, Double(documents.count) / rest, Double(documents.count) / whole,
                 syntax / rest, rounds))
}

Benchmark.main()
