import EventOntology
import Foundation
import Geo
import Plot

/// The report's map: the located happenings as points over country outlines (Natural Earth 1:110m), in an
/// equirectangular projection cropped to their extent, as inline SVG built with Plot.
///
/// A point stands for one happening (an event cluster, placed as in `events.geojson`); its area grows with the
/// number of articles reporting it, its colour is the QuadClass of the event that names the place, and its
/// tooltip (`<title>`) names the place, the article and source counts and lists the events. All text is escaped
/// once by ``MarkupText/escaped(_:)``; coordinates are numbers written by this encoder.
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
            .attribute(named: "viewBox", value: [x(box.west), y(box.north), width, (box.north - box.south) * Self.scale].map(Self.number).joined(separator: " ")),
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
        // The most reported first, so that smaller points stay on top and can be hovered.
        for place in places.sorted(by: { ($1.numArticles, $0.id) < ($0.numArticles, $1.id) }) {
            let lines = place.events.prefix(12).joined(separator: "\n")
                + (place.events.count > 12 ? "\n… \(place.events.count - 12) more" : "")
            let counts = "\(place.numArticles) article\(place.numArticles == 1 ? "" : "s"), "
                + "\(place.numSources) source\(place.numSources == 1 ? "" : "s")"
            nodes.append(.element(named: "circle", nodes: [
                .attribute(named: "cx", value: Self.number(x(place.lon))),
                .attribute(named: "cy", value: Self.number(y(place.lat))),
                .attribute(named: "r", value: Self.number(radius * (1 + Double(max(place.numArticles, 1) - 1).squareRoot() * 0.6))),
                .attribute(named: "fill", value: DOTStyle.color(place.quadClass)),
                .attribute(named: "class", value: "place"),
                .element(named: "title", nodes: [.raw(MarkupText.escaped("\(place.name) (\(place.country)): \(counts)\n\(lines)"))]),
            ]))
        }
        return .element(named: "svg", nodes: nodes)
    }

    /// A coordinate with at most one decimal, without a trailing ".0".
    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? String(Int(tenths)) : String(format: "%.1f", tenths)
    }
}
