import ArticleText
import Foundation

extension Lexicon {
    /// The lexicon bundled with the module (`Resources/lexicon.json`), loaded once and cached.
    ///
    /// Loads through the pre-built index `Resources/lexicon.index` (memory-mapped; entries decoded when looked up)
    /// when it was built from the bundled `lexicon.json`, else decodes the whole file and indexes it in memory.
    ///
    /// Falls back to an empty lexicon only if the resource is missing or corrupt, which `bundledOrError()`
    /// reports; the build always ships it.
    public static func bundled() -> Lexicon {
        BundledLexicon.shared.lexicon ?? Lexicon(entries: [])
    }

    /// The bundled lexicon, or the error that kept it from loading.
    /// - Throws: `LexiconError.bundledResourceMissing` or `.bundledResourceCorrupt`.
    public static func bundledOrError() throws -> Lexicon {
        switch BundledLexicon.shared.result {
        case .success(let lexicon): return lexicon
        case .failure(let error): throw error
        }
    }

    /// Decodes the compact JSON written by `Scripts/build_lexicon.py` (see `BundledLexiconReader`) and indexes it
    /// in memory: what `bundled()` falls back to when the pre-built index is missing or stale.
    /// - Parameters:
    ///   - data: the bytes of a lexicon in the bundled format.
    ///   - file: the resource's name in errors.
    /// - Throws: `LexiconError.bundledResourceCorrupt` naming the file, the byte offset and the problem.
    public static func decodeBundled(_ data: Data, file: String = "Resources/lexicon.json") throws -> Lexicon {
        var reader = BundledLexiconReader(bytes: Array(data), file: file)
        let parts = try reader.read()
        return Lexicon(entries: parts.entries, agents: parts.agents, notActors: parts.notActors)
    }
}

/// The decoded bundled lexicon, loaded on first use.
private final class BundledLexicon: Sendable {
    static let shared = BundledLexicon()
    let result: Result<Lexicon, LexiconError>

    var lexicon: Lexicon? { try? result.get() }

    private init() {
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "json", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "lexicon", withExtension: "json")
        else {
            result = .failure(.bundledResourceMissing("Resources/lexicon.json"))
            return
        }
        let indexURL = url.deletingPathExtension().appendingPathExtension("index")
        if let mapped = try? MappedLexicon(indexPath: indexURL.path, sourcePath: url.path) {
            result = .success(Lexicon(mapped: mapped))
            return
        }
        do {
            let data = try Data(contentsOf: url)
            result = .success(try Lexicon.decodeBundled(data, file: url.path))
        } catch let error as LexiconError {
            result = .failure(error)
        } catch {
            result = .failure(.bundledResourceMissing("Resources/lexicon.json: \(error.localizedDescription)"))
        }
    }
}
