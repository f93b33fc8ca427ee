import Foundation
import Yams

/// Reads articles from files, directories and standard input.
///
/// Accepted inputs:
/// - **Plain text** (`.txt`, `.md` or any other extension), optionally starting with YAML front matter between
///   `---` lines with the keys `id`, `published` (`YYYY-MM-DD`; `date` is read the same), `title`, `url`; other
///   keys (author, tags, …) are ignored. Offsets index the body after
///   the front matter. Without `id`, the file name without its extension is the id.
/// - **JSONL** (`.jsonl`): one record a line, `{"id", "text", "published"?, "title"?, "url"?}`; blank lines skip.
/// - **Directories**: every `.txt`, `.md` and `.jsonl` file below them, in path order, except hidden files and
///   a folder's own `README`, `LICENSE` and `CHANGELOG` notes.
///
/// Document ids must be unique: a file without an explicit id whose name repeats another's takes its path as id;
/// a document whose id and text repeat an earlier one is skipped with a
/// `document.duplicate` finding; the same id with a different text is an error naming both inputs.
/// - **`-`**: standard input, read as JSONL when its first non-blank character is `{`, else as plain text.
public struct DocumentReader: Sendable {
    /// The DCT for documents whose input has none (`--published`), or `nil`.
    public var fallbackDCT: CalendarDate?

    /// Creates a reader; `fallbackDCT` dates documents without metadata.
    public init(fallbackDCT: CalendarDate? = nil) {
        self.fallbackDCT = fallbackDCT
    }

    /// Reads every document from `paths` in order, dropping exact duplicates.
    /// - Parameter findings: receives a `document.duplicate` finding for each exact duplicate skipped.
    /// - Throws: `ArticleTextError` naming the file (and line) at the first bad input; nothing is returned then.
    public func read(paths: [String], findings: inout [Finding]) throws -> [Document] {
        var unique: [Document] = []
        var seen: [DocumentID: Document] = [:]
        for document in try readAll(paths: paths) {
            var document = document
            if let earlier = seen[document.id], earlier.text != document.text, document.idFromFileName {
                // Two files named alike in different folders: tell them apart by their path.
                document.id = DocumentID((document.origin as NSString).deletingPathExtension)
            }
            if let earlier = seen[document.id] {
                guard earlier.text == document.text else {
                    throw ArticleTextError.duplicateID(id: document.id.rawValue, first: earlier.origin, second: document.origin)
                }
                findings.append(
                    Finding(.warning, code: "document.duplicate",
                            message: "\(document.origin) repeats document \"\(document.id)\" of \(earlier.origin); skipped",
                            document: document.id))
                continue
            }
            seen[document.id] = document
            unique.append(document)
        }
        return unique
    }

    /// Reads every document from `paths` in order, dropping exact duplicates silently.
    /// - Throws: `ArticleTextError` naming the file (and line) at the first bad input.
    public func read(paths: [String]) throws -> [Document] {
        var ignored: [Finding] = []
        return try read(paths: paths, findings: &ignored)
    }

    func readAll(paths: [String]) throws -> [Document] {
        var documents: [Document] = []
        for path in paths {
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                documents += try parse(data: data, origin: "-", defaultID: "stdin", forceJSONL: nil)
                continue
            }
            for file in try expand(path) { documents += try read(file: file) }
        }
        return documents
    }

    /// The documents of one article file (JSONL when its name ends in `.jsonl`).
    /// - Throws: `ArticleTextError` naming the file (and line) and the problem.
    public func read(file: String) throws -> [Document] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw ArticleTextError.unreadable(path: file, reason: (error as NSError).localizedDescription)
        }
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return try parse(data: data, origin: file, defaultID: name, forceJSONL: file.lowercased().hasSuffix(".jsonl"))
    }

    /// The article files `path` stands for: itself, or the article files below a directory, sorted.
    /// - Throws: `ArticleTextError` when `path` does not exist or a directory holds no article.
    public func expand(_ path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ArticleTextError.fileNotFound(path: path)
        }
        guard isDirectory.boolValue else { return [path] }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
            throw ArticleTextError.unreadable(path: path, reason: "cannot list directory")
        }
        let files = enumerator.compactMap { $0 as? String }
            .filter { file in [".txt", ".md", ".jsonl"].contains(where: file.lowercased().hasSuffix) }
            .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            .filter { file in
                let name = (file as NSString).lastPathComponent.uppercased()
                return !["README", "LICENSE", "CHANGELOG", "NOTICE"].contains { name.hasPrefix($0) }
            }
            .sorted()
            .map { (path as NSString).appendingPathComponent($0) }
        guard !files.isEmpty else { throw ArticleTextError.noArticles(path: path) }
        return files
    }

    func makeDocument(id: String, text: String, published: CalendarDate?, title: String?, url: String?, origin: String)
        -> Document
    {
        Document(
            id: DocumentID(id), text: text, published: published ?? fallbackDCT,
            dctSource: published != nil ? .metadata : (fallbackDCT != nil ? .option : DCTSource.none),
            title: title, url: url, origin: origin)
    }
}
