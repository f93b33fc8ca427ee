import Foundation
import OutputFiles
import Testing

@testable import storygraph

/// Runs the built `storygraph` executable and captures what it printed.
struct CommandLine {
    /// Exit status, standard output and standard error of one run.
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `storygraph` executable next to the test bundle.
    static var executable: URL { product("storygraph") }

    /// The executable `name` (`storygraph`, `storygraph-train`) next to the test bundle.
    static func product(_ name: String) -> URL {
        let products = Bundle.allBundles.map(\.bundleURL).first { $0.pathExtension == "xctest" }?
            .deletingLastPathComponent() ?? Bundle.main.bundleURL
        return products.appendingPathComponent(name)
    }

    /// Runs `storygraph arguments…` (or another `program` of the package) in the package root (or `directory`),
    /// feeding `stdin` when given.
    static func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], program: String = "storygraph",
        in directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = product(program)
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: out, stderr: String(decoding: err, as: UTF8.self))
    }

    /// Whether the tests run as root (CI does), for whom permission bits do not stop reading or writing: tests
    /// of an unreadable or read-only folder are skipped then, and a path under a regular file, which stops
    /// root too, tests the same messages.
    static let runsAsRoot = getuid() == 0

    /// Why a permission test is skipped as root.
    static let rootSkipReason: Comment = "running as root: root reads and writes folders whatever their permission bits say"

    /// Whether `/proc` is Linux's proc file system, where nothing can be created.
    static var hasProcFileSystem: Bool { OutputFileSystem.fileSystemType(of: "/proc") == "proc" }

    /// A new empty temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("storygraph-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
