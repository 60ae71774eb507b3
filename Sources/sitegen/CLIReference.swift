import ArgumentParser

/// docs/cli.md: the help text of every command, as `sitegen help COMMAND` prints it. A test
/// compares the file with this, so the reference cannot drift from the code.
enum CLIReference {
    static let commands: [(name: String, type: any ParsableCommand.Type)] = [
        ("sitegen", Sitegen.self),
        ("sitegen build", Build.self),
        ("sitegen check", Check.self),
        ("sitegen serve", Serve.self),
        ("sitegen pdf", PDFCommand.self),
        ("sitegen grade", GradeCommand.self),
        ("sitegen export", ExportCommand.self),
        ("sitegen init", Init.self),
        ("sitegen new exercise", NewExerciseCommand.self),
        ("sitegen math", MathCommand.self),
    ]

    static func markdown() -> String {
        var text = """
            # Command-line reference

            Every command and option of `sitegen`, as `sitegen help COMMAND` prints it. This file is
            generated: `SNAPSHOT_RECORD=1 swift test --filter DocsTests` rewrites it, and the tests fail when it
            differs from the real help text. For the tasks behind the commands, start at
            [getting-started.md](getting-started.md).

            Paths are relative to the folder you run `sitegen` in. Diagnostics go to standard error as
            `file:line:col: error: message`, followed by the offending line with a caret under the column
            and a hint when there is one; a problem that is about no file reads `sitegen: error: message`.
            On a terminal, long commands show their progress on one line and the severity is coloured; set
            `NO_COLOR=1` to turn colours off. Nothing of the kind is printed in CI or into a pipe.

            Exit status: 0 when the command succeeded; 1 when the bank or the build has errors, or a check,
            a PDF or the server failed; 2 when the command line is wrong (an unknown command or option, a
            missing value). `sitegen --version` prints the version.

            """
        for (name, type) in commands {
            let help = Sitegen.helpMessage(for: type, columns: 100)
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.replacing(/\s+$/, with: "") }
                .joined(separator: "\n")
                .trimmingCharacters(in: .newlines)
            text += "\n## `\(name)`\n\n```text\n\(help)\n```\n"
        }
        return text
    }
}
