import ArgumentParser
import ArticleText
import Foundation
import OutputFiles
import GraphExport
import GraphModel
import GraphRendering

/// `storygraph report`: one file to paste into a briefing, built from the same graph, filters and diagrams as
/// `build`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a briefing report: summary, relations diagram, timeline, key events, sources, findings.",
        discussion: """
            --out must end in .html or .htm (HTML) or .md or .markdown (Markdown); any other name is refused, and so is an \
            existing --out that is not a regular file (a named pipe, a device such as /dev/full): it is never replaced. \
            --format html (the default, unless --out ends in .md or .markdown) writes one self-contained HTML file: inline CSS, both diagrams as \
            inline SVG with their tooltips and article links, a table of key events (date, dyad, type, \
            modality, number of articles, evidence with the article link) that sorts by any column, a map with \
            one point per located happening (the reports of several articles merged, as in build's \
            events.geojson; its article and source counts in the tooltip; area proportional to its articles; \
            happenings at the same coordinates one point listing them all), the list \
            of sources and the names the lexicon does not know, most mentioned first. It fetches nothing \
            (a Content-Security-Policy forbids network requests) and every article text is HTML-escaped. \
            The report is listed in the folder's .storygraph-outputs: only a report storygraph wrote is replaced, and \
            an HTML or Markdown file of yours given as --out stops the run before anything is written. \
            --format md writes Markdown, with the two diagrams written next to it as NAME-relations.svg and \
            NAME-timeline.svg, listed likewise: only diagrams a report wrote are replaced, \
            and a file of yours of that name stops the run before anything is written; its text is escaped only where Markdown (CommonMark with GitHub's tables) would \
            read it as syntax, so it reads as written while article text never becomes links, emphasis or HTML. \
            The filters and diagram options are those of build.
            """
    )

    /// `--format` choices.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case html, md

        /// The format with its article, as messages name it: "an HTML", "a Markdown".
        var article: String { self == .html ? "an HTML" : "a Markdown" }
    }

    @OptionGroup var input: InputOptions

    @OptionGroup var dictionaries: ExtractionOptions

    @Option(help: ArgumentHelp("The report file to write.", valueName: "file"))
    var out: String

    @Option(help: "html: one self-contained page; md: Markdown with the diagrams as SVG files beside it. Default: md for a --out ending in .md or .markdown, else html; must agree with --out's extension.")
    var format: Format?

    /// The report's format for each file-name extension `--out` may have.
    static let extensions: [(suffix: String, format: Format)] = [
        (".html", .html), (".htm", .html), (".md", .md), (".markdown", .md),
    ]

    /// The format `--out`'s extension names; `nil` for any other extension.
    var extensionFormat: Format? {
        Self.extensions.first { out.lowercased().hasSuffix($0.suffix) }?.format
    }

    /// The format asked for, else the one `--out`'s extension names.
    var resolvedFormat: Format { format ?? extensionFormat ?? .html }

    @Option(help: "The report's title (not empty).")
    var title = "Storygraph report"

    @Option(help: "Relations between actors or countries.")
    var level: LevelChoice = .country

    @OptionGroup var filters: FilterOptions

    @OptionGroup var store: StoreInputOptions

    @OptionGroup var diagrams: DiagramOptions

    @OptionGroup var quietness: QuietOption

    func validate() throws {
        if title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--title needs some text, the report's heading (without --title it is \"Storygraph report\")")
        }
        if out == "-" { throw ValidationError("--out -: the report is written to a file; give its name (report.html)") }
        try OutputFileName.requireName(
            out, option: "--out", example: extensionFormat == .md ? "report.md" : "report.html", standardOutput: false)
        let supported = Self.extensions.map(\.suffix).joined(separator: ", ")
        guard let named = extensionFormat else {
            throw ValidationError("--out \(path: out): a report's file name must end in \(supported) (.html or .htm for HTML, .md or .markdown for Markdown)")
        }
        if let format, format != named {
            throw ValidationError("--out \(path: out) names \(named.article) file but --format is \(format.rawValue); give a file name ending in \(format == .md ? ".md or .markdown" : ".html or .htm")")
        }
        if resolvedFormat == .md, let folder = input.folder(containing: out) {
            throw ValidationError(
                "--out \(path: out) is inside the input folder \(path: folder): the next run would read the report as an article; write it elsewhere")
        }
        _ = try filters.query(level: level.aggregation)
        try store.check(input)
        try OutputText.refuseOverwriting(input.inputs + (store.db.map { [$0] } ?? []), with: out)
        let location = outputLocation
        try location.fileSystem.checkDestination(location.name)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: location.fileSystem.directory.path, isDirectory: &isFolder), isFolder.boolValue {
            try OutputFileSystem.checkCreatable(out)  // the real cause, before any work: /proc, read-only, permissions
        }
        // A file of the user's (an HTML or Markdown page, a diagram) under a name the report would write stops the
        // run before any work.
        let recorded = try OutputManifest.read(in: location.fileSystem)
        try BuildOutputs.refuseForeignFiles(
            reportNames, in: location.fileSystem, recorded: withEarlierReport(recorded, in: location.fileSystem),
            command: "report")
    }

    /// The files the report writes and records in its folder's `.storygraph-outputs`: the report, and for
    /// Markdown its two diagrams.
    var reportNames: [String] {
        resolvedFormat == .md ? [outputNames.report, outputNames.relations, outputNames.timeline] : [outputNames.report]
    }

    /// The folder's record `recorded`, with the report counted as recorded when an earlier version of storygraph
    /// wrote it, before reports were recorded: a Markdown report whose two diagrams are recorded (earlier versions
    /// recorded only a report's diagrams), or an HTML file that starts as storygraph's HTML reports start
    /// (``HTMLReport/isReport(_:)``). A page or Markdown file of the user's (notes, a README, a saved article) is in
    /// no record and is never replaced.
    func withEarlierReport(_ recorded: OutputManifest?, in fileSystem: OutputFileSystem) -> OutputManifest? {
        let names = outputNames
        let earlier: Bool
        switch resolvedFormat {
        case .md:
            earlier = recorded.map { $0.names.contains(names.relations) && $0.names.contains(names.timeline) } ?? false
        case .html:
            earlier = fileSystem.isRegularFile(names.report)
                && HTMLReport.isReport(Self.head(of: fileSystem.directory.appendingPathComponent(names.report)))
        }
        guard earlier else { return recorded }
        return OutputManifest(names: (recorded?.names ?? []) + [names.report])
    }

    /// The first 4 KiB of the file at `url` (empty when it cannot be read).
    static func head(of url: URL) -> Data {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return Data() }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 4096)) ?? Data()
    }

    /// Where the report goes: its folder (named as the user typed it) and its file name.
    var outputLocation: (fileSystem: OutputFileSystem, name: String) {
        let url = URL(fileURLWithPath: out)
        let display = out.lastIndex(of: "/").map { $0 == out.startIndex ? "/" : String(out[..<$0]) } ?? "."
        return (OutputFileSystem(directory: url.deletingLastPathComponent(), display: display), url.lastPathComponent)
    }

    /// The names of the files the report writes beside each other: the report, and for Markdown its two SVGs,
    /// named after the report without its extension (`brief.md` → `brief-relations.svg`; a name that is only the
    /// extension, `.md`, is refused by `validate`).
    var outputNames: (report: String, relations: String, timeline: String) {
        let name = URL(fileURLWithPath: out).lastPathComponent
        return (name, Self.imageName(report: name, diagram: "relations"), Self.imageName(report: name, diagram: "timeline"))
    }

    /// The file name of a Markdown report's `diagram` (`relations`, `timeline`) beside the report file `report`:
    /// the report's name without the extension that made it a report (`.md`, `.markdown`, any case), then
    /// `-DIAGRAM.svg`.
    static func imageName(report: String, diagram: String) -> String {
        var stem = report
        if let suffix = extensions.first(where: { report.lowercased().hasSuffix($0.suffix) })?.suffix {
            stem = String(report.dropLast(suffix.count))
        }
        return "\(stem.isEmpty ? "report" : stem)-\(diagram).svg"
    }

    /// The output set the report's files form in their folder.
    var outputSet: OutputSet {
        let names = outputNames
        return OutputSet(
            fileSystem: outputLocation.fileSystem,
            knownNames: resolvedFormat == .md
                ? [names.report, names.relations, names.timeline, OutputManifest.fileName]
                : [names.report, OutputManifest.fileName])
    }

    func run() throws {
        let diagnostics = quietness.diagnostics
        // A run killed between its renames left a journal: the previous files come back before anything else.
        try OutputRecovery.recover(outputLocation.fileSystem, also: outputSet.knownNames)
        let corpus = try CorpusGraph(
            input: input, dictionaries: dictionaries, db: store.db, query: filters.query(level: level.aggregation),
            command: "storygraph report", quiet: diagnostics.quiet)
        let graph = try filters.apply(
            to: corpus, level: level.aggregation, command: "storygraph report", quiet: diagnostics.quiet)
        let set = try DiagramSet(graph: graph, level: level.aggregation, options: diagrams.options(filters: filters))
        let svgs = try set.render(.svg)
        for warning in svgs.flatMap(\.warnings) { diagnostics.say("warning: \(warning)") }
        let content = ReportContent(
            graph: graph, title: title, level: level.aggregation, notes: set.notes, drawnRelations: set.relationCount)
        let url = URL(fileURLWithPath: out)
        var files: [(URL, Data)] = []
        switch resolvedFormat {
        case .html:
            let svg = { (name: String) in svgs.first { $0.name == name }.map { String(decoding: $0.data, as: UTF8.self) } }
            files.append((url, HTMLReport(relationsSVG: svg("relations.svg"), timelineSVG: svg("timeline.svg")).encode(content)))
        case .md:
            let names = outputNames
            files.append((url, MarkdownReport(relationsImage: names.relations, timelineImage: names.timeline).encode(content)))
            for (name, rendered) in [(names.relations, "relations.svg"), (names.timeline, "timeline.svg")] {
                if let data = svgs.first(where: { $0.name == rendered })?.data {
                    files.append((url.deletingLastPathComponent().appendingPathComponent(name), data))
                }
            }
        }
        // The report and its images are one set: all replaced, or (on any failure) none.
        let fileSystem = outputLocation.fileSystem
        var named = files.map { ($0.0.lastPathComponent, $0.1) }
        try fileSystem.inDirectory(for: out) {
            for (name, _) in named { try fileSystem.checkDestination(name) }
            // The diagrams are named after the report, not by the user: only diagrams a report wrote (those the
            // folder's record lists) are replaced; a file of the user's stops the run before any write. The same for
            // the report itself: an HTML or Markdown file of the user's is never replaced.
            let recorded = try OutputManifest.read(in: fileSystem)
            try fileSystem.checkDestination(OutputManifest.fileName)
            try BuildOutputs.refuseForeignFiles(
                reportNames, in: fileSystem, recorded: withEarlierReport(recorded, in: fileSystem), command: "report")
            let kept = (recorded?.names ?? []).filter { OutputManifest.exists($0, in: fileSystem) }
            named.append((OutputManifest.fileName, OutputManifest(names: kept + reportNames).data()))
            try outputSet.replace(with: named)
        }
        corpus.digest.report(prefix: "storygraph report", to: diagnostics)
        diagnostics.say(
            "storygraph report: \(corpus.documentCount) document\(corpus.documentCount == 1 ? "" : "s")"
                + "\(InputOptions.skippedNote(corpus.skippedFiles, lines: corpus.skippedLines)), \(CountedNoun.text(graph.events.count, "event")), "
                + "\(CountedNoun.text(content.keyEvents.count, "key event")), \(CountedNoun.text(content.unknownActors.count, "unknown name")); wrote "
                + files.map { $0.0.lastPathComponent }.joined(separator: ", "))
        for note in set.notes { diagnostics.say("storygraph report: note: \(note)") }
    }
}
