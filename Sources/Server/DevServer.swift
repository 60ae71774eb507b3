import Bank
import Foundation
import Hummingbird
import Logging
import NIOCore
import Pipeline

/// Where and what `sitegen serve` serves.
public struct ServeOptions: Sendable {
    public var build: BuildOptions
    /// 127.0.0.1 unless the user asks for another address.
    public var host: String
    /// 0 picks a free port (tests).
    public var port: Int
    /// How often the bank and the templates are checked for changes where inotify is unavailable.
    public var pollInterval: Duration

    public init(build: BuildOptions, host: String = "127.0.0.1", port: Int = 8000, pollInterval: Duration = .milliseconds(300)) {
        self.build = build
        self.host = host
        self.port = port
        self.pollInterval = pollInterval
    }
}

/// The outcome of the last build, as pages and the status endpoint see it.
public struct ServeStatus: Sendable, Codable, Equatable {
    /// Counts successful builds; a page loaded at an older generation reloads.
    public var generation: Int
    /// The diagnostics of the last build when it failed; the previous good build is still served.
    public var error: String?
    /// The warnings of the last build when it succeeded with some, as the overlay shows them.
    public var warnings: String?
    /// Wall-clock time of the last build, in milliseconds.
    public var milliseconds: Double
    public var filesWritten: Int
    public var filesUnchanged: Int
    public var exercisesRendered: Int
    public var exercisesReused: Int
}

/// What the server has to say after each build, for the terminal to render.
public enum ServeEvent: Sendable {
    /// A build succeeded: "built in 40 ms: 3 files written, …", and its warnings.
    case built(String, warnings: [Diagnostic])
    /// A build failed (`what`: "build", "rebuild after a change to …"); the last good build is still served.
    case failed(DiagnosticError, what: String)
}

/// `sitegen serve`: builds, serves `site/` at `/` and `private/` at `/_private/` on loopback,
/// watches the bank and the templates, rebuilds what changed and reloads the open pages.
public final class DevServer: Sendable {
    public let options: ServeOptions
    let hub = EventHub()
    let state = StatusStore()
    let cache = RenderCache()
    let memory = BuildMemory()
    let logger: Logger
    /// One event per build, for the terminal.
    let say: @Sendable (ServeEvent) -> Void

    public init(options: ServeOptions, logger: Logger = Logger(label: "sitegen"), say: @escaping @Sendable (ServeEvent) -> Void) {
        var options = options
        options.build.incremental = true
        options.build.cache = .on
        self.options = options
        self.logger = logger
        self.say = say
    }

    public var status: ServeStatus { get async { await state.status } }

    /// Builds once, then serves until the task is cancelled. `onReady` gets the port listened on.
    public func run(onReady: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        await rebuild(because: [])
        var serverLogger = Logger(label: "sitegen.serve")
        // Hummingbird reports the streams cut at shutdown as errors; they are expected here.
        serverLogger.logLevel = .critical
        let app = Application(router: router(logger: serverLogger),
                              configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
                              onServerRunning: { channel in await onReady(channel.localAddress?.port ?? 0) },
                              logger: serverLogger)
        let hub = hub
        // The last build's records are written after its reload: they are on disk before serve ends.
        do {
            try await withTaskCancellationHandler {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask { [options] in
                        do { try await app.run() } catch let error as IOError where error.errnoCode == EADDRINUSE {
                            throw DiagnosticError(.error(.serve, "port \(options.port) is in use: try `--port \(options.port + 1)`",
                                                         hint: "another `sitegen serve` may be running; stop it with Ctrl-C"))
                        }
                    }
                    group.addTask { [self] in await watch() }
                    group.addTask { [self] in await keepAlive() }
                    try await group.next()
                    group.cancelAll()
                }
            } onCancel: {
                Task { await hub.closeAll() }
            }
        } catch {
            await memory.settle()
            throw error
        }
        await memory.settle()
    }

    // MARK: Building

    /// Each batch of changes is also told to the build's memory: once the watcher has watched
    /// since before a build read its inputs, the next build stamps only the files it reported.
    private func watch() async {
        let watcher = Watcher(folders: [options.build.bank, options.build.templates])
        await rebuild(on: watcher.changes(pollInterval: options.pollInterval))
        // inotify gave up (a failed read): go on polling rather than stop serving.
        guard !Task.isCancelled else { return }
        await rebuild(on: watcher.polledChanges(every: options.pollInterval))
    }

    /// Rebuilds after each batch of `changes`, a stream whose watches are in place (or whose
    /// first snapshot is taken) once it exists.
    private func rebuild(on changes: AsyncStream<[String]>) async {
        memory.startWatching()
        for await changed in changes {
            memory.noteChanges(changed)
            await rebuild(because: changed)
        }
    }

    /// An SSE comment every 15 s, so that proxies and browsers keep the event streams open.
    private func keepAlive() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(15))
            await hub.send(": keep-alive\n\n")
        }
    }

    /// Builds into the output folders, writing only the files that changed, and tells the pages.
    func rebuild(because changed: [String]) async {
        let start = ContinuousClock.now
        let builder = SiteBuilder(options: options.build, logger: logger, cache: cache, memory: memory)
        let what = changed.isEmpty ? "built" : "rebuilt after a change to \(changed.map(display).joined(separator: ", "))"
        do {
            let report = try await builder.build()
            let milliseconds = Self.milliseconds(since: start)
            let changes = report.changes ?? .init()
            let status = await state.succeeded(milliseconds: milliseconds, changes: changes,
                                               rendered: cache.lastRendered, reused: cache.lastReused,
                                               warnings: LiveReload.describe(report.warnings))
            say(.built("\(what) in \(String(format: "%.0f", milliseconds)) ms: \(String(counting: changes.written, "file")) written, "
                + "\(changes.unchanged) unchanged, \(changes.removed) removed; "
                + "\(String(counting: cache.lastRendered, "exercise")) rendered, \(cache.lastReused) reused", warnings: report.warnings))
            await hub.send(EventHub.format(event: "reload", data: "{\"generation\":\(status.generation)}"))
        } catch {
            let text = LiveReload.describe(error)
            _ = await state.failed(text, milliseconds: Self.milliseconds(since: start))
            say(.failed(error, what: changed.isEmpty ? "build" : "rebuild after a change to \(changed.map(display).joined(separator: ", "))"))
            await hub.send(EventHub.format(event: "build-error", data: "{\"error\":\(LiveReload.json(text))}"))
        }
    }

    private func display(_ path: String) -> String {
        let base = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }

    static func milliseconds(since start: ContinuousClock.Instant) -> Double {
        start.duration(to: .now).seconds * 1000
    }

    // MARK: Serving

    /// Loopback only; then the folder guard, the live-reload script in every page, the files
    /// (Hummingbird's `FileMiddleware`, with its media types), and the two endpoints of `serve`.
    func router(logger: Logger) -> Router<BasicRequestContext> {
        let folders = ServedFolders(site: options.build.site, privateOutput: options.build.privateOutput)
        let noStore = CacheControl([(MediaType(type: .any), [.noStore])])
        let router = Router()
        router.addMiddleware {
            LoopbackGuard(host: options.host, originChecked: [LiveReload.eventsPath])
            FolderGuard(folders: folders, status: state)
            LiveReloadInjection(folders: folders, status: state)
            FileMiddleware(options.build.privateOutput.path, urlBasePath: String(LiveReload.privateMount.dropLast()),
                           cacheControl: noStore, searchForIndexHtml: true, logger: logger)
            FileMiddleware(options.build.site.path, cacheControl: noStore, searchForIndexHtml: true, logger: logger)
        }
        router.get(RouterPath(LiveReload.eventsPath)) { [self] _, _ in await events() }
        router.get("/_sitegen/status") { [self] _, _ in await statusResponse() }
        return router
    }

    private func events() async -> Response {
        let status = await state.status
        let hello = EventHub.format(event: "hello", data: String(decoding: (try? JSONEncoder().encode(status)) ?? Data(), as: UTF8.self))
        let stream = await hub.subscribe(first: "retry: 1000\n\n" + hello)
        return Response(status: .ok,
                        headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                        body: .init(asyncSequence: stream))
    }

    private func statusResponse() async -> Response {
        let data = (try? JSONEncoder().encode(await state.status)) ?? Data()
        return Response(status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func text(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// The last build's outcome, shared by the builder and the request handlers.
actor StatusStore {
    private(set) var status = ServeStatus(generation: 0, error: nil, warnings: nil, milliseconds: 0, filesWritten: 0, filesUnchanged: 0,
                                          exercisesRendered: 0, exercisesReused: 0)

    func succeeded(milliseconds: Double, changes: OutputWriter.Changes, rendered: Int, reused: Int, warnings: String?) -> ServeStatus {
        status = ServeStatus(generation: status.generation + 1, error: nil, warnings: warnings, milliseconds: milliseconds,
                             filesWritten: changes.written, filesUnchanged: changes.unchanged,
                             exercisesRendered: rendered, exercisesReused: reused)
        return status
    }

    func failed(_ text: String, milliseconds: Double) -> ServeStatus {
        status.error = text
        status.milliseconds = milliseconds
        return status
    }
}
