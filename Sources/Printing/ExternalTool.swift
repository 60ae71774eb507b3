import Diagnostics
import Foundation

/// Runs external programs with a timeout, capturing their output in files (no pipe can fill up).
public enum ExternalTool {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The first of `names` found as an executable on `PATH` (a name containing `/` is taken as a path).
    public static func find(_ names: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in names {
            if name.contains("/") {
                if FileManager.default.isExecutableFile(atPath: name) { return URL(fileURLWithPath: name) }
                continue
            }
            for folder in folders {
                let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
                if FileManager.default.isExecutableFile(atPath: path) { return URL(fileURLWithPath: path) }
            }
        }
        return nil
    }

    /// Runs `executable` with `arguments`; stops it after `timeout` seconds.
    public static func run(_ executable: URL, _ arguments: [String], timeout: Double = 120) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        let command = ([executable.lastPathComponent] + arguments).joined(separator: " ")
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 5) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                _ = finished.wait(timeout: .now() + 5)
            }
            throw PrintingError.timedOut(command: command, seconds: timeout)
        }
        let read = { (url: URL) in String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self) }
        return Result(status: process.terminationStatus, stdout: read(outURL), stderr: read(errURL))
    }

    /// Runs and throws unless the exit status is 0.
    @discardableResult
    public static func check(_ executable: URL, _ arguments: [String], timeout: Double = 120) throws -> Result {
        let result = try run(executable, arguments, timeout: timeout)
        guard result.status == 0 else {
            throw PrintingError.failed(command: ([executable.lastPathComponent] + arguments).joined(separator: " "),
                                       status: result.status, output: lastLines(result.stderr))
        }
        return result
    }

    static func lastLines(_ text: String, _ count: Int = 15) -> String {
        text.split(separator: "\n").suffix(count).joined(separator: "\n")
    }
}
