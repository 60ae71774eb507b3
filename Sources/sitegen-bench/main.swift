// sitegen-bench: prints one line per figure, `name: value unit`.
// Usage: swift run -c release sitegen-bench [engine|math|site [--exercises N] [--runs R]|serve [--exercises N] [--runs R]|variants [--variants N] [--exam ID]|all]
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let suite = arguments.first ?? "all"
switch suite {
case "engine": EngineBenchmarks.run()
case "math": MathBenchmarks.run()
case "site": await run("site", SiteBenchmarks.run)
case "serve": await run("serve", SiteBenchmarks.serve)
case "variants": await run("variants", VariantBenchmarks.run)
case "all":
    EngineBenchmarks.run()
    MathBenchmarks.run()
default:
    FileHandle.standardError.write(Data("usage: sitegen-bench [engine|math|site [--exercises N] [--runs R] [--work DIR]|serve [--exercises N] [--runs R] [--work DIR]|variants [--variants N] [--exam ID] [--runs R]|all]\n".utf8))
    exit(2)
}

/// A suite that takes options, with the rest of the command line; its error ends the process.
func run(_ suite: String, _ body: ([String]) async throws -> Void) async {
    do {
        try await body(Array(arguments.dropFirst()))
    } catch {
        FileHandle.standardError.write(Data("sitegen-bench \(suite): \(error)\n".utf8))
        exit(1)
    }
}
