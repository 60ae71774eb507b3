import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The processor time this process has used: the CPU figure beside each wall-clock one.
enum ProcessorTime {
    /// User + system seconds of every thread of this process so far.
    static var seconds: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
