// Math benchmarks: corpus coverage and conversion speed of TeXMath, against KaTeX when node is available.
import Foundation
import Pipeline
import TeXMath

enum MathBenchmarks {
    static let corpusPath = "Tests/TeXMathTests/Fixtures/math.tsv"
    static let katexScript = "Scripts/katex_bench.js"
    static let rounds = 5
    /// Passes run before timing, on both sides, so that both are measured in steady state.
    static let warmups = 20

    static func run() {
        guard let text = try? String(contentsOfFile: corpusPath, encoding: .utf8) else {
            FileHandle.standardError.write(Data("math: cannot read \(corpusPath) (run from the repository root)\n".utf8))
            return
        }
        let formulas: [(tex: String, display: Bool)] = text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { return nil }
            return (String(fields[2]), fields[1] == "display")
        }
        guard let converter = try? MathConverter() else { return }

        var clean = 0
        for formula in formulas where converter.convert(formula.tex, display: formula.display).warnings.isEmpty {
            clean += 1
        }
        let coverage = 100 * Double(clean) / Double(max(formulas.count, 1))
        print("math.corpus.formulas: \(formulas.count) formulas")
        print("math.corpus.coverage: \(String(format: "%.1f", coverage)) %")

        var bytes = 0
        for _ in 0..<warmups {
            for formula in formulas { bytes &+= converter.convert(formula.tex, display: formula.display).mathML.utf8.count }
        }
        bytes = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for formula in formulas { bytes &+= converter.convert(formula.tex, display: formula.display).mathML.utf8.count }
            }
        }
        let seconds = elapsed.seconds
        let rate = Double(formulas.count * rounds) / seconds
        if let katex = katexRate() {
            print("math.convert: \(Int(rate)) formulas/s (katex \(Int(katex)) formulas/s, ratio \(String(format: "%.2f", rate / katex)))")
        } else {
            print("math.convert: \(Int(rate)) formulas/s (katex unavailable)")
        }
        print("math.output: \(bytes / max(rounds, 1) / max(formulas.count, 1)) bytes/formula")
    }

    /// Runs `node Scripts/katex_bench.js` and reads its `katex.convert` line.
    static func katexRate() -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["node", katexScript, corpusPath, String(rounds), String(warmups)]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let output = String(decoding: data, as: UTF8.self)
        for line in output.split(separator: "\n") where line.hasPrefix("katex.convert: ") {
            let value = line.dropFirst("katex.convert: ".count).split(separator: " ").first
            return value.flatMap { Double($0) }
        }
        return nil
    }
}
