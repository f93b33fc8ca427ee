import Syntax

/// The features the event-type classifier reads from a sentence's dependency parse.
///
/// Shared by training (`storygraph train-events`) and extraction, so both see the same strings. Proper nouns and
/// numbers stand as `<PROPN>` and `<NUM>`: the classifier learns how an act is said, not who said it.
public enum EventTypeFeatures {
    /// Relations whose dependent is an argument worth pairing with its head ("accept → obj → invitation").
    static let argumentRelations: Set<String> = ["obj", "xcomp", "ccomp", "obl", "nsubj:pass"]
    /// Relations under which a noun says what the clause is about.
    static let nominalRelations: Set<String> = ["obj", "nsubj", "root", "obl", "nsubj:pass"]
    /// Parts of speech whose lemmas are read as a bag of words.
    static let contentTags: Set<String> = ["VERB", "NOUN", "ADJ", "ADV", "AUX"]

    /// The features of `sentences` (usually one): content lemmas (`L=`), head → dependent pairs of verbs and
    /// argument nouns (`HD=`), relation and lemma (`DR=`), the root lemma (`R=`), head–relation–case–argument
    /// frames (`A=`, `A2=` without the argument), and lemma bigrams (`B=`).
    public static func features(of sentences: [AnalyzedSentence]) -> [String] {
        var features: [String] = []
        for sentence in sentences {
            let words = sentence.words
            let lemmas = words.map(lemma)
            for (index, word) in words.enumerated() {
                let lemma = lemmas[index]
                if contentTags.contains(word.upos) || ["not", "no", "never"].contains(lemma) {
                    features.append("L=" + lemma)
                }
                let head = word.head > 0 && word.head <= words.count ? lemmas[word.head - 1] : "ROOT"
                if word.upos == "VERB" || word.upos == "NOUN" && nominalRelations.contains(word.deprel) {
                    features.append("HD=\(head)>\(lemma)")
                    features.append("DR=\(word.deprel):\(lemma)")
                }
                if word.deprel == "root" { features.append("R=" + lemma) }
                if argumentRelations.contains(word.deprel), word.head > 0 {
                    let marker = words.indices.first { words[$0].head == index + 1 && words[$0].deprel == "case" }
                        .map { lemmas[$0] } ?? ""
                    features.append("A=\(head) \(word.deprel) \(marker) \(lemma)")
                    features.append("A2=\(head) \(word.deprel) \(marker)")
                }
            }
            for (first, second) in zip(lemmas, lemmas.dropFirst()) { features.append("B=\(first)_\(second)") }
        }
        return features
    }

    /// The word's lemma in lower case, or its tag for a proper noun or number.
    static func lemma(_ word: SyntaxWord) -> String {
        word.upos == "PROPN" || word.upos == "NUM" ? "<\(word.upos)>" : word.lemma.lowercased()
    }
}
