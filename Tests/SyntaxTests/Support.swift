import Foundation
import Syntax

/// Paths and small helpers shared by the syntax tests.
enum Fixtures {
    /// The folder of this test target's fixtures.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The path of fixture `name`.
    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Words with gold analysis from CoNLL-U lines written as "form upos xpos head deprel lemma" per word.
    static func sentence(_ spec: String) -> [SyntaxWord] {
        spec.split(separator: ";").map { item in
            let parts = item.split(separator: " ").map(String.init)
            return SyntaxWord(form: parts[0], lemma: parts.count > 5 ? parts[5] : parts[0].lowercased(), upos: parts[1],
                              xpos: parts[2], head: Int(parts[3]) ?? 0, deprel: parts[4])
        }
    }
}
