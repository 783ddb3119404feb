import PCRE2
import Yams

/// A rule file as read from YAML: the common keys already checked, the kind's own keys still to
/// be read by the kind's `init(definition:)`.
public final class RuleDefinition {
  public let descriptor: RuleDescriptor
  let fields: YAMLFields
  /// The `exceptions` patterns, which every kind honours (applied by `RuleFactory`).
  let exceptions: ExceptionFilter
  /// The pack's data files (those in folders below the pack, such as `structure/kinds/*.yml`),
  /// by path inside the pack (`kinds/huibao.yml`) → contents.
  let packFiles: [String: String]
  /// The precomposed trees of those of `packFiles` that have one (`RuleSource.trees`).
  let packTrees: [String: String]
  /// Whether the rule works out what its patterns require (`PatternPrefilter`) to search less:
  /// worth it over many documents, not for a run over little text (`RulePackLoader.load`).
  let analysesPatterns: Bool

  static let commonKeys = [
    "kind", "message", "severity", "profiles", "description", "link", "fix-safety", "examples",
    "exceptions",
  ]

  /// Parses `contents` of the rule file `file` (shown in errors) as rule `pack.name`;
  /// `defersExamples`: all but its examples, which are read when asked for (`RuleSource`).
  /// `tree`: the file's tree without its examples, composed at build time (`RuleSource.trees`),
  /// read instead of parsing `contents`.
  public convenience init(
    pack: String, name: String, file: String, contents: String, packFiles: [String: String] = [:],
    defersExamples: Bool = false
  ) throws(RuleLoadError) {
    try self.init(
      pack: pack, name: name, file: file, contents: contents, packFiles: packFiles, defersExamples: defersExamples,
      tree: nil, packTrees: [:], analysesPatterns: true)
  }

  init(
    pack: String, name: String, file: String, contents: String, packFiles: [String: String],
    defersExamples: Bool, tree: String?, packTrees: [String: String], analysesPatterns: Bool
  ) throws(RuleLoadError) {
    self.packFiles = packFiles
    self.packTrees = packTrees
    self.analysesPatterns = analysesPatterns
    // A rule file has a tree only when it has examples, which the tree leaves out (the embedder
    // and `PrecomposedTreeTests` see to it): its examples are deferred, as when they are cut out here.
    let defersOwnExamples: Bool
    let node: Node
    if let tree {
      defersOwnExamples = true
      node = YAMLFields.node(precomposed: tree)
    } else {
      let withoutExamples = defersExamples ? RuleExamples.withoutExamples(contents) : nil
      defersOwnExamples = withoutExamples != nil
      do {
        guard let parsed = try YAMLFields.compose(withoutExamples ?? contents) else {
          throw RuleLoadError(file: file, line: nil, message: "the file is empty")
        }
        node = parsed
      } catch let error as RuleLoadError {
        throw error
      } catch let error as YamlError {
        throw RuleLoadError(file: file, line: Self.line(of: error), message: "not valid YAML: \(error)")
      } catch {
        throw RuleLoadError(file: file, line: nil, message: "not valid YAML: \(error)")
      }
    }
    let fields = try YAMLFields(file: file, node: node)
    let kind = try fields.requiredString("kind")
    let message = MessageTemplate(try fields.requiredString("message"))
    let severityText = try fields.string("severity") ?? Severity.warning.rawValue
    guard let severity = Severity(rawValue: severityText) else {
      throw fields.error("severity “\(severityText)” is not one of error, warning, info")
    }
    var profiles = Set(Profile.allCases)
    if let names = try fields.strings("profiles") {
      profiles = []
      for name in names {
        guard let profile = Profile(rawValue: name) else {
          throw fields.error("profile “\(name)” is not one of draft, redacted")
        }
        profiles.insert(profile)
      }
    }
    let safetyText = try fields.string("fix-safety") ?? FixSafety.safe.rawValue
    guard let safety = FixSafety(rawValue: safetyText) else {
      throw fields.error("fix-safety “\(safetyText)” is not one of safe, suggestion")
    }
    descriptor = RuleDescriptor(
      id: "\(pack).\(name)", pack: pack, kind: kind, message: message, severity: severity,
      profiles: profiles, description: try fields.requiredString("description"),
      link: try fields.string("link"), fixSafety: safety,
      exampleSource: defersOwnExamples
        ? .deferred(file: file, contents: contents) : .read(try RuleExamples.read(from: fields)),
      file: file)
    self.fields = fields
    var regexes: [Regex] = []
    for pattern in try fields.strings("exceptions") ?? [] {
      regexes.append(try Self.compile(pattern, key: "exceptions", fields: fields, options: .offsetLimit))
    }
    exceptions = ExceptionFilter(regexes: regexes, analysesPatterns: analysesPatterns)
  }

  static func line(of error: YamlError) -> Int? {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      return mark.line
    default: return nil
    }
  }

  /// Compiles a pattern the way every rule pattern is compiled (UTF, UCP, multiline, CRLF-aware),
  /// turning a compile error into one that names the file and line.
  func compile(_ pattern: String, key: String, options: RegexOptions = []) throws(RuleLoadError) -> Regex {
    try Self.compile(pattern, key: key, fields: fields, options: options)
  }

  static func compile(
    _ pattern: String, key: String, fields: YAMLFields, options: RegexOptions = []
  ) throws(RuleLoadError) -> Regex {
    do {
      return try Regex(pattern, options: options.union(.rulePattern))
    } catch {
      throw fields.error("“\(key)” does not compile: \(error.description): \(pattern)", at: fields.value(key))
    }
  }

  /// A data file of the rule's pack, by its path inside the pack (`data/surnames.txt`), with the
  /// path data caches key on. Fails naming the file when the pack does not have it.
  func dataFile(_ relativePath: String) throws(RuleLoadError) -> (path: String, contents: String) {
    let path = packFolder.isEmpty ? relativePath : "\(packFolder)/\(relativePath)"
    guard let contents = packFiles[relativePath] else {
      throw fields.error("data file \(path) is missing (the rule \(descriptor.id) needs it)")
    }
    return (path, contents)
  }

  /// The folder of the rule file, worked out once: a redaction rule asks for eight data files,
  /// and splitting the path for each took 1.3 of the 82 million instructions linting one short
  /// file took.
  lazy var packFolder = descriptor.file.split(separator: "/").dropLast().joined(separator: "/")

  /// Fails on keys neither the common set nor the kind read.
  func rejectUnknownKeys() throws(RuleLoadError) {
    if let unknown = fields.unusedKeys.first(where: { !Self.commonKeys.contains($0.key) }) {
      throw RuleLoadError(
        file: descriptor.file, line: unknown.line,
        message: "unknown key “\(unknown.key)” for a rule of kind \(descriptor.kind)")
    }
  }
}
