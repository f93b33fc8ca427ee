import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Building XML through Foundation's `XMLElement`, which does all escaping of text and attribute values.
enum XMLSupport {
    /// An element with attributes in the order given and optional text content.
    static func element(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil) -> XMLElement {
        let element = XMLElement(name: name)
        if let text { element.stringValue = clean(text) }
        for (key, value) in attributes {
            if let attribute = XMLNode.attribute(withName: key, stringValue: clean(value)) as? XMLNode {
                element.addAttribute(attribute)
            }
        }
        return element
    }

    /// The document holding `root`, serialised as indented UTF-8 with an XML declaration, ending in a newline.
    static func data(root: XMLElement) -> Data {
        let document = XMLDocument(rootElement: root)
        document.version = "1.0"
        document.characterEncoding = "UTF-8"
        return document.xmlData(options: [.nodePrettyPrint]) + Data("\n".utf8)
    }

    /// `text` without U+FFFE and U+FFFF, which XML 1.0 cannot carry, and with the hidden control characters (C0
    /// other than tab, line feed and carriage return; DEL; C1, such as CSI U+009B and NEL U+0085) written as
    /// U+FFFD, as the DOT, the SVGs, the HTML report, CSV and Markdown write them (``ControlCharacters``). This
    /// removes and replaces, it does not escape: escaping is `XMLElement`'s.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isForbidden($0) || ControlCharacters.isHidden($0) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isForbidden(scalar) {
            result.append(ControlCharacters.isHidden(scalar) ? ControlCharacters.replacement : scalar)
        }
        return String(result)
    }

    /// An id (a GEXF node or edge `id`, `source`, `target`) written so that distinct ids stay distinct: each
    /// control character (those ``clean(_:)`` would drop or replace, and tab and line breaks, which an XML parser
    /// reads as spaces in an attribute) is written as a Swift escape (`\u{1B}`, `\u{85}`) and a backslash as
    /// `\\`; every other character stays.
    static func id(_ text: String) -> String {
        let escaped = { (scalar: Unicode.Scalar) in scalar.value < 0x20 || isForbidden(scalar) || ControlCharacters.isHidden(scalar) }
        guard text.unicodeScalars.contains(where: { escaped($0) || $0 == "\\" }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\\" {
                result += "\\\\"
            } else if escaped(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// U+FFFE and U+FFFF: no characters at all in XML 1.0.
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
