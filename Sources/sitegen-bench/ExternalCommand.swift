import Foundation

/// Runs a command to its end, standard output discarded, and says whether it succeeded.
enum ExternalCommand {
    @discardableResult
    static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// Whether a program is on the PATH.
    static func exists(_ name: String) -> Bool {
        run(["sh", "-c", "command -v \(name)"])
    }
}
