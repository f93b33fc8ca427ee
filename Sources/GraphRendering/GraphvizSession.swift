import CGraphviz
import Foundation

/// The single owner of Graphviz in the process: one context, one lock, and the collected error messages.
///
/// libgvc and libcgraph keep global state (the parser, the error hooks, plugin tables): two renders at once
/// crash even with separate contexts. Every Graphviz call in Storygraph runs inside ``withContext(_:)``, which
/// holds a process-wide lock. The context is created on first use and kept for the life of the process.
final class GraphvizSession: @unchecked Sendable {
    /// The process's session.
    static let shared = GraphvizSession()

    private let lock = NSLock()
    /// `GVC_t *`, created on first use; only touched under `lock`.
    private var context: OpaquePointer?
    /// Layout engines the context has plugins for, computed once under `lock`.
    private var layouts: [String]?

    /// Pieces of messages Graphviz reported through the error hook since the last ``takeMessages()``.
    /// Written by the C callback, which only runs during calls made under `lock`.
    nonisolated(unsafe) static var pieces: [String] = []

    private init() {}

    /// Runs `body` with the Graphviz context while holding the process-wide lock.
    ///
    /// - Throws: ``RenderingError/contextUnavailable`` when the context cannot be created, or what `body` throws.
    func withContext<Result>(_ body: (OpaquePointer) throws -> Result) throws -> Result {
        lock.lock()
        defer { lock.unlock() }
        if context == nil {
            // cairo stamps PDFs with the local time, whose offset ("+05'30'" or "Z") changes the file's length
            // even after the date is blanked: render in UTC so the bytes do not depend on the time zone.
            setenv("TZ", "UTC", 1)
            tzset()
            _ = agseterrf(collectGraphvizMessage)
            _ = agseterr(AGWARN)
            context = gvContext()
        }
        guard let context else { throw RenderingError.contextUnavailable }
        return try body(context)
    }

    /// The layout engines Graphviz has plugins for (sorted); call only inside ``withContext(_:)``.
    func availableLayouts(_ context: OpaquePointer) -> [String] {
        if let layouts { return layouts }
        var count: Int32 = 0
        var names: [String] = []
        if let list = gvPluginList(context, "layout", &count, nil) {
            for index in 0..<Int(max(count, 0)) {
                if let name = list[index] {
                    names.append(String(cString: name).split(separator: ":").first.map(String.init) ?? "")
                    free(name)
                }
            }
            free(list)
        }
        let sorted = Array(Set(names.filter { !$0.isEmpty })).sorted()
        layouts = sorted
        return sorted
    }

    /// Clears the collected messages and Graphviz's error level; call only inside ``withContext(_:)``.
    func resetMessages() {
        Self.pieces.removeAll()
        _ = agreseterrors()
    }

    /// The messages collected since the last reset, one per line, trimmed; call only inside ``withContext(_:)``.
    func takeMessages() -> [String] {
        let text = Self.pieces.joined()
        Self.pieces.removeAll()
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}

/// Graphviz's error hook: receives each piece of a message ("Error", ": ", "syntax error in line 1 …\n").
private func collectGraphvizMessage(_ piece: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let piece { GraphvizSession.pieces.append(String(cString: piece)) }
    return 0
}
