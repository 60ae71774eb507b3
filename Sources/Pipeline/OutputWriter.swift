import Bank
import Foundation
import Render

/// Stage 5, write: where the output folders are and how they are replaced. A full build stages
/// every file in fresh folders (`OutputSwap` says where) as the render stage makes it
/// (`StagedOutput`) and swaps the folders in, journalled, only when all of them are written, so a
/// failed build leaves the previous output as it was and a killed one both old or both new; `sitegen serve` rewrites only what changed (`ChangedOutput`).
public struct OutputWriter: Sendable {
    /// Marks a folder as sitegen's, so that a build never replaces a folder it did not make.
    static let marker = ".sitegen-output"

    public var site: URL
    public var privateOutput: URL
    /// Paths of the previous private output to carry over into the new one
    /// (`BuildOptions.keptPrivate`); the LMS exports always are.
    public var kept: [String] = []

    public init(site: URL, privateOutput: URL, kept: [String] = []) {
        self.site = site.standardizedFileURL
        self.privateOutput = privateOutput.standardizedFileURL
        self.kept = kept + [DocumentManifest.exportsFolder]
    }

    /// The two destinations and their folders.
    var folders: [(OutputFile.Destination, URL)] { [(.site, site), (.private, privateOutput)] }

    /// An existing, non-empty folder without our marker is somebody else's: never replace it.
    func refuseForeign(_ folder: URL) throws(DiagnosticError) {
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        if !contents.isEmpty && !contents.contains(Self.marker) {
            throw DiagnosticError(stage: .write, diagnostics: [
                .error(at: SourceLocation(file: folder.path, line: 1),
                       "this folder exists and was not made by sitegen; choose an empty or new output folder"),
            ])
        }
    }

    /// The error for a file system failure while writing, in one place.
    func failure(_ error: any Error, _ consequence: String = "") -> DiagnosticError {
        if let error = error as? DiagnosticError { return error }
        return DiagnosticError(stage: .write, diagnostics: [
            .error(at: SourceLocation(file: site.path, line: 1), "cannot write the output: \(error.localizedDescription)\(consequence)"),
        ])
    }
}
