import ActorLexicon
import EventOntology
import GraphModel

extension DOTEncoder {
    /// The timeline diagram: dated events top to bottom in time order, one row per date.
    ///
    /// Each row starts with its date (a plain-text node; consecutive dates are chained by grey arrows, the
    /// time axis) followed by that date's events side by side (`rank=same`). An event box shows its date value,
    /// "SOURCE → TARGET" ("–" for symmetric types), the PLOVER type with its mode, and the modality unless
    /// asserted; it is filled by QuadClass, its outline dashed or dotted like relation edges, and its tooltip
    /// holds the evidence sentence.
    ///
    /// - Parameter timeline: The dated events.
    /// - Returns: DOT text ending in a newline.
    /// - Complexity: O(*e*) for *e* entries.
    public func encode(_ timeline: Timeline) -> String {
        var lines = ["digraph \(DOTText.quoted(timelineGraphName)) {"]
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
        let groups = timeline.groups
        for group in groups {
            let dateNode = Self.dateNodeID(group)
            lines.append(
                "  " + DOTText.quoted(dateNode)
                    + DOTText.attributes(["label": group.value, "shape": "plaintext", "fontsize": "12"]) + ";")
            for entry in group.entries {
                lines.append("  " + DOTText.quoted(Self.eventNodeID(entry)) + DOTText.attributes(nodeAttributes(entry)) + ";")
            }
            let members = ([dateNode] + group.entries.map(Self.eventNodeID)).map(DOTText.quoted)
            lines.append("  { rank=\"same\"; " + members.joined(separator: "; ") + "; }")
            var previous = dateNode
            for entry in group.entries {
                let node = Self.eventNodeID(entry)
                lines.append("  \(DOTText.quoted(previous)) -> \(DOTText.quoted(node))" + DOTText.attributes(["style": "invis"]) + ";")
                previous = node
            }
        }
        for (earlier, later) in zip(groups, groups.dropFirst()) {
            lines.append(
                "  \(DOTText.quoted(Self.dateNodeID(earlier))) -> \(DOTText.quoted(Self.dateNodeID(later)))"
                    + DOTText.attributes(["weight": "10"]) + ";")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private func nodeAttributes(_ entry: Timeline.Entry) -> [String: String] {
        let event = entry.event
        var label = [entry.value]
        if let target = entry.target {
            label.append("\(DOTStyle.label(entry.source)) \(event.symmetric ? "–" : "→") \(DOTStyle.label(target))")
        } else {
            label.append(DOTStyle.label(entry.source))
        }
        label.append((event.modality == .negated ? "not " : "") + event.type.rawValue + (event.mode.map { " (\($0))" } ?? ""))
        if event.modality != .asserted && event.modality != .negated { label.append(event.modality.rawValue) }
        let style = DOTStyle.lineStyle(event.modality)
        return [
            "label": label.joined(separator: "\n"), "style": style == "solid" ? "rounded,filled" : "rounded,filled,\(style)",
            "fillcolor": DOTStyle.fill(event.quadClass), "color": DOTStyle.color(event.quadClass),
            "tooltip": "\(event.id): \(event.evidence.text)",
        ]
    }

    /// The node ID of a date row: `date:` plus its value.
    static func dateNodeID(_ group: Timeline.Group) -> String { "date:" + group.value }

    /// The node ID of an event: `event:` plus its id.
    static func eventNodeID(_ entry: Timeline.Entry) -> String { "event:" + entry.event.id.rawValue }
}
