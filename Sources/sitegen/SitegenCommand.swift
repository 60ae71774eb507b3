import ArgumentParser

@main
struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Builds a course website and printable exams from a Markdown question bank.",
        subcommands: [Build.self, Check.self, Serve.self, Init.self, New.self, PDFCommand.self, MathCommand.self],
        defaultSubcommand: Build.self)
}
