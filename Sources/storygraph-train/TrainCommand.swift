import ArgumentParser
import CommandLineChecks
import ArticleText
import Foundation
import OutputFiles
import Syntax

/// Trains Storygraph's tagger, lemmatiser, dependency parser and named-entity recogniser from the treebanks in
/// `Data/treebank` and writes the model files the `Syntax` module loads.
@main
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storygraph-train",
        abstract: "Train the syntax models (tagger + lemmatiser, parser, entity recogniser) from CoNLL-U and IOB2.",
        discussion: """
            Same data and seed give byte-identical model files. `--config shipped` (the default; `make models` \
            adds `--gum all --word-clusters`, the bundled models) trains on GUM train plus UD English-EWT dev (and \
            its Universal NER layer) and reports GUM dev and test; \
            `--config heldout` trains on GUM train only and reports GUM dev and test and EWT dev, the estimate for \
            unseen web and news text; `--config halves` trains on GUM train and the first half of EWT dev and \
            reports the second half, the closest estimate of the bundled models on web text. `--gum all` adds GUM \
            dev and test to the tagger's and parser's training data (they are then scored as seen). \
            `--word-clusters` adds Brown-cluster features (`--clusters`, built by Scripts/build_clusters.py) to \
            the three models, `--cluster-stages` to some of them; the bundled models read them. An option that \
            takes one value is given once (`--out a --out b` is a usage error, exit 64).
            """
    )

    /// Runs the command line; a single-value option given twice is a usage error (exit 64).
    static func main() {
        let arguments = Array(Swift.CommandLine.arguments.dropFirst())
        exitIfOptionRepeated(arguments)
        main(arguments)
    }

    enum Config: String, ExpressibleByArgument, CaseIterable {
        /// GUM train + all of EWT dev: the bundled models.
        case shipped
        /// GUM train only; EWT dev is unseen.
        case heldout
        /// GUM train + the first half of EWT dev's documents; the second half is unseen — the estimate of how
        /// the shipped models do on unseen EWT-style text.
        case halves
    }

    /// Which of GUM's splits the tagger and parser learn from (the recogniser always learns from all of GUM
    /// except under `heldout`).
    enum GUMSplits: String, ExpressibleByArgument, CaseIterable {
        /// GUM train only; GUM dev and test are scored as unseen text.
        case train
        /// GUM train, dev and test; GUM dev and test are then scored as seen text.
        case all
    }

    @Option(help: "GUM splits the tagger and parser train on: train, or all (train + dev + test; GUM dev and test are then seen).")
    var gum: GUMSplits = .train

    @Option(help: "The treebank folder (GUM, EWT dev, UNER dev and splits).")
    var treebank = "Data/treebank"

    @Option(help: ArgumentHelp(
        "Where to write tagger.sgm, parser.sgm and entities.sgm.",
        discussion: "The models are written to a hidden folder inside it (.storygraph-train-PID) and moved in only when the whole run has succeeded: a run that fails leaves the folder as it was (and removes it when the run made it)."))
    var out = "Sources/Syntax/Resources"

    @Option(help: "Training data: shipped (GUM train + EWT dev), heldout (GUM train only) or halves (GUM train + the first half of EWT dev, scored on the second).")
    var config: Config = .shipped

    @Option(help: "The actor lexicon whose names become the recogniser's gazetteer.")
    var lexicon = "Sources/ActorLexicon/Resources/lexicon.json"

    @Option(help: "The place gazetteer (GeoNames TSV of the Geo module) whose names become LOC gazetteer entries; empty for none.")
    var places = "Sources/Geo/Resources/gazetteer.tsv"

    @Option(help: "WordNet's word classes and exceptions (Scripts/build_wordnet.py).")
    var wordnet = "Data/wordnet"

    @Option(help: ArgumentHelp(
        "The Brown-cluster table (Scripts/build_clusters.py) read with --word-clusters or --cluster-stages (one of them is required with it); copied beside the models written to --out. Default: Sources/Syntax/Resources/\(WordClusters.fileName).",
        valueName: "file"))
    var clusters: String?

    /// The cluster table read: `--clusters`, or the bundled one.
    var clusterTable: String { clusters ?? "Sources/Syntax/Resources/\(WordClusters.fileName)" }

    /// The stages trained with word-cluster features.
    var clusteredStages: [Stage] { wordClusters && clusterStages.isEmpty ? Stage.allCases : clusterStages }

    @Flag(help: "Train the tagger, parser and recogniser with word-cluster features (off by default; the bundled models were trained with them).")
    var wordClusters = false

    @Option(parsing: .upToNextOption, help: "Train only these models with word-cluster features (implies --word-clusters for them).")
    var clusterStages: [Stage] = []

    @Option(help: "Also write the recogniser's training sentences with their entities to this IOB2 file (to inspect how GUM's mentions become names).")
    var dumpEntities: String?

    @Option(help: "Also write the recogniser's predictions on the unseen Universal NER sentences (halves, heldout) to this IOB2 file, gold columns otherwise kept, for error analysis.")
    var entitiesPredictions: String?

    @Flag(help: "Also print the most frequent UPOS confusions on each scored set.")
    var showConfusions = false

    // Numbers parse unconditionally, so that "-1" is a value to check, not an unknown option ("missing value").
    @Option(parsing: .unconditional, help: "Seed of the training shuffles (0 to 18446744073709551615).")
    var seed: UInt64 = 1

    @Option(parsing: .unconditional, help: "Upper bound on the recogniser's stored weights and gazetteer, in bytes (at least 1).")
    var entitiesMaxBytes = 7_000_000

    @Option(parsing: .unconditional, help: "Recogniser passes over the data (at least 1).")
    var entitiesIterations = 12

    @Option(parsing: .unconditional, help: "Tagger passes over the data (at least 1).")
    var taggerIterations = 10

    @Option(parsing: .unconditional, help: "The share of sentences the tagger sees in lower case in each pass (0 to 1).")
    var taggerLowercasedFraction = PartOfSpeechTaggerTrainer().lowercasedFraction

    @Option(parsing: .unconditional, help: "The most features the tagger keeps (at least 1).")
    var taggerMaxFeatures = PartOfSpeechTaggerTrainer().maximumFeatures

    @Option(parsing: .unconditional, help: "Parser passes over the data (at least 1).")
    var parserIterations = 15

    /// A part of the training run.
    enum Stage: String, ExpressibleByArgument, CaseIterable {
        case tagger, parser, entities
    }

    @Option(parsing: .upToNextOption, help: "Stages to train (the tagger always is; without parser, only tags and lemmas are scored).")
    var stages: [Stage] = Stage.allCases

    @Option(help: ArgumentHelp(
        "For parser experiments: reuse the tagger and the jackknifed training tags kept in this folder.",
        discussion: "The first run with a folder trains the tagger and the five jackknife taggers as usual and keeps tagger.sgm and jackknifed.conllu there; later runs with the same --config read them instead of training (about a minute of the two a halves run takes), so --seed then changes only the parser's shuffles and exploration.",
        valueName: "dir"))
    var reuseTags: String?

    @Option(parsing: .unconditional, help: "The most move-model features the parser keeps (at least 1).")
    var parserMaxFeatures = DependencyParserTrainer().maximumFeatures

    @Option(parsing: .unconditional, help: "The most label-model features the parser keeps (at least 1).")
    var parserMaxLabelFeatures = DependencyParserTrainer().maximumLabelFeatures

    @Option(parsing: .unconditional, help: "Averaged parser weights smaller in magnitude than this are dropped (0 or more).")
    var parserMinWeight = DependencyParserTrainer().minimumWeight

    @Option(parsing: .unconditional, help: "The first parser pass (0-based) that follows the model's own wrong moves (0 or more).")
    var parserExplorationStart = DependencyParserTrainer().explorationStart

    @Option(parsing: .unconditional, help: "The probability of following a wrong move once exploring (0 to 1).")
    var parserExplorationProbability = DependencyParserTrainer().explorationProbability

    /// Each number against its range; the first out of range is named with its value and the range (exit 64).
    func validate() throws {
        let counts = [
            ("--entities-max-bytes", entitiesMaxBytes), ("--entities-iterations", entitiesIterations),
            ("--tagger-iterations", taggerIterations), ("--tagger-max-features", taggerMaxFeatures),
            ("--parser-iterations", parserIterations),
            ("--parser-max-features", parserMaxFeatures), ("--parser-max-label-features", parserMaxLabelFeatures),
        ]
        for (option, value) in counts where value < 1 {
            throw ValidationError("\(option) must be a whole number of at least 1, not \(value)")
        }
        if parserExplorationStart < 0 {
            throw ValidationError("--parser-exploration-start must be a pass number of 0 or more, not \(parserExplorationStart)")
        }
        if !(parserMinWeight >= 0 && parserMinWeight.isFinite) {
            throw ValidationError("--parser-min-weight must be a number of 0 or more, not \(parserMinWeight)")
        }
        if !(0...1).contains(taggerLowercasedFraction) {
            throw ValidationError("--tagger-lowercased-fraction must be a share from 0 to 1, not \(taggerLowercasedFraction)")
        }
        if !(0...1).contains(parserExplorationProbability) {
            throw ValidationError("--parser-exploration-probability must be a probability from 0 to 1, not \(parserExplorationProbability)")
        }
        if let clusters, !wordClusters, clusterStages.isEmpty {
            throw ValidationError(
                "--clusters \(clusters) is read only with --word-clusters or --cluster-stages: add one of them, or leave --clusters out")
        }
    }

    /// The files and folders the run reads, each named with its option: a missing one, or a file where a folder
    /// should be, stops the run before anything is made or written (exit 64).
    func checkInputs(_ splits: TreebankSplits) throws {
        var needed: [(option: String, path: String, folder: Bool)] = [
            ("--wordnet", wordnet, true), ("--treebank", splits.ewtDev.path, false),
        ]
        if stages.contains(.entities) {
            needed += [("--lexicon", lexicon, false), ("--treebank", splits.unerDev.path, false)]
            if !places.isEmpty { needed.append(("--places", places, false)) }
        }
        if !clusteredStages.isEmpty { needed.append(("--clusters", clusterTable, false)) }
        for (option, path, folder) in needed {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ValidationError("\(option) \(path: path): no such \(folder ? "folder" : "file")")
            }
            guard isDirectory.boolValue == folder else {
                throw ValidationError("\(option) \(path: path): a \(folder ? "file" : "folder"), not a \(folder ? "folder" : "file")")
            }
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw ValidationError("\(option) \(path: path): cannot be read (permission denied)")
            }
        }
    }

    func run() throws {
        // Every input is checked first, then the folders written to are made (and so checked) before any
        // training: a run that cannot read its data or keep its output stops at once, with nothing made.
        let splits: TreebankSplits
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: treebank, isDirectory: &isFolder), !isFolder.boolValue {
            throw ValidationError("--treebank \(treebank): a file, not a folder (give the folder that holds gum/, the EWT dev files and UNER)")
        }
        do {
            splits = try TreebankSplits(directory: URL(fileURLWithPath: treebank))
        } catch let error as SyntaxError {
            throw ValidationError("--treebank \(treebank): \(error.errorDescription ?? "\(error)")")
        }
        try checkInputs(splits)
        var made: [String] = []
        var folders: [(option: String, fileSystem: OutputFileSystem, target: String?)] = []
        if let reuseTags { folders.append(("--reuse-tags", Self.folder(reuseTags), nil)) }
        folders.append(("--out", Self.folder(out), nil))
        if let dumpEntities { folders.append(("--dump-entities", Self.entitiesDump(dumpEntities).fileSystem, dumpEntities)) }
        for (option, fileSystem, target) in folders {
            do {
                made += try fileSystem.prepareDirectory(for: target)
                guard access(fileSystem.directory.path, W_OK) == 0 else {
                    throw OutputFileError("could not write into \(path: fileSystem.display): \(OutputFileSystem.reason(errno))")
                }
                if let target { try fileSystem.checkDestination(Self.entitiesDump(target).name) }
            } catch let error as OutputFileError {
                OutputFileSystem.removeEmptyFolders(made)
                throw ValidationError("\(option): \(error.message)")
            }
        }
        // The models go to a hidden folder inside --out and are moved in together at the end, so that --out
        // never holds a half-written set. A run killed before that (SIGKILL) left its folder: it is removed
        // here once its process is gone, as `build` removes the temporary files of killed runs.
        let outFolder = Self.folder(out)
        do {
            for name in modelNames { try outFolder.checkDestination(name) }
        } catch let error as OutputFileError {
            OutputFileSystem.removeEmptyFolders(made)
            throw ValidationError("--out: \(error.message)")
        }
        for name in outFolder.removeStaleFolders(prefix: Self.stagingPrefix) {
            log("removed \(outFolder.shown(name)), the unfinished models of an earlier run that was stopped")
        }
        let staging = URL(fileURLWithPath: out).appendingPathComponent("\(Self.stagingPrefix)\(getpid())")
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            try train(splits: splits, writingTo: staging)
            try publish(staging)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            OutputFileSystem.removeEmptyFolders(made)
            throw error
        }
    }

    /// The files the run moves into `--out`: the models of its stages, and the cluster table they read.
    var modelNames: [String] {
        var names = ["tagger.sgm"]
        if stages.contains(.parser) { names.append("parser.sgm") }
        if stages.contains(.entities) { names.append("entities.sgm") }
        if !clusteredStages.isEmpty { names.append(WordClusters.fileName) }
        return names
    }

    /// The start of the hidden folder's name a run stages its models in, before its process id.
    static let stagingPrefix = ".storygraph-train-"

    /// The folder an option names, shown as given.
    static func folder(_ path: String) -> OutputFileSystem {
        OutputFileSystem(directory: URL(fileURLWithPath: path, isDirectory: true), display: path)
    }

    /// The folder and name `--dump-entities` writes.
    static func entitiesDump(_ path: String) -> (fileSystem: OutputFileSystem, name: String) {
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent
        let shown = path.hasSuffix("/" + name) ? String(path.dropLast(name.count + 1)) : "."
        return (OutputFileSystem(directory: url.deletingLastPathComponent(), display: shown), name)
    }

    /// Moves every file of `staging` into `--out` (replacing files of the same name), then removes `staging`.
    func publish(_ staging: URL) throws {
        let target = URL(fileURLWithPath: out)
        for name in try FileManager.default.contentsOfDirectory(atPath: staging.path).sorted() {
            let source = staging.appendingPathComponent(name).path
            let destination = target.appendingPathComponent(name).path
            guard rename(source, destination) == 0 else {
                throw TrainFailure("--out \(path: out): cannot move \(name) into the folder (\(OutputFileSystem.reason(errno)))")
            }
        }
        try FileManager.default.removeItem(at: staging)
    }

    /// Trains and scores the models, writing their files to `folder`.
    func train(splits: TreebankSplits, writingTo folder: URL) throws {
        let reader = CoNLLUReader()
        var training = try TreebankSplits.read(gum == .all ? splits.gumTrain + splits.gumDev + splits.gumTest : splits.gumTrain)
        let ewt = try reader.read(path: splits.ewtDev.path)
        let (ewtFirst, ewtSecond) = Self.halves(ewt)
        switch config {
        case .shipped: training += ewt
        case .heldout: break
        case .halves: training += ewtFirst
        }
        let trainingWords = training.map(\.words)
        guard !trainingWords.isEmpty else { throw SyntaxError.noTrainingData(path: treebank) }
        log("training on \(trainingWords.count) sentences, \(trainingWords.joined().count) words")

        let clock = ContinuousClock()
        let start = clock.now
        let wordClasses = try WordClasses(directory: URL(fileURLWithPath: wordnet))
        let clustered = clusteredStages
        let table = clustered.isEmpty ? WordClusters.empty : try WordClusters(contentsOf: URL(fileURLWithPath: clusterTable))
        func clusters(for stage: Stage) -> WordClusters { clustered.contains(stage) ? table : .empty }
        if !table.isEmpty {
            log("word clusters: \(table.count) forms (\(table.source)) for \(clustered.map(\.rawValue).joined(separator: ", "))")
            try copyClusters(to: folder)
        }
        let kept = reuseTags.map { URL(fileURLWithPath: $0) }
        let keptTagger = kept?.appendingPathComponent("tagger.sgm")
        let keptTags = kept?.appendingPathComponent("jackknifed.conllu")
        let tagger: PartOfSpeechTagger
        let lemmatizer: Lemmatizer
        if let keptTagger, FileManager.default.fileExists(atPath: keptTagger.path) {
            let archive = try ModelArchive.read(from: keptTagger, kind: "tagger")
            guard archive.metadata["config"] == config.rawValue, archive.metadata["gum"] ?? "train" == gum.rawValue else {
                throw ValidationError("\(path: keptTagger.path) was trained for --config \(archive.metadata["config"] ?? "?") --gum \(archive.metadata["gum"] ?? "train"), not --config \(config.rawValue) --gum \(gum.rawValue)")
            }
            tagger = try PartOfSpeechTagger(archive: archive, path: keptTagger.path, clusters: clusters(for: .tagger))
            var kept = try Lemmatizer(archive: archive, path: keptTagger.path)
            kept.wordClasses = tagger.wordClasses
            lemmatizer = kept
            log("tagger read from \(path: keptTagger.path)")
        } else {
            tagger = taggerTrainer(wordClasses: wordClasses, clusters: clusters(for: .tagger)).train(trainingWords, log: log)
            var learnt = Lemmatizer.learn(from: trainingWords)
            learnt.wordClasses = wordClasses
            lemmatizer = learnt
            log("tagger trained in \(clock.now - start)")
        }
        var archive = tagger.archive(metadata: provenance(training: training.count))
        lemmatizer.store(in: &archive)
        try archive.write(to: folder.appendingPathComponent("tagger.sgm"))
        if let kept, let keptTagger, !FileManager.default.fileExists(atPath: keptTagger.path) {
            try FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)
            try archive.write(to: keptTagger)
        }

        let seen = gum == .all ? " (seen)" : ""
        var sets: [(String, [CoNLLUSentence])] = [
            ("GUM dev" + seen, try TreebankSplits.read(splits.gumDev)), ("GUM test" + seen, try TreebankSplits.read(splits.gumTest)),
        ]
        switch config {
        case .shipped: break
        case .heldout: sets.append(("EWT dev", ewt))
        case .halves: sets.append(("EWT dev 2nd half", ewtSecond))
        }
        if stages.contains(.entities) {
            try trainEntities(splits: splits, tagger: tagger, clusters: clusters(for: .entities), writingTo: folder)
        }
        guard stages.contains(.parser) else {
            try score(sets, tagger: tagger, lemmatizer: lemmatizer, parser: nil)
            return
        }

        let jackknifed: [[SyntaxWord]]
        if let keptTags, FileManager.default.fileExists(atPath: keptTags.path) {
            jackknifed = try reader.read(path: keptTags.path).map(\.words)
            guard jackknifed.map({ $0.map(\.form) }) == trainingWords.map({ $0.map(\.form) }) else {
                throw ValidationError("\(path: keptTags.path) does not hold this configuration's training sentences")
            }
            log("jackknifed tags read from \(path: keptTags.path)")
        } else {
            jackknifed = jackknifedTags(
                trainingWords, wordClasses: wordClasses, clusters: clusters(for: .tagger), lemmatizer: lemmatizer)
            if let keptTags {
                let sentences = zip(training, jackknifed).map { sentence, words in
                    var tagged = sentence
                    tagged.words = words
                    return tagged
                }
                try Data(CoNLLUWriter().write(sentences).utf8).write(to: keptTags)
            }
        }
        let parserStart = clock.now
        var parserTrainer = DependencyParserTrainer(iterations: parserIterations, seed: seed)
        parserTrainer.maximumFeatures = parserMaxFeatures
        parserTrainer.maximumLabelFeatures = parserMaxLabelFeatures
        parserTrainer.minimumWeight = parserMinWeight
        parserTrainer.explorationStart = parserExplorationStart
        parserTrainer.explorationProbability = parserExplorationProbability
        parserTrainer.clusters = clusters(for: .parser)
        let parser = parserTrainer.train(jackknifed, log: log)
        log("parser trained in \(clock.now - parserStart)")
        try parser.archive(metadata: provenance(training: training.count))
            .write(to: folder.appendingPathComponent("parser.sgm"))

        try score(sets, tagger: tagger, lemmatizer: lemmatizer, parser: parser)
    }

    /// Prints the scores of the models on each set: tags and lemmas, and attachment scores when `parser` is given.
    func score(
        _ sets: [(String, [CoNLLUSentence])], tagger: PartOfSpeechTagger, lemmatizer: Lemmatizer,
        parser: DependencyParser?
    ) throws {
        for (name, sentences) in sets {
            let gold = sentences.map(\.words)
            let predicted = gold.map { sentence -> [SyntaxWord] in
                var words = sentence.map { SyntaxWord(form: $0.form) }
                tagger.tag(&words)
                lemmatizer.lemmatize(&words)
                parser?.parse(&words)
                return words
            }
            let scores = try ParseScorer().score(gold: gold, predicted: predicted)
            if showConfusions {
                log("\(name) confusions: " + Self.confusions(gold: gold, predicted: predicted))
            }
            let attachment = parser == nil ? "" : String(format: "  UAS %.2f  LAS %.2f", 100 * scores.uas, 100 * scores.las)
            func percent(_ value: Double?) -> String { value.map { String(format: "%.2f", 100 * $0) } ?? "n/a" }
            print("\(name): \(scores.words) words  UPOS \(percent(scores.upos))  XPOS \(percent(scores.xpos))  lemma \(percent(scores.lemma))"
                + attachment)
        }
    }

    /// Trains the recogniser on GUM's named persons, places and organisations (all of GUM's splits for the
    /// shipped model: GUM is not what the recogniser is scored on) plus Universal NER over EWT dev (all of it
    /// for `shipped`, the first half for `halves`, none for `heldout`), with tags from `tagger`; scores it on
    /// the unseen part of UNER, with its names made consistent within each document and sentence by sentence.
    func trainEntities(splits: TreebankSplits, tagger: PartOfSpeechTagger, clusters: WordClusters, writingTo folder: URL) throws {
        let lexiconData: Data
        do {
            lexiconData = try FileContents.read(lexicon)
        } catch {
            throw TrainFailure("--lexicon \(lexicon): \(error.reason)")
        }
        let regions = places.isEmpty ? [] : try EntityGazetteer.placeNames(path: places, regionsOnly: true)
        let gazetteer = try EntityGazetteer(lexiconJSON: lexiconData, places: try placeNames(), regions: regions)
        let regionNames = Set(regions.map(GUMEntities.nameKey))
        var gum = try TreebankSplits.read(splits.gumTrain)
        if config != .heldout { gum += try TreebankSplits.read(splits.gumDev + splits.gumTest) }
        func tagged(_ forms: [String]) -> [SyntaxWord] {
            var words = forms.map { SyntaxWord(form: $0) }
            tagger.tag(&words)
            return words
        }
        var examples = gum.map { (words: tagged($0.words.map(\.form)), entities: GUMEntities.namedEntities(in: $0, regions: regionNames)) }
        let uner = try IOB2Reader().read(path: splits.unerDev.path)
        let (unerFirst, unerSecond) = Self.halves(uner)
        let unerTraining = config == .shipped ? uner : config == .halves ? unerFirst : []
        examples += unerTraining.map { (words: tagged($0.words), entities: $0.entities) }
        if let dumpEntities {
            let text = IOB2Writer().write(examples.map { example in
                var sentence = IOB2Sentence(words: example.words.map(\.form), tags: [])
                sentence.entities = example.entities
                return sentence
            })
            let dump = Self.entitiesDump(dumpEntities)
            try OutputSet(fileSystem: dump.fileSystem, knownNames: [dump.name]).replace(with: [(dump.name, Data(text.utf8))])
        }
        let clock = ContinuousClock()
        let start = clock.now
        var trainer = EntityRecognizerTrainer(iterations: entitiesIterations, seed: seed, gazetteer: gazetteer)
        trainer.maximumBytes = entitiesMaxBytes
        trainer.commonWords = try EntityWordTable(wordNetDirectory: URL(fileURLWithPath: wordnet))
        trainer.clusters = clusters
        let recognizer = trainer.train(examples, log: log)
        log("recogniser trained on \(examples.count) sentences in \(clock.now - start)")
        try recognizer.archive(metadata: [
            "config": config.rawValue, "seed": String(seed), "trainingSentences": String(examples.count),
            "data": "GUM named entities (CC BY 4.0)" + (unerTraining.isEmpty ? "" : " + Universal NER English-EWT dev (CC BY-SA 4.0)")
                + (places.isEmpty ? "" : "; gazetteer: actor lexicon + GeoNames place names (CC BY 4.0)"),
        ]).write(to: folder.appendingPathComponent("entities.sgm"))
        let unseen = config == .heldout ? uner : config == .halves ? unerSecond : []
        guard !unseen.isEmpty else { return }
        // Scored as `storygraph eval-ner` scores: names made consistent within each document.
        let bySentence = unseen.map { recognizer.recognize(tagged($0.words)) }
        let predicted = EntityRecognizer.harmonized(bySentence, in: unseen)
        if let entitiesPredictions {
            let text = IOB2Writer().write(zip(unseen, predicted).map { sentence, entities in
                var written = sentence
                written.entities = entities
                return written
            })
            try Data(text.utf8).write(to: URL(fileURLWithPath: entitiesPredictions))
        }
        let name = "UNER EWT dev \(config == .halves ? "2nd half" : "(all)")"
        for (label, found) in [("", predicted), (", sentence by sentence", bySentence)] {
            let scores = EntityScorer().score(gold: unseen.map(\.entities), predicted: found)
            print("\(name)\(label): " + scores.summary.replacingOccurrences(of: "\n", with: " | "))
        }
    }

    /// The place names of `--places`, none when it is empty.
    func placeNames() throws -> [String] {
        places.isEmpty ? [] : try EntityGazetteer.placeNames(path: places)
    }

    /// The training sentences with tags and lemmas predicted by taggers that did not see them (five folds),
    /// so that the parser learns from tags as noisy as it will meet.
    func jackknifedTags(
        _ sentences: [[SyntaxWord]], wordClasses: WordClasses, clusters: WordClusters, lemmatizer: Lemmatizer
    ) -> [[SyntaxWord]] {
        let folds = 5
        var result = sentences
        for fold in 0..<folds {
            let training = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
            let tagger = taggerTrainer(wordClasses: wordClasses, clusters: clusters).train(training)
            for index in sentences.indices where index % folds == fold {
                tagger.tag(&result[index])
                lemmatizer.lemmatize(&result[index])
            }
        }
        log("jackknifed tags for the parser (\(folds) folds)")
        return result
    }

    /// The tagger trainer with the command's settings.
    func taggerTrainer(wordClasses: WordClasses, clusters: WordClusters) -> PartOfSpeechTaggerTrainer {
        var trainer = PartOfSpeechTaggerTrainer(iterations: taggerIterations, seed: seed, wordClasses: wordClasses)
        trainer.clusters = clusters
        trainer.lowercasedFraction = taggerLowercasedFraction
        trainer.maximumFeatures = taggerMaxFeatures
        return trainer
    }

    /// Copies the cluster table into `folder`, to be moved beside the models in `--out` (unless it is already
    /// there), so that the folder loads as a whole (`STORYGRAPH_MODELS`).
    func copyClusters(to folder: URL) throws {
        let source = URL(fileURLWithPath: clusterTable).standardizedFileURL
        let final = URL(fileURLWithPath: out).appendingPathComponent(WordClusters.fileName).standardizedFileURL
        guard source.resolvingSymlinksInPath().path != final.resolvingSymlinksInPath().path else { return }
        try Data(contentsOf: source).write(to: folder.appendingPathComponent(WordClusters.fileName), options: .atomic)
    }

    /// The models' metadata: configuration, seed, training sentences and data (`gum` only when not `train`, so
    /// that models trained on GUM train keep their bytes).
    func provenance(training: Int) -> [String: String] {
        let gumData = gum == .all ? "GUM train, dev and test" : "GUM train"
        var metadata = [
            "config": config.rawValue, "seed": String(seed), "trainingSentences": String(training),
            "data": config == .shipped ? "\(gumData) (CC BY 4.0 annotations) + UD English-EWT dev (CC BY-SA 4.0)" : config == .halves ? "\(gumData) + first half of EWT dev" : gumData,
        ]
        if gum != .train { metadata["gum"] = gum.rawValue }
        return metadata
    }

    func log(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

extension TrainCommand {
    /// EWT dev split by documents (`# newdoc`) into two halves of about equal sentence count.
    static func halves<S>(_ sentences: [S]) -> ([S], [S]) where S: CommentedSentence {
        var documents: [[S]] = []
        for sentence in sentences {
            if documents.isEmpty || sentence.comments.contains(where: { $0.hasPrefix("# newdoc") }) {
                documents.append([])
            }
            documents[documents.count - 1].append(sentence)
        }
        var first: [S] = []
        var second: [S] = []
        for document in documents {
            if first.count < sentences.count / 2 { first += document } else { second += document }
        }
        return (first, second)
    }

    /// The most frequent (gold → predicted) tag confusions, for development.
    static func confusions(gold: [[SyntaxWord]], predicted: [[SyntaxWord]], limit: Int = 25) -> String {
        var counts: [String: Int] = [:]
        for (g, p) in zip(gold.joined(), predicted.joined()) where g.upos != p.upos {
            counts["\(g.upos)→\(p.upos)", default: 0] += 1
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit)
            .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }
}

/// A sentence with comment lines, so that EWT and UNER can be halved at the same document boundaries.
protocol CommentedSentence {
    var comments: [String] { get }
}

extension CoNLLUSentence: CommentedSentence {}
extension IOB2Sentence: CommentedSentence {}

/// A training run that failed after its options were checked: the message names the file or folder and the problem.
struct TrainFailure: Error, LocalizedError {
    var message: String
    init(_ message: String) { self.message = message }
    /// The message with any control character a path brought in escaped (`\u{1B}`): one line, shown as is.
    var errorDescription: String? { message.escapingControlCharacters }
}
