import ActorLexicon
import EventOntology
import GraphModel

extension DOTEncoder {
    /// The timeline diagram: dated events top to bottom in time order, one row per date.
    ///
    /// Each row starts with its date (a plain-text node; consecutive dates are chained by grey arrows, the
    /// time axis) followed by that date's events side by side (`rank=same`), at most ``timelineRowWidth`` to a
    /// row; further events of the date continue on rows below, hung from the axis by a small point. An event box shows its date value
    /// ("since 2025-01-20" when the event is only known to lie in a range starting then),
    /// "SOURCE → TARGET" ("–" for symmetric types), the PLOVER type with its mode, and the modality unless
    /// asserted; it is filled by QuadClass, its outline dashed or dotted like relation edges, and its tooltip
    /// holds the evidence sentence.
    ///
    /// - Parameter timeline: The dated events.
    /// - Returns: DOT text ending in a newline.
    /// - Complexity: O(*e*) for *e* entries.
    public func encode(_ timeline: Timeline, provenance: DiagramProvenance? = nil) -> String {
        var lines = ["digraph \(DOTText.id(timelineGraphName)) {"]
        var graphAttributes = [
            "charset": "UTF-8", "fontname": fontName, "rankdir": "TB", "nodesep": "0.25", "ranksep": "0.35",
            "newrank": "true", "pad": "0.3",
        ]
        if let title {
            graphAttributes["label"] = title
            graphAttributes["labelloc"] = "t"
        }
        lines.append("  " + DOTText.defaults("graph", graphAttributes))
        lines.append("  " + DOTText.defaults("node", ["fontname": fontName, "fontsize": "10", "shape": "box"]))
        lines.append("  " + DOTText.defaults("edge", ["fontname": fontName, "color": "#999999", "arrowsize": "0.6"]))
        var anchors: [(id: String, continuation: Bool)] = []
        for group in timeline.groups {
            let dateNode = Self.dateNodeID(group)
            lines.append(
                "  " + DOTText.id(dateNode)
                    + DOTText.attributes(["label": HumanDate.text(group.value), "shape": "plaintext", "fontsize": "12"]) + ";")
            let width = max(timelineRowWidth, 1)
            for rowStart in stride(from: 0, to: group.entries.count, by: width) {
                let row = group.entries[rowStart..<min(rowStart + width, group.entries.count)]
                let anchor = rowStart == 0 ? dateNode : dateNode + "/" + String(rowStart / width + 1)
                if rowStart > 0 {
                    lines.append("  " + DOTText.id(anchor) + DOTText.attributes(["shape": "point", "width": "0.03", "color": "#999999"]) + ";")
                }
                anchors.append((anchor, rowStart > 0))
                for entry in row {
                    lines.append("  " + DOTText.id(Self.eventNodeID(entry)) + DOTText.attributes(nodeAttributes(entry, provenance)) + ";")
                }
                let members = ([anchor] + row.map(Self.eventNodeID)).map(DOTText.id)
                lines.append("  { rank=\"same\"; " + members.joined(separator: "; ") + "; }")
                var previous = anchor
                for entry in row {
                    let node = Self.eventNodeID(entry)
                    lines.append("  \(DOTText.id(previous)) -> \(DOTText.id(node))" + DOTText.attributes(["style": "invis"]) + ";")
                    previous = node
                }
            }
        }
        for (earlier, later) in zip(anchors, anchors.dropFirst()) {
            var attributes = ["weight": "10"]
            if later.continuation { attributes["arrowhead"] = "none" }
            lines.append("  \(DOTText.id(earlier.id)) -> \(DOTText.id(later.id))" + DOTText.attributes(attributes) + ";")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private func nodeAttributes(_ entry: Timeline.Entry, _ provenance: DiagramProvenance?) -> [String: String] {
        let event = entry.event
        var label = [HumanDate.text(entry.value, since: entry.isRangeStart)]
        if let target = entry.target {
            label.append("\(DOTStyle.label(entry.source)) \(event.symmetric ? "–" : "→") \(DOTStyle.label(target))")
        } else {
            label.append(DOTStyle.label(entry.source))
        }
        label.append((event.modality == .negated ? "not " : "") + event.type.rawValue + (event.mode.map { " (\($0))" } ?? ""))
        if event.modality != .asserted && event.modality != .negated { label.append(event.modality.rawValue) }
        let style = DOTStyle.lineStyle(event.modality)
        var attributes = [
            "label": label.joined(separator: "\n"), "style": style == "solid" ? "rounded,filled" : "rounded,filled,\(style)",
            "fillcolor": DOTStyle.fill(event.quadClass), "color": DOTStyle.color(event.quadClass),
            "tooltip": provenance.map { $0.line(event) } ?? "\(event.id): \(event.evidence.text)",
        ]
        if let url = DOTText.url(provenance?.url(of: [event.id])) { attributes["URL"] = url }
        return attributes
    }

    /// The node ID of a date row: `date:` plus its value.
    static func dateNodeID(_ group: Timeline.Group) -> String { "date:" + group.value }

    /// The node ID of an event: `event:` plus its id.
    static func eventNodeID(_ entry: Timeline.Entry) -> String { "event:" + entry.event.id.rawValue }
}
