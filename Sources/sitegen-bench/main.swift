// sitegen-bench: prints one line per figure, `name: value unit`.
// Usage: swift run -c release sitegen-bench [engine|math|site [--exercises N] [--runs R]|serve [--exercises N] [--runs R]|variants [--variants N] [--exam ID]|all]
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let suite = arguments.first ?? "all"
switch suite {
case "engine": EngineBenchmarks.run()
case "math": MathBenchmarks.run()
case "site":
    do {
        try await SiteBenchmarks.run(Array(arguments.dropFirst()))
    } catch {
        FileHandle.standardError.write(Data("sitegen-bench site: \(error)\n".utf8))
        exit(1)
    }
case "serve":
    do {
        try await SiteBenchmarks.serve(Array(arguments.dropFirst()))
    } catch {
        FileHandle.standardError.write(Data("sitegen-bench serve: \(error)\n".utf8))
        exit(1)
    }
case "variants":
    do {
        try await VariantBenchmarks.run(Array(arguments.dropFirst()))
    } catch {
        FileHandle.standardError.write(Data("sitegen-bench variants: \(error)\n".utf8))
        exit(1)
    }
case "all":
    EngineBenchmarks.run()
    MathBenchmarks.run()
default:
    FileHandle.standardError.write(Data("usage: sitegen-bench [engine|math|site [--exercises N] [--runs R] [--work DIR]|serve [--exercises N] [--runs R] [--work DIR]|variants [--variants N] [--exam ID] [--runs R]|all]\n".utf8))
    exit(2)
}
