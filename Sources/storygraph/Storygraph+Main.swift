import ArgumentParser
import CommandLineChecks
import Foundation

extension Storygraph {
    /// Runs the command line, after making the standard streams safe (``StandardStreams/prepare()``).
    ///
    /// `storygraph help NAME…` names a subcommand; swift-argument-parser's built-in `help` stops at the first
    /// name it does not know and shows the nearest command's help with exit status 0, so `help nosuch` looked
    /// like success. Here a name that is no subcommand is a usage error (exit 64) listing the commands, also as
    /// the first word (`storygraph nosuch`). A single-value option given twice (`--out a --out b`) is a usage
    /// error too (``CommandLineChecks/RepeatedOption``), where swift-argument-parser would keep the last.
    static func main() {
        StandardStreams.prepare()
        let arguments = Array(Swift.CommandLine.arguments.dropFirst())
        if let problem = unknownHelpTopic(arguments) { exit(withError: ValidationError(problem)) }
        // Help and the version are results too: on a closed standard output (`--help >&-`) they are an error.
        if StandardStreams.outputWasClosed,
           arguments.first == "help" || arguments.contains(where: { ["--help", "-h", "--version"].contains($0) })
        {
            StandardStreams.writeError("Error: could not write the help to standard output: it is closed (>&-)\n")
            Foundation.exit(1)
        }
        exitIfOptionRepeated(arguments)
        main(arguments)
    }

    /// Why `arguments` (a `help` request, or a first word that should be a command) name no command, or `nil`
    /// when they do: `storygraph nosuch` is answered like `storygraph help nosuch`.
    static func unknownHelpTopic(_ arguments: [String]) -> String? {
        if let first = arguments.first, first != "help", !first.hasPrefix("-") {
            return unknownHelpTopic(["help", first])
        }
        guard arguments.first == "help" else { return nil }
        var subcommands: [any ParsableCommand.Type] = configuration.subcommands
        var path: [String] = []
        for name in arguments.dropFirst() where !name.hasPrefix("-") {
            let names = subcommands.map { $0.configuration.commandName ?? "" }
            guard let index = names.firstIndex(of: name) else {
                if path.isEmpty, name == "help" { return nil }
                if names.isEmpty { return "no such command: \(path.joined(separator: " ")) has no subcommand \"\(name)\"" }
                let within = path.isEmpty ? "" : " of \(path.joined(separator: " "))"
                return "no such command\(within): \"\(name)\"; commands: \(names.joined(separator: ", "))"
            }
            subcommands = subcommands[index].configuration.subcommands
            path.append(name)
        }
        return nil
    }
}
