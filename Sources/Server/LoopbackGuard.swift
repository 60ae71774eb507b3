import Hummingbird

/// Serves only requests addressed to this machine by a loopback name: the `Host` header must be
/// `localhost`, `127.0.0.1`, `[::1]` or the address `serve` was given with `--host` (any port), and
/// the event stream's `Origin`, when a browser sends one, must be `http://` one of those. Anything
/// else gets 403, so that a page on another site cannot reach the answer keys by DNS rebinding
/// (making its own name resolve to 127.0.0.1). A middleware of its own, so that it sits in front of
/// whatever serves the files.
public struct LoopbackGuard<Context: RequestContext>: RouterMiddleware {
    /// Host names (lower case, IPv6 in brackets) that are served.
    public let names: Set<String>
    /// Paths whose requests must also come from a served origin when they carry one.
    public let originChecked: Set<String>

    public init(host: String, originChecked: Set<String>) {
        let given = host.lowercased()
        names = ["localhost", "127.0.0.1", "[::1]", given.contains(":") && !given.hasPrefix("[") ? "[\(given)]" : given]
        self.originChecked = originChecked
    }

    public func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        if let refusal = refusal(of: request) { return refusal }
        return try await next(request, context)
    }

    /// The 403 for a request from elsewhere; nil for one that may be served.
    public func refusal(of request: Request) -> Response? {
        guard let authority = request.head.authority, isServed(authority: authority) else {
            return Self.forbidden("Forbidden: this server answers only to localhost, 127.0.0.1, [::1] or its --host.\n")
        }
        let path = request.head.path.map { String($0.prefix { $0 != "?" && $0 != "#" }) } ?? "/"
        if originChecked.contains(path), let origin = request.headers[.origin] {
            let lower = origin.lowercased()
            guard lower.hasPrefix("http://"), isServed(authority: String(lower.dropFirst("http://".count))) else {
                return Self.forbidden("Forbidden: the event stream is for pages of this server only.\n")
            }
        }
        return nil
    }

    /// `name`, `name:port`, `[v6]` or `[v6]:port`, with a served name and a numeric port.
    func isServed(authority: String) -> Bool {
        let lower = authority.lowercased()
        var name = Substring(lower), port: Substring?
        if lower.hasPrefix("[") {
            guard let close = lower.firstIndex(of: "]") else { return false }
            name = lower[...close]
            let rest = lower[lower.index(after: close)...]
            if !rest.isEmpty {
                guard rest.first == ":" else { return false }
                port = rest.dropFirst()
            }
        } else if let colon = lower.firstIndex(of: ":") {
            name = lower[..<colon]
            port = lower[lower.index(after: colon)...]
        }
        if let port, port.isEmpty || !port.allSatisfy(\.isASCII) || UInt16(port) == nil { return false }
        return names.contains(String(name))
    }

    static func forbidden(_ text: String) -> Response {
        Response(status: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
