import Foundation
import PackagePlugin

/// Embeds every file under `Rules/` into the target as Swift string literals, so the built binary
/// works from any folder while `Rules/` stays the one source of truth.
@main
struct EmbedRules: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let rules = context.package.directoryURL.appending(path: "Rules")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRules.swift")
    return [
      .buildCommand(
        displayName: "Embedding rule packs from \(rules.path)",
        executable: try context.tool(named: "rule-embedder").url,
        arguments: [rules.path, output.path],
        // Listing the inputs makes the build re-run the embedder whenever a rule file changes.
        inputFiles: Self.files(under: rules) + [rules],
        outputFiles: [output]
      )
    ]
  }

  static func files(under directory: URL) -> [URL] {
    guard
      let walker = FileManager.default.enumerator(
        at: directory, includingPropertiesForKeys: [.isRegularFileKey])
    else { return [] }
    return walker.compactMap { $0 as? URL }.filter {
      (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
    }
  }
}
