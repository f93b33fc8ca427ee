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

    /// `text` without the characters XML 1.0 cannot carry at all (C0 controls other than tab, line feed and
    /// carriage return; U+FFFE, U+FFFF). This removes, it does not escape: escaping is `XMLElement`'s.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.filter { !isForbidden($0) })
        return String(result)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r")
            || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
