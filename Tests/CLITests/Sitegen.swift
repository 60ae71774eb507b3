import Foundation
import TestSupport

/// The built `sitegen` executable, run as a user runs it: in a folder, with arguments, its
/// standard output, standard error and exit status captured.
struct Sitegen {
    struct Run: Equatable, CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String

        var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
    }

    /// Next to the test bundle in `.build/<configuration>/`, or `$SITEGEN_BINARY`.
    static let executable: URL = {
        if let path = ProcessInfo.processInfo.environment["SITEGEN_BINARY"] { return URL(fileURLWithPath: path) }
        let tests = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return tests.deletingLastPathComponent().appendingPathComponent("sitegen")
    }()

    static func run(_ arguments: String..., in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "NO_COLOR": "1"]
        // Files, not pipes: no pipe can fill up and block the child while we wait for it.
        let capture = try TemporaryFolder("sitegen-cli-output", files: ["stdout": "", "stderr": ""])
        let out = try FileHandle(forWritingTo: capture.url("stdout")), err = try FileHandle(forWritingTo: capture.url("stderr"))
        defer { try? out.close(); try? err.close() }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: try capture.read("stdout"), stderr: try capture.read("stderr"))
    }
}
