import Foundation
import Testing

/// `parse`, `ner`, `eval-parse`, `eval-ner` and `extract --syntax` from the command line.
struct SyntaxCommandTests {
    static let conllu = """
        # sent_id = t1
        # text = Seoul protested.
        1\tSeoul\tSeoul\tPROPN\tNNP\t_\t2\tnsubj\t2:nsubj\tGold=1
        2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t0:root\tSpaceAfter=No
        3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t2:punct\t_


        """

    func file(_ name: String, _ text: String) throws -> URL {
        let url = try CommandLine.temporaryDirectory().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func parseOfCoNLLUKeepsIdsFormsCommentsAndMisc() throws {
        let input = try file("gold.conllu", Self.conllu)
        let result = try CommandLine.run(["parse", input.path])
        #expect(result.status == 0)
        let lines = result.stdoutText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "# sent_id = t1")
        #expect(lines[1] == "# text = Seoul protested.")
        let first = lines[2].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(first[0] == "1" && first[1] == "Seoul" && first[8] == "2:nsubj" && first[9] == "Gold=1")
        #expect(first[3] == "PROPN")
        #expect(first[6] == "2" && first[7] == "nsubj")
        let verb = lines[3].split(separator: "\t").map(String.init)
        #expect(verb[2] == "protest" && verb[4] == "VBD" && verb[6] == "0" && verb[7] == "root")
    }

    @Test func parseOfTextGivesSentenceIdsTextAndOffsets() throws {
        let input = try file("a.txt", "---\nid: doc\npublished: 2026-02-20\n---\nNorth Korea didn't fire missiles. Seoul said so.\n")
        let result = try CommandLine.run(["parse", input.path])
        #expect(result.status == 0)
        let text = result.stdoutText
        #expect(text.hasPrefix("# newdoc id = doc\n# sent_id = doc-1\n# text = North Korea didn't fire missiles.\n"))
        #expect(text.contains("\n3\tdid\tdo\tAUX\tVBD\t_\t"))
        #expect(text.contains("\tTokenRange=12:15|SpaceAfter=No\n"))
        #expect(text.contains("\tTokenRange=15:18\n"))
        #expect(text.contains("\n4\tn't\tnot\tPART\tRB\t_\t"))
        #expect(text.contains("# sent_id = doc-2\n# text = Seoul said so.\n"))
    }

    @Test func nerReplacesOnlyTheTagColumn() throws {
        let input = try file(
            "a.iob2",
            "# sent_id = x\n1\tDonald\tO\t-\t-\n2\tTrump\tO\t-\t-\n3\tvisited\tO\t-\t-\n4\tBeijing\tO\t-\t-\n5\ton\tO\t-\t-\n6\tMonday\tO\t-\t-\n7\t.\tO\t-\t-\n\n"
        )
        let result = try CommandLine.run(["ner", input.path])
        #expect(result.status == 0)
        #expect(
            result.stdoutText
                == "# sent_id = x\n1\tDonald\tB-PER\t-\t-\n2\tTrump\tI-PER\t-\t-\n3\tvisited\tO\t-\t-\n4\tBeijing\tB-LOC\t-\t-\n5\ton\tO\t-\t-\n6\tMonday\tO\t-\t-\n7\t.\tO\t-\t-\n\n")
    }

    @Test func evalParseReportsAttachmentScores() throws {
        let result = try CommandLine.run(["eval-parse", "Tests/SyntaxTests/Fixtures/gum-dev-sample.conllu", "--json"])
        #expect(result.status == 0)
        let scores = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        #expect(scores?["words"] as? Int == 5544)
        #expect(scores?["sentences"] as? Int == 200)
        let headCorrect = try #require(scores?["headCorrect"] as? Int)
        #expect(Double(headCorrect) / 5544 > 0.8)
    }

    /// Gold without XPOS (`_` in that column, as many treebanks have) is not scored on XPOS: "n/a" and a note in
    /// the text, no `xposCorrect` and the note in JSON, never an accuracy of 0.
    @Test func evalParseSaysXPOSIsNotScoredWhenTheGoldHasNone() throws {
        let noXPOS = Self.conllu.replacingOccurrences(of: "\tNNP\t", with: "\t_\t")
            .replacingOccurrences(of: "\tVBD\t", with: "\t_\t").replacingOccurrences(of: "PUNCT\t.\t", with: "PUNCT\t_\t")
        let input = try file("no-xpos.conllu", noXPOS)
        let text = try CommandLine.run(["eval-parse", input.path])
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdoutText.split(separator: "\n").map(String.init)
        #expect(lines.count >= 4)
        #expect(lines[0] == "sentences 1  words 3")
        #expect(lines[1].hasPrefix("UPOS ") && lines[1].contains("  XPOS n/a  lemma "), "\(lines[1])")
        #expect(lines[3] == "note: XPOS not scored: the gold has no XPOS (\"_\" on every word)")
        #expect(!text.stdoutText.contains("XPOS 0.00"))

        let json = try CommandLine.run(["eval-parse", input.path, "--json"])
        #expect(json.status == 0)
        let scores = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        #expect(scores["xposScored"] as? Int == 0)
        #expect(scores["xposCorrect"] == nil)
        #expect(scores["uposScored"] as? Int == 3 && scores["lemmaScored"] as? Int == 3)
        #expect(scores["notes"] as? [String] == ["XPOS not scored: the gold has no XPOS (\"_\" on every word)"])

        let full = try CommandLine.run(["eval-parse", try file("gold.conllu", Self.conllu).path, "--json"])
        let fullScores = try #require(try JSONSerialization.jsonObject(with: full.stdout) as? [String: Any])
        #expect(fullScores["xposScored"] as? Int == 3 && fullScores["xposCorrect"] is Int && fullScores["notes"] == nil)
    }

    @Test func evalNERReportsPerTypeScores() throws {
        let input = try file("g.iob2", "1\tAngela\tB-PER\n2\tMerkel\tI-PER\n3\tvisited\tO\n4\tParis\tB-LOC\n5\t.\tO\n\n")
        let result = try CommandLine.run(["eval-ner", input.path])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("PER"))
        #expect(result.stdoutText.contains("all"))
        // Fractions of 1 with three places, as every eval command prints scores (it printed percentages).
        let lines = result.stdoutText.split(separator: "\n").map(String.init)
        #expect(lines.first == "type\t    P     R    F1\tTP/FP/FN")
        for line in lines.dropFirst() {
            let cells = line.split(separator: "\t")[1].split(separator: " ")
            #expect(cells.count == 3 && cells.allSatisfy { $0.count == 5 && $0.dropFirst().first == "." && (Double($0) ?? 2) <= 1 }, "\(line)")
        }
        let parse = try CommandLine.run(["eval-parse", "Tests/SyntaxTests/Fixtures/parser-tiny.conllu"])
        let parseLines = parse.stdoutText.split(separator: "\n").map(String.init)
        #expect(parseLines[1].range(of: #"^UPOS 0\.\d{4}  XPOS 0\.\d{4}  lemma 0\.\d{4}$"#, options: .regularExpression) != nil, "\(parseLines[1])")
        #expect(parseLines[3] == "relation      gold      P      R     F1")
        #expect(parseLines[4].hasSuffix("  1.000  0.850  0.919"), "\(parseLines[4])")  // nsubj: 100.0, 85.0, 91.9 before
    }

    @Test func malformedCoNLLUNamesFileLineAndColumn() throws {
        let input = try file("bad.conllu", "# text = x\n1\tx\tx\tX\tX\t_\tq\tdep\t_\t_\n\n")
        let result = try CommandLine.run(["eval-parse", input.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(input.path):2:7: head \"q\" is not a word id"))
        #expect(result.stdout.isEmpty)
    }

    @Test func missingModelsAreAClearErrorNotACrash() throws {
        let result = try CommandLine.run(
            ["extract", "examples/korea-party-congress.txt"], environment: ["STORYGRAPH_MODELS": "/nonexistent/models"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/models/tagger.sgm: model file not found"))
        #expect(result.stdout.isEmpty)
    }

    @Test func extractWithSyntaxShowsHeadsRelationsAndEntities() throws {
        let input = try file("b.txt", "---\nid: b\npublished: 2026-02-20\n---\nRussia attacked Ukraine on Monday.\n")
        let result = try CommandLine.run(["extract", input.path, "--syntax"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let syntax = try #require(object["syntax"] as? [String: Any])
        let sentence = try #require((syntax["sentences"] as? [[String: Any]])?.first)
        let words = try #require(sentence["words"] as? [[String: Any]])
        #expect(words.map { $0["form"] as? String } == ["Russia", "attacked", "Ukraine", "on", "Monday", "."])
        #expect(words[0]["deprel"] as? String == "nsubj" && words[0]["head"] as? Int == 2)
        #expect(words[2]["deprel"] as? String == "obj" && words[2]["head"] as? Int == 2)
        #expect(words[1]["lemma"] as? String == "attack" && words[1]["upos"] as? String == "VERB")
        let entities = try #require(sentence["entities"] as? [[String: Any]])
        #expect(entities.contains { $0["type"] as? String == "LOC" && $0["start"] as? Int == 0 })
        let plain = try CommandLine.run(["extract", input.path])
        #expect(!plain.stdoutText.contains("\"syntax\""))
    }

    /// As every output (see `SymlinkOutputTests`): the link is replaced by the new file, its target stays.
    @Test func outputToASymlinkReplacesTheLinkAndKeepsItsTarget() throws {
        let input = try file("a.txt", "Seoul protested.\n")
        let folder = input.deletingLastPathComponent()
        let target = folder.appendingPathComponent("real.conllu")
        let link = folder.appendingPathComponent("link.conllu")
        try Data("old".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let result = try CommandLine.run(["parse", input.path, "-o", link.path])
        #expect(result.status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: link.path)[.type] as? FileAttributeType == .typeRegular)
        #expect(try String(contentsOf: link, encoding: .utf8).contains("1\tSeoul\tSeoul\tPROPN"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
    }

    /// A directory in the way and a file where a folder should be are named; missing folders are made.
    @Test func outputIntoADirectoryIsNamedAndMissingFoldersAreMade() throws {
        let input = try file("a.txt", "Seoul protested.\n")
        let folder = input.deletingLastPathComponent()
        let directory = try CommandLine.run(["parse", input.path, "-o", folder.path])
        #expect(directory.status == 64)
        #expect(directory.stderr.contains("Error: -o \(folder.path) is a directory; give a file name in it, such as \(folder.path)/parsed.conllu\n"))
        let underFile = try CommandLine.run(["parse", input.path, "-o", input.path + "/out.conllu"])
        #expect(underFile.status == 1)
        #expect(underFile.stderr == "Error: could not write \(input.path)/out.conllu: \(input.path) is a regular file, not a directory\n")
        let missing = try CommandLine.run(["parse", input.path, "-o", folder.path + "/no/such/out.conllu"])
        #expect(missing.status == 0, "\(missing.stderr)")
        #expect(try String(contentsOfFile: folder.path + "/no/such/out.conllu", encoding: .utf8).contains("1\tSeoul\tSeoul"))
    }

    @Test func aFullDeviceIsAnErrorNotATrap() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let input = try file("a.txt", "Seoul protested.\n")
        let result = try CommandLine.run(["parse", input.path, "-o", "/dev/full"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("could not write /dev/full: No space left on device"))
        #expect(FileManager.default.fileExists(atPath: "/dev/full"))
        let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/full")
        #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
    }

    @Test func mixedInputsAreParsedEachByItsKind() throws {
        let conllu = try file("g.CONLLU", Self.conllu)
        let text = try file("t.txt", "---\nid: t\n---\nSeoul said so.\n")
        let result = try CommandLine.run(["parse", conllu.path, text.path])
        #expect(result.status == 0)
        #expect(result.stdoutText.hasPrefix("# sent_id = t1\n# text = Seoul protested.\n1\tSeoul\t"))
        #expect(result.stdoutText.contains("# newdoc id = t\n# sent_id = t-1\n# text = Seoul said so.\n"))
    }

    @Test func emptyGoldFilesAreErrors() throws {
        let conllu = try file("empty.conllu", "# only a comment\n")
        let parse = try CommandLine.run(["eval-parse", conllu.path])
        #expect(parse.status == 1)
        #expect(parse.stderr.contains("\(conllu.path): no gold sentences"))
        let iob2 = try file("empty.iob2", "\n")
        let ner = try CommandLine.run(["eval-ner", iob2.path])
        #expect(ner.status == 1)
        #expect(ner.stderr.contains("\(iob2.path): no gold sentences"))
    }

    @Test func documentIdsWithLineBreaksStayOneCommentLine() throws {
        let input = try file("inj.jsonl", "{\"id\":\"x\\n1\\tA\",\"text\":\"Russia met China.\"}\n")
        let result = try CommandLine.run(["parse", input.path])
        #expect(result.status == 0)
        #expect(result.stdoutText.hasPrefix("# newdoc id = x 1 A\n# sent_id = x 1 A-1\n"))
    }
}
