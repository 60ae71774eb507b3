import Foundation

/// Headless Chromium: prints HTML to PDF and dumps the DOM of a page after it has run.
public struct Chromium: Sendable {
    public var executable: URL
    /// Seconds one page may take before Chromium is stopped.
    public var timeout: Double

    public static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
    public static let install = "sudo apt-get install chromium poppler-utils"

    /// Finds Chromium: `$CHROMIUM` (a name or a path) first, then the usual names on `PATH`.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment,
                            timeout: Double = 180) throws -> Chromium {
        let override = environment["CHROMIUM"].flatMap { $0.isEmpty ? nil : $0 }
        let names = override.map { [$0] } ?? names
        guard let url = ExternalTool.find(names, environment: environment) else {
            throw PrintingError.missing(tool: override == nil ? "Chromium" : "Chromium (CHROMIUM=\(override!))",
                                        tried: names, install: install)
        }
        return Chromium(executable: url, timeout: timeout)
    }

    public init(executable: URL, timeout: Double = 180) {
        self.executable = executable
        self.timeout = timeout
    }

    /// Flags for a quiet, self-contained run: no sandbox (CI runs as root), no GPU, no network
    /// chatter, a throwaway profile.
    func baseArguments(profile: URL) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
         "--disable-background-networking", "--disable-component-update", "--mute-audio",
         "--hide-scrollbars", "--user-data-dir=\(profile.path)"]
    }

    private func withProfile<T>(_ body: (URL) async throws -> T) async throws -> T {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: profile) }
        return try await body(profile)
    }

    /// Prints `page` to `pdf`, without Chromium's own header and footer (the page's `@page` rules
    /// draw them), at the page size the page's CSS asks for.
    public func printToPDF(_ page: URL, to pdf: URL) async throws {
        try FileManager.default.createDirectory(at: pdf.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: pdf)
        try await withProfile { profile in
            let args = baseArguments(profile: profile) + [
                "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw", "--virtual-time-budget=10000",
                "--print-to-pdf=\(pdf.path)", page.absoluteURL.absoluteString,
            ]
            let result = try await ExternalTool.run(executable, args, timeout: timeout)
            let command = "chromium --print-to-pdf=\(pdf.path) \(page.path)"
            guard result.status == 0 else {
                throw PrintingError.failed(command: command, status: result.status, output: ExternalTool.lastLines(result.stderr))
            }
            guard let head = try? FileHandle(forReadingFrom: pdf).read(upToCount: 5), head == Data("%PDF-".utf8) else {
                throw PrintingError.noOutput(command: command, expected: pdf.path, output: ExternalTool.lastLines(result.stderr))
            }
        }
    }

    /// The DOM of `page` after its scripts ran, at a window of `width` × `height` CSS pixels.
    public func dumpDOM(_ page: URL, width: Int, height: Int = 900) async throws -> String {
        try await withProfile { profile in
            let args = baseArguments(profile: profile) + ["--window-size=\(width),\(height)", "--force-device-scale-factor=1",
                                                          "--virtual-time-budget=5000", "--allow-file-access-from-files", "--dump-dom",
                                                          page.absoluteURL.absoluteString]
            let result = try await ExternalTool.run(executable, args, timeout: timeout)
            guard result.status == 0, !result.stdout.isEmpty else {
                throw PrintingError.failed(command: "chromium --dump-dom \(page.path)", status: result.status,
                                           output: ExternalTool.lastLines(result.stderr))
            }
            return result.stdout
        }
    }
}
