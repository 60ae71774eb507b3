import ArgumentParser
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
            reload script is added to pages as they are served, never to the files in site/. Stop with Ctrl-C.
            """)

    @OptionGroup var paths: PathOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "The port to listen on.")
    var port = 8000

    @Option(help: "The address to listen on. Anything but 127.0.0.1 or ::1 makes answer keys reachable from other computers.")
    var host = "127.0.0.1"

    func run() async throws {
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            Console.printError("sitegen: warning: serving on \(host): other computers can read the private output, answer keys included")
        }
        let quiet = output.quiet
        let server = DevServer(options: ServeOptions(build: paths.buildOptions, host: host, port: port),
                               logger: output.logger,
                               say: { line in if !quiet || line.contains("error") || line.contains("failed") { Console.printError(line) } })
        let host = host.contains(":") ? "[\(host)]" : host
        try await server.run { port in
            Console.printError("sitegen: serving http://\(host):\(port)/ (answer keys at http://\(host):\(port)/_private/); Ctrl-C stops")
        }
    }
}
