import Foundation

/// The width of a line of timeline-box text in Liberation Sans (metrically equal to Arial and Helvetica), the
/// font the diagrams name, at the boxes' 8-point size.
///
/// Graphviz measures labels with the installed font; a label wider than its fixed-size box gives a "size too
/// small for label" warning and runs past the box. Widths come from the font's advance widths (units of 1/1000
/// em); letters with accents count as their base letter; characters the table lacks count wide (an em for
/// CJK and symbols from U+2E80 on, 0.72 em otherwise), so that an estimate errs towards cutting.
enum BoxText {
    /// The font size of box text, in points.
    static let fontSize = 8.0

    /// Advance widths of printable ASCII (U+0020…U+007E), in 1/1000 em.
    static let asciiWidths: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space ! " # $ % & ' ( ) * + , - . /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0-9 : ; < = > ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @ A-O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P-Z [ \ ] ^ _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // ` a-o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  // p-z { | } ~
    ]

    /// Advance widths of the non-ASCII characters box text uses most, in 1/1000 em.
    static let otherWidths: [Character: Int] = [
        "…": 1000, "→": 1000, "–": 556, "—": 1000, "×": 584, "·": 278, "“": 333, "”": 333, "‘": 222, "’": 222,
        "«": 556, "»": 556, "°": 400, "€": 556, "£": 556, "\u{00A0}": 278, "ß": 611, "æ": 889, "Æ": 1000, "ø": 611,
        "Ø": 778, "œ": 944, "Œ": 1000,
    ]

    /// The width of `text` in points.
    static func width(of text: String) -> Double {
        Double(text.reduce(0) { $0 + units(of: $1) }) * fontSize / 1000
    }

    /// The advance width of `character` in 1/1000 em.
    static func units(of character: Character) -> Int {
        if let width = otherWidths[character] { return width }
        guard let scalar = character.unicodeScalars.first else { return 0 }
        if (0x20...0x7E).contains(scalar.value) { return asciiWidths[Int(scalar.value) - 0x20] }
        // An accented letter is as wide as its base letter.
        if let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first,
            (0x20...0x7E).contains(base.value)
        {
            return asciiWidths[Int(base.value) - 0x20]
        }
        return scalar.value >= 0x2E80 ? 1000 : 720
    }
}
