import Foundation

/// JSON Lines (one JSON value per line), the format of Storygraph's article inputs and gold files.
///
/// One place for what every JSONL reader needs: splitting bytes into numbered lines (blank lines skipped, a
/// trailing `\r` and a leading byte-order mark dropped) and describing a `DecodingError` in plain words.
public enum JSONLines {
    /// One non-blank line: its 1-based number in the file and its bytes.
    public struct Line: Sendable {
        /// 1-based line number.
        public var number: Int
        /// The line's bytes, without the line end.
        public var bytes: Data
    }

    /// The non-blank lines of `data`, in order.
    /// - Complexity: O(n) in the byte count.
    public static func lines(of data: Data) -> [Line] {
        let blank: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r")]
        var lines: [Line] = []
        for (index, slice) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            var bytes = Data(slice)
            if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
            if index == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            if bytes.allSatisfy(blank.contains) { continue }
            lines.append(Line(number: index + 1, bytes: bytes))
        }
        return lines
    }

    /// One JSONL line decoded as `type`, refusing what JSON forbids but Foundation's decoder accepts: a comma
    /// before a closing `}` or `]` (`{"id":"b","text":"x",}`). Every JSONL reader decodes its lines with this.
    /// - Throws: `DecodingError.dataCorrupted` at the top level for a trailing comma (``describe(_:data:)`` and
    ///   ``syntaxProblem(_:)`` then name its column), or the decoder's error.
    public static func decode<Record: Decodable>(_ type: Record.Type, from line: Data, decoder: JSONDecoder) throws -> Record {
        if JSONSyntaxProblem.trailingCommaOffset(in: line) != nil {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: [], debugDescription: "a comma before a closing bracket"))
        }
        return try decoder.decode(type, from: line)
    }

    /// The keys of the top-level JSON object `line` holds, as written and in order, repeats included (Foundation's
    /// decoders keep one value of a repeated key and say nothing, so repeats are looked for here). Escapes in a key
    /// are decoded (`"i\u0064"` is `id`). Empty when `line` is not an object.
    /// - Complexity: O(n) in the byte count.
    public static func topLevelKeys(of line: Data) -> [String] {
        let bytes = [UInt8](line)
        guard let open = bytes.firstIndex(where: { !" \t\r\n".utf8.contains($0) }), bytes[open] == UInt8(ascii: "{") else {
            return []
        }
        var keys: [String] = []
        var depth = 0
        var index = open
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return keys }
            case UInt8(ascii: "\""):
                guard let token = stringToken(in: bytes, at: index, decodingKey: depth == 1) else { return keys }
                if let key = token.key { keys.append(key) }
                index = token.end
            default:
                break
            }
            index += 1
        }
        return keys
    }

    /// The first key that `line` repeats within one JSON object, at any depth (`{"id": 1, "id": 2}`, or twice in
    /// one of a record's nested event objects), or `nil`. Foundation's decoders keep one value of a repeated key
    /// and say nothing; a gold record read that way would lose an annotation unsaid. Escapes in a key are
    /// decoded (`"i\u0064"` is `id`). Keys of different objects may be equal.
    /// - Complexity: O(n) in the byte count.
    public static func repeatedKey(in line: Data) -> String? {
        let bytes = [UInt8](line)
        // One entry per open container: the keys seen so far for an object, `nil` for an array.
        var open: [Set<String>?] = []
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"): open.append([])
            case UInt8(ascii: "["): open.append(nil)
            case UInt8(ascii: "}"), UInt8(ascii: "]"): if !open.isEmpty { open.removeLast() }
            case UInt8(ascii: "\""):
                let seen = open.last ?? nil
                guard let token = stringToken(in: bytes, at: index, decodingKey: seen != nil) else { return nil }
                if let key = token.key, let seen {
                    if seen.contains(key) { return key }
                    open[open.count - 1] = seen.union([key])
                }
                index = token.end
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// The JSON string that opens with the quote at `start`: the index of its closing quote, and its decoded text
    /// when `decodingKey` and a colon follows it (an object key; escapes decoded, `"i\u0064"` is `id`). `nil` when
    /// the string is not closed.
    private static func stringToken(in bytes: [UInt8], at start: Int, decodingKey: Bool) -> (end: Int, key: String?)? {
        var end = start + 1
        var escaped = false
        while end < bytes.count {
            if escaped {
                escaped = false
            } else if bytes[end] == UInt8(ascii: "\\") {
                escaped = true
            } else if bytes[end] == UInt8(ascii: "\"") {
                break
            }
            end += 1
        }
        guard end < bytes.count else { return nil }
        guard decodingKey, bytes[(end + 1)...].first(where: { !" \t\r\n".utf8.contains($0) }) == UInt8(ascii: ":") else {
            return (end, nil)
        }
        let token = Array(bytes[start...end])
        let key = token.contains(UInt8(ascii: "\\"))
            ? (try? JSONSerialization.jsonObject(with: Data(token), options: [.fragmentsAllowed])) as? String
            : String(decoding: token.dropFirst().dropLast(), as: UTF8.self)
        return (end, key)
    }

    /// The most bytes the JSON text `line` can decode to: its length, each escape counted as the bytes it
    /// stands for (`\n` one, `\u00e9` three at most). An upper bound of the text a record carries, found in one
    /// pass without parsing.
    /// - Complexity: O(n) in the byte count.
    public static func decodedLength(_ line: Data) -> Int {
        line.withUnsafeBytes { bytes in
            var count = 0
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count {
                    let isUnicode = bytes[index + 1] == UInt8(ascii: "u")
                    count += isUnicode ? 3 : 1
                    index += isUnicode ? 6 : 2
                } else {
                    count += 1
                    index += 1
                }
            }
            return count
        }
    }

    /// Where and why `data` is not valid JSON, in plain words: "not valid JSON: unexpected "}" at column 29
    /// (…)", "not valid JSON: the line ends before the JSON is complete (…)" (see ``JSONSyntaxProblem``; the
    /// column is counted in Unicode scalars, from 1).
    public static func syntaxProblem(_ data: Data) -> String {
        guard let problem = JSONSyntaxProblem(data) else { return "not valid JSON" }
        guard let offset = problem.offset else {
            return "not valid JSON: the line ends before the JSON is complete (a record spread over several "
                + "lines? JSONL needs each record on one line)"
        }
        let column = problem.location(offset).column
        switch problem.kind {
        case .incomplete:
            return "not valid JSON"  // not reached: an incomplete text has no offset
        case .unknownEscape:
            return "not valid JSON: an unknown backslash escape at column \(column) (write \\\\ for a backslash)"
        case .controlCharacter:
            return "not valid JSON: a control character (a raw tab or line break) in a string at column \(column); "
                + "write it as \\t or \\n"
        case .textAfterEnd:
            return "not valid JSON: text after the end of the record at column \(column) (one record a line)"
        case .trailingComma:
            return "not valid JSON: a comma before the closing bracket at column \(column) (JSON allows no trailing comma; remove it)"
        case .unexpected(let character, let hint):
            return "not valid JSON: unexpected \(character) at column \(column)\(hint)"
        }
    }

    /// A one-line, plain-words description of a decoding failure: `missing key "text"`, `"timex[0].start"
    /// should be a whole number, not "0"`, `"events[0].type" has an invalid value "ATACK"` (the value shown when
    /// `data`, the bytes decoded, is given), `not valid JSON` (with where and why when `data` is given; see
    /// ``syntaxProblem(_:)``); other errors give their localized description.
    public static func describe(_ error: any Error, data: Data? = nil) -> String {
        guard let error = error as? DecodingError else {
            return (error as? LocalizedError)?.errorDescription ?? error.localizedDescription
        }
        switch error {
        case .keyNotFound(let key, let context):
            let place = path(context.codingPath)
            return "missing key \"\(key.stringValue)\"" + (place.isEmpty ? "" : " in \"\(place)\"")
        case .typeMismatch(let type, let context):
            let value = data.flatMap { shownValue(at: context.codingPath, in: $0) }.map { ", not \($0)" } ?? ""
            return "\(subject(context.codingPath)) should be \(name(of: type))\(value)"
        case .valueNotFound(let type, let context):
            return "\(subject(context.codingPath)) is null; it should be \(name(of: type))"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return data.map(syntaxProblem) ?? "not valid JSON" }
            if context.debugDescription.hasPrefix("Cannot initialize") || context.debugDescription.isEmpty {
                // Foundation's words name neither the value nor what was expected: the value is shown.
                let value = data.flatMap { shownValue(at: context.codingPath, in: $0) }
                return "\(subject(context.codingPath)) has an invalid value" + (value.map { " \($0)" } ?? "")
            }
            // A reader's own description says what is wrong with the value ("found \"2020-13-01\"").
            return "\(subject(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "could not be decoded"
        }
    }

    /// The value at `codingPath` in the JSON text `data`, written as JSON for a message (`"ATACK"`, `12.5`,
    /// `true`; a list or object as `a list`, `an object`; text cut to 60 characters, control characters
    /// escaped); `nil` when the path leads nowhere.
    public static func shownValue(at codingPath: [any CodingKey], in data: Data) -> String? {
        guard var value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        for key in codingPath {
            if let index = key.intValue {
                guard let list = value as? [Any], index >= 0, index < list.count else { return nil }
                value = list[index]
            } else {
                guard let object = value as? [String: Any], let next = object[key.stringValue] else { return nil }
                value = next
            }
        }
        switch value {
        case let text as String:
            let cut = text.count > 60 ? String(text.prefix(60)) + "…" : text
            return "\"\(cut.escapingControlCharacters)\""
        case is [Any]: return "a list"
        case is [String: Any]: return "an object"
        default:
            // A number, true, false or null, written back as JSON.
            return (try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]))
                .map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// `patterns[2].pos` for a coding path.
    public static func path(_ codingPath: [any CodingKey]) -> String {
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

    private static func subject(_ codingPath: [any CodingKey]) -> String {
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
