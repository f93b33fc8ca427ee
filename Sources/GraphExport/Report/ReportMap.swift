import EventOntology
import Foundation
import Geo
import Plot

/// The report's map: the located happenings as points over country outlines (Natural Earth 1:110m), in an
/// equirectangular projection cropped to their extent, as inline SVG built with Plot.
///
/// A point stands for one happening (an event cluster, placed as in `events.geojson`); its area is
/// proportional to the number of articles reporting it (radius ∝ √articles), its colour is the QuadClass of the
/// event that names the place, and its tooltip (`<title>`) names the place, the article and source counts and
/// lists the events. Happenings at the same coordinates (as written, to 0.1 unit) are one point, else only the
/// top one could be hovered: its area counts the articles of all of them, its colour is the most reported one's,
/// and its tooltip lists each happening with its counts. All text is escaped once by
/// ``MarkupText/escaped(_:)``; coordinates are numbers written by this encoder.
struct ReportMap {
    /// The happenings to draw.
    var places: [ReportContent.MappedHappening]
    /// The country outlines, or `nil` to draw the points alone.
    var outlines: WorldOutlines?

    /// SVG units per degree.
    static let scale = 4.0

    /// The extent drawn, in degrees: the places with a margin, at least 50° × 25° and 45 % as tall as wide,
    /// inside the world (85° N to 60° S when it has to grow).
    var extent: (west: Double, east: Double, south: Double, north: Double) {
        let lons = places.map(\.lon)
        let lats = places.map(\.lat)
        var west = (lons.min() ?? -180) - 8, east = (lons.max() ?? 180) + 8
        var south = (lats.min() ?? -60) - 6, north = (lats.max() ?? 80) + 6
        if east - west < 50 { let middle = (east + west) / 2; west = middle - 25; east = middle + 25 }
        west = max(west, -180)
        east = min(east, 180)
        // At least 45 % as tall as wide, so that a map of two distant places does not become a strip.
        let height = max(25, (east - west) * 0.45)
        if north - south < height {
            let middle = (north + south) / 2
            south = middle - height / 2
            north = middle + height / 2
            if north > 85 { south -= north - 85; north = 85 }
            if south < -60 { north += -60 - south; south = -60 }
        }
        return (west, east, max(south, -90), min(north, 90))
    }

    /// The map as an `<svg>` element.
    func node() -> Node<HTML.BodyContext> {
        let box = extent
        let x = { (lon: Double) in (lon + 180) * Self.scale }
        let y = { (lat: Double) in (90 - lat) * Self.scale }
        let width = (box.east - box.west) * Self.scale
        let radius = width / 160
        var nodes: [Node<HTML.BodyContext>] = [
            .attribute(named: "viewBox", value: [x(box.west), y(box.north), width, (box.north - box.south) * Self.scale].map { Self.number($0) }.joined(separator: " ")),
            .attribute(named: "role", value: "img"),
            .attribute(named: "aria-label", value: MarkupText.escaped("Map of \(places.count) located happening\(places.count == 1 ? "" : "s")")),
            .attribute(named: "class", value: "map"),
        ]
        for country in outlines?.countries ?? [] {
            let rings = country.rings.filter { ring in
                ring.contains { $0.lon >= box.west - 20 && $0.lon <= box.east + 20 && $0.lat >= box.south - 20 && $0.lat <= box.north + 20 }
            }
            guard !rings.isEmpty else { continue }
            let path = rings.map { ring in
                "M" + ring.map { "\(Self.number(x($0.lon))),\(Self.number(y($0.lat)))" }.joined(separator: "L") + "Z"
            }.joined()
            nodes.append(.element(named: "path", nodes: [
                .attribute(named: "d", value: path), .attribute(named: "class", value: "land"),
                .element(named: "title", nodes: [.raw(MarkupText.escaped(country.name))]),
            ]))
        }
        for point in points(x: x, y: y) {
            let articles = max(Self.articles(point.happenings), 1)
            nodes.append(.element(named: "circle", nodes: [
                .attribute(named: "cx", value: point.cx),
                .attribute(named: "cy", value: point.cy),
                .attribute(named: "r", value: Self.number(radius * Double(articles).squareRoot(), decimals: 2)),
                .attribute(named: "fill", value: DOTStyle.color(point.happenings[0].quadClass)),
                .attribute(named: "class", value: "place"),
                .element(named: "title", nodes: [.raw(MarkupText.escaped(Self.tooltip(point.happenings)))]),
            ]))
        }
        return .element(named: "svg", nodes: nodes)
    }

    /// The points to draw: the happenings grouped by their written coordinates, each group's most reported
    /// first; the points with the most articles first, so that smaller points stay on top and can be hovered.
    func points(x: (Double) -> Double, y: (Double) -> Double) -> [(cx: String, cy: String, happenings: [ReportContent.MappedHappening])] {
        let ranked = places.sorted { ($1.numArticles, $0.id) < ($0.numArticles, $1.id) }
        var order: [String] = []
        var groups: [String: (cx: String, cy: String, happenings: [ReportContent.MappedHappening])] = [:]
        for place in ranked {
            let cx = Self.number(x(place.lon)), cy = Self.number(y(place.lat))
            let key = cx + " " + cy
            if groups[key] == nil { order.append(key); groups[key] = (cx, cy, []) }
            groups[key]?.happenings.append(place)
        }
        let points = order.compactMap { groups[$0] }
        let articles = { (point: (cx: String, cy: String, happenings: [ReportContent.MappedHappening])) in
            Self.articles(point.happenings)
        }
        return points.enumerated().sorted { (articles($1.element), $0.offset) < (articles($0.element), $1.offset) }.map(\.element)
    }

    /// The articles reporting the happenings of one point, each counted once: one happening's own count, the
    /// distinct articles of several (one article may report several happenings at a place).
    static func articles(_ happenings: [ReportContent.MappedHappening]) -> Int {
        happenings.count == 1 ? happenings[0].numArticles : Set(happenings.flatMap(\.documents)).count
    }

    /// The tooltip of one point: "Kyiv (UKR): 2 articles, 1 source" and the events; for several happenings at
    /// one place, their number, then each one's counts and events (at most 12 event lines in all).
    static func tooltip(_ happenings: [ReportContent.MappedHappening]) -> String {
        let counts = { (place: ReportContent.MappedHappening) in
            CountedNoun.text(place.numArticles, "article") + ", " + CountedNoun.text(place.numSources, "source")
        }
        let first = happenings[0]
        var names: [String] = []
        for place in happenings where !names.contains(place.name) { names.append(place.name) }
        var lines: [String]
        if happenings.count == 1 {
            lines = ["\(first.name) (\(first.country)): \(counts(first))"]
        } else {
            let articles = Self.articles(happenings)
            lines = ["\(names.joined(separator: " / ")) (\(first.country)): \(happenings.count) happenings, "
                + CountedNoun.text(articles, "article")]
        }
        var shown = 0, left = 0
        for place in happenings {
            if happenings.count > 1 { lines.append("— " + (names.count > 1 ? place.name + ": " : "") + counts(place) + ":") }
            for event in place.events {
                if shown < 12 { lines.append(event); shown += 1 } else { left += 1 }
            }
        }
        if left > 0 { lines.append("… \(left) more") }
        return lines.joined(separator: "\n")
    }

    /// A coordinate with at most one decimal (`decimals`), without trailing zeros ("234", "857.9"); radii
    /// take two (`decimals: 2`), so that small points keep their areas in proportion.
    static func number(_ value: Double, decimals: Int = 1) -> String {
        let scale = pow(10, Double(decimals))
        var text = String(format: "%.\(decimals)f", (value * scale).rounded() / scale)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
