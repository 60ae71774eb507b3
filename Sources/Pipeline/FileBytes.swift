import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The write stage's one call into POSIX: a file's bytes through `open`, `write` and `close`.
/// Foundation's `Data.write(to:)` also flushes every file to the disk (`fsync`), which costs a
/// full build more than writing its thousands of files does, and buys nothing here: the files go
/// into a staging folder that is swapped in only once all of them are written (`OutputSwap`).
enum FileBytes {
    /// Creates or replaces the file at `path` with `data` (mode 0666 less the umask, as Foundation).
    static func write(_ data: some ContiguousBytes, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw WriteError(path: path, code: errno) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteError(path: path, code: errno)
                }
                offset += written
            }
        }
    }

    /// The same, through a hidden file beside it renamed over it when `atomically`: a reader sees
    /// the old file or the new one, never part of one.
    static func write(_ data: some ContiguousBytes, to path: String, atomically: Bool) throws {
        guard atomically else { return try write(data, to: path) }
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let temporary = String(path[..<slash]) + "." + String(path[slash...]) + ".sitegen-new"
        try write(data, to: temporary)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriteError(path: path, code: code)
        }
    }

    /// A file that could not be written, with the system's reason.
    struct WriteError: LocalizedError {
        var path: String
        var code: Int32
        var errorDescription: String? { "cannot write \(path): \(String(cString: strerror(code)))" }
    }
}
