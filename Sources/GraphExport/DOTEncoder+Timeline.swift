import EventOntology
import Foundation
import GraphModel

extension DOTEncoder {
    /// The timeline picture: a time axis with ticks, one lane per actor, dyad or type, event boxes at their
    /// dates, bars for ongoing events and a lane for undated and vague events (see ``TimelineChart``).
    ///
    /// Every node is pinned where the chart puts it (`pos="x,y!"` in points, `inputscale=72`): lay it out with
    /// `neato`, which then only draws. A box shows its date ("Sep 2025", "since 20 Jan 2025"), the dyad, the
    /// PLOVER type with its mode and the modality unless asserted, and the article title; it is filled by
    /// QuadClass, its outline dashed or dotted like relation edges; its tooltip lists its events with their
    /// evidence and it links to the article when that has an address.
    ///
    /// - Parameters:
    ///   - chart: The laid-out timeline.
    ///   - provenance: The events' articles and evidence, for tooltips and links.
    /// - Returns: DOT text ending in a newline.
    /// - Complexity: O(*b* + *l* + *t*) for *b* boxes, *l* lanes and *t* ticks.
    public func encode(_ chart: TimelineChart, provenance: DiagramProvenance? = nil) -> String {
        var lines = ["digraph \(DOTText.id(timelineGraphName)) {"]
        lines.append("  " + DOTText.defaults("graph", [
            "charset": "UTF-8", "fontname": fontName, "inputscale": "72", "splines": "false", "overlap": "true",
            "outputorder": "edgesfirst", "pad": "0.3",
        ]))
        if showsLegend {
            lines.append("  graph [label=\(DOTLegend.timeline(title: title, lanes: chart.lanes.rawValue)), labelloc=\"t\", labeljust=\"l\", fontsize=\"10\"];")
        }
        lines.append("  " + DOTText.defaults("node", ["fontname": fontName, "fontsize": "8", "fixedsize": "true", "shape": "box"]))
        lines.append("  " + DOTText.defaults("edge", ["arrowhead": "none", "color": "#e3e3e3"]))
        func point(_ id: String, _ x: Double, _ y: Double) {
            lines.append("  " + DOTText.id(id) + DOTText.attributes(
                ["pos": Self.pos(x, y), "shape": "point", "style": "invis", "width": "0.01"]) + ";")
        }
        func line(_ from: String, _ to: String, _ attributes: [String: String] = [:]) {
            lines.append("  \(DOTText.id(from)) -> \(DOTText.id(to))" + DOTText.attributes(attributes) + ";")
        }
        point("axis:start", chart.axis.start, -4)
        point("axis:end", chart.axis.end, -4)
        line("axis:start", "axis:end", ["arrowhead": "normal", "color": "#666666"])
        for (index, tick) in chart.ticks.enumerated() {
            lines.append("  " + DOTText.id("tick:\(index)") + DOTText.attributes([
                "label": tick.label, "pos": Self.pos(tick.x, -16), "shape": "plaintext", "fontsize": "10", "fixedsize": "false",
                "width": Self.inches(80), "height": "0.2",
            ]) + ";")
            point("grid:\(index):top", tick.x, -4)
            point("grid:\(index):bottom", tick.x, chart.height)
            line("grid:\(index):top", "grid:\(index):bottom")
        }
        for (index, lane) in chart.laneList.enumerated() {
            lines.append("  " + DOTText.id("lane:\(index)") + DOTText.attributes([
                "label": TimelineChart.shortened(lane.name) + (lane.aggregated ? "\n(per period)" : ""),
                "pos": Self.pos(TimelineChart.laneColumn / 2, lane.y + 16), "shape": "plaintext", "fontsize": "10", "fixedsize": "false",
                "width": Self.inches(TimelineChart.laneColumn - 8), "height": "0.4",
            ]) + ";")
            let y = lane.y + lane.height + TimelineChart.gap / 2
            point("lane:\(index):left", 0, y)
            point("lane:\(index):right", chart.axis.end, y)
            line("lane:\(index):left", "lane:\(index):right", ["color": "#cccccc"])
        }
        for (index, box) in chart.boxes.enumerated() {
            let style = DOTStyle.lineStyle(box.modality)
            var attributes = [
                "label": box.lines.joined(separator: "\n"),
                "pos": Self.pos(box.x + TimelineChart.boxWidth / 2, box.y + TimelineChart.boxHeight / 2),
                "width": Self.inches(TimelineChart.boxWidth), "height": Self.inches(TimelineChart.boxHeight),
                "style": style == "solid" ? "rounded,filled" : "rounded,filled,\(style)",
                "fillcolor": DOTStyle.fill(box.quadClass), "color": DOTStyle.color(box.quadClass),
                "tooltip": provenance.map { $0.eventLines(box.events).joined(separator: "\n") }
                    ?? box.events.map(\.rawValue).joined(separator: " "),
            ]
            if let url = DOTText.url(provenance?.url(of: box.events)) { attributes["URL"] = url }
            lines.append("  " + DOTText.id("box:\(index)") + DOTText.attributes(attributes) + ";")
            if let end = box.barEnd {
                lines.append("  " + DOTText.id("bar:\(index)") + DOTText.attributes([
                    "label": "", "pos": Self.pos((box.x + end) / 2, box.y + TimelineChart.boxHeight + 5),
                    "width": Self.inches(end - box.x), "height": "0.07", "style": "filled",
                    "fillcolor": DOTStyle.color(box.quadClass), "color": DOTStyle.color(box.quadClass),
                    "tooltip": "ongoing: " + box.lines[0],
                ]) + ";")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A pinned Graphviz position from chart coordinates (y downwards) in points.
    static func pos(_ x: Double, _ y: Double) -> String { String(format: "%.1f,%.1f!", x, -y) }

    /// Points as inches for `width`/`height`.
    static func inches(_ points: Double) -> String { String(format: "%.3f", points / 72) }
}
