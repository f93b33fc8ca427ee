import Foundation

/// Gives the nodes, edges and clusters of a Graphviz SVG the tooltips people should see.
///
/// Graphviz (2.43, and later versions alike) writes every node's name and every edge's `tail->head` as the
/// `<title>` of its group, whatever its attributes say, and browsers show the innermost `<title>` as the
/// tooltip: internal ids such as `grid:3:top->grid:3:bottom` or `box:7` popped up over the timeline. The name
/// cannot be changed through DOT attributes, so the rendered SVG is corrected here, on Graphviz's fixed output
/// layout (a group's `<title>` line follows its `<g id="…" class="node|edge|cluster">` line): the title becomes
/// the object's own tooltip, the `xlink:title` Graphviz wrote (already XML-escaped) on the link that follows it,
/// and an object without a tooltip gets no title at all. The graph's own `<title>` (its name) is kept.
enum SVGTooltips {
    /// `svg` with every node, edge and cluster title replaced by the object's tooltip, or removed.
    static func corrected(_ svg: Data) -> Data {
        let lines = String(decoding: svg, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var output: [Substring] = []
        output.reserveCapacity(lines.count)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            output.append(line)
            index += 1
            guard isObjectGroup(line), index < lines.count, lines[index].hasPrefix("<title>"),
                  lines[index].hasSuffix("</title>")
            else { continue }
            if index + 1 < lines.count, lines[index + 1].hasPrefix("<g id=\"a_"), let tooltip = linkTitle(lines[index + 1]) {
                output.append("<title>" + tooltip + "</title>")
            }
            index += 1  // the title line with the internal name
        }
        return Data(output.joined(separator: "\n").utf8)
    }

    /// Whether `line` opens a node, edge or cluster group.
    private static func isObjectGroup(_ line: Substring) -> Bool {
        line.hasPrefix("<g id=\"")
            && (line.hasSuffix("class=\"node\">") || line.hasSuffix("class=\"edge\">") || line.hasSuffix("class=\"cluster\">"))
    }

    /// The escaped value of the `xlink:title` attribute on `line`, when it has one that is not empty.
    private static func linkTitle(_ line: Substring) -> Substring? {
        guard let start = line.range(of: "xlink:title=\"")?.upperBound,
              let end = line[start...].firstIndex(of: "\"")
        else { return nil }
        let value = line[start..<end]
        return value.isEmpty ? nil : value
    }
}
