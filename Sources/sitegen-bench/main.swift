// sitegen-bench: prints one line per figure, `name: value unit`.
// Usage: swift run -c release sitegen-bench [engine|math|all]
import Foundation

let suite = CommandLine.arguments.dropFirst().first ?? "all"
switch suite {
case "engine": EngineBenchmarks.run()
case "math": MathBenchmarks.run()
case "all":
    EngineBenchmarks.run()
    MathBenchmarks.run()
default:
    FileHandle.standardError.write(Data("usage: sitegen-bench [engine|math|all]\n".utf8))
    exit(2)
}
