import ArticleText

/// What an alias refers to.
enum AliasTarget: Hashable, Sendable {
    /// An entry of the lexicon, by index.
    case actor(Int)
    /// An agent noun, by index.
    case agent(Int)
    /// A phrase that is not an actor ("Korean Peninsula"); matching it blocks shorter matches inside it.
    case notActor
}

/// How a text token must be written to match an alias token.
enum CaseRule: Hashable, Sendable {
    /// Any case ("of", agent nouns).
    case any
    /// First letter upper case ("Korea", "Kim").
    case capitalized
    /// All letters upper case ("US", "U.S.", "NATO"): keeps "us" the pronoun from being the United States.
    case upper

    init(aliasToken text: String) {
        if let rule = CaseRule(asciiToken: text) {
            self = rule
            return
        }
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard let first = letters.first else {
            self = .any
            return
        }
        if letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }) {
            self = .upper
        } else if first.properties.isUppercase {
            self = .capitalized
        } else {
            self = .any
        }
    }

    /// The rule of an all-ASCII token (the same as the general rule, without Unicode property look-ups), or
    /// `nil` when the token has other characters.
    private init?(asciiToken text: String) {
        var letters = 0
        var upper = 0
        var first: UInt8?
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            guard isUpper || byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") else { continue }
            letters += 1
            if isUpper { upper += 1 }
            if first == nil { first = byte }
        }
        guard let first else {
            self = .any
            return
        }
        if letters >= 2, upper == letters {
            self = .upper
        } else if first <= UInt8(ascii: "Z") {
            self = .capitalized
        } else {
            self = .any
        }
    }

    func accepts(_ text: String) -> Bool {
        let text = AliasIndex.ownershipStem(text)
        switch self {
        case .any: return true
        case .capitalized: return text.unicodeScalars.first?.properties.isUppercase ?? false
        case .upper:
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
            return !letters.isEmpty && letters.allSatisfy { $0.properties.isUppercase }
        }
    }
}

/// One alias as a token sequence with a case rule per token.
struct AliasPattern: Hashable, Sendable {
    var keys: [String]
    var rules: [CaseRule]
    var targets: [AliasTarget]
}

/// A token-keyed index of every alias: longest-match look-up in O(aliases sharing the first two tokens).
struct AliasIndex: Sendable {
    /// Suffixes after which a hyphenated word stands for its first part as an actor: a "British-flagged
    /// tanker" is Britain's, a "US-led coalition" is led by the United States; "Chinese-made" or "London-based"
    /// say where, not whose.
    static let ownershipSuffixes: Set<String> = ["flagged", "owned", "registered", "operated", "led"]

    /// The part of a token an actor look-up reads: "British" of "British-flagged", else the token itself.
    static func ownershipStem(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "-")), let dash = text.lastIndex(of: "-"), dash > text.startIndex,
              ownershipSuffixes.contains(text[text.index(after: dash)...].lowercased())
        else { return text }
        return String(text[..<dash])
    }

    private(set) var patterns: [AliasPattern] = []
    /// One-token patterns by their key.
    private(set) var single: [String: Int] = [:]
    /// Longer patterns by their first two keys (joined by U+001F), longest first.
    private(set) var byFirstPair: [String: [Int]] = [:]
    private var byKeys: [[String]: Int] = [:]
    /// The bundled lexicon's index read in place from its pre-built file; when set, the tables above are empty
    /// and look-ups go to it.
    private var mapped: MappedAliasIndex?

    /// An empty index.
    init() {}

    /// The pre-built index `mapped` (it cannot take more aliases).
    init(mapped: MappedAliasIndex) { self.mapped = mapped }

    /// The look-up key of a token: lower case, curly apostrophes straightened, periods of initialisms dropped
    /// ("U.S." and "U.S" → "us"), so that spelling variants meet; case rules then tell "US" from "us".
    static func key(_ text: String) -> String {
        // Fast path: most tokens need only lower-casing.
        if !text.unicodeScalars.contains(where: { scalar in
            switch scalar {
            case "’", "‘", "`", "–", "—", ".": true
            default: false
            }
        }) {
            return text.lowercased()
        }
        var out = String.UnicodeScalarView()
        var hasLetter = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "’", "‘", "`": out.append("'")
            case "–", "—": out.append("-")
            default:
                out.append(scalar)
                if scalar.properties.isAlphabetic { hasLetter = true }
            }
        }
        var key = String(out).lowercased()
        if hasLetter, key.count >= 2, key.contains(".") { key.removeAll { $0 == "." } }
        return key
    }

    /// Splits an alias into tokens the way the document tokenizer does.
    static func tokens(of alias: String) -> [String] {
        // Fast path: letters and single spaces tokenize to the words themselves.
        if alias.unicodeScalars.allSatisfy({ scalar in
            scalar.isASCII ? scalar == " " || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                : scalar.properties.isAlphabetic
        }), !hasDoubleSpace(alias) {
            return alias.split(separator: " ").map(String.init)
        }
        let text = ScalarText(alias)
        return Tokenizer().tokens(in: text, span: text.fullSpan, sentence: 0).map(\.text)
    }

    /// Whether `text` has two spaces in a row.
    private static func hasDoubleSpace(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: " "), previous == byte { return true }
            previous = byte
        }
        return false
    }

    /// Adds `alias` for `target`; aliases made only of punctuation are ignored.
    mutating func add(_ alias: String, _ target: AliasTarget) {
        precondition(mapped == nil, "a pre-built alias index takes no aliases")
        var words = AliasIndex.tokens(of: alias)
        if words.count > 1, words[0].lowercased() == "the" { words.removeFirst() }
        guard !words.isEmpty, words.contains(where: { $0.unicodeScalars.contains { $0.properties.isAlphabetic } })
        else { return }
        let keys = words.map(AliasIndex.key)
        if let existing = byKeys[keys] {
            if !patterns[existing].targets.contains(target) { patterns[existing].targets.append(target) }
            // A proper name's rule beats a common noun's (an agent "congress" does not make "Congress" match in
            // lower case); between proper-name spellings the looser one wins ("Xi" and "XI" both allow "Xi").
            for (i, rule) in words.map(CaseRule.init(aliasToken:)).enumerated() {
                let current = patterns[existing].rules[i]
                if current == .any && rule != .any || current == .upper && rule == .capitalized {
                    patterns[existing].rules[i] = rule
                }
            }
            return
        }
        let pattern = AliasPattern(keys: keys, rules: words.map(CaseRule.init(aliasToken:)), targets: [target])
        byKeys[keys] = patterns.count
        if keys.count == 1 {
            single[keys[0]] = patterns.count
        } else {
            byFirstPair[AliasIndex.pairKey(keys[0], keys[1]), default: []].append(patterns.count)
        }
        patterns.append(pattern)
    }

    /// Removes `target` from the pattern of `alias`, if any.
    mutating func remove(_ alias: String, _ target: AliasTarget) {
        var words = AliasIndex.tokens(of: alias)
        if words.count > 1, words[0].lowercased() == "the" { words.removeFirst() }
        guard let index = byKeys[words.map(AliasIndex.key)] else { return }
        patterns[index].targets.removeAll { $0 == target }
    }

    /// Sorts candidate lists longest first; call once after the last `add`.
    mutating func finish() {
        for (key, list) in byFirstPair {
            byFirstPair[key] = list.sorted { (patterns[$0].keys.count, $1) > (patterns[$1].keys.count, $0) }
        }
    }

    static func pairKey(_ first: String, _ second: String) -> String { first + "\u{1F}" + second }

    /// The longest alias starting at `tokens[start]` and ending before `limit`, as (pattern, token count).
    /// `allowed` tells whether a token may take part in a match (not in boilerplate, not already used).
    func longestMatch(in tokens: [Token], keys: [String], from start: Int, limit: Int) -> (AliasPattern, Int)? {
        if let mapped { return mapped.longestMatch(in: tokens, keys: keys, from: start, limit: limit) }
        var candidates: [Int] = []
        if start + 1 < limit, let longer = byFirstPair[AliasIndex.pairKey(keys[start], keys[start + 1])] {
            candidates = longer
        }
        if let one = single[keys[start]] { candidates.append(one) }
        for index in candidates {
            let pattern = patterns[index]
            let count = pattern.keys.count
            guard start + count <= limit, !pattern.targets.isEmpty else { continue }
            var ok = true
            for k in 0..<count where keys[start + k] != pattern.keys[k] || !pattern.rules[k].accepts(tokens[start + k].text) {
                ok = false
                break
            }
            if ok { return (pattern, count) }
        }
        return nil
    }
}
