import Foundation
import PackagePlugin

/// Embeds the default theme (`Templates/`, assets and fonts included) into the target as a Swift
/// source file, so that `sitegen init` can write it from any folder, with the binary alone. The
/// file is regenerated whenever a file of `Templates/` changes: the embedded theme cannot drift
/// from the one in the repository.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let templates = context.package.directoryURL.appendingPathComponent("Templates")
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedTheme.swift")
        var inputs: [URL] = []
        if let enumerator = FileManager.default.enumerator(at: templates, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                inputs.append(url)
            }
        }
        return [.buildCommand(displayName: "Embedding the default theme from Templates/",
                              executable: try context.tool(named: "sitegen-embed").url,
                              arguments: [templates.path, output.path],
                              inputFiles: inputs.sorted { $0.path < $1.path },
                              outputFiles: [output])]
    }
}
