/// Hashes of the surface properties of one word that the tagger, parser and recogniser build features from.
///
/// Computed once per word per sentence so that feature extraction combines precomputed 64-bit values instead
/// of building strings.
public struct WordFeatures: Sendable, Hashable {
    /// The word as written.
    public var form: UInt64
    /// The word lower-cased.
    public var lower: UInt64
    /// Last 1, 2, 3 and 4 characters of the lower-cased word.
    public var suffix: (UInt64, UInt64, UInt64, UInt64)
    /// First 1, 2 and 3 characters of the lower-cased word.
    public var prefix: (UInt64, UInt64, UInt64)
    /// The word's shape with runs collapsed ("Xx", "d", "X.X.", "x-x").
    public var shape: UInt64
    /// Small flags: 1 capitalised, 2 all capitals, 4 has a digit, 8 has a hyphen, 16 has a period.
    public var flags: UInt64

    /// The features of `form`.
    public init(_ form: String) {
        self.form = FeatureHash.of(form)
        let lowered = form.lowercased()
        lower = FeatureHash.of(lowered)
        let characters = Array(lowered)
        func tail(_ count: Int) -> UInt64 {
            FeatureHash.of(String(characters.suffix(count))) &+ UInt64(count)
        }
        func head(_ count: Int) -> UInt64 {
            FeatureHash.of(String(characters.prefix(count))) &+ UInt64(count) &* 7
        }
        suffix = (tail(1), tail(2), tail(3), tail(4))
        prefix = (head(1), head(2), head(3))
        var shapeText = ""
        var last: Character = " "
        var flags: UInt64 = 0
        var letters = 0
        var capitals = 0
        for character in form {
            let kind: Character
            if character.isUppercase {
                kind = "X"
                capitals += 1
                letters += 1
            } else if character.isLetter {
                kind = "x"
                letters += 1
            } else if character.isNumber {
                kind = "d"
                flags |= 4
            } else {
                kind = character
                if character == "-" { flags |= 8 }
                if character == "." { flags |= 16 }
            }
            if kind != last { shapeText.append(kind) }
            last = kind
        }
        if form.first?.isUppercase == true { flags |= 1 }
        if letters > 1, capitals == letters { flags |= 2 }
        self.flags = flags
        shape = FeatureHash.of(shapeText)
    }

    public static func == (lhs: WordFeatures, rhs: WordFeatures) -> Bool { lhs.form == rhs.form }
    public func hash(into hasher: inout Hasher) { hasher.combine(form) }

    /// Stand-in features for positions before the start or after the end of a sentence.
    public static let boundary = WordFeatures("<S>")
}
