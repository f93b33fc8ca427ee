import GraphFixtures
import Foundation
import GraphExport
import GraphModel
import Testing

/// Schemas/events.schema.json describes what `events.json` holds: checked against the encoder's output with a
/// validator of the JSON Schema keywords the schema uses (type, required, properties, additionalProperties,
/// items, enum, minimum, maximum, pattern, $ref into $defs).
@Suite struct EventsSchemaTests {
    static var schemaURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Schemas/events.schema.json")
    }

    static func load() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
    }

    @Test func theEncodersOutputMatchesTheSchema() throws {
        let schema = try Self.load()
        for graph in [SeedFixture.mergedGraph, SeedFixture.seedGraph] {
            let json = try JSONSerialization.jsonObject(with: EventsJSONEncoder(level: .country).encode(graph))
            let problems = SchemaCheck(root: schema).problems(json, schema, at: "$")
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    @Test func theSchemaCatchesAWrongTypeAndAMissingKey() throws {
        let schema = try Self.load()
        var json = try #require(
            try JSONSerialization.jsonObject(with: EventsJSONEncoder(level: .country).encode(SeedFixture.seedGraph)) as? [String: Any])
        var events = try #require(json["events"] as? [[String: Any]])
        events[0]["type"] = "HUG"
        events[1]["evidence"] = nil
        json["events"] = events
        json["level"] = 3
        let problems = SchemaCheck(root: schema).problems(json, schema, at: "$")
        #expect(problems.contains("$.events[0].type: \"HUG\" is not one of the allowed values"))
        #expect(problems.contains("$.events[1]: missing \"evidence\""))
        #expect(problems.contains("$.level: 3 is not one of the allowed values"))
    }
}

/// The JSON Schema keywords events.schema.json uses.
struct SchemaCheck {
    var root: [String: Any]

    func problems(_ value: Any, _ schema: [String: Any], at path: String) -> [String] {
        if let reference = schema["$ref"] as? String {
            let name = reference.replacingOccurrences(of: "#/$defs/", with: "")
            guard let target = (root["$defs"] as? [String: Any])?[name] as? [String: Any] else { return ["\(path): unknown \(reference)"] }
            return problems(value, target, at: path)
        }
        var found: [String] = []
        if let allowed = schema["enum"] as? [Any], !allowed.contains(where: { Self.equal($0, value) }) {
            found.append("\(path): \(Self.describe(value)) is not one of the allowed values")
        }
        if let type = schema["type"] as? String, !Self.has(type, value) {
            return found + ["\(path): expected \(type), found \(Self.describe(value))"]
        }
        if let number = value as? NSNumber, !Self.has("boolean", value) {
            if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum { found.append("\(path): below \(minimum)") }
            if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum { found.append("\(path): above \(maximum)") }
        }
        if let pattern = schema["pattern"] as? String, let string = value as? String,
            string.range(of: pattern, options: .regularExpression) == nil
        {
            found.append("\(path): \"\(string)\" does not match \(pattern)")
        }
        if let object = value as? [String: Any] {
            for key in (schema["required"] as? [String] ?? []) where object[key] == nil { found.append("\(path): missing \"\(key)\"") }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, child) in object.sorted(by: { $0.key < $1.key }) {
                if let property = properties[key] as? [String: Any] {
                    found += problems(child, property, at: "\(path).\(key)")
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    found += problems(child, additional, at: "\(path).\(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { found += problems(item, items, at: "\(path)[\(index)]") }
        }
        return found
    }

    static func has(_ type: String, _ value: Any) -> Bool {
        switch type {
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "string": value is String
        case "boolean": (value as? NSNumber).map { String(cString: $0.objCType) == "c" } ?? false
        case "integer": (value as? NSNumber).map { !has("boolean", value) && $0.doubleValue.rounded() == $0.doubleValue } ?? false
        case "number": value is NSNumber && !has("boolean", value)
        default: false
        }
    }

    static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        if let left = lhs as? String, let right = rhs as? String { return left == right }
        if let left = lhs as? NSNumber, let right = rhs as? NSNumber, !(rhs is String) { return left == right }
        return false
    }

    static func describe(_ value: Any) -> String {
        if let string = value as? String { return "\"\(string)\"" }
        return "\(value)"
    }
}
