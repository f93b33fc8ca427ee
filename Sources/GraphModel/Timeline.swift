import ActorLexicon
import ArticleText
import EventOntology

/// The dated events of a graph in time order: the timeline diagram's content.
///
/// Built by ``EventGraph/timeline(level:)``. Events are ordered by the first day their TIMEX3 date value
/// covers, then its last day (a day before the year that starts with it), then document id, then the evidence
/// offset. Events without a calendar date (`PAST_REF`, no date at all) are left out and counted.
public struct Timeline: Hashable, Sendable {
    /// One dated event.
    public struct Entry: Hashable, Sendable {
        /// The event.
        public var event: Event
        /// The TIMEX3 value that places it (the event's date value, or the start of its range).
        public var value: String
        /// The days that value covers.
        public var interval: TimexInterval
        /// Whether `value` is the start of a range the event lies in ("since 2021") rather than its date.
        public var isRangeStart: Bool
        /// The source node's actor at the timeline's level.
        public var source: Actor
        /// The target node's actor at the timeline's level, or `nil` for single-actor events.
        public var target: Actor?
    }

    /// Consecutive entries covering the same days, drawn side by side.
    public struct Group: Hashable, Sendable {
        /// The value of the group's first entry.
        public var value: String
        /// The days the group covers.
        public var interval: TimexInterval
        /// Entries in order.
        public var entries: [Entry]
    }

    /// The aggregation level used for the entries' actors.
    public var level: AggregationLevel
    /// Dated entries in time order.
    public var entries: [Entry]
    /// Number of events left out because they carry no calendar date.
    public var undatedCount: Int

    /// Entries grouped by the days they cover, in time order.
    public var groups: [Group] {
        var groups: [Group] = []
        for entry in entries {
            if let last = groups.indices.last, groups[last].interval == entry.interval {
                groups[last].entries.append(entry)
            } else {
                groups.append(Group(value: entry.value, interval: entry.interval, entries: [entry]))
            }
        }
        return groups
    }
}

extension EventGraph {
    /// The dated events in time order, with their actors at `level`.
    ///
    /// - Parameter level: Whether entries name actors or their countries.
    /// - Returns: The timeline.
    /// - Complexity: O(*e* log *e*) for *e* events.
    public func timeline(level: AggregationLevel = .actor) -> Timeline {
        var entries: [Timeline.Entry] = []
        var undated = 0
        for event in events.values {
            guard let value = event.date?.intervalValue, let interval = TimexInterval(timex: value) else {
                undated += 1
                continue
            }
            entries.append(
                Timeline.Entry(
                    event: event, value: value, interval: interval, isRangeStart: Self.startsRange(value, event.date),
                    source: nodeActor(sourceNode(of: event, at: level)),
                    target: targetNode(of: event, at: level).map(nodeActor)))
        }
        entries.sort { lhs, rhs in
            (lhs.interval, lhs.event.evidence.document, lhs.event.evidence.start, lhs.event.id)
                < (rhs.interval, rhs.event.evidence.document, rhs.event.evidence.start, rhs.event.id)
        }
        return Timeline(level: level, entries: entries, undatedCount: undated)
    }
}

extension EventGraph {
    /// Whether the timeline value `value` opens a range the event lies in ("since 2025-01-20", "since 2021")
    /// rather than the day it happened: it is not the date's own value, or it is the start of the date's range.
    public static func startsRange(_ value: String, _ date: EventDate?) -> Bool {
        guard let date else { return false }
        if value != date.value { return true }
        return date.rangeBegin == value && date.rangeEnd != nil && date.rangeEnd != value
    }
}
