import Foundation
import Testing
@testable import TemporalExpressions

struct ZZDebug {
    @Test func printSentences() throws {
        guard let path = ProcessInfo.processInfo.environment["TIMEX_DEBUG"] else { return }
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            print("DBG \(parts[1]) => \(rendered(parts[1], dct: parts[0]))")
        }
    }
}
