import Foundation

/// The benchmark's input: `Scripts/bench/make_corpus.py`'s questions in Hugo's layout, and the same
/// questions as a sitegen bank (`corpus_to_bank.py`), made once per size and reused afterwards.
struct SyntheticBank {
    static let scripts = "Scripts/bench"

    var exercises: Int
    var folder: URL
    var corpus: URL { folder.appendingPathComponent("c\(exercises)") }
    var bank: URL { folder.appendingPathComponent("b\(exercises)") }

    /// Makes the corpus and the bank below `folder` unless an earlier run left them there.
    func prepare() throws {
        let manager = FileManager.default
        let done = bank.appendingPathComponent(".complete")
        if manager.fileExists(atPath: done.path) { return }
        try? manager.removeItem(at: corpus)
        try? manager.removeItem(at: bank)
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        let scripts = URL(fileURLWithPath: Self.scripts).standardizedFileURL
        guard ExternalCommand.run(["python3", scripts.appendingPathComponent("make_corpus.py").path, String(exercises), corpus.path]),
              ExternalCommand.run(["python3", scripts.appendingPathComponent("corpus_to_bank.py").path, corpus.path, bank.path])
        else { throw BenchmarkError("cannot make the synthetic bank with python3 \(Self.scripts)/*.py (run from the repository root)") }
        try Data().write(to: done)
    }

    /// The exercise file in the middle of the bank, by name: the one the rebuild benchmarks edit.
    func middleExercise() throws -> URL {
        let exercises = bank.appendingPathComponent("exercises")
        let names = try FileManager.default.contentsOfDirectory(atPath: exercises.path).filter { $0.hasSuffix(".md") }.sorted()
        guard !names.isEmpty else { throw BenchmarkError("no exercise files in \(exercises.path)") }
        return exercises.appendingPathComponent(names[names.count / 2])
    }

    /// The bytes of the bank's exercise files: what the build reads.
    var megabytes: Double {
        let folder = bank.appendingPathComponent("exercises")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let bytes = names.reduce(0) { total, name in
            let size = (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path))?[.size] as? NSNumber
            return total + (size?.intValue ?? 0)
        }
        return Double(bytes) / 1_000_000
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
