import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What standard error is connected to, and how much decoration it gets: progress lines only on
/// an interactive terminal outside CI, colours only there and only without `NO_COLOR`
/// (https://no-color.org) or `TERM=dumb`.
enum Terminal {
    static let environment = ProcessInfo.processInfo.environment

    static let isInteractive: Bool = isatty(STDERR_FILENO) != 0 && environment["TERM"] != "dumb"

    static let showsProgress: Bool = isInteractive && environment["CI"] == nil

    static let usesColour: Bool = isInteractive && (environment["NO_COLOR"] ?? "").isEmpty

    nonisolated(unsafe) private static var progressShown = false
    private static let lock = NSLock()

    /// Replaces the progress line with `text`, cut to the terminal's width.
    static func showProgress(_ text: String) {
        lock.withLock {
            var size = winsize()
            let width = ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
            let line = String(text.prefix(max(10, width - 1)))
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + (usesColour ? "\u{1B}[2m\(line)\u{1B}[0m" : line)).utf8))
            progressShown = true
        }
    }

    /// Removes the progress line, if one is shown, so that the next line starts clean.
    static func clearProgress() {
        lock.withLock {
            guard progressShown else { return }
            FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
            progressShown = false
        }
    }
}
