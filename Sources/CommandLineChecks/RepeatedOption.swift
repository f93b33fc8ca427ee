import ArgumentParser
import ArticleText
import Foundation

/// A single-value option given more than once on a command line (`--out a --out b`).
///
/// swift-argument-parser keeps the last value of an option given twice and says nothing, so a mistyped or
/// pasted command line silently wrote to the second `--out` or read the second `--published`. The three
/// executables (`storygraph`, `storygraph-train`, `storygraph-index`) check their arguments with
/// ``find(in:root:)`` before parsing and refuse such a line as a usage error (exit 64) naming the option.
/// Options that may repeat (arrays, `--filter A --filter B`) and flags are not checked.
public struct RepeatedOption: Equatable, Sendable {
    /// The command path as typed, root first (`["storygraph", "build"]`).
    public var commandPath: [String]
    /// The option's preferred name as it shows in help (`--out`, `-o` when it has no long name).
    public var option: String
    /// The values given, in order (each spelling's value, `--out a -o b` gives `["a", "b"]`).
    public var values: [String]
    /// The selected command's usage line without the root's name (`build [<options>] … --out <dir>`).
    public var usage: String

    /// The one-line problem: "--out was given 2 times (a, b); it takes one value".
    public var message: String {
        let shown = values.map { "\"\(path: $0)\"" }.joined(separator: ", ")
        return "\(option) was given \(values.count) times (\(shown)); it takes one value: give it once"
    }

    /// The usage error as swift-argument-parser prints its own: the message, the command's usage line and where
    /// to find its help.
    public var errorText: String {
        let command = commandPath.joined(separator: " ")
        let root = commandPath.dropLast().joined(separator: " ")
        return "Error: \(message)\nUsage: \(root.isEmpty ? "" : root + " ")\(usage)\n  See '\(command) --help' for more information.\n"
    }

    /// The first single-value option given more than once in `arguments` (without the program name) for the
    /// command they select under `root`, or `nil`.
    ///
    /// Words before the first option that name subcommands select the command; `--` ends the options; an option's
    /// value (`--title --out`) is never read as an option. `--name=value`, `-o value` and `-o=value` count the same
    /// as `--name value`. A `help` request is never checked.
    /// - Parameters:
    ///   - arguments: The command line without the program name.
    ///   - root: The executable's root command.
    /// - Returns: The repetition, with the values in the order given.
    public static func find(in arguments: [String], root: any ParsableCommand.Type) -> RepeatedOption? {
        var command = root
        var path = [root.configuration.commandName ?? root._commandName]
        var rest = arguments[...]
        while let word = rest.first, !word.hasPrefix("-") {
            guard
                let sub = command.configuration.subcommands.first(where: {
                    ($0.configuration.commandName ?? $0._commandName) == word || $0.configuration.aliases.contains(word)
                })
            else { break }
            command = sub
            path.append(word)
            rest = rest.dropFirst()
        }
        if path.count == 1, arguments.first == "help" { return nil }
        // Cheap first look: without two uses of one spelling and without short options nothing can repeat,
        // and the command's argument table is not built.
        let spellings = rest.prefix { $0 != "--" }.filter { $0.hasPrefix("-") && $0 != "-" }
            .map { String($0.split(separator: "=", maxSplits: 1).first ?? "") }
        let hasShort = spellings.contains { !$0.hasPrefix("--") }
        guard hasShort || Set(spellings).count < spellings.count else { return nil }
        return find(in: Array(rest), options: OptionTable(command))
            .map {
                RepeatedOption(
                    commandPath: path, option: $0.option, values: $0.values,
                    usage: command.usageString().trimmingCharacters(in: .whitespacesAndNewlines)
                )
            }
    }

    /// The first option of `options` that takes one value and is given more than once in `words`.
    static func find(in words: [String], options: OptionTable) -> (option: String, values: [String])? {
        var given: [String: [String]] = [:]
        var first: String?
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            index += 1
            if word == "--" { break }
            guard word.hasPrefix("-"), word != "-" else { continue }
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let option = options.byName[String(parts[0])] else { continue }
            var value = ""
            if parts.count == 2 {
                value = String(parts[1])
            } else if index < words.endIndex {
                value = words[index]
                index += 1
            }
            guard !option.repeats else { continue }
            given[option.display, default: []].append(value)
            if first == nil, given[option.display]?.count == 2 { first = option.display }
        }
        return first.map { ($0, given[$0] ?? []) }
    }
}

/// The value-taking options of one command, by every spelling (`--out`, `-o`), read from swift-argument-parser's
/// description of the command (`_dumpHelp()`, the JSON behind `--experimental-dump-help`).
struct OptionTable {
    /// One option that takes a value.
    struct Option: Equatable {
        /// The name shown in messages: the first long name, else the first name.
        var display: String
        /// Whether it may be given more than once (an array option).
        var repeats: Bool
    }

    /// Options by each of their spellings, dashes included.
    var byName: [String: Option]

    /// The table of `command`'s options (its option groups included).
    init(_ command: any ParsableCommand.Type) {
        self.init(dumpedHelp: Data(command._dumpHelp().utf8))
    }

    /// The table read from the JSON of `_dumpHelp()`; an empty table when it cannot be read.
    init(dumpedHelp: Data) {
        byName = [:]
        guard let tool = try? JSONDecoder().decode(ToolInfo.self, from: dumpedHelp) else { return }
        for argument in tool.command.arguments ?? [] where argument.kind == "option" {
            let spellings = (argument.names ?? []).map { name in
                name.kind == "long" ? "--\(name.name)" : "-\(name.name)"
            }
            guard !spellings.isEmpty else { continue }
            let display = (argument.names ?? []).first { $0.kind == "long" }.map { "--\($0.name)" } ?? spellings[0]
            for spelling in spellings { byName[spelling] = Option(display: display, repeats: argument.isRepeating) }
        }
    }

    /// The part of swift-argument-parser's `ToolInfoV0` read here.
    private struct ToolInfo: Decodable {
        struct Command: Decodable { var arguments: [Argument]? }
        struct Argument: Decodable {
            var kind: String
            var names: [Name]?
            var isRepeating: Bool
        }
        struct Name: Decodable {
            var kind: String
            var name: String
        }
        var command: Command
    }
}

extension ParsableCommand {
    /// Exits with a usage error (status 64) when `arguments` give a single-value option more than once
    /// (``RepeatedOption``), printing the problem and the command's usage on standard error; returns otherwise.
    /// Call it from `main()` before parsing.
    public static func exitIfOptionRepeated(_ arguments: [String]) {
        guard let repeated = RepeatedOption.find(in: arguments, root: self) else { return }
        try? FileHandle.standardError.write(contentsOf: Data(repeated.errorText.utf8))
        Foundation.exit(ExitCode.validationFailure.rawValue)
    }
}
