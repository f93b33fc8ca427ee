import ActorLexicon
import ArticleText
import EventOntology
import TemporalExpressions

/// Groups events of different documents that describe the same happening into ``EventCluster``s.
///
/// Two events can share a cluster when they are in the same ``ClusterBlock`` (same dyad at country level,
/// same PLOVER type and polarity, no party a group without a state such as `XXX-COP`), come from different
/// documents, and either
/// - both are dated and the days they may have happened on overlap at their granularity (`2020-01-03` joins
///   `2020-01` and `2020`, never `2020-01-08` or `2019`); an event dated only by its article's date (anchoring
///   `dct-tense`) may have happened in the ``reportLag`` days before publication; or
/// - both are undated, were published at most ``undatedDistance`` days apart, and their evidence sentences share
///   at least ``undatedSimilarity`` of their content words (Jaccard).
///
/// Within a block, the most precise events found clusters first (shortest window, then earliest, then id); each
/// later event joins the overlapping cluster with most members (ties: the smallest id) that has no event of its
/// document yet, or starts its own. The result is independent of input order.
public enum EventClustering {
    /// Days before its publication that an event dated only by the DCT may have happened.
    public static let reportLag = 3
    /// Most days between the publication dates of two undated reports of one happening.
    public static let undatedDistance = 3
    /// Least Jaccard similarity of two undated events' evidence words.
    public static let undatedSimilarity = 0.5

    /// The clusters of `members`, sorted by block, then date, then id.
    ///
    /// - Parameter members: Events with their block, window, document, outlet and words.
    /// - Returns: One cluster per happening; every member is in exactly one cluster.
    /// - Complexity: O(*n* · *c*) for *n* members and *c* clusters per block.
    public static func clusters(of members: [ClusterMember]) -> [EventCluster] {
        var blocks: [ClusterBlock: [ClusterMember]] = [:]
        for member in members { blocks[member.block, default: []].append(member) }
        var result: [EventCluster] = []
        for block in blocks.keys.sorted() {
            guard let inBlock = blocks[block] else { continue }
            // Groups no state was found for ("XXX-COP": police somewhere) are different groups in different
            // reports: their events never join across documents.
            result += block.hasUnplacedActor
                ? inBlock.map(single).sorted { ($0.date ?? "~", $0.id) < ($1.date ?? "~", $1.id) }
                : cluster(block: inBlock)
        }
        return result
    }

    /// The days an event may have happened on: its date's interval, or for an event dated by its article's
    /// DCT alone, the ``reportLag`` days before publication and the day itself; `nil` when undated.
    public static func window(of event: Event, published: CalendarDate?) -> TimexInterval? {
        window(of: event.date?.interval, anchoring: event.date?.anchoring, published: published)
    }

    /// The days an event dated `interval` (anchored as `anchoring`) may have happened on; see
    /// ``window(of:published:)``.
    public static func window(of interval: TimexInterval?, anchoring: EventDate.Anchoring?, published: CalendarDate?)
        -> TimexInterval?
    {
        guard let interval else { return nil }
        guard anchoring == .dctTense, let published, interval.first == interval.last, interval.first == published
        else { return interval }
        return TimexInterval(first: published.plusDays(-reportLag), last: published)
    }

    /// Lower-cased words of at least three letters or digits in `text`, the vocabulary compared for undated
    /// events.
    public static func contentWords(_ text: String) -> Set<String> {
        Set(Document.normalisedText(text).split(separator: " ").filter { $0.count >= 3 }.map(String.init))
    }

    private struct Draft {
        var window: TimexInterval?
        var members: [ClusterMember]
        var documents: Set<DocumentID>
    }

    /// A cluster of one event.
    private static func single(_ member: ClusterMember) -> EventCluster {
        finish(Draft(window: member.window, members: [member], documents: [member.document]))
    }

    private static func cluster(block members: [ClusterMember]) -> [EventCluster] {
        var drafts: [Draft] = []
        let dated = members.filter { $0.window != nil }.sorted { lhs, rhs in
            guard let l = lhs.window, let r = rhs.window else { return false }
            let lengths = (l.last.dayNumber - l.first.dayNumber, r.last.dayNumber - r.first.dayNumber)
            return (lengths.0, l, lhs.event) < (lengths.1, r, rhs.event)
        }
        for member in dated {
            guard let window = member.window else { continue }
            let best = drafts.indices.filter { index in
                guard let other = drafts[index].window else { return false }
                return other.overlaps(window) && !drafts[index].documents.contains(member.document)
            }.max { (drafts[$0].members.count, drafts[$1].members[0].event) < (drafts[$1].members.count, drafts[$0].members[0].event) }
            if let best {
                drafts[best].members.append(member)
                drafts[best].documents.insert(member.document)
            } else {
                drafts.append(Draft(window: window, members: [member], documents: [member.document]))
            }
        }
        let undated = members.filter { $0.window == nil }.sorted {
            ($0.published?.dayNumber ?? Int.min, $0.event) < ($1.published?.dayNumber ?? Int.min, $1.event)
        }
        var undatedDrafts: [Draft] = []
        for member in undated {
            let match = undatedDrafts.indices.first { index in
                let first = undatedDrafts[index].members[0]
                guard !undatedDrafts[index].documents.contains(member.document),
                      let a = first.published, let b = member.published,
                      abs(a.dayNumber - b.dayNumber) <= undatedDistance
                else { return false }
                return similarity(first.words, member.words) >= undatedSimilarity
            }
            if let match {
                undatedDrafts[match].members.append(member)
                undatedDrafts[match].documents.insert(member.document)
            } else {
                undatedDrafts.append(Draft(window: nil, members: [member], documents: [member.document]))
            }
        }
        return (drafts + undatedDrafts).map(finish).sorted {
            ($0.date ?? "~", $0.id) < ($1.date ?? "~", $1.id)
        }
    }

    private static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 1 : Double(a.intersection(b).count) / Double(union)
    }

    private static func finish(_ draft: Draft) -> EventCluster {
        let members = draft.members.sorted { $0.event < $1.event }
        let precise = draft.members.filter { $0.dateValue != nil }.min { lhs, rhs in
            guard let l = lhs.window, let r = rhs.window else { return lhs.event < rhs.event }
            return (l.last.dayNumber - l.first.dayNumber, lhs.event) < (r.last.dayNumber - r.first.dayNumber, rhs.event)
        }
        let outlets = Set(members.map { $0.outlet ?? "document:\($0.document.rawValue)" })
        let reports = members.compactMap(\.published)
        return EventCluster(
            id: members[0].event, block: members[0].block, date: precise?.dateValue, events: members.map(\.event),
            documents: draft.documents.sorted(), numArticles: draft.documents.count, numSources: outlets.count,
            firstReport: reports.min(), lastReport: reports.max(),
            goldstein: members.map(\.goldstein).reduce(0, +) / Double(members.count))
    }
}
