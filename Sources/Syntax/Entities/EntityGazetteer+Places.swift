/// Reading place names for the gazetteer from the Geo module's GeoNames table, as plain TSV so that this module does
/// not depend on that one.
extension EntityGazetteer {
    /// Cities smaller than this are left out (GeoNames' small towns share their names with people and words:
    /// "Ben", "Holly", "Time", "Most").
    public static let minimumCityPopulation = 15_000

    /// Cities smaller than this contribute their own names only, not GeoNames' alternate names (mostly other
    /// languages' spellings that English text does not use).
    public static let minimumPopulationForAlternateNames = 100_000

    /// The names, ASCII names and alternate names (columns 4, 5 and 12) of the places of a `gazetteer.tsv`
    /// (countries, US states and other first-level divisions, cities, from GeoNames; not the second-level
    /// divisions; an empty ASCII name is the name).
    ///
    /// Cities under `minimumCityPopulation` people are skipped, and alternate names are read only for countries,
    /// divisions and cities of `minimumPopulationForAlternateNames` or more. Codes among the alternate names
    /// (upper-case words of up to three letters: "CA", "CAN", "TO") are skipped: the gazetteer matches without
    /// regard to case, and they would mark "can" and "to".
    /// - Parameters:
    ///   - path: The TSV file (13 columns, see `Scripts/build_gazetteer.py`).
    ///   - regionsOnly: Read only countries and first-level divisions.
    /// - Returns: Names in file order; a row's ASCII name only when it differs from its name.
    /// - Throws: `SyntaxError.unreadable` or `.malformedLine` naming the file and line.
    public static func placeNames(path: String, regionsOnly: Bool = false) throws -> [String] {
        var names: [String] = []
        for row in try TextLines.rows(
            path: path, columns: 13, expected: "precision<TAB>feature<TAB>id<TAB>name<TAB>asciiName<TAB>… (13 columns)"
        ) {
            // Second-level divisions stay out: the recogniser was trained without them ("Washington County" is
            // found through the place reader's gazetteer, not as a LOC name).
            if row.fields[0] == "admin2" { continue }
            let isCity = row.fields[0] == "city"
            let population = Int(row.fields[10]) ?? 0
            if isCity && (regionsOnly || population < minimumCityPopulation) { continue }
            names.append(String(row.fields[3]))
            if !row.fields[4].isEmpty, row.fields[4] != row.fields[3] { names.append(String(row.fields[4])) }
            guard !isCity || population >= minimumPopulationForAlternateNames else { continue }
            for name in row.fields[11].split(separator: "|") where !isCode(name) { names.append(String(name)) }
        }
        return names
    }

    /// Whether an alternate name is a country or division code ("RW", "RWA").
    static func isCode(_ name: Substring) -> Bool {
        name.count <= 3 && name.allSatisfy { $0.isUppercase }
    }
}
