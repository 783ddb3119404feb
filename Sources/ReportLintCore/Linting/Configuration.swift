import Foundation
import Yams

/// `.reportlint.yml`: the profile, rule settings, extra rule folders and which files to lint.
public struct Configuration: Sendable {
  public var profile: Profile?
  /// `kind:` — the document kind of every file it governs (汇报, 请示, 报告, 通知, …; `none` for
  /// no section rules), instead of the kind the title line names.
  public var documentKind: String?
  /// Rule id or pack name → setting; a rule's own id wins over its pack's.
  public var rules: [String: RuleSetting] = [:]
  /// Extra rule folders, resolved against the configuration file's folder.
  public var rulePaths: [String] = []
  public var include: [Glob] = []
  public var exclude: [Glob] = []
  /// Findings to hide, by file glob, rule and text (plain text has no comments for directives).
  public var ignore: [IgnoreEntry] = []
  /// The file this came from, or nil for the defaults.
  public var file: String?
  /// The folder globs are relative to.
  public var baseDirectory: String = "."

  public init() {}

  public static let fileName = ".reportlint.yml"

  /// Reads and checks a configuration file; unknown keys and bad values are errors naming the line.
  public static func load(path: String) throws(RuleLoadError) -> Configuration {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { throw RuleLoadError(file: path, line: nil, message: "cannot read the configuration file") }
    var configuration = Configuration()
    configuration.file = path
    configuration.baseDirectory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let node: Node?
    do { node = try YAMLFields.compose(text) } catch {
      throw RuleLoadError(file: path, line: nil, message: "not valid YAML: \(error)")
    }
    guard let node else { return configuration }
    let fields = try YAMLFields(file: path, node: node)
    if let name = try fields.string("profile") {
      guard let profile = Profile(rawValue: name) else {
        throw fields.error("profile “\(name)” is not one of draft, redacted", at: fields.value("profile"))
      }
      configuration.profile = profile
    }
    configuration.documentKind = try fields.string("kind")
    for entry in try fields.stringPairs("rules") ?? [] {
      guard let setting = RuleSetting(entry.value) else {
        throw RuleLoadError(
          file: path, line: entry.line,
          message: "“\(entry.value)” for \(entry.key) is not one of off, error, warning, info")
      }
      configuration.rules[entry.key] = setting
    }
    configuration.rulePaths = (try fields.strings("rule-paths") ?? []).map {
      $0.hasPrefix("/") ? $0 : configuration.baseDirectory + "/" + $0
    }
    configuration.include = try globs(fields, "include")
    configuration.exclude = try globs(fields, "exclude")
    configuration.ignore = try ignoreEntries(fields)
    if let unknown = fields.unusedKeys.first {
      throw RuleLoadError(
        file: path, line: unknown.line,
        message: "unknown key “\(unknown.key)” (known: profile, kind, rules, rule-paths, include, exclude, ignore)")
    }
    return configuration
  }

  /// `ignore:` — a list of `{file, rule, text}`; `file` and `rule` are required, `text` optional.
  private static func ignoreEntries(_ fields: YAMLFields) throws(RuleLoadError) -> [IgnoreEntry] {
    guard let list = fields.value("ignore") else { return [] }
    guard let items = list.sequence else {
      throw fields.error("“ignore” must be a list of {file, rule, text}", at: list)
    }
    var entries: [IgnoreEntry] = []
    for item in items {
      let entry = try YAMLFields(file: fields.file, node: item)
      let pattern = try entry.requiredString("file")
      let rule = try entry.requiredString("rule")
      let text = try entry.string("text")
      if let extra = entry.unusedKeys.first {
        throw entry.error("unknown key “\(extra.key)” in an ignore entry (file, rule, text)")
      }
      let glob: Glob
      do { glob = try Glob(pattern) } catch {
        throw entry.error("“\(pattern)” in ignore is not a usable glob")
      }
      entries.append(IgnoreEntry(file: glob, rule: rule, text: text, line: entry.line))
    }
    return entries
  }

  private static func globs(_ fields: YAMLFields, _ key: String) throws(RuleLoadError) -> [Glob] {
    var globs: [Glob] = []
    for pattern in try fields.strings(key) ?? [] {
      do { globs.append(try Glob(pattern)) } catch {
        throw fields.error("“\(pattern)” in \(key) is not a usable glob", at: fields.value(key))
      }
    }
    return globs
  }

  /// The nearest `.reportlint.yml` in `directory` or a folder above it.
  public static func find(from directory: String) -> String? {
    var url = URL(fileURLWithPath: directory).standardizedFileURL
    while true {
      let candidate = url.appendingPathComponent(fileName).path
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
      let parent = url.deletingLastPathComponent()
      if parent.path == url.path { return nil }
      url = parent
    }
  }

  /// The setting for a rule: its own id first, then its pack.
  public func setting(for descriptor: RuleDescriptor) -> RuleSetting? {
    rules[descriptor.id] ?? rules[descriptor.pack]
  }

  /// A path relative to the configuration's folder, for glob matching.
  public func relativePath(_ path: String) -> String {
    let absolute = StandardPath.of(path)
    let base = StandardPath.of(baseDirectory)
    return absolute.hasPrefix(base + "/") ? String(absolute.dropFirst(base.count + 1)) : path
  }
}
