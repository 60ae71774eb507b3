#if canImport(Glibc)
import Foundation
import Glibc

/// Linux's inotify, the only file that talks to its C API: watches every folder below a set of
/// roots (and each folder created later) and blocks in `poll()` until something changes, so an
/// idle `sitegen serve` costs no CPU. `stop()` may be called from any thread; everything else
/// belongs to the one thread that calls `nextChanges()`.
final class Inotify: @unchecked Sendable {
    private let fd: Int32
    /// Written to by `stop()` to wake the blocked `poll()`.
    private let wake: (read: Int32, write: Int32)
    /// Watch descriptor → the folder it watches.
    private var folders: [Int32: String] = [:]

    private static let mask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MODIFY) | UInt32(IN_CREATE) | UInt32(IN_DELETE)
        | UInt32(IN_MOVED_FROM) | UInt32(IN_MOVED_TO) | UInt32(IN_ONLYDIR)

    /// Nil when inotify is unavailable (no kernel support, or out of watches): then poll instead.
    init?(roots: [URL]) {
        var ends: [Int32] = [0, 0]
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        guard pipe(&ends) == 0 else { close(fd); return nil }
        wake = (ends[0], ends[1])
        for root in roots {
            let path = root.resolvingSymlinksInPath().path
            guard FileManager.default.fileExists(atPath: path) else { continue }
            guard watchTree(path) != nil else { return nil }
        }
    }

    deinit {
        close(fd)
        close(wake.read)
        close(wake.write)
    }

    /// Ends a blocked or later `nextChanges()` with nil.
    func stop() {
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
    }

    /// Blocks until files change, lets the burst settle (no event for `settle` milliseconds), and
    /// returns the changed files' paths, sorted; nil once stopped. An editor's save is over within
    /// a millisecond; a burst cut short (a checkout still writing) is only followed by a second
    /// rebuild, which sees the rest: every millisecond waited here is one more before the reload.
    func nextChanges(settle: Int32 = 10) -> [String]? {
        var changed = Set<String>()
        guard waitForEvents(timeout: -1) else { return nil }
        repeat {
            guard let batch = readEvents() else { return nil }
            changed.formUnion(batch)
        } while waitForEvents(timeout: settle) && !stopped
        if stopped { return nil }
        return changed.sorted()
    }

    private var stopped = false

    /// True when the inotify descriptor has events; false on timeout or once stopped.
    private func waitForEvents(timeout: Int32) -> Bool {
        var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
        while true {
            let ready = poll(&fds, 2, timeout)
            if ready < 0 && errno == EINTR { continue }
            if ready <= 0 { return false }
            if fds[1].revents != 0 { stopped = true; return false }
            return fds[0].revents != 0
        }
    }

    /// The files named by the pending events; folders created meanwhile are watched too and their
    /// files reported (they may have been written before the watch existed).
    private func readEvents() -> Set<String>? {
        var changed = Set<String>()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 { return errno == EAGAIN || errno == EINTR ? changed : nil }
            if count == 0 { return changed }
            buffer.withUnsafeBytes { raw in
                var offset = 0
                while offset + MemoryLayout<inotify_event>.size <= count {
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    let nameStart = offset + MemoryLayout<inotify_event>.size
                    let nameBytes = raw[nameStart..<min(nameStart + Int(event.len), count)]
                    let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                    offset = nameStart + Int(event.len)
                    handle(event, name: name, into: &changed)
                }
            }
        }
    }

    private func handle(_ event: inotify_event, name: String, into changed: inout Set<String>) {
        if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: say that every watched folder changed.
            changed.formUnion(folders.values)
            return
        }
        if event.mask & UInt32(IN_IGNORED) != 0 { folders[event.wd] = nil; return }
        guard let folder = folders[event.wd], !name.isEmpty, !Watcher.ignores(name) else { return }
        let path = folder + "/" + name
        let isFolder = event.mask & UInt32(IN_ISDIR) != 0
        if isFolder, event.mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 {
            changed.formUnion(watchTree(path) ?? [])
        } else if !isFolder {
            changed.insert(path)
        }
    }

    /// Watches `path` and every folder below it; returns the files found, nil if a watch failed.
    @discardableResult
    private func watchTree(_ path: String) -> [String]? {
        let wd = inotify_add_watch(fd, path, Self.mask)
        guard wd >= 0 else { return nil }
        folders[wd] = path
        var files: [String] = []
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in entries.sorted() where !Watcher.ignores(name) {
            let child = path + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: child, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                guard let below = watchTree(child) else { return nil }
                files += below
            } else {
                files.append(child)
            }
        }
        return files
    }
}
#endif
