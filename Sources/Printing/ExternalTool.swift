import Diagnostics
import Foundation
import Subprocess
#if canImport(System)
import System
#else
import SystemPackage
#endif

/// Runs the external programs printing needs (Chromium, poppler) through swift-subprocess: async,
/// with a cap on what each may write, and torn down — the whole process group, as Chromium starts
/// helpers of its own — when it outlives its time or the task is cancelled.
public enum ExternalTool {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The most a program may write to standard output or standard error (the DOM of a page is the largest).
    public static let outputLimit = 64 * 1024 * 1024

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

    /// Runs `executable` with `arguments`; after `timeout` seconds it is sent SIGTERM, and SIGKILL
    /// five seconds later.
    public static func run(_ executable: URL, _ arguments: [String], timeout: Double = 120) async throws -> Result {
        let command = ([executable.lastPathComponent] + arguments).joined(separator: " ")
        return try await withThrowingTaskGroup(of: Result?.self) { group in
            group.addTask { try await launch(executable, arguments, command: command) }
            group.addTask {
                try await Task.sleep(for: .seconds(timeout))
                return nil
            }
            // The first to finish decides; cancelling the other tears the program down if it still runs.
            let first = try await group.next() ?? nil
            group.cancelAll()
            guard let result = first else { throw PrintingError.timedOut(command: command, seconds: timeout) }
            return result
        }
    }

    private static func launch(_ executable: URL, _ arguments: [String], command: String) async throws -> Result {
        var options = PlatformOptions()
        // A session of its own, so that the teardown reaches Chromium's helpers and nothing else.
        options.createSession = true
        options.teardownSequence = [.gracefulShutDown(toProcessGroup: true, allowedDurationToNextStep: .seconds(5))]
        do {
            let result = try await Subprocess.run(.path(FilePath(executable.path)), arguments: Arguments(arguments),
                                                  platformOptions: options, input: .none,
                                                  output: .string(limit: outputLimit), error: .string(limit: outputLimit))
            let status: Int32 = switch result.terminationStatus {
            case .exited(let code): code
            case .signaled(let signal): 128 + signal
            }
            return Result(status: status, stdout: result.standardOutput, stderr: result.standardError)
        } catch let error as SubprocessError where error.code == .outputLimitExceeded {
            throw PrintingError.failed(command: command, status: -1,
                                       output: "it wrote more than \(outputLimit / 1024 / 1024) MiB and was stopped")
        }
    }

    /// Runs and throws unless the exit status is 0.
    @discardableResult
    public static func check(_ executable: URL, _ arguments: [String], timeout: Double = 120) async throws -> Result {
        let result = try await run(executable, arguments, timeout: timeout)
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
