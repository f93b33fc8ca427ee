/// Reading place names for the gazetteer from the Geo module's GeoNames table, as plain TSV so that this module does
/// not depend on that one.
extension EntityGazetteer {
    /// The names, ASCII names and alternate names (columns 4, 5 and 12) of every row of a `gazetteer.tsv` (countries,
    /// US states and cities of at least 15,000 people, from GeoNames).
    /// - Parameter path: The TSV file (13 columns, see `Scripts/build_gazetteer.py`).
    /// - Returns: Names in file order; a row's ASCII name only when it differs from its name.
    /// - Throws: `SyntaxError.unreadable` or `.malformedLine` naming the file and line.
    public static func placeNames(path: String) throws -> [String] {
        var names: [String] = []
        for row in try TextLines.rows(
            path: path, columns: 13, expected: "precision<TAB>feature<TAB>id<TAB>name<TAB>asciiName<TAB>… (13 columns)"
        ) {
            names.append(String(row.fields[3]))
            if row.fields[4] != row.fields[3] { names.append(String(row.fields[4])) }
            names += row.fields[11].split(separator: "|").map(String.init)
        }
        return names
    }
}
