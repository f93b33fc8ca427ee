import Foundation
import Testing

@testable import Geo

/// The country outlines of the report's map.
struct WorldOutlinesTests {
    @Test func theBundledOutlinesHoldTheCountries() throws {
        let outlines = try WorldOutlines.bundled()
        #expect(outlines.countries.count == 176)
        #expect(outlines.countries.map(\.code) == outlines.countries.map(\.code).sorted())
        let korea = try #require(outlines.countries.first { $0.code == "KOR" })
        #expect(korea.name == "South Korea")
        // Seoul (37.57 N, 126.98 E) lies inside the bounding box of South Korea's outline.
        let points = korea.rings.flatMap { $0 }
        #expect(points.map(\.lat).min()! < 37.57 && points.map(\.lat).max()! > 37.57)
        #expect(points.map(\.lon).min()! < 126.98 && points.map(\.lon).max()! > 126.98)
        #expect(outlines.countries.contains { $0.code == "CIV" && $0.name == "Côte d'Ivoire" })
    }

    @Test func aMalformedLineIsNamed() {
        #expect(throws: GeoError.malformedLine(file: "world-outlines.tsv", line: 2, problem: "bad point \"x,1\"")) {
            try WorldOutlines(text: "AAA\tA\t0,0 1,0 1,1 0,0\nBBB\tB\tx,1 2,2\n")
        }
    }

    /// The committed file is what `Scripts/build_world_outlines.py` writes (when `.venv-geo/` holds pyshp and the
    /// pinned geopandas wheel, as `make gazetteer` sets up; skipped otherwise).
    @Test func theBuildScriptReproducesTheResource() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let python = root.appendingPathComponent(".venv-geo/bin/python")
        let wheels = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".venv-geo/wheels").path)) ?? []
        guard FileManager.default.isExecutableFile(atPath: python.path), wheels.contains(where: { $0.hasPrefix("geopandas-0.14.4") })
        else { return }
        let process = Process()
        process.executableURL = python
        process.arguments = [root.appendingPathComponent("Scripts/build_world_outlines.py").path, "--check"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
