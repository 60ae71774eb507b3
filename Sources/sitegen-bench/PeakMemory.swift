import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The resident-set high-water mark of this process (VmHWM), which Linux lets a process reset, so
/// that each timed build reports its own peak; and the largest child's, for tools run as processes.
enum PeakMemory {
    /// Lowers the high-water mark to the current resident size (`/proc/self/clear_refs`, Linux ≥ 4.0).
    static func reset() {
        try? Data("5".utf8).write(to: URL(fileURLWithPath: "/proc/self/clear_refs"))
    }

    /// Megabytes, from `/proc/self/status`; falls back to getrusage's lifetime maximum.
    static var ownMegabytes: Double {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") {
            return kilobytes / 1024
        }
        return usage(RUSAGE_SELF.rawValue)
    }

    /// Megabytes: the peak of the largest child process waited for so far.
    static var childrenMegabytes: Double { usage(RUSAGE_CHILDREN.rawValue) }

    private static func usage(_ who: Int32) -> Double {
        var usage = rusage()
        getrusage(who, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
