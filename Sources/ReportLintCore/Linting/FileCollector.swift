import Foundation

/// Expands the paths on the command line into the files to lint: a file is linted as given; a
/// folder is walked for `.txt` and `.md` files (plus the configuration's `include` globs), minus
/// hidden folders and `exclude` globs, in sorted order.
public enum FileCollector {
  public static let defaultExtensions: Set<String> = ["txt", "md"]

  public struct Result: Sendable {
    public var files: [String]
    /// Paths that do not exist.
    public var missing: [String]
  }

  /// `configurationFor` gives the configuration that governs a folder (found by walking up).
  /// `filterFiles` applies the folder rules to named files too: for lists such as
  /// `git diff --name-only`, which name every changed file, reports or not.
  public static func collect(
    _ paths: [String], filterFiles: Bool = false, configurationFor: (String) -> Configuration
  ) -> Result {
    var files: [String] = []
    var missing: [String] = []
    let manager = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        // A listed file the walk would skip anyway (a deleted source file in a diff) is no error.
        if !filterFiles || isWanted(path, configurationFor: configurationFor) { missing.append(path) }
        continue
      }
      guard isDirectory.boolValue else {
        if !filterFiles || isWanted(path, configurationFor: configurationFor) { files.append(path) }
        continue
      }
      // Files of one folder share its configuration: look it up once per folder.
      var configurations: [String: Configuration] = [:]
      var found: [String] = []
      for entry in DirectoryWalker.regularFiles(under: path) {
        let relative = entry.folder.isEmpty ? entry.name : entry.folder + "/" + entry.name
        let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
        let configuration: Configuration
        if let known = configurations[entry.folder] {
          configuration = known
        } else {
          configuration = configurationFor(PathText.parent(of: full))
          configurations[entry.folder] = configuration
        }
        if isWanted(full, configuration: configuration) { found.append(full) }
      }
      files += found.sorted()
    }
    return Result(files: files, missing: missing)
  }

  /// Whether a folder walk takes this file: a default extension or an `include` glob, and no
  /// `exclude` glob.
  static func isWanted(_ path: String, configurationFor: (String) -> Configuration) -> Bool {
    isWanted(path, configuration: configurationFor(PathText.parent(of: path)))
  }

  static func isWanted(_ path: String, configuration: Configuration) -> Bool {
    // The path relative to the configuration's folder is needed only for globs, which most
    // configurations do not have.
    lazy var inScope = configuration.relativePath(path)
    let wanted =
      defaultExtensions.contains(PathText.pathExtension(of: path).lowercased())
      || configuration.include.contains { $0.matches(inScope) }
    return wanted && !configuration.exclude.contains(where: { $0.matches(inScope) })
  }
}
