import ArgumentParser
import Diagnostics

/// A wrong command line: an unknown command (with the one it most likely meant), or what
/// ArgumentParser found wrong with the options. Exit status 2.
struct Usage: Error {
    static let exitCode: Int32 = 2

    var diagnostic: Diagnostic

    /// The commands a first word may name.
    static var commands: [String] {
        Sitegen.configuration.subcommands.map { $0._commandName } + ["help"]
    }

    /// `sitegen biuld`: the first word is neither an option nor a command. (Without this, the
    /// default command, build, would report an "unexpected argument".)
    static func unknownCommand(in arguments: [String]) -> Usage? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first) else { return nil }
        let hint = Suggestion.closest(to: first, among: commands).map { "did you mean `sitegen \($0)`?" }
            ?? "the commands are \(commands.map { "`\($0)`" }.joined(separator: ", "))"
        return Usage(diagnostic: .error(at: nil, "unknown command `\(first)`", hint: hint,
                                        notes: ["`sitegen --help` lists the commands and what they do"]))
    }

    /// ArgumentParser's message ("Error: Missing value for '--port <port>'", then the usage) as a
    /// diagnostic whose notes are the usage lines.
    static func diagnostic(for message: String) -> Diagnostic {
        var lines = message.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let first = lines.isEmpty ? "the command line does not read" : lines.removeFirst()
        let text = first.hasPrefix("Error: ") ? String(first.dropFirst("Error: ".count)) : first
        return .error(at: nil, text.prefix(1).lowercased() + text.dropFirst(), notes: lines)
    }
}
