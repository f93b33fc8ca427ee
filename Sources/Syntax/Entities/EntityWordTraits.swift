import ArticleText

/// The spelling features of one word, hashed without building any string (run time allocates nothing per word).
///
/// Letters are lower-cased in ASCII only (`É` stays `É`), the same way in training, recognition and gazetteer
/// look-ups, so the hashes always agree.
struct EntityWordTraits: Sendable {
    /// How a word uses capitals.
    enum Capitalization: UInt64, Sendable {
        case noLetters = 1, lower, initial, allCaps, mixed
    }

    /// Hash of the form as written.
    var form: UInt64
    /// Hash of the ASCII-lower-cased form.
    var lower: UInt64
    /// Hash of the collapsed shape (`Xx`, `X.X.`, `dd`→`d`).
    var shape: UInt64
    /// Hashes of the lower-cased first 1…4 scalars (0 past the word's length).
    var prefixes: (UInt64, UInt64, UInt64, UInt64)
    /// Hashes of the lower-cased last 1…4 scalars (0 past the word's length).
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    var capitalization: Capitalization
    var hasDigit: Bool
    var hasHyphen: Bool
    var hasPeriod: Bool
    /// Whether the first scalar is a letter (an upper- or lower-case one).
    var startsWithLetter: Bool
    /// Whether the last scalar is `s` or `S`.
    var endsInS: Bool
    /// Hash of the ASCII-lower-cased form without its last scalar (`lowerHash` of the stem of a plural).
    var lowerWithoutLast: UInt64

    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// A scalar lower-cased in ASCII.
    @inline(__always)
    static func lowered(_ scalar: Unicode.Scalar) -> UInt64 {
        let value = scalar.value
        return UInt64(value >= 65 && value <= 90 ? value + 32 : value)
    }

    /// The hash of `text` lower-cased in ASCII: the key of words in gazetteers and `lower` features.
    static func lowerHash<S: StringProtocol>(_ text: S) -> UInt64 {
        var hash = offset
        for scalar in text.unicodeScalars {
            hash = (hash ^ lowered(scalar)) &* prime
        }
        return hash
    }

    init(_ word: String) {
        form = FeatureHash.of(word)
        var lower = Self.offset
        var shape = Self.offset
        var lastShape: UInt32 = 0
        var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var count = 0
        var uppers = 0
        var lowers = 0
        var firstIsUpper = false
        var digit = false
        var hyphen = false
        var period = false
        var beforeLast = Self.offset
        var lastScalar: UInt64 = 0
        for scalar in word.unicodeScalars {
            beforeLast = lower
            lastScalar = Self.lowered(scalar)
            lower = (lower ^ lastScalar) &* Self.prime
            count += 1
            switch count {
            case 1: prefixes.0 = lower
            case 2: prefixes.1 = lower
            case 3: prefixes.2 = lower
            case 4: prefixes.3 = lower
            default: break
            }
            let shapeCode: UInt32
            if scalar.isUppercaseScalar {
                uppers += 1
                if count == 1 { firstIsUpper = true }
                shapeCode = 88  // X
            } else if scalar.isLowercaseScalar {
                lowers += 1
                shapeCode = 120  // x
            } else if scalar.value >= 48 && scalar.value <= 57 {
                digit = true
                shapeCode = 100  // d
            } else {
                if scalar == "-" { hyphen = true }
                if scalar == "." { period = true }
                shapeCode = scalar.value
            }
            if shapeCode != lastShape {
                shape = (shape ^ UInt64(shapeCode)) &* Self.prime
                lastShape = shapeCode
            }
        }
        var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var suffix = Self.offset
        var back = 0
        for scalar in word.unicodeScalars.reversed() {
            suffix = (suffix ^ Self.lowered(scalar)) &* Self.prime
            back += 1
            switch back {
            case 1: suffixes.0 = suffix
            case 2: suffixes.1 = suffix
            case 3: suffixes.2 = suffix
            case 4: suffixes.3 = suffix
            default: break
            }
            if back == 4 { break }
        }
        self.lower = lower
        self.lowerWithoutLast = beforeLast
        self.endsInS = lastScalar == 115 && count > 2
        self.shape = shape
        self.prefixes = prefixes
        self.suffixes = suffixes
        if uppers + lowers == 0 {
            capitalization = .noLetters
        } else if uppers == 0 {
            capitalization = .lower
        } else if lowers == 0 {
            capitalization = uppers > 1 ? .allCaps : .initial
        } else if firstIsUpper && uppers == 1 {
            capitalization = .initial
        } else {
            capitalization = .mixed
        }
        hasDigit = digit
        startsWithLetter = word.unicodeScalars.first.map { $0.isUppercaseScalar || $0.isLowercaseScalar } ?? false
        hasHyphen = hyphen
        hasPeriod = period
    }
}
