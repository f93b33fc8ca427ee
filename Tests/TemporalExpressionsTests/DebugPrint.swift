import Foundation
import Testing
@testable import TemporalExpressions

struct DebugPrint {
    @Test func printSentences() throws {
        guard let path = ProcessInfo.processInfo.environment["TIMEX_DEBUG"] else { return }
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        for line in lines {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            let dct = parts.count == 2 ? parts[0] : nil
            let sentence = parts.last ?? ""
            print("DBG \(sentence) => \(rendered(sentence, dct: dct))")
        }
    }
}
