import CSV
import Foundation

/// CSV text as RFC 4180 quotes it (fields with commas, quotes or line breaks quoted), written by CSV.swift, with
/// LF line ends.
enum CSVText {
    /// The CSV of `header` and `rows`, every line ending in LF.
    /// - Throws: `CommandFailure` when the writer fails.
    static func make(header: [String], rows: [[String]]) throws -> String {
        do {
            let writer = try CSVWriter(stream: OutputStream(toMemory: ()), newline: .lf)
            try writer.write(row: header)
            for row in rows { try writer.write(row: row) }
            writer.stream.close()
            guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
                throw CommandFailure("could not write CSV: the writer returned no data")
            }
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure("could not write CSV: \(error)")
        }
    }
}
