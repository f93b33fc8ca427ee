import Foundation
import Yams

/// Reads articles from files, directories and standard input.
///
/// Accepted inputs:
/// - **Plain text** (`.txt`, `.md`; any other name, such as a FIFO or `/dev/fd/N`, is read as JSONL when its
///   first non-blank character is `{`), optionally starting with YAML front matter between
///   `---` lines with the keys `id`, `published` (`YYYY-MM-DD`; `date` is read the same), `title`, `url`, in any
///   case; other keys (author, tags, …) are not read and give `front-matter.unknown-key` findings (see
///   ``FrontMatter``). Offsets index the body after
///   the front matter. Without `id`, the file name without its extension is the id.
/// - **JSONL** (`.jsonl`): one record a line, `{"id", "text", "published"?, "title"?, "url"?}`; blank lines skip.
/// - **Directories**: every `.txt`, `.md` and `.jsonl` file below them, in path order, except hidden files and
///   a folder's own `README`, `LICENSE` and `CHANGELOG` notes.
///
/// Document ids must be unique: a file without an explicit id whose name is the id of another text takes its path
/// (without the extension) as id, with a `document.id-from-path` warning;
/// a document whose id and text repeat an earlier one is skipped with a
/// `document.duplicate` finding; the same id with a different text is an error naming both inputs.
/// - **`-`**: standard input, read as JSONL when its first non-blank character is `{`, else as plain text.
public struct DocumentReader: Sendable {
    /// The DCT for documents whose input has none (`--published`), or `nil`.
    public var fallbackDCT: CalendarDate?
    /// Whether a malformed JSONL line is skipped with a `jsonl.bad-line` finding (`--skip-bad-lines`) instead of
    /// stopping the run.
    public var skipBadLines: Bool
    /// Whether an input file that cannot be used as a whole (unreadable, not text, bad front matter, too large;
    /// see ``ArticleTextError/isFileProblem``) is skipped with an `input.skipped` warning (`--skip-bad-files`)
    /// instead of stopping the run.
    public var skipBadFiles: Bool
    /// The largest article text read, in UTF-8 bytes; a longer document is an `ArticleTextError.tooLarge` error
    /// (skipped with `skipBadFiles`). Extraction is linear in length (about 1 MB/s a core), so the default,
    /// 32 MiB, bounds one document to well under a minute.
    public var maximumDocumentBytes: Int

    /// The most bytes of one article file (or of plain text on standard input) read: twice
    /// `maximumDocumentBytes`, room for UTF-16 text of the largest document. A longer input is not read further
    /// and is an error (`tooLarge`, or `notText` when its first bytes are binary), so an endless one
    /// (`/dev/zero`) stops there.
    public var maximumInputBytes: Int { maximumDocumentBytes.multipliedReportingOverflow(by: 2).overflow ? .max : maximumDocumentBytes * 2 }

    /// Creates a reader; `fallbackDCT` dates documents without metadata.
    public init(
        fallbackDCT: CalendarDate? = nil, skipBadLines: Bool = false, skipBadFiles: Bool = false,
        maximumDocumentBytes: Int = 32 << 20
    ) {
        self.fallbackDCT = fallbackDCT
        self.skipBadLines = skipBadLines
        self.skipBadFiles = skipBadFiles
        self.maximumDocumentBytes = maximumDocumentBytes
    }

    /// Reads every document from `paths` in order, dropping exact duplicates.
    /// - Parameter findings: receives a `document.duplicate` finding for each exact duplicate skipped and, with
    ///   `skipBadFiles`, an `input.skipped` finding for each bad file skipped.
    /// - Throws: `ArticleTextError` naming the file (and line) at the first bad input; nothing is returned then.
    public func read(paths: [String], findings: inout [Finding]) throws -> [Document] {
        var unique: [Document] = []
        var seen: [DocumentID: Document] = [:]
        for document in try readAll(paths: paths, findings: &findings) {
            var document = document
            do {
                try checkSize(of: document)
            } catch {
                try skip(error, findings: &findings)
                continue
            }
            if let earlier = seen[document.id], earlier.text != document.text, document.idFromFileName {
                findings.append(takePathID(&document, clashingWith: earlier.origin))
            }
            if let earlier = seen[document.id] {
                guard earlier.text == document.text else {
                    throw ArticleTextError.duplicateID(id: document.id.rawValue, first: earlier.origin, second: document.origin)
                }
                findings.append(
                    Finding(.warning, code: "document.duplicate",
                            message: "\(path: document.origin) repeats document \"\(path: document.id.rawValue)\" of \(path: earlier.origin); skipped",
                            document: document.id))
                continue
            }
            seen[document.id] = document
            unique.append(document)
        }
        return unique
    }

    /// Gives `document`, whose file-name id is already the id of another text (from `earlier`), its path
    /// without the extension as id: two files named alike in different folders (`2024/01/index.md`,
    /// `2024/02/index.md`) are both read, told apart by their path.
    /// - Returns: the `document.id-from-path` warning that says so.
    func takePathID(_ document: inout Document, clashingWith earlier: String) -> Finding {
        let name = document.id
        document.id = DocumentID((document.origin as NSString).deletingPathExtension)
        return Finding(
            .warning, code: "document.id-from-path",
            message: "\(path: document.origin): its file name \"\(path: name.rawValue)\" is already the id of \(path: earlier), another text; "
                + "its id is \"\(path: document.id.rawValue)\" (give each file an id in its front matter to choose ids)",
            document: document.id)
    }

    /// Reads every document from `paths` in order, dropping exact duplicates silently.
    /// - Throws: `ArticleTextError` naming the file (and line) at the first bad input.
    public func read(paths: [String]) throws -> [Document] {
        var ignored: [Finding] = []
        return try read(paths: paths, findings: &ignored)
    }

    func readAll(paths: [String], findings: inout [Finding]) throws -> [Document] {
        var documents: [Document] = []
        for path in paths {
            if path == "-" {
                do {
                    let data = try boundedData(FileHandle.standardInput, origin: "-", isJSONL: nil)
                    documents += try parse(data: data, origin: "-", defaultID: "stdin", forceJSONL: nil, findings: &findings)
                } catch {
                    try skip(error, findings: &findings)
                }
                continue
            }
            for file in try expand(path, findings: &findings) {
                do {
                    documents += try read(file: file, findings: &findings)
                } catch {
                    try skip(error, findings: &findings)
                }
            }
        }
        return documents
    }

    /// With `skipBadFiles`, turns a problem of one input file into an `input.skipped` warning in `findings`;
    /// otherwise, or for any other error, rethrows it.
    public func skip(_ error: any Error, findings: inout [Finding]) throws {
        guard skipBadFiles, let problem = error as? ArticleTextError, problem.isFileProblem else { throw error }
        findings.append(Finding(.warning, code: "input.skipped", message: "\(problem.errorDescription ?? "\(problem)"); skipped"))
    }

    /// The documents of one article file: `.jsonl` is JSONL, `.txt`/`.md` plain text; anything else (a FIFO,
    /// `/dev/fd/N`) is sniffed.
    /// - Throws: `ArticleTextError` naming the file (and line) and the problem.
    public func read(file: String, findings: inout [Finding]) throws -> [Document] {
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let lowered = file.lowercased()
        let isJSONL: Bool? = lowered.hasSuffix(".jsonl") ? true
            : (lowered.hasSuffix(".txt") || lowered.hasSuffix(".md") ? false : nil)
        let handle = try InputFile.handle(file)
        let data = try boundedData(handle, origin: file, isJSONL: isJSONL)
        return try parse(data: data, origin: file, defaultID: name, forceJSONL: isJSONL, findings: &findings)
    }

    /// The bytes of one input, read no further than `maximumInputBytes` unless it is JSONL: a long sniffed
    /// input that starts like JSONL holds many documents and is read whole; other text is one document.
    /// - Throws: past the bound (an endless `/dev/zero` included), `ArticleTextError.notText` when the first
    ///   bytes are binary, else `.tooLarge`; `.unreadable` when reading fails.
    func boundedData(_ handle: FileHandle, origin: String, isJSONL: Bool?) throws -> Data {
        var data = try InputFile.read(handle, path: origin, limit: isJSONL == true ? .max : maximumInputBytes)
        if data.count > maximumInputBytes, isJSONL != true {
            guard isJSONL == nil, data.first(where: { !" \t\r\n".utf8.contains($0) }) == UInt8(ascii: "{") else {
                throw inputTooLarge(origin, data: data)
            }
            data += try InputFile.read(handle, path: origin, limit: .max)
        }
        return data
    }

    /// The error of an input longer than `maximumInputBytes`, not read to its end: `notText` when `data`, its
    /// start, is binary (`/dev/zero`), else `tooLarge`.
    public func inputTooLarge(_ origin: String, data: Data) -> ArticleTextError {
        if let reason = TextDecoding.binaryReason(data) { return .notText(path: origin, reason: reason) }
        return .tooLarge(
            path: origin,
            reason: "more than \(maximumInputBytes) bytes, more than a document may have (\(maximumDocumentBytes) bytes "
                + "of text); not read further (split it into articles)")
    }

    /// Checks that `document`'s text is at most `maximumDocumentBytes` long.
    /// - Throws: `ArticleTextError.tooLarge` naming the document's origin and id.
    public func checkSize(of document: Document) throws {
        let size = document.text.utf8.count
        guard size > maximumDocumentBytes else { return }
        throw ArticleTextError.tooLarge(
            path: document.origin,
            reason: "document \"\(document.id)\" has \(size) bytes of text, more than the \(maximumDocumentBytes) a "
                + "document may have (split it into articles)")
    }

    /// The article files `path` stands for: itself (a file, FIFO or `/dev/fd/N` of process substitution), or
    /// the article files below a directory, sorted.
    /// - Throws: `ArticleTextError` for a missing path, a symbolic link loop, or a folder that cannot be listed
    ///   (the folder itself or any folder below it).
    public func expand(_ path: String) throws -> [String] {
        var ignored: [Finding] = []
        return try expand(path, findings: &ignored)
    }

    /// The article files `path` stands for, as `expand(_:)`; with `skipBadFiles`, an entry below the folder that
    /// cannot be listed or followed (a folder without permission, a link loop) gives an `input.skipped` finding.
    /// - Throws: as `expand(_:)`.
    public func expand(_ path: String, findings: inout [Finding]) throws -> [String] {
        try expand(path, findings: &findings, including: Self.articleExtensions)
    }

    /// The extensions (lower case, with the dot) of the article files a folder is read for.
    public static let articleExtensions = [".txt", ".md", ".jsonl"]

    /// The files `path` stands for, as `expand(_:findings:)`, with the files below a folder chosen by their
    /// `extensions` (lower case, with the dot; any case matches) instead of ``articleExtensions``: `parse` reads
    /// a folder's CoNLL-U files too.
    /// - Throws: as `expand(_:)`; `ArticleTextError.noArticles` when a folder holds no such file.
    public func expand(_ path: String, findings: inout [Finding], including extensions: [String]) throws -> [String] {
        guard try InputFile.kind(of: path) == .directory else { return [path] }
        var files: [FolderEntry] = []
        var visited: Set<InputFile.Identity> = []
        try collectArticles(
            in: path, relative: "", root: InputFile.realPath(path) ?? path, extensions: extensions, into: &files,
            visited: &visited, findings: &findings, top: true)
        let shown = { (name: String) in (path as NSString).appendingPathComponent(name) }
        // Each file is read once: a symbolic link to a file read under its own name, or through an earlier link
        // (in path order), is passed over with a warning.
        var read: [InputFile.Identity: String] = [:]
        for entry in files where !entry.isLink { read[entry.identity] = read[entry.identity] ?? entry.name }
        var kept: [String] = []
        for entry in files.sorted(by: { $0.name < $1.name }) {
            if entry.isLink, let first = read[entry.identity], first != entry.name {
                findings.append(Finding(
                    .warning, code: Self.linkNotFollowedCode,
                    message: "\(path: shown(entry.name)): a symbolic link to \(path: shown(first)), which is read already; not read twice"))
                continue
            }
            read[entry.identity] = entry.name
            kept.append(entry.name)
        }
        guard !kept.isEmpty else { throw ArticleTextError.noArticles(path: path) }
        return kept.map(shown)
    }

    /// An article file found below an input folder: its path relative to the folder, its identity, and whether
    /// the entry is a symbolic link (to a file inside the folder).
    private struct FolderEntry {
        var name: String
        var identity: InputFile.Identity
        var isLink: Bool
    }

    /// Adds the article files below `directory` (paths relative to the input folder) to `files`, skipping
    /// hidden entries, folder notes (`README`, `LICENSE`, …), folders already visited through a link, and
    /// symbolic links that lead nowhere (broken, or a loop) under a name that is no article's.
    ///
    /// A symbolic link to a folder is followed only when the folder lies inside the input folder `root` (its real
    /// path) and is not one of the folders the link sits in: a link out of the tree (`up -> ..`, `all -> /`) or
    /// back up into it (a loop) is not followed, with an `input.link-not-followed` warning naming it.
    ///
    /// A symbolic link to a file is read only when the file lies inside `root` too: a link out of the tree
    /// (`leak.txt -> /etc/secret.txt`) is not read, with an `input.link-not-followed` warning naming it, as a
    /// link to a folder outside is not followed. (``expand(_:findings:including:)`` then reads a file that links
    /// inside the tree reach once.)
    private func collectArticles(
        in directory: String, relative: String, root: String, extensions: [String], into files: inout [FolderEntry],
        visited: inout Set<InputFile.Identity>,
        findings: inout [Finding], top: Bool
    ) throws {
        guard visited.insert(try InputFile.identity(of: directory)).inserted else { return }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            let problem = ArticleTextError.unreadable(path: directory, reason: InputFile.reason(for: error))
            if top { throw problem }
            try skip(problem, findings: &findings)
            return
        }
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(entry)
            let name = relative.isEmpty ? entry : relative + "/" + entry
            let kind: InputFile.Kind
            do {
                kind = try InputFile.kind(of: path)
            } catch ArticleTextError.fileNotFound {
                // Listed but not there: a link to nothing. Under a name that is no article's (`image.png`) it is
                // passed over like any file of that name; under an article's name it is a finding or an error.
                guard Self.isArticleName(entry, extensions: extensions) else { continue }
                // A name whose bytes are not UTF-8 is listed with U+FFFD in their place, under which no file
                // exists: say so, not that it is a link.
                let reason = entry.unicodeScalars.contains("\u{FFFD}")
                    ? "its name is not valid UTF-8 (rename it, for example with convmv -f latin1 -t utf8)"
                    : "a broken symbolic link"
                try skip(ArticleTextError.unreadable(path: path, reason: reason), findings: &findings)
                continue
            } catch ArticleTextError.symlinkLoop(let loop) {
                guard Self.isArticleName(entry, extensions: extensions) else { continue }
                try skip(ArticleTextError.symlinkLoop(path: loop), findings: &findings)
                continue
            } catch {
                try skip(error, findings: &findings)
                continue
            }
            if kind == .directory {
                if InputFile.isSymbolicLink(path), let reason = Self.linkNotFollowed(path, in: directory, root: root) {
                    findings.append(Finding(
                        .warning, code: Self.linkNotFollowedCode,
                        message: "\(path: path): a symbolic link to a folder \(reason); not followed"))
                    continue
                }
                try collectArticles(
                    in: path, relative: name, root: root, extensions: extensions, into: &files, visited: &visited,
                    findings: &findings, top: false)
                continue
            }
            // A FIFO, socket or device inside a folder is not an article (reading a FIFO would wait forever);
            // given directly as an input it is read.
            guard kind == .file, Self.isArticleName(entry, extensions: extensions) else { continue }
            let isLink = InputFile.isSymbolicLink(path)
            if isLink, let reason = Self.fileLinkNotRead(path, root: root) {
                findings.append(Finding(
                    .warning, code: Self.linkNotFollowedCode,
                    message: "\(path: path): a symbolic link to a file \(reason); not read"))
                continue
            }
            do {
                files.append(FolderEntry(name: name, identity: try InputFile.identity(of: path), isLink: isLink))
            } catch {
                try skip(error, findings: &findings)
            }
        }
    }

    /// Why the symbolic link `link` to a file is not read — the file lies outside the input folder `root` (a
    /// real path) — or `nil` when it is read.
    static func fileLinkNotRead(_ link: String, root: String) -> String? {
        guard let target = InputFile.realPath(link) else { return "that cannot be resolved" }
        let folder = root.hasSuffix("/") ? root : root + "/"
        return target.hasPrefix(folder) ? nil : "outside the input folder (it leads to \(path: target))"
    }

    /// The finding code of a symbolic link that is not followed: to a folder, because it leaves the input folder or
    /// loops; to a file, because it leaves the input folder or leads to a file read already.
    public static let linkNotFollowedCode = "input.link-not-followed"

    /// Why the symbolic link `link`, an entry of the folder `directory`, to a folder is not followed — it leads
    /// out of the input folder `root` (a real path) or to a folder it sits in — or `nil` when it is followed.
    static func linkNotFollowed(_ link: String, in directory: String, root: String) -> String? {
        guard let target = InputFile.realPath(link) else { return "that cannot be resolved" }
        let inside = { (folder: String, parent: String) in
            folder == parent || folder.hasPrefix(parent.hasSuffix("/") ? parent : parent + "/")
        }
        guard inside(target, root) else { return "outside the input folder (it leads to \(path: target))" }
        if let here = InputFile.realPath(directory), inside(here, target) {
            return "that loops (it leads back up to \(path: target))"
        }
        return nil
    }

    /// Whether a folder's entry `name` is read as an article: it ends in one of `extensions` (any case) and is
    /// no folder note (`README`, `LICENSE`, `CHANGELOG`, `NOTICE`).
    static func isArticleName(_ name: String, extensions: [String]) -> Bool {
        let lowered = name.lowercased()
        guard extensions.contains(where: lowered.hasSuffix) else { return false }
        return !["README", "LICENSE", "CHANGELOG", "NOTICE"].contains(where: name.uppercased().hasPrefix)
    }

    /// A document read from `origin`; a `url` whose scheme is not the web's (see ``WebAddress``) is left out,
    /// with a `document.url-scheme` warning.
    func makeDocument(id: String, text: String, published: CalendarDate?, title: String?, url: String?, origin: String)
        -> Document
    {
        var document = Document(
            id: DocumentID(id), text: text, published: published ?? fallbackDCT,
            dctSource: published != nil ? .metadata : (fallbackDCT != nil ? .option : DCTSource.none),
            title: title, url: WebAddress.kept(url), origin: origin)
        if let url, let scheme = WebAddress.scheme(of: url), !WebAddress.isKept(url) {
            let shown = url.count > 60 ? String(url.prefix(60)) + "…" : url
            document.inputFindings.append(Finding(
                .warning, code: "document.url-scheme",
                message: "\(path: origin): the url \"\(path: shown)\" is a \(path: scheme): address, not a web address (http or https); "
                    + "it is left out of every output",
                document: document.id))
        }
        return document
    }
}
