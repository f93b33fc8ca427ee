import Foundation
import Testing

/// Syntax commands given input they cannot use as asked: a gold file without heads, a folder of CoNLL-U files,
/// plain text where IOB2 belongs. Each either does what a user means or stops naming the file and the problem.
struct SyntaxInputTests {
    /// Two sentences; the second has no HEAD or DEPREL ("_"), as a file of tags alone has.
    static let headless = """
        # sent_id = a
        # text = Seoul protested.
        1\tSeoul\tSeoul\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
        2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\t_

        # sent_id = b
        # text = Tokyo agreed.
        1\tTokyo\tTokyo\tPROPN\tNNP\t_\t_\t_\t_\t_
        2\tagreed\tagree\tVERB\tVBD\t_\t_\t_\t_\t_


        """

    func folder() throws -> URL { try CommandLine.temporaryDirectory() }

    @Test func evalParseRefusesGoldWithoutHeadsNamingFileLineAndColumn() throws {
        let gold = try folder().appendingPathComponent("tags-only.conllu")
        try Data(Self.headless.utf8).write(to: gold)
        let result = try CommandLine.run(["eval-parse", gold.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            Error: \(gold.path):8:7: word 1 "Tokyo" has no gold HEAD ("_"): eval-parse scores against gold heads and \
            relations, so every word needs HEAD and DEPREL (a file of tokens or tags alone cannot be scored)

            """)
        let json = try CommandLine.run(["eval-parse", gold.path, "--json"])
        #expect(json.status == 1)
        #expect(json.stdout.isEmpty)
    }

    @Test func evalParseRefusesAMissingRelationToo() throws {
        let gold = try folder().appendingPathComponent("no-deprel.conllu")
        try Data("1\tSeoul\tSeoul\tPROPN\tNNP\t_\t0\t_\t_\t_\n\n".utf8).write(to: gold)
        let result = try CommandLine.run(["eval-parse", gold.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: \(gold.path):1:8: word 1 \"Seoul\" has no gold DEPREL (\"_\")"))
    }

    @Test func parseOfAFolderParsesItsCoNLLUFilesOnTheirOwnWords() throws {
        let directory = try folder()
        try Data(SyntaxCommandTests.conllu.utf8).write(to: directory.appendingPathComponent("b.conllu"))
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("---\nid: t\n---\nSeoul said so.\n".utf8).write(to: directory.appendingPathComponent("sub/a.txt"))
        let result = try CommandLine.run(["parse", directory.path])
        #expect(result.status == 0, "\(result.stderr)")
        // Path order: b.conllu, then sub/a.txt.
        #expect(result.stdoutText.hasPrefix("# sent_id = t1\n# text = Seoul protested.\n1\tSeoul\tSeoul\tPROPN\t"))
        #expect(result.stdoutText.contains("\tGold=1\n"))
        #expect(result.stdoutText.contains("\n\n# newdoc id = t\n# sent_id = t-1\n# text = Seoul said so.\n"))
        let alone = try CommandLine.run(["parse", directory.appendingPathComponent("b.conllu").path])
        #expect(result.stdoutText.hasPrefix(alone.stdoutText))
    }

    @Test func parseOfAFolderWithNothingToParseSaysWhatItLookedFor() throws {
        let directory = try folder()
        try Data("x".utf8).write(to: directory.appendingPathComponent("notes.csv"))
        let result = try CommandLine.run(["parse", directory.path])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: \(directory.path): directory holds no .txt, .md or .jsonl articles and no .conllu or .conll files\n")
    }

    @Test func nerOfPlainTextSaysTheInputMustBeIOB2() throws {
        let result = try CommandLine.run(["ner", "examples/korea-party-congress.txt"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            Error: examples/korea-party-congress.txt:1: not IOB2: the line has no tab (IOB2 has one token a line: id, \
            token and tag separated by tabs; a blank line between sentences); `storygraph ner` tags IOB2 files only: \
            for the named entities of an article, run `storygraph extract --syntax examples/korea-party-congress.txt`

            """)
    }

    @Test func plainTextAsCoNLLUNamesTheFormat() throws {
        let file = try folder().appendingPathComponent("article.conllu")
        try Data("# a comment\nSeoul protested on Monday.\n".utf8).write(to: file)
        let result = try CommandLine.run(["parse", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(
            "Error: \(file.path):2: not CoNLL-U: the line has no tab (CoNLL-U has one word a line in 10 tab-separated columns"))
    }

    /// An entity type the recogniser and the scorer do not know (`B-XYZ`) was dropped without a word by `ner`
    /// and `eval-ner` (its names left the gold); now both stop naming the file, line and tag. MISC is still
    /// kept and ignored.
    @Test(arguments: ["ner", "eval-ner"])
    func anUnknownEntityTypeIsAnErrorNamingFileLineAndTag(command: String) throws {
        let file = try folder().appendingPathComponent("gold.iob2")
        try Data("# sent_id = a\n1\tSeoul\tB-LOC\n2\tprotested\tO\n\n# sent_id = b\n1\tAcme\tB-XYZ\n2\tfell\tO\n\n".utf8)
            .write(to: file)
        let result = try CommandLine.run([command, file.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            Error: \(file.path):6:3: unknown entity type "XYZ" in tag "B-XYZ" (PER, ORG and LOC are recognised and scored, \
            MISC is kept and ignored; write another type as one of these, or as O)

            """, "\(result.stderr)")
        try Data("1\tEuropean\tB-MISC\n2\tUnion\tI-MISC\n3\tSeoul\tB-LOC\n\n".utf8).write(to: file)
        let misc = try CommandLine.run([command, file.path, "--quiet"])
        #expect(misc.status == 0, "\(misc.stderr)")
    }
}
