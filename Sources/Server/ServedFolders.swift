import Foundation
import Hummingbird

/// The two output folders as `serve` maps request targets onto them: `site/` at `/`, `private/`
/// at `/_private/`, every target checked by `SafePath` first.
struct ServedFolders: Sendable {
    let site: SafePath
    let privateOutput: SafePath

    init(site: URL, privateOutput: URL) {
        self.site = SafePath(root: site)
        self.privateOutput = SafePath(root: privateOutput)
    }

    /// The request target without query or fragment.
    static func target(of request: Request) -> String {
        let target = request.head.path ?? "/"
        return String(target.prefix { $0 != "?" && $0 != "#" })
    }

    /// Where `target` leads, or why it is refused.
    func resolve(_ target: String) -> SafePath.Resolution {
        target.hasPrefix(LiveReload.privateMount)
            ? privateOutput.resolve(String(target.dropFirst(LiveReload.privateMount.count)), mount: LiveReload.privateMount)
            : site.resolve(String(target.dropFirst()), mount: "/")
    }
}

/// Refuses what must not be served before anything reads a file: other methods than GET and
/// HEAD, targets that leave the output folders (403), folders without their slash (redirected so
/// that relative links resolve), and anything not found, as a page that still reloads itself.
struct FolderGuard<Context: RequestContext>: RouterMiddleware {
    let folders: ServedFolders
    let status: StatusStore

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return DevServer.text(.methodNotAllowed, "Only GET and HEAD.\n")
        }
        let target = ServedFolders.target(of: request)
        guard target.hasPrefix("/") else { return DevServer.text(.badRequest, "Bad request.\n") }
        if target == "/_private" { return .redirect(to: LiveReload.privateMount) }
        if !target.hasPrefix("/_sitegen/") {
            switch folders.resolve(target) {
            case .forbidden: return DevServer.text(.forbidden, "Forbidden: outside the served folders.\n")
            case .notFound: return await notFound()
            case .redirect(let location): return .redirect(to: location, type: .found)
            case .file: break
            }
        }
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError where error.status == .notFound {
            return await notFound()
        }
    }

    private func notFound() async -> Response {
        let status = await status.status
        let page = LiveReload.inject(into: "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>"
                                     + "<body><h1>Not found</h1><p>No such page in the built site. <a href=\"/\">Home</a></p></body></html>",
                                     generation: status.generation, error: status.error ?? status.warnings)
        return Response(status: .notFound, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(string: page)))
    }
}

/// Gives every HTML page the live-reload script (and the overlay of the last build's errors or
/// warnings); every other file goes on to Hummingbird's `FileMiddleware`.
struct LiveReloadInjection<Context: RequestContext>: RouterMiddleware {
    let folders: ServedFolders
    let status: StatusStore

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        guard case .file(let url) = folders.resolve(ServedFolders.target(of: request)), url.pathExtension == "html",
              let data = FileManager.default.contents(atPath: url.path) else {
            return try await next(request, context)
        }
        let status = await status.status
        let page = LiveReload.inject(into: String(decoding: data, as: UTF8.self),
                                     generation: status.generation, error: status.error ?? status.warnings)
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(string: page)))
    }
}
