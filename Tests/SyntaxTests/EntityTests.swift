import Foundation
import Testing

@testable import Syntax

/// The folder of this file's fixtures.
private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

private func span(_ type: EntitySpan.EntityType, _ start: Int, _ end: Int) -> EntitySpan {
    EntitySpan(type: type, start: start, end: end)
}

struct IOB2ReaderTests {
    @Test func aFileReadAndWrittenBackKeepsItsBytes() throws {
        let path = fixtures.appendingPathComponent("uner-sample.iob2").path
        let original = try #require(FileManager.default.contents(atPath: path))
        let sentences = try IOB2Reader().read(path: path)
        #expect(sentences.count == 3)
        #expect(sentences[0].sentenceID == "answers-20070404104007AAY1Chs_ans-0001")
        #expect(sentences[0].entities == [span(.location, 6, 8)])
        #expect(Data(IOB2Writer().write(sentences).utf8) == original)
    }

    @Test func newTagsReplaceOnlyTheTagColumn() throws {
        let text = "# sent_id = a\n1\tAda\tO\t-\tx\n2\tLovelace\tO\t-\t-\n\n"
        var sentences = try IOB2Reader().parse(text, path: "a.iob2")
        sentences[0].entities = [span(.person, 0, 2)]
        #expect(IOB2Writer().write(sentences) == "# sent_id = a\n1\tAda\tB-PER\t-\tx\n2\tLovelace\tI-PER\t-\t-\n\n")
    }

    @Test(arguments: [
        ("1\tA\tB-PER\t-\t-\n2\tB\tI-LOC\t-\t-\n", 2, 3),  // I- of another type
        ("1\tA\tO\t-\t-\n\n# c\n1\tB\tI-ORG\t-\t-\n", 4, 3),  // I- after O, in a later sentence
        ("1\tA\tB-misc\t-\t-\n", 1, 3),  // lower-case type
        ("1\tA\tB-MISC\t-\t-\n2\tB\tI-PER\t-\t-\n", 2, 3),  // I- continuing another type
        ("1\tA\tU-PER\t-\t-\n", 1, 3),  // BILOU tag in an IOB2 file
        ("1\tA\tO\n2\tB\n", 2, 0),  // missing columns
        ("1\t\tO\t-\t-\n", 1, 2),  // empty token
    ])
    func malformedLinesNameTheirFileLineAndColumn(text: String, line: Int, column: Int) {
        #expect {
            _ = try IOB2Reader().parse(text, path: "bad.iob2")
        } throws: { error in
            guard case let .malformedLine(path, errorLine, errorColumn, _) = error as? SyntaxError else { return false }
            return path == "bad.iob2" && errorLine == line && errorColumn == column
        }
    }

    @Test(arguments: ["B-XYZ", "B-GPE", "B-PRE"])
    func anUnknownEntityTypeIsAnErrorNamingTheTag(tag: String) {
        let text = "1\tAda\tB-PER\t-\t-\n\n1\tKent\t\(tag)\t-\t-\n\n"
        #expect(throws: SyntaxError.malformedLine(
            path: "gold.iob2", line: 3, column: 3,
            reason: "unknown entity type \"\(tag.dropFirst(2))\" in tag \"\(tag)\" (PER, ORG and LOC are recognised and "
                + "scored, MISC is kept and ignored; write another type as one of these, or as O)")
        ) {
            _ = try IOB2Reader().parse(text, path: "gold.iob2")
        }
    }

    @Test func otherTypesAreKeptButNotEntities() throws {
        let text = "1\tEuropean\tB-MISC\t-\t-\n2\tUnion\tI-MISC\t-\t-\n3\tParis\tB-LOC\t-\t-\n\n"
        let sentences = try IOB2Reader().parse(text, path: "misc.iob2")
        #expect(sentences[0].entities == [span(.location, 2, 3)])
        #expect(IOB2Writer().write(sentences) == text)
    }

    @Test func windowsLineEndsSplitLines() throws {
        let sentences = try IOB2Reader().parse("1\tAda\tB-PER\r\n2\tLovelace\tI-PER\r\n\r\n", path: "crlf.iob2")
        #expect(sentences.count == 1)
        #expect(sentences[0].words == ["Ada", "Lovelace"])
        #expect(sentences[0].entities == [span(.person, 0, 2)])
    }

    @Test func errorMessagesReadAsFileLineColumn() {
        let error = SyntaxError.malformedLine(path: "bad.iob2", line: 2, column: 3, reason: "x")
        #expect(error.localizedDescription.hasPrefix("bad.iob2:2:3:"))
    }
}

struct EntityTagSchemeTests {
    @Test(arguments: [
        (["B-PER", "I-PER", "O", "B-LOC"], [span(.person, 0, 2), span(.location, 3, 4)]),
        (["B-PER", "B-PER", "I-PER"], [span(.person, 0, 1), span(.person, 1, 3)]),
        (["O", "I-ORG", "I-ORG"], [span(.organization, 1, 3)]),  // lenient: I- after O opens an entity
        (["B-PER", "I-LOC"], [span(.person, 0, 1), span(.location, 1, 2)]),  // type change
        (["B-ORG", "X", "I-ORG"], [span(.organization, 0, 1), span(.organization, 2, 3)]),  // unknown tag = O
        ([String](), [EntitySpan]()),
    ])
    func iob2TagsDecodeToSpans(tags: [String], spans: [EntitySpan]) {
        #expect(EntityTagScheme.iob2.spans(from: tags) == spans)
    }

    @Test func spansEncodeInBothSchemes() {
        let spans = [span(.person, 0, 1), span(.organization, 1, 4), span(.location, 5, 7)]
        #expect(
            EntityTagScheme.iob2.tags(for: spans, count: 7)
                == ["B-PER", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "I-LOC"])
        #expect(
            EntityTagScheme.bilou.tags(for: spans, count: 7)
                == ["U-PER", "B-ORG", "I-ORG", "L-ORG", "O", "B-LOC", "L-LOC"])
        for scheme in EntityTagScheme.allCases {
            #expect(scheme.spans(from: scheme.tags(for: spans, count: 7)) == spans)
        }
    }

    @Test func overlappingEmptyAndOutOfRangeSpansAreLeftOut() {
        let spans = [span(.location, 2, 3), span(.person, 0, 3), span(.organization, 3, 3), span(.person, 3, 9)]
        #expect(EntityTagScheme.iob2.tags(for: spans, count: 4) == ["B-PER", "I-PER", "I-PER", "O"])
    }

    @Test func bilouClassesAgreeWithTheTagScheme() {
        let spans = [span(.person, 0, 1), span(.location, 1, 4)]
        let classes = EntityLabels.classes(for: spans, count: 5)
        #expect(classes.map { EntityLabels.names[$0] } == EntityTagScheme.bilou.tags(for: spans, count: 5))
        #expect(EntityLabels.spans(from: classes) == spans)
    }

    @Test func transitionsFollowBILOU() {
        let bPer = EntityLabels.names.firstIndex(of: "B-PER") ?? -1
        let allowed = EntityLabels.allowed(after: bPer, last: false)
        #expect(EntityLabels.names.indices.filter { allowed[$0] }.map { EntityLabels.names[$0] } == ["I-PER", "L-PER"])
        let atEnd = EntityLabels.allowed(after: EntityLabels.start, last: true)
        #expect(!atEnd[bPer] && atEnd[0])
    }
}

struct GUMEntitiesTests {
    @Test func namedMentionsBecomeUniversalNERSpans() throws {
        let path = fixtures.appendingPathComponent("gum-entities.conllu").path
        let sentences = try CoNLLUReader().read(path: path)
        // "The man" is a person mention but not a name; "Durham" inside "Durham University" gives way; the title
        // "President", "the" and the possessive "'s" are trimmed.
        #expect(
            GUMEntities.namedEntities(in: sentences[0])
                == [span(.person, 4, 6), span(.organization, 9, 11), span(.location, 13, 15)])
        // "Muslims" (NNPS) is a group, not a name; "Irving, Texas" is two places.
        #expect(GUMEntities.namedEntities(in: sentences[1]) == [span(.location, 2, 3), span(.location, 4, 5)])
        // The mention's head is the noun "nominee"; the name attached to it by flat is the person.
        #expect(GUMEntities.namedEntities(in: sentences[2]) == [span(.organization, 1, 3), span(.person, 4, 6)])
        // A person's name takes no "of" phrase: the party is a name of its own.
        #expect(GUMEntities.namedEntities(in: sentences[3]) == [span(.person, 0, 2), span(.organization, 3, 4)])
    }

    @Test func aCountryTypedOrganisationIsAPlace() throws {
        let path = fixtures.appendingPathComponent("gum-entities.conllu").path
        let sentence = try CoNLLUReader().read(path: path)[4]
        // GUM types the national team "South Korea" an organisation; Universal NER marks every country LOC. A team
        // named after a city ("Pittsburgh Pirates") stays an organisation.
        #expect(GUMEntities.namedEntities(in: sentence) == [span(.organization, 0, 2), span(.organization, 4, 6)])
        let regions = Set(["South Korea", "Pittsburgh", "Bosnia-Herzegovina"].map(GUMEntities.nameKey))
        #expect(regions.contains("bosnia - herzegovina"))
        #expect(
            GUMEntities.namedEntities(in: sentence, regions: regions)
                == [span(.location, 0, 2), span(.organization, 4, 6)])
    }
}

struct EntityGazetteerTests {
    static let lexicon = """
        {"format": 1, "actors": [
          {"id": "KOR", "kind": "state", "name": "South Korea", "adjective": "South Korean",
           "aliases": ["South Korean", "South Koreans", "Republic of Korea"], "metonyms": ["Seoul"]},
          {"id": "un", "kind": "organization", "name": "United Nations", "short": ["UN"]},
          {"id": "kim", "kind": "person", "name": "Kim Jong-il", "roles": []}
        ], "agents": []}
        """

    @Test func lexiconNamesAreMatchedLongestFirst() throws {
        let gazetteer = try EntityGazetteer(lexiconJSON: Data(Self.lexicon.utf8))
        let words = ["seoul", "asked", "the", "United", "Nations", "and", "Kim", "Jong", "-", "il", "in", "South", "Korea"]
        #expect(
            gazetteer.matches(words)
                == [span(.location, 0, 1), span(.organization, 3, 5), span(.person, 6, 10), span(.location, 11, 13)])
        #expect(gazetteer.matches(["South", "Korean", "troops"]).isEmpty)  // demonyms are not places
    }

    @Test func personsGiveGivenNamesAndSurnames() throws {
        let parts = EntityGazetteer.nameParts(of: ["Angela Merkel", "A. F. Hassan Ariff", "Madonna"])
        func bits(_ word: String) -> UInt8 { parts.classes(ofLower: EntityWordTraits.lowerHash(word)) }
        #expect([bits("angela"), bits("Merkel"), bits("Hassan"), bits("ARIFF")] == [1, 2, 1, 2])
        #expect([bits("A."), bits("F"), bits("Madonna")] == [0, 0, 0])
    }

    @Test func wordTablesSurviveTheArchive() throws {
        let table = EntityWordTable(words: [("Coach", 1), ("run", 2), ("run", 1), ("none", 0)])
        var archive = ModelArchive(kind: "test")
        table.store(in: &archive, prefix: "t")
        let decoded = try ModelArchive.decode(archive.encoded(), kind: "test", path: "m")
        let reloaded = try EntityWordTable(archive: decoded, prefix: "t", path: "m")
        #expect(reloaded == table)
        #expect(reloaded.count == 2)
        #expect(reloaded.code(of: EntityWordTraits("Runs")) == 3 | 16)
        #expect(try EntityWordTable(archive: decoded, prefix: "missing", path: "m") == .empty)
    }

    @Test func placesAreLocationsUnlessTheLexiconNamesSomethingElse() throws {
        // GeoNames lists "United Nations" nowhere, but a place called so must not make the organisation a place.
        let gazetteer = try EntityGazetteer(
            lexiconJSON: Data(Self.lexicon.utf8), places: ["Ramallah", "Texas City", "United Nations", "Kim Jong-il"]
        )
        #expect(
            gazetteer.matches(["Ramallah", "and", "Texas", "City", "asked", "the", "United", "Nations", "and", "Kim", "Jong", "-", "il"])
                == [span(.location, 0, 1), span(.location, 2, 4), span(.organization, 6, 8), span(.person, 9, 13)])
    }

    @Test func regionsStayPlacesWhenAnOrganisationSharesTheName() throws {
        let lexicon = #"{"actors": [{"id": "usa-texas", "kind": "organization", "name": "Texas"}]}"#
        let plain = try EntityGazetteer(lexiconJSON: Data(lexicon.utf8), places: ["Texas"])
        #expect(plain.matches(["Texas"]) == [span(.organization, 0, 1)])
        let withRegions = try EntityGazetteer(lexiconJSON: Data(lexicon.utf8), places: ["Texas"], regions: ["Texas"])
        #expect(withRegions.matches(["Texas"]) == [span(.organization, 0, 1), span(.location, 0, 1)])
    }

    @Test func placeNamesComeFromTheGeoNamesTable() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("places-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: file) }
        let rows = [
            // An empty ASCII name is the name.
            "city\tPPL\t282239\tRamallah\t\tPSE\tWE\t\t31.89964\t35.20422\t24599\tRam Allah|Ramalla\t",
            // Second-level divisions are left out.
            "admin2\tADM2\t5242529\tWashington County\t\tUSA\tVT\tVermont\t44.22668\t-72.57679\t27560\t\t",
            "city\tPPL\t2911240\tSão Paulo\tSao Paulo\tBRA\t27\t\t-23.5\t-46.6\t10021295\tSampa|SP\t",
            "city\tPPL\t4996274\tHolly\tHolly\tUSA\tMI\tMichigan\t42.79\t-83.62\t6169\t\t",
            "admin1\tADM1\t4736286\tTexas\tTexas\tUSA\tTX\t\t31.25\t-99.25\t22875689\tTX|Tejas\t",
        ]
        try Data(rows.joined(separator: "\n").utf8).write(to: file)
        // A town of 24,599 people keeps only its own name, a town of 6,169 none; codes ("SP", "TX") are left out.
        #expect(try EntityGazetteer.placeNames(path: file.path) == ["Ramallah", "São Paulo", "Sao Paulo", "Sampa", "Texas", "Tejas"])
        #expect(try EntityGazetteer.placeNames(path: file.path, regionsOnly: true) == ["Texas", "Tejas"])
        try Data("city\tPPL\tRamallah\n".utf8).write(to: file)
        #expect(throws: SyntaxError.self) { _ = try EntityGazetteer.placeNames(path: file.path) }
    }

    @Test func aBrokenLexiconIsAnError() {
        #expect(throws: SyntaxError.self) { _ = try EntityGazetteer(lexiconJSON: Data("{}".utf8)) }
    }
}

struct EntityRecognizerTests {
    static let sentences: [(text: String, tags: String, entities: [EntitySpan])] = [
        ("Barack Obama visited Paris yesterday .", "PROPN PROPN VERB PROPN NOUN PUNCT",
         [span(.person, 0, 2), span(.location, 3, 4)]),
        ("She works for Google in London .", "PRON VERB ADP PROPN ADP PROPN PUNCT",
         [span(.organization, 3, 4), span(.location, 5, 6)]),
        ("The United Nations met in New York .", "DET PROPN PROPN VERB ADP PROPN PROPN PUNCT",
         [span(.organization, 1, 3), span(.location, 5, 7)]),
        ("Angela Merkel spoke to reporters .", "PROPN PROPN VERB ADP NOUN PUNCT", [span(.person, 0, 2)]),
        ("the cat sat on the mat .", "DET NOUN VERB ADP DET NOUN PUNCT", []),
        ("Microsoft hired Mary Smith in Seattle .", "PROPN VERB PROPN PROPN ADP PROPN PUNCT",
         [span(.organization, 0, 1), span(.person, 2, 4), span(.location, 5, 6)]),
    ]

    static var examples: [(words: [SyntaxWord], entities: [EntitySpan])] {
        sentences.map { sentence in
            let forms = sentence.text.split(separator: " ").map(String.init)
            let tags = sentence.tags.split(separator: " ").map(String.init)
            return (zip(forms, tags).map { SyntaxWord(form: $0, upos: $1) }, sentence.entities)
        }
    }

    static func train() -> EntityRecognizer {
        let gazetteer = EntityGazetteer(entries: [("Paris", .location), ("Angela Merkel", .person)])
        return EntityRecognizerTrainer(iterations: 8, seed: 7, gazetteer: gazetteer).train(examples)
    }

    @Test func aRecognizerReproducesItsTrainingSentences() {
        let recognizer = Self.train()
        for example in Self.examples {
            #expect(recognizer.recognize(example.words) == example.entities)
        }
        #expect(recognizer.recognize([]) == [])
    }

    @Test func untaggedWordsAreRecognisedWithoutTrapping() {
        let words = ["Hello", "from", "London", "!"].map { SyntaxWord(form: $0) }
        let spans = Self.train().recognize(words)
        #expect(spans.allSatisfy { $0.start >= 0 && $0.end <= words.count && $0.start < $0.end })
    }

    @Test func theSameDataAndSeedGiveTheSameModelBytes() throws {
        let first = try Self.train().archive(metadata: ["data": "test"]).encoded()
        let second = try Self.train().archive(metadata: ["data": "test"]).encoded()
        #expect(first == second)
        let reloaded = try EntityRecognizer(
            archive: ModelArchive.decode(first, kind: EntityRecognizer.kind, path: "m"), path: "m")
        #expect(try reloaded.archive(metadata: ["data": "test"]).encoded() == first)
        for example in Self.examples {
            #expect(reloaded.recognize(example.words) == example.entities)
        }
    }

    @Test func anArchiveOfAnotherKindIsRejected() {
        #expect(throws: SyntaxError.self) {
            _ = try EntityRecognizer(archive: ModelArchive(kind: "tagger"), path: "m")
        }
    }
}

struct EntityScorerTests {
    @Test func countsAndRatesFollowExactSpanMatches() {
        let gold = [[span(.person, 0, 2), span(.location, 3, 4)], [span(.organization, 0, 1)]]
        let predicted = [[span(.person, 0, 2), span(.location, 3, 5)], [span(.organization, 0, 1), span(.person, 2, 3)]]
        let scores = EntityScorer().score(gold: gold, predicted: predicted)
        #expect(scores.overall == EntityScores.Counts(truePositives: 2, falsePositives: 2, falseNegatives: 1))
        #expect(scores.overall.precision == 0.5)
        #expect(abs(scores.overall.recall - 2.0 / 3.0) < 1e-12)
        #expect(abs(scores.overall.f1 - 4.0 / 7.0) < 1e-12)
        #expect(scores.byType[.person] == EntityScores.Counts(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        #expect(abs((scores.byType[.person]?.f1 ?? 0) - 2.0 / 3.0) < 1e-12)
        #expect(scores.byType[.location] == EntityScores.Counts(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(scores.byType[.location]?.f1 == 0)
        #expect(scores.byType[.organization]?.f1 == 1)
    }

    /// The JSON keys `byType` by the type's name and carries the rates, so sorted keys give the same bytes each run.
    @Test func scoresEncodeKeyedByTypeNameAndReadBack() throws {
        let gold = [[span(.person, 0, 2), span(.location, 3, 4)], [span(.organization, 0, 1)]]
        let predicted = [[span(.person, 0, 2)], [span(.organization, 0, 1), span(.person, 2, 3)]]
        let scores = EntityScorer().score(gold: gold, predicted: predicted)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(scores)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix(#"{"byType":{"LOC":{"f1":0,"falseNegatives":1,"falsePositives":0,"precision":0,"recall":0,"#))
        #expect(text.contains(#""ORG":{"f1":1,"falseNegatives":0,"falsePositives":0,"precision":1,"recall":1,"truePositives":1}"#))
        #expect(try encoder.encode(EntityScorer().score(gold: gold, predicted: predicted)) == data)
        #expect(try JSONDecoder().decode(EntityScores.self, from: data) == scores)
    }

    @Test func nothingPredictedAndNothingGoldScoreZero() {
        let scores = EntityScorer().score(gold: [[]], predicted: [])
        #expect(scores.overall == EntityScores.Counts())
        #expect(scores.overall.f1 == 0)
    }
}

struct EntityHarmonizationTests {
    static let forms: [[String]] = [
        "Hamas said so .".split(separator: " ").map(String.init),
        "Abbas met Hamas in Gaza .".split(separator: " ").map(String.init),
        "Hamas and Abbas spoke to Hamas Radio .".split(separator: " ").map(String.init),
        "hamas did not .".split(separator: " ").map(String.init),
    ]

    @Test func aNameKeepsTheTypeItWasGivenMostOften() {
        let found = [[span(.organization, 0, 1)], [span(.person, 0, 1), span(.location, 2, 3)], [span(.organization, 0, 1)], []]
        let result = EntityRecognizer.harmonized(found, forms: Self.forms)
        #expect(result[0] == [span(.organization, 0, 1)])
        #expect(result[1] == [span(.person, 0, 1), span(.organization, 2, 3)])
        // "Abbas", found once, is not found again; "Hamas Radio" is not "Hamas" (a capitalised word follows);
        // "hamas" is not capitalised as the name was.
        #expect(result[2] == [span(.organization, 0, 1)])
        #expect(result[3] == [])
    }

    @Test func aNameFoundTwiceIsFoundAgainWhereItRecurs() {
        let found = [[span(.organization, 0, 1)], [span(.person, 0, 1), span(.location, 2, 3)], [span(.person, 2, 3)], []]
        let result = EntityRecognizer.harmonized(found, forms: Self.forms)
        // "Abbas" (twice a person) and "Hamas" (once ORG, once LOC: a tie, so ORG when found anew) are found again
        // in "Hamas and Abbas"; the tied occurrences keep their own types.
        #expect(result[2] == [span(.organization, 0, 1), span(.person, 2, 3)])
        #expect(result[1] == [span(.person, 0, 1), span(.location, 2, 3)])
        #expect(result[3] == [])
    }

    @Test func aTieKeepsEachOccurrencesOwnType() {
        let found = [[span(.organization, 0, 1)], [span(.location, 2, 3)], [], []]
        let result = EntityRecognizer.harmonized(found, forms: Self.forms)
        #expect(result[0] == [span(.organization, 0, 1)])
        #expect(result[1] == [span(.location, 2, 3)])
        // A name found anew takes the first of the tied types in PER, ORG, LOC order.
        #expect(result[2] == [span(.organization, 0, 1)])
    }

    @Test func aTieGoesToTheLongerNameThatHoldsIt() {
        let forms = [["Kagiso", "Banda", "won", "."], ["Banda", "spoke", "."], ["the", "Banda", "camp", "cheered"]]
        let found = [[span(.person, 0, 2)], [span(.person, 0, 1)], [span(.location, 1, 2)]]
        let result = EntityRecognizer.harmonized(found, forms: forms)
        // "Banda" is once a person and once a place; "Kagiso Banda", a person, settles it.
        #expect(result[1] == [span(.person, 0, 1)])
        #expect(result[2] == [span(.person, 1, 2)])
    }

    @Test func longerNamesArePlacedFirstAndNothingOverlaps() {
        let forms = [["Hamas", "Radio", "said"], ["Hamas", "Radio", "and", "Hamas", "."], ["Hamas", "Radio", "or", "Hamas"]]
        let found = [[span(.organization, 0, 2)], [span(.location, 3, 4)], [span(.organization, 0, 2), span(.location, 3, 4)]]
        let result = EntityRecognizer.harmonized(found, forms: forms)
        #expect(result[1] == [span(.organization, 0, 2), span(.location, 3, 4)])
    }

    @Test func aNameIsNotFoundAgainAfterACapitalisedWord() {
        let forms = [["Cortés", "flooded", "."], ["Cortés", "dried", "."], ["In", "Cortés", ",", "the", "road", "to", "Puerto", "Cortés", "closed"]]
        let found = [[span(.location, 0, 1)], [span(.location, 0, 1)], []]
        let result = EntityRecognizer.harmonized(found, forms: forms)
        // "In" begins the sentence and lets the name pass; "Puerto" carries a longer name ("Puerto Cortés").
        #expect(result[2] == [span(.location, 1, 2)])
    }

    @Test func iob2DocumentsStartAtNewdocComments() throws {
        func sentence(_ comments: [String]) -> IOB2Sentence {
            IOB2Sentence(words: ["Hamas"], tags: ["O"], comments: comments)
        }
        let marked = [
            sentence(["# sent_id = a"]), sentence(["# newdoc id = d1", "# sent_id = b"]), sentence([]), sentence([]),
            sentence(["# newdoc"]),
        ]
        #expect(IOB2Sentence.documents(marked) == [0..<1, 1..<4, 4..<5])
        #expect(IOB2Sentence.documents([sentence([]), sentence([])]) == [0..<1, 1..<2])
        // Within a document the name recurs; across documents it does not.
        let found = [[span(.organization, 0, 1)], [], [span(.person, 0, 1)], [span(.person, 0, 1)], []]
        #expect(
            EntityRecognizer.harmonized(found, in: marked)
                == [[span(.organization, 0, 1)], [span(.person, 0, 1)], [span(.person, 0, 1)], [span(.person, 0, 1)], []])
        #expect(EntityRecognizer.harmonized([[span(.organization, 0, 1)], []], in: [sentence([]), sentence([])])
            == [[span(.organization, 0, 1)], []])
    }
}

struct EntityHeadingPhraseTests {
    static let common = EntityWordTable(words: [
        ("great", 4), ("place", 1), ("to", 8), ("stay", 2), ("scotia", 1), ("nova", 1), ("nasser", 1), ("in", 8),
        ("we", 1), ("loved", 2), ("the", 8),
    ])

    func features(_ text: String, gazetteer: EntityGazetteer = EntityGazetteer(entries: [])) -> EntityFeatures {
        var features = EntityFeatures()
        let words = text.split(separator: " ").map { SyntaxWord(form: String($0)) }
        features.load(words, gazetteer: gazetteer, commonWords: Self.common)
        return features
    }

    @Test func commonWordsInATitleCaseSentenceAreAHeading() {
        let heading = features("Great Place To Stay !")
        #expect(heading.titleCase)
        #expect(heading.isHeadingPhrase(0..<2))
        // One word alone may still be a name; an unknown word makes a name.
        #expect(!heading.isHeadingPhrase(1..<2))
        #expect(!features("Great Place In Ruritania").isHeadingPhrase(0..<4))
    }

    @Test func namesTheGazetteerKnowsAndOrdinarySentencesAreLeftAlone() {
        let gazetteer = EntityGazetteer(entries: [("Nova Scotia", .location)])
        #expect(!features("Great Place In Nova Scotia", gazetteer: gazetteer).isHeadingPhrase(3..<5))
        let sentence = features("we loved the Great Place in Nova Scotia")
        #expect(!sentence.titleCase)
        #expect(!sentence.isHeadingPhrase(3..<5))
    }
}

struct EntityTrailingWordsTests {
    func trimmed(_ text: String, _ start: Int, _ end: Int) -> Range<Int> {
        let words = text.split(separator: " ").map { SyntaxWord(form: String($0)) }
        let result = EntityRecognizer.withoutTrailingLowercase(span(.person, start, end), words)
        return result.start..<result.end
    }

    @Test(arguments: [
        ("If Abbas keeps up", 1, 3, 1..<2),
        ("Abbas also pledged to resolve", 0, 4, 0..<1),
        ("the Department of State waived the fees", 1, 7, 1..<4),
        ("met Lee Cheuk - yan today", 1, 5, 1..<5),
        ("Hancock s is a store", 0, 2, 0..<2),
        ("in tampa bay today", 1, 3, 1..<3),
        ("the University of Texas", 1, 4, 1..<4),
    ])
    func aCapitalisedNameDoesNotEndInLowerCaseWords(text: String, start: Int, end: Int, expected: Range<Int>) {
        #expect(trimmed(text, start, end) == expected)
    }
}

struct EntityLeadingWordsTests {
    @Test(arguments: [
        ("Slice Pizza at former Britt 's", EntitySpan.EntityType.location, 3, 6, 4..<6),
        ("off historic Canyon Road", .location, 1, 4, 2..<4),
        ("Dr Joseph retired", .person, 0, 2, 1..<2),
        ("PM Allawi is responsible", .person, 0, 2, 1..<2),
        ("look to bin Laden", .person, 2, 4, 2..<4),
        ("for al - Qaeda", .organization, 1, 4, 1..<4),
        ("the President Hotel", .location, 1, 3, 1..<3),
        ("in tampa bay", .location, 1, 3, 1..<3),
    ])
    func aNameDoesNotBeginWithModifiersOrTitles(
        text: String, type: EntitySpan.EntityType, start: Int, end: Int, expected: Range<Int>
    ) {
        let words = text.split(separator: " ").map { SyntaxWord(form: String($0)) }
        let result = EntityRecognizer.withoutLeadingWords(span(type, start, end), words)
        #expect(result.start..<result.end == expected)
        #expect(result.type == type)
    }
}

struct EntityGazetteerTypeTests {
    @Test func aWholeNameListedUnderOneTypeHasThatType() {
        let gazetteer = EntityGazetteer(entries: [
            ("Hamas", .organization), ("Victoria", .location), ("Victoria", .person), ("Exxon Mobil", .organization),
        ])
        var features = EntityFeatures()
        let text = "Hamas and Victoria met Exxon Mobil and Exxon"
        let words = text.split(separator: " ").map { SyntaxWord(form: String($0)) }
        features.load(words, gazetteer: gazetteer, commonWords: .empty)
        #expect(features.gazetteerType(of: 0..<1) == .organization)
        #expect(features.gazetteerType(of: 2..<3) == nil)  // listed as a place and as a person
        #expect(features.gazetteerType(of: 4..<6) == .organization)
        #expect(features.gazetteerType(of: 4..<5) == nil)  // part of a name only
        #expect(features.gazetteerType(of: 7..<8) == nil)
        #expect(features.gazetteerType(of: 0..<2) == nil)
    }
}
