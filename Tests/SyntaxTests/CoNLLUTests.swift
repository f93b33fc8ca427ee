import Foundation
import Syntax
import Testing

struct CoNLLUTests {
    let sample = """
        # sent_id = s1
        # text = They didn't go.
        1\tThey\tthey\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_
        2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_
        2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t4:aux\t_
        3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_
        4\tgo\tgo\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No
        5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_

        # sent_id = s2
        1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t0:root\t_


        """

    @Test func readsWordsHeadsAndComments() throws {
        let sentences = try CoNLLUReader().parse(sample, path: "sample.conllu")
        #expect(sentences.count == 2)
        let first = sentences[0]
        #expect(first.sentenceID == "s1")
        #expect(first.text == "They didn't go.")
        #expect(first.words.map(\.form) == ["They", "did", "n't", "go", "."])
        #expect(first.words.map(\.head) == [4, 4, 4, 0, 4])
        #expect(first.words[2].deprel == "advmod")
        #expect(first.words[1].lemma == "do")
        #expect(first.misc[3] == "SpaceAfter=No")
        #expect(sentences[1].lineNumber == 10)
    }

    @Test func windowsLineEndsSplitLines() throws {
        let crlf = sample.replacingOccurrences(of: "\n", with: "\r\n")
        let sentences = try CoNLLUReader().parse(crlf, path: "crlf.conllu")
        #expect(sentences.count == 2)
        #expect(sentences[0].words.map(\.form) == ["They", "did", "n't", "go", "."])
        #expect(sentences[0].comments == ["# sent_id = s1", "# text = They didn't go."])
    }

    @Test func writesBackByteIdenticalWhenNothingChanged() throws {
        let sentences = try CoNLLUReader().parse(sample, path: "sample.conllu")
        let written = CoNLLUWriter().write(sentences)
        #expect(written == sample.replacingOccurrences(of: "\n\n\n", with: "\n\n"))
    }

    @Test func writingReplacesOnlyColumnsThreeToEight() throws {
        var sentence = try #require(try CoNLLUReader().parse(sample, path: "sample.conllu").first)
        sentence.words[3].head = 1
        sentence.words[3].deprel = "xcomp"
        sentence.feats[0] = "_"
        let lines = CoNLLUWriter().write([sentence]).split(separator: "\n")
        #expect(lines[2] == "1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_")
        #expect(lines[3] == "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_")
        #expect(lines[6] == "4\tgo\tgo\tVERB\tVB\t_\t1\txcomp\t0:root\tSpaceAfter=No")
    }

    @Test(arguments: [
        ("1\tA\ta\tDET\tDT\t_\t0\troot\t_\n", 1, 0, "expected 10 tab-separated columns, found 9"),
        ("2\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n", 1, 1, "word id \"2\" should be 1"),
        ("1\tA\ta\tDET\tDT\t_\tx\troot\t_\t_\n", 1, 7, "head \"x\" is not a word id"),
        ("# c\n1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n2\tB\tb\tX\tX\t_\t7\tdep\t_\t_\n", 3, 7,
         "head 7 is past the sentence's last word (2)"),
    ])
    func malformedLinesNameFileLineAndColumn(text: String, line: Int, column: Int, reason: String) {
        #expect(throws: SyntaxError.malformedLine(path: "bad.conllu", line: line, column: column, reason: reason)) {
            try CoNLLUReader().parse(text, path: "bad.conllu")
        }
    }

    @Test func errorMessageReadsAsFileLineColumn() {
        let error = SyntaxError.malformedLine(path: "bad.conllu", line: 3, column: 7, reason: "head \"x\" is not a word id")
        #expect(error.localizedDescription == "bad.conllu:3:7: head \"x\" is not a word id")
    }

    @Test func missingFileIsAnError() {
        #expect(throws: SyntaxError.unreadable(path: "/nonexistent/x.conllu", reason: "no such file")) {
            try CoNLLUReader().read(path: "/nonexistent/x.conllu")
        }
    }
}

struct TreeProblemTests {
    @Test(arguments: [
        ("A X X 2 dep;B X X 0 root", nil),
        ("A X X 2 dep;B X X 1 dep", "0 roots"),
        ("A X X 0 root;B X X 0 root", "2 roots"),
        ("A X X 1 dep;B X X 0 root", "word 1 is its own head"),
        ("A X X 3 dep;B X X 0 root", "word 1 has no head in the sentence"),
        ("A X X 2 dep;B X X 3 dep;C X X 2 dep;D X X 0 root", "a cycle through word 1"),
    ] as [(String, String?)])
    func goldTreesAreChecked(spec: String, problem: String?) {
        #expect(ParseScorer.treeProblem(Fixtures.sentence(spec)) == problem)
    }
}
