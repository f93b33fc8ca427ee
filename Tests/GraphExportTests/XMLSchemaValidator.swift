import Foundation

/// libxml2's XML Schema validator through its command-line front end `xmllint` (Debian `libxml2-utils`), for
/// the published schemas bundled in `Schemas/` next to this file. Tests that use it are skipped when `xmllint`
/// is not installed; `--nonet` keeps it from fetching anything.
enum XMLSchemaValidator {
    static let path = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isAvailable: Bool { path != nil }

    static var schemas: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Schemas")
    }

    /// Validates `document` against `Schemas/SCHEMA`; returns `nil` when it is valid, else xmllint's messages.
    static func errors(in document: Data, schema: String) throws -> String? {
        guard let path else { throw CocoaError(.fileNoSuchFile) }
        let input = FileManager.default.temporaryDirectory
            .appendingPathComponent("storygraph-schema-\(UUID().uuidString).xml")
        try document.write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--noout", "--nonet", "--schema", schemas.appendingPathComponent(schema).path, input.path]
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let messages = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : messages
    }
}
