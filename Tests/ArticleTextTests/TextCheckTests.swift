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

    /// Random `.txt` files under about 48 bytes were read as articles: too few characters for the quarter rule.
    @Test(arguments: [24, 32, 40, 48])
    func shortRandomBytesAreNotText(size: Int) throws {
        for seed in UInt64(1)...40 {
            var generator = SeededBytes(state: seed)
            let data = generator.data(count: size)
            #expect(TextDecoding.binaryReason(data) != nil, "seed \(seed), \(size) bytes: \(TextSample(data))")
        }
        // Short Latin-1 words are still text (decoded with U+FFFD and a note).
        for word in ["été", "élève", "Noël à Genève", "Café crème"] {
            let latin1 = try #require(word.data(using: .isoLatin1))
            #expect(TextDecoding.binaryReason(latin1) == nil, "\(word): \(TextSample(latin1))")
        }
    }

    /// 5 KB of text followed by 200 KB of random bytes was accepted: only the first 4 KiB were looked at.
    @Test func binaryBytesAfterAPageOfTextAreNotText() throws {
        var text = Data()
        while text.count < 5000 { text += Data("Russia attacked Ukraine on Thursday, officials said. ".utf8) }
        var generator = SeededBytes(state: 3)
        // A control character (SOH) where the text ends: the message names that byte, not where the 4 KiB window
        // that holds it starts (it said "from byte 4096 on" for binary bytes from byte 5035 on).
        let data = text + Data([0x01]) + generator.data(count: 200_000)
        let reason = try #require(TextDecoding.binaryReason(data))
        #expect(reason == "it is mostly control characters from byte \(text.count) on (a binary file?)"
                    || reason.contains("characters from byte 4096 on are, the first at byte \(text.count),"),
                "\(reason)")
        #expect(throws: ArticleTextError.notText(path: "mixed.txt", reason: reason)) {
            try DocumentReader().parse(data: data, origin: "mixed.txt", defaultID: "mixed", forceJSONL: false)
        }
        // A short binary tail is found by the last window, which ends with the input: the message names the
        // window and the first bad byte in it.
        let short = text + Data([0x01]) + generator.data(count: 3000)
        let shortReason = try #require(TextDecoding.binaryReason(short))
        let lastWindow = short.count - TextSample.length
        #expect(shortReason.contains("from byte \(text.count) on") || shortReason.contains(
            "characters from byte \(lastWindow) on are, the first at byte \(text.count), control characters"), "\(shortReason)")
        // A Latin-1 tail is still text.
        let latin1 = text + (try #require(String(repeating: "Le ministre a déclaré. ", count: 400).data(using: .isoLatin1)))
        #expect(TextDecoding.binaryReason(latin1) == nil)
    }

    static let compressed: [(String, [UInt8])] = [
        ("a gzip archive", [0x1F, 0x8B, 0x08, 0x00]),
        ("a bzip2 archive", Array("BZh9".utf8) + [0x31, 0x41, 0x59, 0x26, 0x53, 0x59]),
        ("an xz archive", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]),
        ("a zstd archive", [0x28, 0xB5, 0x2F, 0xFD]),
        ("a ZIP archive (DOCX, ODT, EPUB, …)", [0x50, 0x4B, 0x03, 0x04]),
        ("a PDF document", Array("%PDF-1.7\n".utf8)),
        ("a PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ]

    /// A gzip file named `.jsonl` got "not valid JSON" on line 1 instead of "not text".
    @Test(arguments: compressed)
    func aCompressedFileNamedJSONLIsNotText(name: String, signature: [UInt8]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-jsonl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("news.jsonl")
        var generator = SeededBytes(state: 11)
        try (Data(signature) + generator.data(count: 300)).write(to: file)
        let expected = ArticleTextError.notText(path: file.path, reason: "it is \(name)")
        #expect(throws: expected) { try DocumentStream(paths: [file.path]).next(maximum: 10) }
        #expect(throws: expected) { try DocumentStream(paths: [folder.path]).next(maximum: 10) }
        #expect(throws: expected) { try DocumentReader().read(paths: [file.path]) }
    }

    /// "BZh" may start a text: only bzip2's whole header is its signature.
    @Test func textStartingLikeBzip2IsText() throws {
        #expect(TextDecoding.binaryReason(Data("BZh is how the header starts, the manual said.".utf8)) == nil)
    }
}
