import Foundation

#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// Reads articles from files, directories and standard input a batch at a time, so that a corpus of any size
/// passes through in bounded memory.
///
/// Accepts the inputs ``DocumentReader`` accepts, with the same checks and messages. JSONL files and JSONL on
/// standard input are read line by line (1 MiB at a time); other files are read whole, one at a time. Ids are
/// checked across the whole stream: an exact repeat (same id, same content) is skipped with a
/// `document.duplicate` finding, the same id with another text is an error naming both inputs. Only the ids and
/// content digests of documents already passed are kept.
public final class DocumentStream {
    private let reader: DocumentReader
    private var pending: [String]
    private var files: [String] = []
    private var lines: LineReader?
    private var linesOrigin = ""
    private var linesRecords = 0
    /// The number of findings met before the JSONL input being read line by line started.
    private var linesFindings = 0
    /// Documents read whole from one input (a JSONL file not named `.jsonl`, a stream) still to hand out.
    private var queued: [Document] = []
    private var seen: [DocumentID: (hash: String, origin: String)] = [:]
    private let decoder = JSONDecoder()
    /// Findings met so far: a `document.duplicate` warning per exact repeat skipped, `jsonl.bad-line` per
    /// malformed line skipped (with `skipBadLines`), `input.skipped` per bad file skipped (with `skipBadFiles`).
    public private(set) var findings: [Finding] = []

    /// A stream over `paths` (files, directories, `-` for standard input), in order.
    public init(paths: [String], reader: DocumentReader = DocumentReader()) {
        self.reader = reader
        pending = paths
    }

    /// Up to `maximum` next documents; empty when the inputs are exhausted.
    /// - Throws: `ArticleTextError` naming the file (and line) at the first bad input.
    public func next(maximum: Int) throws -> [Document] {
        var batch: [Document] = []
        while batch.count < maximum, let document = try nextDocument() {
            if let unique = try admit(document) { batch.append(unique) }
        }
        return batch
    }

    private func nextDocument() throws -> Document? {
        while true {
            if !queued.isEmpty { return queued.removeFirst() }
            if let current = lines {
                let next: JSONLines.Line?
                do {
                    next = try current.next()
                } catch let error as ArticleTextError where error.isFileProblem {
                    // The file stopped being readable: what it gave so far stays, the rest is skipped.
                    lines = nil
                    try reader.skip(error, findings: &findings)
                    continue
                }
                if let line = next {
                    if let document = try reader.parseJSONLLine(
                        line.bytes, number: line.number, origin: linesOrigin, decoder: decoder, findings: &findings)
                    {
                        linesRecords += 1
                        return document
                    }
                    continue
                }
                lines = nil
                if linesRecords == 0 {
                    let error = DocumentReader.noRecords(linesOrigin, findings: findings[linesFindings...])
                    try reader.skip(error, findings: &findings)
                    DocumentReader.countAsBadFile(&findings, from: linesFindings)  // skipped: one bad file, not its lines too
                }
            }
            if !files.isEmpty {
                let file = files.removeFirst()
                do {
                    if file.lowercased().hasSuffix(".jsonl") {
                        let lineReader = LineReader(handle: try InputFile.handle(file), origin: file, limit: reader.maximumInputBytes)
                        // A compressed or binary file named .jsonl is "not text", not a JSON error on its first line.
                        if let reason = TextDecoding.jsonlReason(try lineReader.head(TextSample.length)) {
                            throw ArticleTextError.notText(path: file, reason: reason)
                        }
                        start(lineReader, origin: file)
                        continue
                    }
                    // "<(cat news.jsonl)", "news.json": JSONL recognised by its content holds many documents.
                    queued = try reader.read(file: file, findings: &findings)
                    if !queued.isEmpty { return queued.removeFirst() }
                } catch {
                    try reader.skip(error, findings: &findings)
                }
                continue
            }
            guard !pending.isEmpty else { return nil }
            let path = pending.removeFirst()
            if path == "-" {
                let stdin = LineReader(handle: FileHandle.standardInput, origin: "-", limit: reader.maximumInputBytes)
                if try stdin.startsWithBrace() {
                    start(stdin, origin: "-")
                } else {
                    do {
                        let data = try stdin.remainder()
                        if data.count > reader.maximumInputBytes { throw reader.inputTooLarge("-", data: data) }
                        queued = try reader.parse(
                            data: data, origin: "-", defaultID: "stdin", forceJSONL: false, findings: &findings)
                        if !queued.isEmpty { return queued.removeFirst() }
                    } catch {
                        try reader.skip(error, findings: &findings)
                    }
                }
            } else {
                files = try reader.expand(path, findings: &findings)
            }
        }
    }

    private func start(_ reader: LineReader, origin: String) {
        lines = reader
        linesOrigin = origin
        linesRecords = 0
        linesFindings = findings.count
    }

    /// The document when its id is new, `nil` for an exact repeat (with a finding).
    private func admit(_ document: Document) throws -> Document? {
        var document = document
        do {
            try reader.checkSize(of: document)
        } catch {
            try reader.skip(error, findings: &findings)
            return nil
        }
        // The same rule as `DocumentReader.read(paths:findings:)` (what `build` reads): one id and the same
        // text is a repeat, whatever its metadata (a dated JSONL record and the undated file it came from), and
        // the first read is kept; only a different text under a file-name id is told apart by its path.
        let hash = Document.fnv1a(document.text)
        if let earlier = seen[document.id], earlier.hash != hash, document.idFromFileName {
            findings.append(reader.takePathID(&document, clashingWith: earlier.origin))
        }
        if let earlier = seen[document.id] {
            guard earlier.hash == hash else {
                throw ArticleTextError.duplicateID(id: document.id.rawValue, first: earlier.origin, second: document.origin)
            }
            findings.append(
                Finding(.warning, code: "document.duplicate",
                        message: "\(path: document.origin) repeats document \"\(path: document.id.rawValue)\" of \(path: earlier.origin); skipped",
                        document: document.id))
            return nil
        }
        seen[document.id] = (hash, document.origin)
        return document
    }
}

/// Numbered lines of a file handle, read a chunk at a time (see ``JSONLines/lines(of:)`` for the rules).
final class LineReader {
    private let handle: FileHandle
    private let origin: String
    private var buffer = Data()
    /// Index in `buffer` of the first byte not yet returned.
    private var position = 0
    /// Index in `buffer` up to which the line being read is known to hold no line end, so that a long line
    /// arriving in many chunks (a pipe gives 64 KiB at a time) is searched once, not once per chunk.
    private var searched = 0
    private var atEnd = false
    private var number = 0
    /// The longest line (and `remainder`) read: a longer line is an error, a longer remainder stops one byte past.
    private let limit: Int
    private static let chunk = 1 << 20

    init(handle: FileHandle, origin: String, limit: Int = .max) {
        self.handle = handle
        self.origin = origin
        self.limit = limit
    }

    /// The next non-blank line, `nil` at the end.
    func next() throws -> JSONLines.Line? {
        while true {
            if let newline = buffer[max(position, searched)...].firstIndex(of: UInt8(ascii: "\n")) {
                let slice = Data(buffer[position..<newline])
                position = newline + 1
                searched = position
                if let line = line(slice) { return line }
                continue
            }
            searched = buffer.endIndex
            guard buffer.endIndex - position <= limit else {
                throw ArticleTextError.badRecord(
                    path: origin, line: number + 1,
                    reason: "longer than \(limit) bytes, more than a document may have; not read further")
            }
            if atEnd {
                guard position < buffer.endIndex else { return nil }
                let rest = Data(buffer[position...])
                position = buffer.endIndex
                return line(rest)
            }
            try fill()
        }
    }

    /// Whether the first non-blank byte is `{` (JSONL); reads as far as needed and keeps what it read.
    func startsWithBrace() throws -> Bool {
        let blank = Set(" \t\r\n".utf8).union([0xEF, 0xBB, 0xBF])
        while true {
            if let first = buffer[position...].first(where: { !blank.contains($0) }) { return first == UInt8(ascii: "{") }
            if atEnd { return false }
            try fill()
        }
    }

    /// The next `count` bytes not yet returned (fewer at the end), read as far as needed and kept for `next()`.
    func head(_ count: Int) throws -> Data {
        while !atEnd, buffer.endIndex - position < count { try fill() }
        return Data(buffer[position..<min(buffer.endIndex, position + count)])
    }

    /// Everything not yet returned, up to one byte past the limit.
    func remainder() throws -> Data {
        while !atEnd, buffer.endIndex - position <= limit { try fill() }
        return Data(buffer[position...])
    }

    private func fill() throws {
        // What has arrived, up to a chunk: a live pipe (`tail -f feed | storygraph extract -`) is processed as its
        // lines come, not when a whole chunk has filled.
        var bytes = [UInt8](repeating: 0, count: Self.chunk)
        var count: Int
        repeat {
            count = bytes.withUnsafeMutableBytes { systemRead(handle.fileDescriptor, $0.baseAddress, Self.chunk) }
        } while count < 0 && errno == EINTR
        guard count >= 0 else {
            throw ArticleTextError.unreadable(path: origin, reason: String(cString: strerror(errno)).lowercased())
        }
        let data = Data(bytes[..<count])
        if data.isEmpty {
            atEnd = true
        } else {
            // Drop what was returned, then append: a long line grows in place (amortised), not copied per chunk.
            if position > 0 {
                buffer = Data(buffer[position...])
                searched -= position
                position = 0
            }
            buffer.append(data)
        }
    }

    private func line(_ raw: Data) -> JSONLines.Line? {
        number += 1
        var bytes = raw
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        if number == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { return nil }
        return JSONLines.Line(number: number, bytes: bytes)
    }
}
