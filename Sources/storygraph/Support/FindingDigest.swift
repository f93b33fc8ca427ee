import ArticleText
import Foundation

/// The short account of per-document findings printed on standard error after `extract`, `build`, `report`
/// and `ingest`: counts by finding code, a plain warning when documents lacked a publication date, and each
/// key that looks like a date but is not read where its document was left without one (the first
/// ``shownUnreadDateKeys``, then how many more).
struct FindingDigest {
    /// The finding code of a document without publication date (DCT).
    static let missingDCT = "dct.missing"
    /// The finding code of a metadata key that looks like a date but is not read.
    static let unreadDateKey = "metadata.unread-date-key"
    /// How many unread-date-key warnings are printed one by one; the rest are counted.
    static let shownUnreadDateKeys = 10

    /// Number of findings per code.
    var counts: [String: Int] = [:]
    /// Documents without a publication date.
    var undatedDocuments = 0
    /// The messages of the first unread-date-key warnings, naming the file and line (`feed.jsonl:2: key
    /// "updated" looks like a date but is not read; …`), in the order the documents came.
    var unreadDateKeys: [String] = []
    /// Number of unread-date-key warnings, shown or not.
    var unreadDateKeyCount = 0

    /// Counts one document's findings.
    mutating func add(_ findings: [Finding]) {
        for finding in findings {
            counts[finding.code, default: 0] += 1
            guard finding.code == Self.unreadDateKey, finding.severity >= .warning else { continue }
            unreadDateKeyCount += 1
            if unreadDateKeys.count < Self.shownUnreadDateKeys { unreadDateKeys.append(finding.message) }
        }
        if findings.contains(where: { $0.code == Self.missingDCT }) { undatedDocuments += 1 }
    }

    /// Total number of findings.
    var total: Int { counts.values.reduce(0, +) }

    /// The lines to print: the DCT warning, the unread-date-key warnings, and `findings: 12 timex.unresolved,
    /// 3 actor.unknown` (most frequent first, ties by code); empty when there was nothing to say.
    var lines: [String] {
        var lines: [String] = []
        if undatedDocuments > 0 {
            let subject = undatedDocuments == 1 ? "1 document has" : "\(undatedDocuments) documents have"
            lines.append(
                "warning: \(subject) no publication date (DCT): relative dates stay unresolved; "
                    + "pass --published YYYY-MM-DD")
        }
        lines += unreadDateKeys.map { "warning: \($0)" }
        if unreadDateKeyCount > unreadDateKeys.count {
            let more = unreadDateKeyCount - unreadDateKeys.count
            let keys = more == 1 ? "1 more key that looks like a date but is not read" : "\(more) more keys that look like dates but are not read"
            lines.append("warning: \(keys), in documents without a publication date (\(Self.unreadDateKey) in the findings)")
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
