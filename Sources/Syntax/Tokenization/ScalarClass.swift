/// How the tokenizer sees one Unicode scalar.
enum ScalarClass: Equatable {
    /// Space, tab, line break or any other Unicode white space.
    case space
    /// A letter (general category L*), upper case.
    case upperLetter
    /// A letter (general category L*) that is not upper case.
    case letter
    /// A decimal digit (general category Nd).
    case digit
    /// A combining mark (general category M*), which stays with what precedes it.
    case mark
    /// Punctuation, symbols, emoji and everything else.
    case other

    /// Classifies `scalar`, with a table-free fast path for ASCII.
    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5A: self = .upperLetter
            case 0x61...0x7A, 0x5F: self = .letter  // "_" joins words ("Lisa_resume.doc")
            case 0x30...0x39: self = .digit
            case 0x09...0x0D, 0x20: self = .space
            default: self = .other
            }
            return
        }
        let properties = scalar.properties
        if properties.isWhitespace {
            self = .space
            return
        }
        if value == 0xAA || value == 0xBA {
            // "º" and "ª" are letters to Unicode but degree and ordinal signs in text: "54º" → "54", "º".
            self = .other
            return
        }
        switch properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: self = .upperLetter
        case .lowercaseLetter, .modifierLetter, .otherLetter: self = .letter
        case .decimalNumber: self = .digit
        case .nonspacingMark, .spacingMark, .enclosingMark: self = .mark
        default: self = .other
        }
    }

    /// Whether the scalar can be part of a word: a letter, a digit or a combining mark.
    var isWord: Bool {
        switch self {
        case .upperLetter, .letter, .digit, .mark: true
        case .space, .other: false
        }
    }

    /// Whether the scalar is a letter of either case.
    var isLetter: Bool { self == .upperLetter || self == .letter }
}

extension Unicode.Scalar {
    /// Whether the scalar is an apostrophe as used in clitics and names: `'`, `’` or the modifier letter `ʼ`.
    var isApostrophe: Bool { self == "'" || self == "\u{2019}" || self == "\u{02BC}" }

    /// Whether the scalar continues the emoji or symbol before it (variation selectors, skin tones, keycaps,
    /// tags), so that one pictograph stays one token.
    var isEmojiExtender: Bool {
        switch value {
        case 0xFE0E, 0xFE0F, 0x20E3, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: true
        default: false
        }
    }

    /// Whether the scalar is a regional indicator letter (two of them make a flag).
    var isRegionalIndicator: Bool { (0x1F1E6...0x1F1FF).contains(value) }

    /// Whether the scalar closes a quotation or a bracket.
    var isClosingPunctuation: Bool {
        switch self {
        case "\"", "'", ")", "]", "}", ">", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}": true
        default: false
        }
    }

    /// The scalar lowercased if it is an ASCII capital, else itself.
    var asciiLowercased: Unicode.Scalar {
        (0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20) ?? self : self
    }
}
