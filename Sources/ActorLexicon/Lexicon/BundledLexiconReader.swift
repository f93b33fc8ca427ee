import ArticleText

/// Reads the bundled `lexicon.json` (the compact JSON `Scripts/build_lexicon.py` writes) straight from its UTF-8
/// bytes into lexicon entries, without building Foundation's generic JSON tree first.
///
/// Reads any well-formed JSON of the lexicon's shape: an object with `actors` (objects with `id`, `name`,
/// `kind` and the optional `country`, `sector`, `gender`, `adjective`, `aliases`, `short`, `metonyms`,
/// `curated`, `roles`), `agents` (objects with `phrase`, `sector`, `code`) and `notActors` (strings); other keys
/// are skipped, `null` counts as absent. Errors name the file and the byte offset.
struct BundledLexiconReader {
    /// The parts of the lexicon, in file order.
    struct Parts {
        var entries: [LexiconEntry] = []
        var agents: [AgentNoun] = []
        var notActors: [String] = []
        /// The byte range of each actor object, agent object and of the `notActors` array, in file order.
        var actorRanges: [Range<Int>] = []
        var agentRanges: [Range<Int>] = []
        var notActorsRange: Range<Int> = 0..<0
    }

    private let bytes: [UInt8]
    private let file: String
    private var at = 0

    /// A reader over `bytes`; `file` names the resource in errors.
    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// Reads the whole file.
    /// - Throws: `LexiconError.bundledResourceCorrupt` naming the file, the byte offset and the problem.
    mutating func read() throws(LexiconError) -> Parts {
        var parts = Parts()
        var seen: Set<String> = []
        var members = try beginObject()
        while let key = try nextKey(&members) {
            seen.insert(key)
            switch key {
            case "actors":
                let actors = try readObjects { reader throws(LexiconError) in try reader.readActor() }
                parts.entries = actors.map(\.value)
                parts.actorRanges = actors.map(\.range)
            case "agents":
                let agents = try readObjects { reader throws(LexiconError) in try reader.readAgent() }
                parts.agents = agents.map(\.value)
                parts.agentRanges = agents.map(\.range)
            case "notActors":
                skipSpace()
                let start = at
                parts.notActors = try readStrings() ?? []
                parts.notActorsRange = start..<at
            default: try skipValue()
            }
        }
        skipSpace()
        guard at == bytes.count else { throw corrupt("text after the lexicon object") }
        for key in ["actors", "agents", "notActors"] where !seen.contains(key) { throw corrupt("no \"\(key)\" key") }
        return parts
    }

    /// An array read element by element with `readElement`, with each element's byte range.
    private mutating func readObjects<T>(
        _ readElement: (inout BundledLexiconReader) throws(LexiconError) -> T
    ) throws(LexiconError) -> [(value: T, range: Range<Int>)] {
        var out: [(value: T, range: Range<Int>)] = []
        var elements = try beginArray()
        while try nextElement(&elements) {
            skipSpace()
            let start = at
            out.append((try readElement(&self), start..<at))
        }
        return out
    }

    /// One actor object on its own (the bytes of one of `Parts.actorRanges`).
    /// - Throws: `LexiconError.bundledResourceCorrupt`.
    static func actor(_ bytes: [UInt8], file: String) throws(LexiconError) -> LexiconEntry {
        var reader = BundledLexiconReader(bytes: bytes, file: file)
        return try reader.readActor()
    }

    /// One agent-noun object on its own (the bytes of one of `Parts.agentRanges`).
    /// - Throws: `LexiconError.bundledResourceCorrupt`.
    static func agent(_ bytes: [UInt8], file: String) throws(LexiconError) -> AgentNoun {
        var reader = BundledLexiconReader(bytes: bytes, file: file)
        return try reader.readAgent()
    }

    /// A string array on its own (the bytes of `Parts.notActorsRange`).
    /// - Throws: `LexiconError.bundledResourceCorrupt`.
    static func strings(_ bytes: [UInt8], file: String) throws(LexiconError) -> [String] {
        var reader = BundledLexiconReader(bytes: bytes, file: file)
        return try reader.readStrings() ?? []
    }

    private mutating func readActor() throws(LexiconError) -> LexiconEntry {
        let start = at
        var id: String?, name: String?, kind: String?
        var entry = LexiconEntry(id: "", name: "", kind: .organization, isCurated: false)
        var members = try beginObject()
        while let key = try nextKey(&members) {
            switch key {
            case "id": id = try readOptionalString()
            case "name": name = try readOptionalString()
            case "kind": kind = try readOptionalString()
            case "country": entry.country = try readOptionalString()
            case "sector": entry.sector = try readOptionalString()
            case "gender": entry.gender = try readOptionalString()
            case "adjective": entry.adjective = try readOptionalString()
            case "aliases": entry.aliases = try readStrings() ?? []
            case "short": entry.shortNames = try readStrings() ?? []
            case "metonyms": entry.metonyms = try readStrings() ?? []
            case "curated": entry.isCurated = try readOptionalBool() ?? false
            case "roles":
                guard try !readNull() else { break }
                var roles = try beginArray()
                while try nextElement(&roles) {
                    var fields: [String?] = []
                    var elements = try beginArray()
                    while try nextElement(&elements) { fields.append(try readOptionalString()) }
                    entry.roles.append(Self.role(fields))
                }
            default: try skipValue()
            }
        }
        guard let id, let name, let kind else {
            at = start
            throw corrupt("an actor without \"id\", \"name\" or \"kind\"")
        }
        entry.id = ActorID(id)
        entry.name = name
        entry.kind = ActorKind(rawValue: kind) ?? .organization
        return entry
    }

    /// A role from its fields: country, sector, first day, last day, title (missing trailing fields are `nil`).
    private static func role(_ fields: [String?]) -> ActorRole {
        func field(_ i: Int) -> String? { i < fields.count ? fields[i] : nil }
        return ActorRole(
            country: field(0), sector: field(1), from: field(2).flatMap(CalendarDate.init(iso:)),
            to: field(3).flatMap(CalendarDate.init(iso:)), title: field(4))
    }

    private mutating func readAgent() throws(LexiconError) -> AgentNoun {
        let start = at
        var phrase: String?, sector: String?, code: String?
        var members = try beginObject()
        while let key = try nextKey(&members) {
            switch key {
            case "phrase": phrase = try readOptionalString()
            case "sector": sector = try readOptionalString()
            case "code": code = try readOptionalString()
            default: try skipValue()
            }
        }
        guard let phrase, let sector, let code else {
            at = start
            throw corrupt("an agent noun without \"phrase\", \"sector\" or \"code\"")
        }
        return AgentNoun(phrase: phrase, sector: sector, code: code)
    }

    // MARK: JSON

    private func corrupt(_ problem: String) -> LexiconError {
        .bundledResourceCorrupt("\(file): byte \(at): \(problem)")
    }

    private mutating func skipSpace() {
        while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 {
            at += 1
        }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(LexiconError) {
        skipSpace()
        guard at < bytes.count, bytes[at] == byte else { throw corrupt("expected \(what)") }
        at += 1
    }

    /// Consumes `byte` (after white space) when it comes next.
    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard at < bytes.count, bytes[at] == byte else { return false }
        at += 1
        return true
    }

    /// Consumes `word` (`null`, `true`, `false`) when it comes next.
    private mutating func take(word: String) -> Bool {
        skipSpace()
        let utf8 = word.utf8
        guard bytes.count - at >= utf8.count, bytes[at..<(at + utf8.count)].elementsEqual(utf8) else { return false }
        at += utf8.count
        return true
    }

    private mutating func readNull() throws(LexiconError) -> Bool { take(word: "null") }

    /// Opens an object; returns the state `nextKey` keeps (whether the first member is still to come).
    private mutating func beginObject() throws(LexiconError) -> Bool {
        try expect(UInt8(ascii: "{"), "an object")
        return true
    }

    /// The next key of the open object (its value is to be read next), or `nil` after its closing brace.
    private mutating func nextKey(_ first: inout Bool) throws(LexiconError) -> String? {
        if take(UInt8(ascii: "}")) { return nil }
        if !first { try expect(UInt8(ascii: ","), "',' or '}' in an object") }
        first = false
        let key = try readString()
        try expect(UInt8(ascii: ":"), "':' after a key")
        return key
    }

    /// Opens an array; returns the state `nextElement` keeps.
    private mutating func beginArray() throws(LexiconError) -> Bool {
        try expect(UInt8(ascii: "["), "an array")
        return true
    }

    /// Whether the open array has another element (to be read next); `false` after its closing bracket.
    private mutating func nextElement(_ first: inout Bool) throws(LexiconError) -> Bool {
        if take(UInt8(ascii: "]")) { return false }
        if !first { try expect(UInt8(ascii: ","), "',' or ']' in an array") }
        first = false
        return true
    }

    private mutating func readStrings() throws(LexiconError) -> [String]? {
        if try readNull() { return nil }
        var strings: [String] = []
        var elements = try beginArray()
        while try nextElement(&elements) { strings.append(try readString()) }
        return strings
    }

    private mutating func readOptionalString() throws(LexiconError) -> String? {
        try readNull() ? nil : try readString()
    }

    private mutating func readOptionalBool() throws(LexiconError) -> Bool? {
        if take(word: "true") { return true }
        if take(word: "false") { return false }
        if take(word: "null") { return nil }
        throw corrupt("expected true or false")
    }

    /// A JSON string, escapes decoded (`\uXXXX` with surrogate pairs); raw bytes are taken as UTF-8.
    private mutating func readString() throws(LexiconError) -> String {
        try expect(UInt8(ascii: "\""), "a string")
        let start = at
        while at < bytes.count, bytes[at] != UInt8(ascii: "\""), bytes[at] != UInt8(ascii: "\\") { at += 1 }
        guard at < bytes.count else { throw corrupt("unterminated string") }
        if bytes[at] == UInt8(ascii: "\"") {
            defer { at += 1 }
            return String(decoding: bytes[start..<at], as: UTF8.self)
        }
        var out = Array(bytes[start..<at])
        while at < bytes.count {
            let byte = bytes[at]
            at += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard at < bytes.count else { throw corrupt("unterminated string") }
                let escaped = bytes[at]
                at += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escaped)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"): out.append(contentsOf: String(try readEscapedScalar()).utf8)
                default: throw corrupt("unknown escape")
                }
            default:
                out.append(byte)
            }
        }
        throw corrupt("unterminated string")
    }

    /// The scalar of a `\u` escape whose `\u` was just read (a high surrogate takes the following low one).
    private mutating func readEscapedScalar() throws(LexiconError) -> Character {
        let high = try readHex4()
        var value = high
        if (0xD800..<0xDC00).contains(high) {
            guard take(word: "\\u") else { throw corrupt("unpaired surrogate") }
            let low = try readHex4()
            guard (0xDC00..<0xE000).contains(low) else { throw corrupt("unpaired surrogate") }
            value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else { throw corrupt("invalid \\u escape") }
        return Character(scalar)
    }

    private mutating func readHex4() throws(LexiconError) -> UInt32 {
        guard bytes.count - at >= 4 else { throw corrupt("short \\u escape") }
        var value: UInt32 = 0
        for byte in bytes[at..<(at + 4)] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { throw corrupt("bad \\u escape") }
            value = value << 4 | UInt32(digit)
        }
        at += 4
        return value
    }

    /// Skips any JSON value.
    private mutating func skipValue() throws(LexiconError) {
        skipSpace()
        guard at < bytes.count else { throw corrupt("expected a value") }
        switch bytes[at] {
        case UInt8(ascii: "{"):
            var members = try beginObject()
            while try nextKey(&members) != nil { try skipValue() }
        case UInt8(ascii: "["):
            var elements = try beginArray()
            while try nextElement(&elements) { try skipValue() }
        case UInt8(ascii: "\""): _ = try readString()
        default:
            if take(word: "true") || take(word: "false") || take(word: "null") { return }
            let start = at
            while at < bytes.count, "+-.0123456789eE".utf8.contains(bytes[at]) { at += 1 }
            guard at > start else { throw corrupt("expected a value") }
        }
    }
}
