import Foundation

/// A set of rule pack files: the packs embedded in the binary, or a folder given with `--rules`.
public struct RuleSource: Sendable {
  /// How files are named in messages (`Rules` for the built-in packs, else the folder).
  public let root: String
  /// Relative path (`pack/name.yml`) → contents.
  public let files: [String: String]
  /// Rules' `examples` are read from their files only when asked for (`RuleDescriptor.examples`),
  /// not when the rules load. Only the built-in packs do this: the test suite reads and runs
  /// all their examples, so a lint need not parse them: they are 40% of the packs' YAML, and
  /// deferring them took linting one short file from 213 to 190 million instructions. A
  /// folder's rules read theirs with the rest, so a broken example is reported when they load.
  public let defersExamples: Bool
  /// Relative path → the YAML file's node tree, composed when the binary was built
  /// (`PrecomposedYAML`; a rule file's without its examples, so only with `defersExamples`): the
  /// built-in packs' files are not parsed at every run.
  let trees: [String: String]
  /// The paths of `files`, sorted.
  let sortedPaths: [String]

  public init(root: String, files: [String: String], defersExamples: Bool = false) {
    self.init(root: root, files: files, defersExamples: defersExamples, trees: [:], sortedPaths: files.keys.sorted())
  }

  init(root: String, files: [String: String], defersExamples: Bool, trees: [String: String], sortedPaths: [String]) {
    precondition(trees.isEmpty || defersExamples, "precomposed rule files leave their examples out")
    self.root = root
    self.files = files
    self.defersExamples = defersExamples
    self.trees = trees
    self.sortedPaths = sortedPaths
  }

  /// The packs compiled into the binary from `Rules/`. rule-embedder writes them sorted by path,
  /// so they need no sort here (sorting the paths took 0.5 of the 64 million instructions a
  /// start took).
  public static let builtin = RuleSource(
    root: "Rules", files: Dictionary(EmbeddedRules.files.map { ($0.path, $0.contents) }) { $1 }, defersExamples: true,
    trees: Dictionary(EmbeddedRules.files.compactMap { file in file.tree.map { (file.path, $0) } }) { $1 },
    sortedPaths: EmbeddedRules.files.map(\.path))

  /// Reads a folder of packs (`DIR/<pack>/<name>.yml`), or one pack (`DIR/<name>.yml`, named after
  /// the folder).
  public static func directory(_ path: String) throws(RuleLoadError) -> RuleSource {
    let root = URL(fileURLWithPath: path).standardizedFileURL
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue
    else { throw RuleLoadError(file: path, line: nil, message: "no such rule folder") }
    var files: [String: String] = [:]
    let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    while let url = walker?.nextObject() as? URL {
      guard ["yml", "yaml", "txt", "tsv"].contains(url.pathExtension) else { continue }
      let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
      guard let data = FileManager.default.contents(atPath: url.path),
        let text = String(data: data, encoding: .utf8)
      else {
        throw RuleLoadError(file: "\(path)/\(relative)", line: nil, message: "cannot be read as UTF-8 text")
      }
      files[relative] = text
    }
    // A folder holding rule files directly is a single pack named after the folder.
    if files.keys.contains(where: { !$0.contains("/") && Self.isRuleFile($0) }) {
      let pack = root.lastPathComponent
      files = Dictionary(uniqueKeysWithValues: files.map { ("\(pack)/\($0.key)", $0.value) })
      return RuleSource(root: root.deletingLastPathComponent().path, files: files)
    }
    return RuleSource(root: path, files: files)
  }

  static func isRuleFile(_ relativePath: String) -> Bool {
    relativePath.hasSuffix(".yml") || relativePath.hasSuffix(".yaml")
  }

  /// The files in folders below `pack`, by path inside the pack.
  func dataFiles(ofPack pack: String) -> [String: String] { Self.below(pack, in: files) }

  /// The precomposed trees (`trees`) of the files in folders below `pack`, by path inside the pack.
  func dataTrees(ofPack pack: String) -> [String: String] { Self.below(pack, in: trees) }

  private static func below(_ pack: String, in table: [String: String]) -> [String: String] {
    let prefix = pack + "/"
    var result: [String: String] = [:]
    // Bytes, not `contains("/")` on a String: that goes through Foundation's locale-aware search,
    // for every file of every pack, for every rule at start.
    for (path, value) in table where path.hasPrefix(prefix) && path.utf8.dropFirst(prefix.utf8.count).contains(UInt8(ascii: "/")) {
      result[String(path.dropFirst(prefix.count))] = value
    }
    return result
  }

  /// `pack/name.yml` entries, sorted: the rule files (deeper files are data for the rules).
  var ruleFiles: [(pack: String, name: String, path: String)] {
    sortedPaths.compactMap { path in
      guard Self.isRuleFile(path), let (pack, name) = Self.packAndName(path) else { return nil }
      return (pack, name, path)
    }
  }

  /// The pack and rule name of `pack/name.yml` (the name without its extension); nil for a path
  /// of more or fewer parts.
  static func packAndName(_ path: String) -> (pack: String, name: String)? {
    // Read on bytes when the path is ASCII of the usual form, where every byte is a character of
    // its own: split character by character, the built-in packs' paths took 2.5 million
    // instructions. Any other path (rare, and never a built-in one) is split by characters.
    if path.utf8.allSatisfy({ $0 < 0x80 }), let simple = path.utf8.withContiguousStorageIfAvailable(simplePackAndName),
      let simple
    {
      return simple
    }
    return packAndNameByCharacters(path)
  }

  /// The pack and name of an ASCII path of the usual form, `pack/name.yml`: one slash, inside,
  /// and one dot in the name, not its first byte; nil for any other (split by characters then).
  /// Found by two searches of the bytes: splitting and joining took 0.8 of the 64 million
  /// instructions a start took.
  private static func simplePackAndName(_ bytes: UnsafeBufferPointer<UInt8>) -> (pack: String, name: String)? {
    let slash = UInt8(ascii: "/")
    let dot = UInt8(ascii: ".")
    guard let divider = bytes.firstIndex(of: slash), divider > 0, divider + 1 < bytes.count,
      !bytes[(divider + 1)...].contains(slash), let extensionStart = bytes.lastIndex(of: dot),
      extensionStart > divider + 1, extensionStart + 1 < bytes.count, !bytes[(divider + 1)..<extensionStart].contains(dot)
    else { return nil }
    let name = UnsafeBufferPointer(rebasing: bytes[(divider + 1)..<extensionStart])
    return (String(decoding: UnsafeBufferPointer(rebasing: bytes[..<divider]), as: UTF8.self), String(decoding: name, as: UTF8.self))
  }

  /// `packAndName` split character by character: the definition.
  static func packAndNameByCharacters(_ path: String) -> (pack: String, name: String)? {
    let parts = path.split(separator: "/")
    guard parts.count == 2 else { return nil }
    return (String(parts[0]), parts[1].split(separator: ".").dropLast().joined(separator: "."))
  }
}
