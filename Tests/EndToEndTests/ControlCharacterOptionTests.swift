import Foundation
import Testing

/// A value given to an option and quoted back in a message shows its control characters escaped, as `--type`
/// always did: the terminal must not obey an escape sequence a script passed in, and one message stays one line.
struct ControlCharacterOptionTests {
    static let value = "x\u{1B}[31my"
    static let shown = "x\\u{1B}[31my"

    /// A store of the bundled examples, made once.
    static let db: String = {
        let db = (try? CommandLine.temporaryDirectory())?.appendingPathComponent("c.db").path ?? "c.db"
        _ = try? CommandLine.run(["ingest", "examples", "--db", db, "--quiet"])
        return db
    }()

    @Test(arguments: [
        (["query", "--db", "DB", "--document", value], "--document \"\(shown)\" matches no document in the store"),
        (["query", "--db", "DB", "--actor", value], "--actor \"\(shown)\" matches no actor or country code in the store"),
        (["query", "--db", "DB", "--around", value], "--around \"\(shown)\" matches no actor or country code in the store"),
        (["query", "--db", "DB", "--dyad", "USA,\(value)"], "--dyad \"\(shown)\" matches no actor or country code in the store"),
        (["query", "--db", "DB", "--from", "2020\(value)"], "--from: \"2020\(shown)\" is not a TIMEX3 calendar value"),
        (["query", "--db", "DB", "--type", "ACCUSE,,\(value)"], "--type \"ACCUSE,,\(shown)\" has an empty item"),
    ])
    func queryQuotesTheValueEscaped(arguments: [String], message: String) throws {
        let result = try CommandLine.run(arguments.map { $0 == "DB" ? Self.db : $0 })
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}"))
    }

    @Test func buildQuotesAnActorEscaped() throws {
        let folder = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run(["build", "examples", "--out", folder.path, "--actor", Self.value])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: --actor \"\(Self.shown)\" matches no actor or country code in the input"), "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}"))
    }
}
