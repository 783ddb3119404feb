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
      var found: [String] = []
      let walker = manager.enumerator(atPath: path)
      while let relative = walker?.nextObject() as? String {
        let name = (relative as NSString).lastPathComponent
        if name.hasPrefix(".") {
          if (walker?.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { walker?.skipDescendants() }
          continue
        }
        guard (walker?.fileAttributes?[.type] as? FileAttributeType) == .typeRegular else { continue }
        let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
        if isWanted(full, configurationFor: configurationFor) { found.append(full) }
      }
      files += found.sorted()
    }
    return Result(files: files, missing: missing)
  }

  /// Whether a folder walk takes this file: a default extension or an `include` glob, and no
  /// `exclude` glob.
  static func isWanted(_ path: String, configurationFor: (String) -> Configuration) -> Bool {
    let configuration = configurationFor((path as NSString).deletingLastPathComponent)
    let inScope = configuration.relativePath(path)
    let wanted =
      defaultExtensions.contains((path as NSString).pathExtension.lowercased())
      || configuration.include.contains { $0.matches(inScope) }
    return wanted && !configuration.exclude.contains(where: { $0.matches(inScope) })
  }
}
