import Foundation
@testable import Syntax
import Testing

struct TaggerTests {
    let sentences = [
        Fixtures.sentence("The DET DT 2 det;talks NOUN NNS 3 nsubj;ended VERB VBD 0 root;. PUNCT . 3 punct"),
        Fixtures.sentence("She PRON PRP 2 nsubj;talks VERB VBZ 0 root;to ADP IN 4 case;him PRON PRP 2 obl"),
        Fixtures.sentence("Seoul PROPN NNP 2 nsubj;protested VERB VBD 0 root;. PUNCT . 2 punct"),
    ]

    @Test func trainedTaggerReproducesItsTrainingSentences() {
        let tagger = PartOfSpeechTaggerTrainer(iterations: 8, seed: 1).train(sentences)
        for sentence in sentences {
            var words = sentence.map { SyntaxWord(form: $0.form) }
            tagger.tag(&words)
            #expect(words.map(\.upos) == sentence.map(\.upos))
            #expect(words.map(\.xpos) == sentence.map(\.xpos))
        }
    }

    @Test func theFeatureCapKeepsTheLargestWeights() {
        let full = PartOfSpeechTaggerTrainer(iterations: 8, seed: 1).train(sentences)
        var trainer = PartOfSpeechTaggerTrainer(iterations: 8, seed: 1)
        trainer.maximumFeatures = 40
        let capped = trainer.train(sentences)
        #expect(full.model.featureCount > 40)
        #expect(capped.model.featureCount <= 40)
        #expect(capped.model.featureCount > 0)
        // Under the cap nothing changes: the default cap (2¹⁷) leaves this tiny model as it was.
        #expect(full.model == PartOfSpeechTaggerTrainer(iterations: 8, seed: 1).train(sentences).model)
    }

    @Test func lowerCasedSentencesTeachLowerCasedNames() {
        let names = (0..<6).map { _ in
            Fixtures.sentence("Kim PROPN NNP 2 nsubj;visited VERB VBD 0 root;Seoul PROPN NNP 2 obj;. PUNCT . 2 punct")
        }
        var trainer = PartOfSpeechTaggerTrainer(iterations: 6, seed: 1)
        trainer.lowercasedFraction = 1
        let tagger = trainer.train(names)
        var words = ["kim", "visited", "seoul", "."].map { SyntaxWord(form: $0) }
        tagger.tag(&words)
        #expect(words.map(\.upos) == ["PROPN", "VERB", "PROPN", "PUNCT"])
        // The share takes effect (the lower-cased forms and shapes are what the model learnt from), and the same
        // seed and share give the same model.
        #expect(PartOfSpeechTaggerTrainer(iterations: 6, seed: 1).train(names).model != tagger.model)
        #expect(trainer.train(names).model == tagger.model)
    }

    @Test(arguments: ["🚀", "👍🏽", "❤️", "👨‍👩‍👧"])
    func emojiAreSymbols(form: String) throws {
        var words = ["Kim", form, "launched", "missiles", "."].map { SyntaxWord(form: $0) }
        try SyntaxModels.bundled().tagger.tag(&words)
        #expect(words[1].upos == "SYM" && words[1].xpos == "NFP")
        #expect(words[2].upos == "VERB")
    }

    /// The sample is seen data for the bundled models (they train on all of GUM): the floor catches a broken
    /// model, it does not estimate accuracy.
    @Test func bundledModelsReachTheFloorOnGUMDevSample() throws {
        let gold = try CoNLLUReader().read(path: Fixtures.path("gum-dev-sample.conllu")).map(\.words)
        #expect(gold.count == 200)
        let analyzer = SyntaxAnalyzer(models: try SyntaxModels.bundled())
        let predicted = gold.map { sentence -> [SyntaxWord] in
            var words = sentence.map { SyntaxWord(form: $0.form) }
            _ = analyzer.analyze(&words)
            return words
        }
        let scores = try ParseScorer().score(gold: gold, predicted: predicted)
        #expect(try #require(scores.upos) >= 0.93)
        #expect(try #require(scores.xpos) >= 0.92)
        #expect(try #require(scores.lemma) >= 0.95)
        #expect(scores.uas >= 0.80)
        #expect(scores.las >= 0.75)
    }
}

struct TagLexiconTests {
    let sentences = [
        Fixtures.sentence("They PRON PRP 2 nsubj;like VERB VBP 0 root;it PRON PRP 2 obj"),
        Fixtures.sentence("It PRON PRP 3 nsubj;looks VERB VBZ 0 root;like ADP IN 4 case;rain NOUN NN 2 obl"),
        Fixtures.sentence("LIKE ADP IN 2 case;that PRON DT 0 root"),
    ]

    @Test func classesAreTheTagsOfTheLowerCasedWord() {
        let lexicon = TagLexicon.learn(from: sentences)
        let bits = TagLexicon.universalTags.enumerated().reduce(into: [String: UInt64]()) { $0[$1.element] = 1 << UInt64($1.offset) }
        func ambiguity(_ form: String) -> UInt64 { WordFeatures(form, lexicon: lexicon).ambiguity }
        #expect(ambiguity("like") == (bits["VERB"] ?? 0) | (bits["ADP"] ?? 0))
        #expect(ambiguity("Like") == ambiguity("like"))
        #expect(ambiguity("IT") == bits["PRON"])
        // Seen once: no class, since training never shows a class for a word it has seen only there.
        #expect(ambiguity("rain") == 0)
        #expect(ambiguity("snow") == 0)
    }

    @Test func trainingSeesEachOccurrenceWithoutItself() {
        let counts = TagLexicon.Counts(sentences)
        let bits = TagLexicon.universalTags.enumerated().reduce(into: [String: UInt64]()) { $0[$1.element] = 1 << UInt64($1.offset) }
        // "like" as a verb, left out, leaves two prepositional uses.
        #expect(counts.classLeavingOut(sentences[0][1]) == bits["ADP"])
        #expect(counts.classLeavingOut(sentences[1][3]) == 0)
    }

    @Test func theLexiconSurvivesTheTaggerArchive() throws {
        let tagger = PartOfSpeechTaggerTrainer(iterations: 2, seed: 1).train(sentences)
        let archive = try ModelArchive.decode(tagger.archive(metadata: [:]).encoded(), kind: "tagger", path: "m")
        let reloaded = try PartOfSpeechTagger(archive: archive, path: "m")
        #expect(reloaded.lexicon == tagger.lexicon)
        #expect(reloaded.lexicon != .empty)
    }
}

struct LemmatizerTests {
    let lemmatizer = Lemmatizer.learn(from: [
        Fixtures.sentence("children NOUN NNS 0 root child;went VERB VBD 0 root go;stop VERB VB 0 root stop"),
        Fixtures.sentence("create VERB VB 0 root create;study NOUN NN 0 root study;big ADJ JJ 0 root big"),
        Fixtures.sentence("tie NOUN NN 0 root tie;ti NOUN NN 0 root ti;base VERB VB 0 root base;country NOUN NN 0 root country"),
    ])

    @Test(arguments: [
        ("children", "NNS", "child"), ("went", "VBD", "go"), ("stopped", "VBD", "stop"), ("created", "VBN", "create"),
        ("studies", "NNS", "study"), ("bigger", "JJR", "big"), ("Seoul", "NNP", "Seoul"), ("The", "DT", "the"),
        ("talks", "NNS", "talk"), ("boxes", "NNS", "box"), ("walking", "VBG", "walk"),
        ("ties", "NNS", "tie"), ("U.S.-based", "VBN", "u.s.-base"), ("countries", "NNS", "country"),
    ])
    func lemmaOf(form: String, xpos: String, lemma: String) {
        #expect(lemmatizer.lemma(form: form, xpos: xpos) == lemma)
    }

    /// A clause the tagger left without a verb gets its "-ed" word back as one; a proper noun is never a verb.
    @Test func theAnalyzerRestoresAClausesVerb() throws {
        var words = ["The", "United", "States", "suspended", "aid", "to", "Mali", "."].map { SyntaxWord(form: $0) }
        _ = SyntaxAnalyzer(models: try SyntaxModels.bundled()).analyze(&words)
        #expect(words[1].upos == "PROPN")
        #expect(words[3].upos == "VERB" && words[3].xpos == "VBD" && words[3].lemma == "suspend")
        #expect(words[3].head == 0 && words[3].deprel == "root")
        #expect(words[4].head == 4 && words[4].deprel == "obj")
    }
}
