import Foundation
import Testing

/// A damaged bundled resource stops extraction with a message naming the file, instead of running with an empty
/// lexicon.
struct BundledResourceTests {
    /// A copy of the built executable with its resource bundles, in a fresh folder.
    func copyOfTheProducts() throws -> URL {
        let folder = try CommandLine.temporaryDirectory()
        let products = CommandLine.executable.deletingLastPathComponent()
        let manager = FileManager.default
        for name in try manager.contentsOfDirectory(atPath: products.path)
        where name == "storygraph" || name.hasSuffix(".resources") {
            let source = products.appendingPathComponent(name)
            let target = folder.appendingPathComponent(name)
            if (try? manager.linkItem(at: source, to: target)) == nil { try manager.copyItem(at: source, to: target) }
        }
        return folder
    }

    @Test func aTruncatedLexiconIsAnErrorNamingTheFile() throws {
        let folder = try copyOfTheProducts()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lexicon = folder.appendingPathComponent("Storygraph_ActorLexicon.resources/Resources/lexicon.json")
        try FileManager.default.removeItem(at: lexicon)  // a hard link: replace the file, keep the original intact
        try Data(#"{"actors": [{"id": "x", "name": "X"}], "agents": [], "notActors": []}"#.utf8).write(to: lexicon)
        let process = Process()
        process.executableURL = folder.appendingPathComponent("storygraph")
        process.arguments = ["extract", "--quiet", CommandLine.packageRoot.appendingPathComponent("examples/korea-party-congress.txt").path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(out.isEmpty)
        #expect(err.contains(
            "bundled lexicon is corrupt: \(lexicon.path): byte 12: an actor without \"id\", \"name\" or \"kind\""))
    }
}
