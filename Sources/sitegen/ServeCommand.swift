import ArgumentParser
import Diagnostics
import Foundation
import Pipeline
import Server

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve the site on this computer and rebuild and reload the open pages on every change.",
        discussion: """
            Serves the site at http://127.0.0.1:PORT/ and the private output (student copies and answer \
            keys) at /_private/. Watches the bank and the templates; after a change it rebuilds, writing \
            only the files that changed, and reloads the pages open in the browser. A failed build shows \
            its errors over the page and in the terminal, and the last good build stays served. The \
            reload script is added to pages as they are served, never to the files in site/. Only requests \
            addressed to localhost, 127.0.0.1, [::1] or the --host address are answered (others get 403), \
            so that a web page elsewhere cannot read the answer keys through DNS rebinding. Stop with Ctrl-C.
            """)

    @OptionGroup var paths: PathOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "The port to listen on.")
    var port = 8000

    @Option(help: "The address to listen on. Anything but 127.0.0.1 or ::1 makes answer keys reachable from other computers.")
    var host = "127.0.0.1"

    func run() async throws {
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            Console.report([Diagnostic(.warning, stage: .serve, at: nil,
                                       "serving on \(host): other computers can read the private output, answer keys included")])
        }
        let quiet = output.quiet
        let server = DevServer(options: ServeOptions(build: paths.buildOptions, host: host, port: port),
                               logger: output.logger, say: { event in Self.show(event, quiet: quiet) })
        let host = host.contains(":") ? "[\(host)]" : host
        do {
            try await server.run { port in
                Console.printError("sitegen: serving http://\(host):\(port)/ (answer keys at http://\(host):\(port)/_private/); Ctrl-C stops")
            }
        } catch let error as DiagnosticError {
            throw Console.failure(error.diagnostics)
        }
    }

    /// Warnings and failures always; what was built, unless `--quiet`.
    private static func show(_ event: ServeEvent, quiet: Bool) {
        switch event {
        case .built(let line, let warnings):
            Console.report(warnings)
            if !quiet { Console.printError("sitegen: \(line)") }
        case .failed(let error, let what):
            Console.printError(Console.renderer.render(error, command: what))
            Console.printError("sitegen: still serving the last good build")
        }
    }
}
