import Foundation
import Testing

/// Golden-file comparison: the expected text lives in `Golden/NAME` next to this file and is re-recorded only
/// when the environment sets `STORYGRAPH_RECORD=1`.
enum Golden {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    static var recording: Bool { ProcessInfo.processInfo.environment["STORYGRAPH_RECORD"] == "1" }

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("golden file \(name) is missing; run the tests with STORYGRAPH_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "output differs from golden file \(name)", sourceLocation: sourceLocation)
    }
}

/// Runs Graphviz's `dot` command, when installed, to check that DOT text parses.
enum DotCommand {
    static let path = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isAvailable: Bool { path != nil }

    /// `dot -T FORMAT` (with `-K ENGINE` when given) over `input`; returns stdout and stderr.
    static func run(_ input: String, format: String, engine: String? = nil) throws -> (output: Data, errors: String) {
        guard let path else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-T\(format)"] + (engine.map { ["-K\($0)"] } ?? [])
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (output, errors)
    }
}

#if canImport(FoundationXML)
import FoundationXML
#endif

extension XMLElement {
    /// The value of attribute `name`, found by name (corelibs Foundation's `attribute(forName:)` misses
    /// attributes of elements in a default namespace).
    func value(of name: String) -> String? {
        attributes?.first { $0.name == name }?.stringValue
    }
}
