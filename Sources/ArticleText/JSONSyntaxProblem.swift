import Foundation

/// Where and why a JSON text does not parse, in plain words, for the messages of every reader of JSON the user
/// writes: a JSONL line (`feed.jsonl:3: … at column 45`) or a whole file (`patterns.json:4:12: …`).
///
/// Foundation's `JSONDecoder` only says the data is not valid; `JSONSerialization` names the byte offset
/// ("around character 46") and the kind of problem, which is read here.
public struct JSONSyntaxProblem: Hashable, Sendable {
    /// What is wrong.
    public enum Kind: Hashable, Sendable {
        /// The text ends before the JSON value is complete (a bracket, brace or quote not closed).
        case incomplete
        /// A backslash escape JSON does not have (`\d`, `\'`).
        case unknownEscape
        /// A raw tab, line break or other control character inside a string.
        case controlCharacter
        /// More text after one complete JSON value.
        case textAfterEnd
        /// A comma before a closing `}` or `]` (`{"id":"b","text":"x",}`), which JSON does not allow; Foundation's
        /// parsers accept it, so it is looked for on its own (``trailingCommaOffset(in:)``).
        case trailingComma
        /// A character that cannot stand here, named for messages (`"}"`, `quote mark`), and a hint at the
        /// usual cause (` (text and keys go in double quotes)`), empty when there is none.
        case unexpected(character: String, hint: String)
    }

    /// The bytes that did not parse.
    public var data: Data
    /// The byte offset of the problem; `nil` when the text ends before the JSON is complete.
    public var offset: Int?
    /// What is wrong.
    public var kind: Kind

    /// The problem of `data`, or `nil` when it parses (`JSONDecoder` may refuse what `JSONSerialization`
    /// accepts; such text has no syntax problem to show). A trailing comma, which both accept, is a problem.
    public init?(_ data: Data) {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            guard let comma = Self.trailingCommaOffset(in: data) else { return nil }
            self.data = data
            offset = comma
            kind = .trailingComma
        } catch {
            let message = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
            self.data = data
            let offset = message.range(of: "around character ").flatMap { range in
                Int(message[range.upperBound...].prefix { $0.isNumber })
            }
            guard var offset, offset < data.count, !message.hasPrefix("Unexpected end of file") else {
                self.offset = nil
                kind = .incomplete
                return
            }
            // A misspelt literal (`tru`, `nul`) is read to its end before it fails: point at its first letter.
            let before = Self.letterRun(endingAt: offset, in: data)
            if !before.isEmpty, message.hasPrefix("Invalid value") {
                offset -= before.count
                self.offset = offset
                let after = data.dropFirst(offset + before.count).prefix { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) }
                let word = before + String(decoding: after, as: UTF8.self)
                let literal = ["true", "false", "null"].contains { $0.hasPrefix(word.lowercased()) }
                kind = .unexpected(
                    character: "\"\(word)\"",
                    hint: literal ? " (true, false and null are written in full, in lower case)" : " (text and keys go in double quotes)")
                return
            }
            self.offset = offset
            let rest = String(decoding: data.dropFirst(offset).prefix(4), as: UTF8.self)
            if message.hasPrefix("Invalid escape") {
                kind = .unknownEscape
            } else if message.hasPrefix("Unescaped control character") {
                kind = .controlCharacter
            } else if offset > 0,
                (try? JSONSerialization.jsonObject(with: data.prefix(offset), options: [.fragmentsAllowed])) != nil
            {
                kind = .textAfterEnd
            } else {
                let hint: String
                switch rest.first {
                case let first? where first.isLetter: hint = " (text and keys go in double quotes)"
                case "'": hint = " (JSON strings take double quotes)"
                case "}", "]": hint = " (a value missing before it, or brackets that do not match?)"
                case ",": hint = " (a value missing before it?)"
                case "\"": hint = " (a comma or colon missing before it?)"
                default: hint = ""
                }
                // A control or other invisible character is named by its code point, never written raw to the
                // terminal ("U+007F": a binary file read as JSON Lines).
                func named(_ character: Character) -> String {
                    if character == "\"" { return "quote mark" }
                    let scalars = character.unicodeScalars
                    if scalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
                        || $0.properties.generalCategory == .unassigned || $0.properties.generalCategory == .privateUse }) {
                        return scalars.map { String(format: "U+%04X", $0.value) }.joined(separator: " ")
                            + " (a control character: is this a text file?)"
                    }
                    return "\"\(character)\""
                }
                kind = .unexpected(character: rest.first.map(named) ?? "a byte", hint: hint)
            }
        }
    }

    /// The byte offset of the first comma (outside strings) followed, after white space only, by `}` or `]`;
    /// `nil` when there is none. JSON allows no such comma, but Foundation's `JSONDecoder` and
    /// `JSONSerialization` accept it, so a record written `{"id":"b","text":"x",}` was read as if well formed.
    /// - Complexity: O(n) in the byte count.
    public static func trailingCommaOffset(in data: Data) -> Int? {
        data.withUnsafeBytes { bytes in
            var inString = false
            var escaped = false
            var comma: Int?
            for (index, byte) in bytes.enumerated() {
                if inString {
                    if escaped {
                        escaped = false
                    } else if byte == UInt8(ascii: "\\") {
                        escaped = true
                    } else if byte == UInt8(ascii: "\"") {
                        inString = false
                    }
                    continue
                }
                switch byte {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                    continue
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if let comma { return comma }
                case UInt8(ascii: ","):
                    comma = index
                    continue
                case UInt8(ascii: "\""):
                    inString = true
                default:
                    break
                }
                comma = nil
            }
            return nil
        }
    }

    /// The ASCII letters just before byte `offset` of `data` (`tru` in `{"a": tru}`); empty when there are none.
    static func letterRun(endingAt offset: Int, in data: Data) -> String {
        var start = data.startIndex + offset
        while start > data.startIndex, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(data[start - 1] | 0x20) {
            start -= 1
        }
        return String(decoding: data[start..<(data.startIndex + offset)], as: UTF8.self)
    }

    /// The line and column (both from 1; columns in Unicode scalars) of byte `offset`.
    public func location(_ offset: Int) -> (line: Int, column: Int) {
        let before = data.prefix(offset)
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? before.startIndex
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let column = String(decoding: before[lineStart...], as: UTF8.self).unicodeScalars.count + 1
        return (line, column)
    }

    /// The problem in a file of one JSON value: its line and column (an incomplete text is placed at its end)
    /// and what is wrong, for `FILE:LINE:COLUMN: not valid JSON: PROBLEM` (`unexpected "}" (a value missing
    /// before it, …)`).
    public var inFile: (line: Int, column: Int, problem: String) {
        let place = location(offset ?? data.count)
        let problem = switch kind {
        case .incomplete: "the file ends before the JSON is complete (a bracket, brace or quote not closed?)"
        case .unknownEscape: "an unknown backslash escape (write \\\\ for a backslash)"
        case .controlCharacter: "a control character (a raw tab or line break) in a string; write it as \\t or \\n"
        case .textAfterEnd: "text after the end of the JSON value (one object for the whole file)"
        case .trailingComma: "a comma before the closing bracket (JSON allows no trailing comma; remove it)"
        case .unexpected(let character, let hint): "unexpected \(character)\(hint)"
        }
        return (place.line, place.column, problem)
    }
}
