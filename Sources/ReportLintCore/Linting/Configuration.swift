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
    do { node = try Yams.compose(yaml: text) } catch {
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
    if let unknown = fields.unusedKeys.first {
      throw RuleLoadError(
        file: path, line: unknown.line,
        message: "unknown key “\(unknown.key)” (known: profile, kind, rules, rule-paths, include, exclude)")
    }
    return configuration
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
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let base = URL(fileURLWithPath: baseDirectory).standardizedFileURL.path
    return absolute.hasPrefix(base + "/") ? String(absolute.dropFirst(base.count + 1)) : path
  }
}
