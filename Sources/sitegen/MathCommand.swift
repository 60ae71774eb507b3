import ArgumentParser
import Diagnostics
import Foundation
import TeXMath

struct MathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "math",
        abstract: "Convert TeX formulas on standard input to MathML, one line each.",
        discussion: """
            Reads one formula per line and writes one line of MathML per formula, in order. Problems go \
            to standard error as `<stdin>:LINE:COL: warning: message`; the exit status is 1 when there \
            were any. Use it to debug a formula: echo '\\frac{a}{b}' | sitegen math
            """)

    @Flag(help: "Typeset every formula in display style.")
    var display = false

    @Option(help: "A file of \\newcommand definitions, as `macros:` in course.yml holds them.")
    var macros: String?

    func run() throws {
        let definitions = try macros.map { try String(contentsOfFile: $0, encoding: .utf8) } ?? ""
        let converter: MathConverter
        do {
            converter = try MathConverter(macros: definitions)
        } catch {
            throw Console.failure(.error(at: SourceLocation(file: macros ?? "<macros>", line: error.line, column: error.column), error.message))
        }
        let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        let output = MathLineTool(converter: converter, display: display).run(input)
        for line in output.lines { print(line) }
        // TeXMath knows nothing of diagnostics: its warnings become them here.
        Console.report(output.warnings.map { .warning(at: SourceLocation(file: "<stdin>", line: $0.line, column: $0.column), $0.message) })
        if output.hasWarnings { throw ExitCode.failure }
    }
}
