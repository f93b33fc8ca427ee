import Foundation
import ResourceIndex

/// The file format of Storygraph's trained models: named binary sections behind a small JSON header.
///
/// Layout (all integers little-endian):
/// ```
/// "SGMODEL1"                      8 bytes, magic
/// header length                   UInt32
/// header                          JSON: {"kind", "formatVersion", "metadata", "labels", "sections": [{name, bytes}]}
/// section bytes                   in header order, each padded to 8 bytes
/// checksum                        UInt64, FNV-1a-style over every preceding byte
/// ```
/// A truncated, altered or foreign file fails `read(from:)` with a `SyntaxError` naming the file; it never traps.
public struct ModelArchive: Sendable, Equatable {
    /// What the archive holds (`tagger`, `parser`, `entities`), checked on load.
    public var kind: String
    /// Free-form provenance: training files, iterations, seed, scores.
    public var metadata: [String: String]
    /// Class and vocabulary lists by name (tag sets, transition names, entity labels).
    public var labels: [String: [String]]
    /// Raw sections by name, in write order (a section read from a mapped file is copied when read here).
    public var sections: [(name: String, bytes: [UInt8])] {
        get { stored.map { ($0.name, $0.bytes.array) } }
        set { stored = newValue.map { ($0.name, .array($0.bytes)) } }
    }

    /// A section's bytes: an array, or a range of a mapped model file, copied only when a model reads it.
    private enum SectionBytes: Sendable {
        case array([UInt8])
        case mapped(MappedFile, Range<Int>)

        var array: [UInt8] {
            switch self {
            case .array(let bytes): bytes
            case .mapped(let file, let range): Array(file.bytes[range])
            }
        }

        /// Calls `body` with the bytes in place.
        func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
            switch self {
            case .array(let bytes): try bytes.withUnsafeBytes(body)
            case .mapped(let file, let range): try body(UnsafeRawBufferPointer(rebasing: file.bytes[range]))
            }
        }
    }

    private var stored: [(name: String, bytes: SectionBytes)] = []

    static let magic = Array("SGMODEL1".utf8)
    static let formatVersion = 1

    /// Creates an archive.
    public init(kind: String, metadata: [String: String] = [:], labels: [String: [String]] = [:]) {
        self.kind = kind
        self.metadata = metadata
        self.labels = labels
    }

    public static func == (lhs: ModelArchive, rhs: ModelArchive) -> Bool {
        lhs.kind == rhs.kind && lhs.metadata == rhs.metadata && lhs.labels == rhs.labels
            && lhs.sections.map(\.name) == rhs.sections.map(\.name)
            && lhs.sections.map(\.bytes) == rhs.sections.map(\.bytes)
    }

    private struct Header: Codable {
        var kind: String
        var formatVersion: Int
        var metadata: [String: String]
        var labels: [String: [String]]
        var sections: [SectionEntry]
    }

    private struct SectionEntry: Codable {
        var name: String
        var bytes: Int
    }

    /// The bytes of section `name`.
    /// - Throws: `SyntaxError.corruptModel` when the section is missing.
    public func section(_ name: String, in path: String) throws -> [UInt8] {
        try stored(name, in: path).array
    }

    /// Whether the archive has a section `name`.
    public func hasSection(_ name: String) -> Bool { stored.contains { $0.name == name } }

    /// Section `name` as an array of little-endian `T`s, copied once from the file, or `nil` when its length is
    /// not a multiple of `T`'s size.
    /// - Throws: `SyntaxError.corruptModel` when the section is missing.
    public func array<T: FixedWidthInteger>(_ name: String, as type: T.Type, in path: String) throws -> [T]? {
        try stored(name, in: path).withBytes { ByteReader.array($0, as: type) }
    }

    private func stored(_ name: String, in path: String) throws -> SectionBytes {
        guard let found = stored.first(where: { $0.name == name }) else {
            throw SyntaxError.corruptModel(path: path, reason: "section \"\(name)\" is missing")
        }
        return found.bytes
    }

    /// The label list `name`.
    /// - Throws: `SyntaxError.corruptModel` when it is missing.
    public func labelList(_ name: String, in path: String) throws -> [String] {
        guard let list = labels[name] else {
            throw SyntaxError.corruptModel(path: path, reason: "label list \"\(name)\" is missing")
        }
        return list
    }

    /// Adds a section.
    public mutating func append(section name: String, bytes: [UInt8]) {
        stored.append((name, .array(bytes)))
    }

    /// The archive's bytes; the same archive always gives the same bytes (sorted JSON keys).
    public func encoded() throws -> [UInt8] {
        let header = Header(
            kind: kind, formatVersion: Self.formatVersion, metadata: metadata, labels: labels,
            sections: sections.map { SectionEntry(name: $0.name, bytes: $0.bytes.count) }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = Array(try encoder.encode(header))
        var out = Self.magic
        out.append(contentsOf: ByteWriter.littleEndian(UInt32(json.count)))
        out.append(contentsOf: json)
        ByteWriter.pad(&out)
        for section in sections {
            out.append(contentsOf: section.bytes)
            ByteWriter.pad(&out)
        }
        out.append(contentsOf: ByteWriter.littleEndian(Self.checksum(out[...])))
        return out
    }

    /// Reads an archive of `kind` from `bytes`; `path` names the file in errors.
    /// - Throws: `SyntaxError.corruptModel` for a wrong magic, kind, version, length or checksum.
    public static func decode(_ bytes: [UInt8], kind: String, path: String) throws -> ModelArchive {
        try bytes.withUnsafeBytes { try decode(raw: $0, mapped: nil, kind: kind, path: path) }
    }

    /// Reads an archive of `kind` from raw bytes; sections are copied out of them, or refer to `mapped` (the
    /// file the bytes are mapped from) and are read in place when a model asks for them.
    /// - Throws: `SyntaxError.corruptModel` for a wrong magic, kind, version, length or checksum.
    private static func decode(
        raw bytes: UnsafeRawBufferPointer, mapped: MappedFile?, kind: String, path: String
    ) throws -> ModelArchive {
        func corrupt(_ reason: String) -> SyntaxError { .corruptModel(path: path, reason: reason) }
        guard bytes.count >= 24, bytes.prefix(8).elementsEqual(magic) else {
            throw corrupt("not a Storygraph model file (bad magic)")
        }
        let body = UnsafeRawBufferPointer(rebasing: bytes[0..<(bytes.count - 8)])
        let stored = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
        guard stored == ContentChecksum.of(body) else { throw corrupt("checksum mismatch (truncated or altered file)") }
        let headerLength = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
        guard 12 + headerLength <= body.count else { throw corrupt("header runs past the end of the file") }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: Data(bytes[12..<(12 + headerLength)]))
        } catch {
            throw corrupt("unreadable header")
        }
        guard header.formatVersion == formatVersion else {
            throw corrupt("format version \(header.formatVersion), this build reads \(formatVersion)")
        }
        guard header.kind == kind else { throw corrupt("holds a \(header.kind) model, expected \(kind)") }
        var archive = ModelArchive(kind: header.kind, metadata: header.metadata, labels: header.labels)
        var offset = ByteWriter.padded(12 + headerLength)
        for entry in header.sections {
            guard entry.bytes >= 0, offset + entry.bytes <= body.count else {
                throw corrupt("section \"\(entry.name)\" runs past the end of the file")
            }
            let range = offset..<(offset + entry.bytes)
            archive.stored.append((entry.name, mapped.map { .mapped($0, range) } ?? .array(Array(bytes[range]))))
            offset = ByteWriter.padded(offset + entry.bytes)
        }
        return archive
    }

    /// Reads the archive at `url`, mapping the file rather than reading it into memory first.
    /// - Throws: `SyntaxError.modelNotFound` or `.corruptModel`.
    public static func read(from url: URL, kind: String) throws -> ModelArchive {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw SyntaxError.modelNotFound(path: url.path)
        }
        if isDirectory.boolValue {
            throw SyntaxError.corruptModel(path: url.path, reason: "is a directory, not a model file")
        }
        let file: MappedFile
        do {
            file = try MappedFile(path: url.path)
        } catch {
            throw SyntaxError.modelNotFound(path: url.path)
        }
        return try decode(raw: file.bytes, mapped: file, kind: kind, path: url.path)
    }

    /// Writes the archive to `url` atomically.
    public func write(to url: URL) throws {
        try Data(encoded()).write(to: url, options: .atomic)
    }

    /// A 64-bit checksum over 8-byte words (FNV-1a over words, then mixed: `ContentChecksum`).
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBytes { ContentChecksum.of($0) }
    }
}

/// Little-endian encoding helpers for model sections.
enum ByteWriter {
    static func littleEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }

    static func array<T: FixedWidthInteger>(_ values: [T]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(values.count * MemoryLayout<T>.size)
        for value in values { out.append(contentsOf: littleEndian(value)) }
        return out
    }

    static func padded(_ count: Int) -> Int { (count + 7) & ~7 }

    static func pad(_ bytes: inout [UInt8]) {
        while bytes.count % 8 != 0 { bytes.append(0) }
    }
}

/// Little-endian decoding helpers for model sections.
enum ByteReader {
    static func uint32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    }

    static func uint64(_ bytes: [UInt8], at offset: Int) -> UInt64 {
        bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
    }

    /// The section as an array of `T`, or `nil` when its length is not a multiple of `T`'s size.
    static func array<T: FixedWidthInteger>(_ bytes: [UInt8], as type: T.Type) -> [T]? {
        bytes.withUnsafeBytes { array($0, as: type) }
    }

    /// The bytes as an array of `T`, or `nil` when their count is not a multiple of `T`'s size.
    static func array<T: FixedWidthInteger>(_ bytes: UnsafeRawBufferPointer, as type: T.Type) -> [T]? {
        let size = MemoryLayout<T>.size
        guard bytes.count % size == 0 else { return nil }
        let out = [T](unsafeUninitializedCapacity: bytes.count / size) { target, count in
            if !bytes.isEmpty { UnsafeMutableRawBufferPointer(target).copyMemory(from: bytes) }
            count = bytes.count / size
        }
        #if _endian(little)
        return out
        #else
        return out.map { T(littleEndian: $0) }
        #endif
    }
}
