import Foundation
import TestSupport
@testable import Bank

/// A bank under `Fixtures/`. `valid/` is a complete, clean bank; every other folder holds only the
/// files that differ from it, and is copied over `valid/` in a temporary folder before loading.
/// A broken line carries a trailing `# expect-error` comment in YAML; Markdown lines, which cannot
/// carry a comment, are found by their text.
struct Fixture {
    static let folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    var name: String

    init(_ name: String) { self.name = name }

    /// What loading and validating report, in order, with paths relative to the bank folder.
    func diagnostics() throws -> [Diagnostic] {
        try withBank { root in
            do throws(DiagnosticError) {
                let bank = try BankLoader(root: root, displayBase: root).load()
                return BankValidator().diagnostics(for: bank)
            } catch {
                return error.diagnostics
            }
        }
    }

    /// The loaded bank; throws the diagnostics when it does not load.
    func load() throws -> Bank {
        try withBank { root in try BankLoader(root: root, displayBase: root).load() }
    }

    /// The location of the one line of `file` that contains `text` (by default the error marker),
    /// or of the first such line after the one line that contains `after`.
    func location(_ file: String, lineContaining text: String = "# expect-error", after: String? = nil,
                  column: Int = 1) throws -> BankLocation {
        let lines = try String(contentsOf: sourceURL(of: file), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        func numbers(containing text: String) -> [Int] {
            lines.indices.filter { lines[$0].contains(text) }.map { $0 + 1 }
        }
        let start = try after.map { try unique(numbers(containing: $0), containing: $0, in: file) } ?? 0
        let candidates = numbers(containing: text).filter { $0 > start }
        let line = after == nil ? try unique(candidates, containing: text, in: file) : candidates.first
        guard let line else { throw FixtureError("\(name)/\(file) has no line containing `\(text)`") }
        return BankLocation(file: file, line: line, column: column)
    }

    private func unique(_ numbers: [Int], containing text: String, in file: String) throws -> Int {
        guard numbers.count == 1 else {
            throw FixtureError("\(name)/\(file) has \(numbers.count) lines containing `\(text)`; a test needs exactly one")
        }
        return numbers[0]
    }

    /// The fixture's own copy of a file, or the valid bank's when the fixture does not change it.
    private func sourceURL(of file: String) -> URL {
        let own = Self.folder.appendingPathComponent(name).appendingPathComponent(file)
        return FileManager.default.fileExists(atPath: own.path) ? own : Self.folder.appendingPathComponent("valid/\(file)")
    }

    private func withBank<T>(_ body: (URL) throws -> T) throws -> T {
        let files = FileManager.default
        let root = Scratch.url("bank-\(name)")
        defer { try? files.removeItem(at: root) }
        try files.copyItem(at: Self.folder.appendingPathComponent("valid"), to: root)
        if name != "valid" {
            let overlay = Self.folder.appendingPathComponent(name)
            guard let enumerator = files.enumerator(atPath: overlay.path) else { throw FixtureError("no fixture folder \(name)") }
            for case let path as String in enumerator {
                let source = overlay.appendingPathComponent(path), target = root.appendingPathComponent(path)
                var isFolder: ObjCBool = false
                files.fileExists(atPath: source.path, isDirectory: &isFolder)
                if isFolder.boolValue {
                    try files.createDirectory(at: target, withIntermediateDirectories: true)
                } else {
                    try? files.removeItem(at: target)
                    try files.copyItem(at: source, to: target)
                }
            }
        }
        return try body(root)
    }
}

/// `SourceLocation` of the bank, named so that test files importing Testing (which has its own) can write it.
typealias BankLocation = SourceLocation

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
