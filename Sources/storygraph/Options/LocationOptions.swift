import ArgumentParser
import ArticleText
import Geo
import GraphModel

/// `build`'s filters on where events happened.
struct LocationOptions: ParsableArguments {
    @Option(
        name: .customLong("country-of-event"),
        help: ArgumentHelp(
            "Keep only events located in these countries (comma-separated or repeated ISO 3166 alpha-3 codes, any case); events without a location are dropped.",
            valueName: "ISO3"))
    var countries: [String] = []

    @Option(
        parsing: .unconditional,  // a southern or western circle starts with "-": -33.92,18.42,50
        help: ArgumentHelp(
            "Keep only events located within KM kilometres (great-circle) of LAT,LON, e.g. 48.8566,2.3522,50; events without a location are dropped.",
            valueName: "LAT,LON,KM"))
    var near: String?

    /// The filter the options describe.
    /// - Throws: `ValidationError` (exit 64) for a malformed code or circle.
    func filter() throws -> LocationFilter {
        let codes = try CommaList.items(countries, option: "--country-of-event")
        for code in codes where code.count != 3 || !code.allSatisfy({ $0.isASCII && $0.isLetter }) {
            throw ValidationError("--country-of-event \"\(path: code)\" is not an ISO 3166 alpha-3 code (such as SYR or usa)")
        }
        if !codes.isEmpty, let gazetteer = try? Gazetteer.bundledOrError() {
            for code in codes where gazetteer.country(code.uppercased()) == nil {
                throw ValidationError("--country-of-event \"\(path: code)\" is not a country the gazetteer knows (ISO 3166 alpha-3, such as SYR or usa)")
            }
        }
        var circle: GeoCircle?
        if let near {
            do {
                circle = try GeoCircle(parsing: near)
            } catch GeoError.invalidCoordinate(let text) {
                // `"TEXT": why` from the gazetteer: the value, a verb, then why (`--near "-91,18,50" is not a usable
                // circle: latitude must lie in -90…90 …`).
                let quoted = "\"\(near)\": "
                let why = text.hasPrefix(quoted) ? String(text.dropFirst(quoted.count)) : text
                throw ValidationError("--near \"\(path: near)\" is not a usable circle: \(why)")
            } catch let error as GeoError {
                throw ValidationError("--near \(error.errorDescription ?? near)")
            }
        }
        return LocationFilter(countries: Set(codes), near: circle)
    }
}
