import ArticleText
import Foundation

/// The short account of per-document findings printed on standard error after `extract` and `build`:
/// counts by finding code, and a plain warning when documents lacked a publication date.
struct FindingDigest {
    /// The finding code of a document without publication date (DCT).
    static let missingDCT = "dct.missing"

    /// Number of findings per code.
    var counts: [String: Int] = [:]
    /// Documents without a publication date.
    var undatedDocuments = 0

    /// Counts one document's findings.
    mutating func add(_ findings: [Finding]) {
        for finding in findings { counts[finding.code, default: 0] += 1 }
        if findings.contains(where: { $0.code == Self.missingDCT }) { undatedDocuments += 1 }
    }

    /// Total number of findings.
    var total: Int { counts.values.reduce(0, +) }

    /// The lines to print: `findings: 12 timex.unresolved, 3 actor.unknown` (most frequent first, ties by
    /// code) and the DCT warning; empty when there was nothing to say.
    var lines: [String] {
        var lines: [String] = []
        if undatedDocuments > 0 {
            let subject = undatedDocuments == 1 ? "1 document has" : "\(undatedDocuments) documents have"
            lines.append(
                "warning: \(subject) no publication date (DCT): relative dates stay unresolved; "
                    + "pass --published YYYY-MM-DD")
        }
        if total > 0 {
            let sorted = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            lines.append("findings: " + sorted.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
        }
        return lines
    }

    /// Writes ``lines`` to `diagnostics` (standard error unless `--quiet`), each prefixed with `prefix`.
    func report(prefix: String, to diagnostics: Diagnostics) {
        for line in lines { diagnostics.say("\(prefix): \(line)") }
    }
}
