import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The build's one call into POSIX for a file's bytes: `open`, `write`/`read` and `close`.
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

    /// The bytes of the file at `path`; nil when it cannot be read whole.
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(info.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let got = Glibc.read(descriptor, buffer.baseAddress! + count, size - count)
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else { complete = got == 0 && count == size; break }
                count += got
            }
        }
        return complete && bytes.count == size ? bytes : nil
    }

    /// A file that could not be written, with the system's reason.
    struct WriteError: LocalizedError {
        var path: String
        var code: Int32
        var errorDescription: String? { "cannot write \(path): \(String(cString: strerror(code)))" }
    }
}
