import Foundation

/// `DecodingError` in plain words: `missing key "version"`, `"patterns[2].pos" has an invalid value`,
/// `not valid JSON`, instead of Swift's debug dump of coding paths and contexts.
enum PlainDecodingError {
    /// A one-line description of `error`; errors other than `DecodingError` give their localized description.
    static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else {
            return (error as? LocalizedError)?.errorDescription ?? error.localizedDescription
        }
        switch error {
        case .keyNotFound(let key, let context):
            let place = path(context.codingPath)
            return "missing key \"\(key.stringValue)\"" + (place.isEmpty ? "" : " in \"\(place)\"")
        case .typeMismatch(let type, let context):
            return "\(subject(context.codingPath)) should be \(name(of: type))"
        case .valueNotFound(let type, let context):
            return "\(subject(context.codingPath)) is null; it should be \(name(of: type))"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not valid JSON" }
            if context.debugDescription.hasPrefix("Cannot initialize") || context.debugDescription.isEmpty {
                return "\(subject(context.codingPath)) has an invalid value"
            }
            return "\(subject(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "could not be decoded"
        }
    }

    /// `patterns[2].pos` for a coding path.
    static func path(_ codingPath: [CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    private static func subject(_ codingPath: [CodingKey]) -> String {
        let place = path(codingPath)
        return place.isEmpty ? "the record" : "\"\(place)\""
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is Double.Type, is Float.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "a list"
        case is [String: Any].Type: "an object"
        default: "a \(type)"
        }
    }
}
