import ActorLexicon
import ArticleText
import EventOntology
import GraphModel
import TemporalExpressions

/// The timeline picture's content and geometry: time along a horizontal axis, one lane per actor, dyad or
/// type, event boxes placed at their date, ongoing events with a bar from their start, and a lane of its own
/// for undated and vague events.
///
/// Positions are in points (1/72 in), x growing to the right and y downwards from the axis; ``DOTEncoder``
/// pins every node at its position (`pos="x,y!"`, laid out with `neato`), so Graphviz draws and routes but
/// does not move anything. A box's left edge sits at its date, proportionally to time between the first and
/// the last day shown. Boxes that would overlap in a lane move to a further row of the lane. A lane with more
/// than ``laneCapacity`` events shows one box per period (tick interval) and dyad instead, with the count and
/// every event in its tooltip.
public struct TimelineChart: Sendable {
    /// What a lane holds.
    public enum Lanes: String, Hashable, Sendable, CaseIterable {
        /// One lane per acting actor.
        case actor
        /// One lane per pair of actors.
        case dyad
        /// One lane per PLOVER type.
        case type
    }

    /// One box: one event, or several of one period and dyad.
    public struct Box: Hashable, Sendable {
        /// Left edge, in points from the chart's left.
        public var x: Double
        /// Top edge, in points below the axis.
        public var y: Double
        /// The label lines: date, dyad, type(s), modality, article title or count.
        public var lines: [String]
        /// The events it stands for.
        public var events: [EventID]
        /// The QuadClass filling it (of most events).
        public var quadClass: QuadClass
        /// The modality drawing its outline (of the first event).
        public var modality: Modality
        /// Right end of the bar of an ongoing event, or `nil`.
        public var barEnd: Double?
    }

    /// One lane: a name and its rows of boxes.
    public struct Lane: Hashable, Sendable {
        /// The lane's name ("North Korea (PRK)", "PRK → RUS", "ACCUSE", "undated or vague").
        public var name: String
        /// Top edge, in points below the axis.
        public var y: Double
        /// Height in points.
        public var height: Double
        /// Whether events were aggregated per period and dyad.
        public var aggregated: Bool
    }

    /// A labelled tick on the time axis.
    public struct Tick: Hashable, Sendable {
        /// Position, in points from the chart's left.
        public var x: Double
        /// "2025", "Sep 2025", "14 Sep".
        public var label: String
    }

    /// Box width and height, in points.
    public static let boxWidth = 150.0, boxHeight = 56.0
    /// Space between boxes and rows, in points.
    public static let gap = 8.0
    /// Width of the lane-name column, in points.
    public static let laneColumn = 150.0
    /// The most lanes of dated events; the lanes with the fewest events beyond share one last lane.
    public static let maximumLanes = 16
    /// A lane whose boxes would need more rows than this is aggregated per period and dyad.
    public static let maximumRows = 3
    /// More events than this in a lane are aggregated per period and dyad.
    public static let laneCapacity = 8

    /// What the lanes hold.
    public var lanes: Lanes
    /// Lanes top to bottom; the undated lane, when there is one, is last.
    public var laneList: [Lane]
    /// All boxes.
    public var boxes: [Box]
    /// Axis ticks left to right.
    public var ticks: [Tick]
    /// Left and right end of the time axis, in points.
    public var axis: (start: Double, end: Double)
    /// Total height below the axis, in points.
    public var height: Double
    /// Number of undated or vague events (in the last lane).
    public var undatedCount: Int

    /// Lays out the events of `graph`.
    ///
    /// - Parameters:
    ///   - graph: The events, with actors named at actor level.
    ///   - lanes: What a lane holds.
    ///   - provenance: Article titles for the boxes.
    ///   - maximumWidth: The most points the time axis may take.
    /// - Complexity: O(*e* log *e*) for *e* events.
    public init(graph: EventGraph, lanes: Lanes = .actor, provenance: DiagramProvenance, maximumWidth: Double = 1_450) {
        self.lanes = lanes
        let timeline = graph.timeline(level: .actor)
        let dated = timeline.entries
        let undated = graph.events.values.filter { $0.date?.intervalValue == nil }
        undatedCount = undated.count

        // Time scale.
        let firstDay = dated.map(\.interval.first.dayNumber).min() ?? 0
        let lastDay = max(dated.map(\.interval.last.dayNumber).max() ?? firstDay, firstDay)
        let distinctStarts = Set(dated.map(\.interval.first.dayNumber)).count
        let width = min(max(Double(distinctStarts) * 110, 480), maximumWidth)
        let left = Self.laneColumn + Self.gap
        func x(_ day: Int) -> Double {
            lastDay == firstDay ? left : left + Double(day - firstDay) / Double(lastDay - firstDay) * width
        }
        axis = (left, left + width + Self.boxWidth)
        let scale = TickScale(firstDay: firstDay, lastDay: lastDay)
        ticks = dated.isEmpty ? [] : scale.ticks().map { Tick(x: x($0.day), label: $0.label) }

        // Lanes in order of their first event.
        var order: [String] = []
        var members: [String: [Timeline.Entry]] = [:]
        for entry in dated {
            let name = Self.laneName(entry.event, source: entry.source, target: entry.target, lanes: lanes)
            if members[name] == nil { order.append(name) }
            members[name, default: []].append(entry)
        }
        if order.count > Self.maximumLanes {
            // The lanes with the fewest events share one last lane.
            let ranked = order.enumerated().sorted { (members[$1.element]?.count ?? 0, $0.offset) < (members[$0.element]?.count ?? 0, $1.offset) }
            let kept = Set(ranked.prefix(Self.maximumLanes - 1).map(\.element))
            let rest = order.filter { !kept.contains($0) }
            let other = "\(rest.count) other \(lanes == .type ? "types" : lanes == .dyad ? "pairs" : "actors")"
            members[other] = dated.filter { entry in
                !kept.contains(Self.laneName(entry.event, source: entry.source, target: entry.target, lanes: lanes))
            }
            order = order.filter { kept.contains($0) } + [other]
        }
        var laneList: [Lane] = []
        var boxes: [Box] = []
        var top = Self.gap
        for name in order {
            let entries = members[name] ?? []
            var items = entries.map { Self.box($0, x: x, lastX: x(lastDay), provenance: provenance) }
            var rows = Self.stack(items)
            let aggregate = entries.count > Self.laneCapacity || rows.count > Self.maximumRows
            if aggregate {
                items = Self.aggregated(entries, scale: scale, x: x, lastX: x(lastDay), byDyad: true, provenance: provenance)
                rows = Self.stack(items)
                if rows.count > Self.maximumRows {
                    items = Self.aggregated(entries, scale: scale, x: x, lastX: x(lastDay), byDyad: false, provenance: provenance)
                    rows = Self.stack(items)
                }
            }
            for index in items.indices { items[index].y = top + Double(rows.row[index]) * Self.rowHeight }
            let rowEnds = rows.ends
            let height = Double(max(rowEnds.count, 1)) * Self.rowHeight
            laneList.append(Lane(name: name, y: top, height: height, aggregated: aggregate))
            boxes += items
            top += height + Self.gap
        }
        if !undated.isEmpty {
            let entries = undated.map { event in
                (event, graph.nodeActor(graph.sourceNode(of: event, at: .actor)),
                 graph.targetNode(of: event, at: .actor).map(graph.nodeActor))
            }
            let perRow = max(Int((width + Self.boxWidth) / (Self.boxWidth + Self.gap)), 1)
            let aggregate = entries.count > perRow * 2
            var items: [Box] = []
            if aggregate {
                var byDyad: [String: [Event]] = [:]
                var dyads: [String] = []
                for (event, source, target) in entries {
                    let dyad = Self.dyad(event, source: source, target: target)
                    if byDyad[dyad] == nil { dyads.append(dyad) }
                    byDyad[dyad, default: []].append(event)
                }
                let limit = perRow * Self.maximumRows
                if dyads.count > limit {
                    // The pairs with the most events keep a box each; the rest share the last one.
                    let ranked = dyads.enumerated().sorted {
                        (byDyad[$1.element]?.count ?? 0, $0.offset) < (byDyad[$0.element]?.count ?? 0, $1.offset)
                    }.map(\.element)
                    let kept = Set(ranked.prefix(limit - 1))
                    let rest = dyads.filter { !kept.contains($0) }
                    let other = "\(rest.count) other pairs"
                    byDyad[other] = rest.flatMap { byDyad[$0] ?? [] }
                    dyads = dyads.filter { kept.contains($0) } + [other]
                }
                items = dyads.map { dyad in Self.summary(byDyad[dyad] ?? [], date: "undated or vague", dyad: dyad, provenance: provenance) }
            } else {
                items = entries.map { event, source, target in
                    Self.box(event, date: event.date?.value.map(HumanDate.text) ?? "undated",
                             dyad: Self.dyad(event, source: source, target: target), provenance: provenance)
                }
            }
            for index in items.indices {
                items[index].x = left + Double(index % perRow) * (Self.boxWidth + Self.gap)
                items[index].y = top + Double(index / perRow) * Self.rowHeight
            }
            let height = Double((items.count + perRow - 1) / perRow) * Self.rowHeight
            laneList.append(Lane(name: "undated or vague", y: top, height: height, aggregated: aggregate))
            boxes += items
            top += height + Self.gap
        }
        self.laneList = laneList
        self.boxes = boxes
        height = top
    }

    /// Rows for `items` (sorted by x): each box goes to the first row where it fits after the previous box.
    static func stack(_ items: [Box]) -> (row: [Int], ends: [Double], count: Int) {
        var ends: [Double] = []
        var rows: [Int] = []
        for item in items {
            let row = ends.firstIndex { $0 <= item.x } ?? ends.count
            if row == ends.count { ends.append(0) }
            ends[row] = max(item.x + boxWidth, item.barEnd ?? 0) + gap
            rows.append(row)
        }
        return (rows, ends, ends.count)
    }

    /// Height of one row of boxes, bar included.
    static let rowHeight = boxHeight + gap + 8

    static func laneName(_ event: Event, source: Actor, target: Actor?, lanes: Lanes) -> String {
        switch lanes {
        case .actor: DOTStyle.label(source)
        case .dyad: dyad(event, source: source, target: target)
        case .type: event.type.rawValue
        }
    }

    /// "North Korea → Russia", "China – North Korea" for symmetric types, or the source alone.
    static func dyad(_ event: Event, source: Actor, target: Actor?) -> String {
        guard let target else { return source.name }
        if event.symmetric {
            let names = [source.name, target.name].sorted()
            return "\(names[0]) – \(names[1])"
        }
        return "\(source.name) → \(target.name)"
    }

    static func typeText(_ event: Event) -> String {
        (event.modality == .negated ? "not " : "") + event.type.rawValue + (event.mode.map { " (\($0))" } ?? "")
    }

    /// The box of one dated event, with a bar to the end of its range (or of the chart) when it is ongoing.
    static func box(_ entry: Timeline.Entry, x: (Int) -> Double, lastX: Double, provenance: DiagramProvenance) -> Box {
        var box = box(
            entry.event, date: HumanDate.text(entry.value, since: entry.isRangeStart),
            dyad: dyad(entry.event, source: entry.source, target: entry.target), provenance: provenance)
        box.x = x(entry.interval.first.dayNumber)
        if entry.isRangeStart {
            let end = entry.event.date?.rangeEnd.flatMap(TimexInterval.init(timex:)).map { x($0.last.dayNumber) }
            box.barEnd = max(end ?? lastX, box.x + 20)
        }
        return box
    }

    static func box(_ event: Event, date: String, dyad: String, provenance: DiagramProvenance) -> Box {
        var lines = [date, dyad, typeText(event)]
        if event.modality != .asserted && event.modality != .negated { lines.append(event.modality.rawValue) }
        if let title = provenance.documents[event.evidence.document]?.title { lines.append(title) }
        return Box(
            x: 0, y: 0, lines: lines.map { shortened($0) }, events: [event.id], quadClass: event.quadClass,
            modality: event.modality, barEnd: nil)
    }

    /// One box per period and dyad, or per period alone ("5 pairs").
    /// A group of one event keeps its own box (date, modality, title, bar).
    static func aggregated(
        _ entries: [Timeline.Entry], scale: TickScale, x: (Int) -> Double, lastX: Double, byDyad: Bool,
        provenance: DiagramProvenance
    ) -> [Box] {
        var keys: [String] = []
        var groups: [String: [Timeline.Entry]] = [:]
        for entry in entries {
            let period = scale.period(of: entry.interval.first)
            let key = "\(period.day)\u{0}" + (byDyad ? dyad(entry.event, source: entry.source, target: entry.target) : "")
            if groups[key] == nil { keys.append(key) }
            groups[key, default: []].append(entry)
        }
        return keys.compactMap { key in
            guard let group = groups[key], let first = group.first else { return nil }
            if group.count == 1 { return box(first, x: x, lastX: lastX, provenance: provenance) }
            let period = scale.period(of: first.interval.first)
            let dyads = Set(group.map { dyad($0.event, source: $0.source, target: $0.target) })
            var box = summary(
                group.map(\.event), date: period.label,
                dyad: dyads.count == 1 ? dyad(first.event, source: first.source, target: first.target) : "\(dyads.count) pairs",
                provenance: provenance)
            box.x = x(period.day)
            return box
        }.sorted { ($0.x, $0.lines.joined(separator: "\n")) < ($1.x, $1.lines.joined(separator: "\n")) }
    }

    /// A box for several events: period, dyad, a tally of types, the number of articles.
    static func summary(_ events: [Event], date: String, dyad: String, provenance: DiagramProvenance) -> Box {
        var tally: [(EventType, Int)] = []
        var byClass: [QuadClass: Int] = [:]
        for event in events {
            if let index = tally.firstIndex(where: { $0.0 == event.type }) { tally[index].1 += 1 } else { tally.append((event.type, 1)) }
            byClass[event.quadClass, default: 0] += 1
        }
        let types = tally.sorted { ($1.1, $0.0.rawValue) < ($0.1, $1.0.rawValue) }
            .map { "\($0.0.rawValue)\($0.1 > 1 ? " ×\($0.1)" : "")" }.joined(separator: ", ")
        let ids = events.map(\.id)
        let articles = provenance.articles(of: ids).count
        let quadClass = byClass.sorted { ($1.value, $0.key.rawValue) < ($0.value, $1.key.rawValue) }.first?.key ?? .verbalCooperation
        return Box(
            x: 0, y: 0,
            lines: [date, dyad, types, "\(events.count) event\(events.count == 1 ? "" : "s"), \(articles) article\(articles == 1 ? "" : "s")"].map { shortened($0) },
            events: ids, quadClass: quadClass, modality: events.first?.modality ?? .asserted, barEnd: nil)
    }

    /// `text` cut to fit a box line, ending in "…": at most 30 characters and ``maximumLineWidth`` points wide
    /// (``BoxText/width(of:)``), so that Graphviz never finds a label larger than its fixed-size box.
    static func shortened(_ text: String) -> String {
        if text.count <= 30, BoxText.width(of: text) <= maximumLineWidth { return text }
        var kept = String(text.prefix(29))
        while !kept.isEmpty, kept.count > 29 || BoxText.width(of: kept + "…") > maximumLineWidth { kept.removeLast() }
        return kept + "…"
    }

    /// The widest a box line may be, in points at the boxes' 8-point font: the box is 150 points wide and
    /// Graphviz (with Liberation Sans) refuses lines from about 148 points on; the rest is slack for font
    /// renderers that measure a little wider.
    static let maximumLineWidth = 140.0
}
