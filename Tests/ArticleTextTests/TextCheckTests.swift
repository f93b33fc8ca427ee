import Foundation
import Testing

@testable import ArticleText

/// Random bytes were taken for text about one run in six: the share of control characters alone (one byte in
/// nine of random data) straddled the one-in-ten threshold. Control characters and invalid UTF-8 are now
/// counted together (``TextSample``).
struct TextCheckTests {
    /// SplitMix64: the same bytes for the same seed on every machine.
    struct SeededBytes {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func data(count: Int) -> Data {
            Data((0..<count).map { _ in UInt8(truncatingIfNeeded: next() >> 56) })
        }
    }

    static let sizes = [64, 200, 1000, 4096, 20000]

    @Test(arguments: sizes)
    func randomBytesAreNeverText(size: Int) throws {
        var passedTheOldCheck = 0
        for seed in UInt64(1)...40 {
            var generator = SeededBytes(state: seed)
            let data = generator.data(count: size)
            let sample = TextSample(data)
            if sample.controls * 10 <= sample.units { passedTheOldCheck += 1 }
            #expect(TextDecoding.binaryReason(data) != nil, "seed \(seed), \(size) bytes: \(sample)")
            #expect(throws: ArticleTextError.self) {
                try DocumentReader().parse(data: data, origin: "random.txt", defaultID: "random", forceJSONL: false)
            }
            do {
                _ = try DocumentReader().parse(data: data, origin: "random.txt", defaultID: "random", forceJSONL: false)
            } catch let error as ArticleTextError {
                guard case .notText(let path, _) = error else {
                    Issue.record("seed \(seed), \(size) bytes: \(error)")
                    continue
                }
                #expect(path == "random.txt")
            }
        }
        // The old check alone let some of the short buffers through.
        if size <= 1000 { #expect(passedTheOldCheck > 0) }
    }

    @Test func theMessageSaysWhatTheBytesAre() throws {
        var generator = SeededBytes(state: 7)
        let data = generator.data(count: 1000)
        let reason = try #require(TextDecoding.binaryReason(data))
        let sample = TextSample(data)
        if sample.isMostlyControlCharacters {
            #expect(reason == "it is mostly control characters (a binary file?)")
        } else {
            #expect(reason == "\(sample.unreadablePercent) % of its first \(sample.units) characters are control characters "
                + "or bytes that are not UTF-8 (a binary file? text in another encoding must be converted to UTF-8 first, e.g. with iconv)")
        }
        #expect(sample.unreadablePercent >= 40)
    }

    @Test(arguments: [
        ("UTF-8", Data("Russia attacked Ukraine on Thursday; Кремль заявил, что «операция» идёт по плану.\n".utf8)),
        ("Latin-1", Data([0x4C, 0x65, 0x20, 0x6D, 0x69, 0x6E, 0x69, 0x73, 0x74, 0x72, 0x65, 0x20, 0x61, 0x20, 0x64, 0xE9, 0x63,
                          0x6C, 0x61, 0x72, 0xE9, 0x20, 0x71, 0x75, 0x27, 0x69, 0x6C, 0x20, 0xE9, 0x74, 0x61, 0x69, 0x74, 0x20,
                          0x70, 0x72, 0xEA, 0x74, 0x2E, 0x0A])),
        ("NUL", Data("Russia attacked\u{0}Ukraine on Thursday.\n".utf8)),
    ] as [(String, Data)])
    func textIsStillText(name: String, data: Data) throws {
        #expect(TextDecoding.binaryReason(data) == nil, "\(name): \(TextSample(data))")
        let documents = try DocumentReader().parse(data: data, origin: "a.txt", defaultID: "a", forceJSONL: false)
        #expect(documents.count == 1)
    }

    @Test func theBundledArticleIsText() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/korea-party-congress.txt")
        let sample = TextSample(try Data(contentsOf: url))
        #expect(sample.controls == 0 && sample.invalid == 0 && sample.units > 1000)
    }
}
