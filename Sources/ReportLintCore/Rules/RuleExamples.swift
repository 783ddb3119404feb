/// The examples a rule carries; the test suite and `reportlint test-rules` run them.
public struct RuleExamples: Sendable, Hashable {
  public struct FixExample: Sendable, Hashable {
    public var before: String
    public var after: String
  }

  /// Texts that must raise nothing from the rule.
  public var valid: [String]
  /// Texts that must raise the rule; `↓` marks where a finding starts.
  public var invalid: [String]
  /// Applying the rule's fixes to `before` gives exactly `after`.
  public var fixes: [FixExample]

  public static let marker: Character = "↓"

  /// Where a descriptor's examples come from: read with the rule, or read from the rule file
  /// when asked for.
  enum Source: Sendable, Hashable {
    case read(RuleExamples)
    /// The whole rule file, whose `examples` the test suite checks: a built-in pack's.
    case deferred(file: String, contents: String)

    var examples: RuleExamples {
      switch self {
      case .read(let examples): return examples
      case .deferred(let file, let contents):
        do throws(RuleLoadError) {
          guard let node = try? YAMLFields.compose(contents) else {
            throw RuleLoadError(file: file, line: nil, message: "not valid YAML")
          }
          return try RuleExamples.read(from: YAMLFields(file: file, node: node))
        } catch {
          // The built-in packs' examples are all read and run by the test suite.
          fatalError("a built-in rule's examples do not load: \(error)")
        }
      }
    }
  }

  /// `contents` of a rule file with its top-level `examples` block (the `examples:` line and the
  /// indented, blank and comment lines after it) blanked out, line for line, so that everything
  /// else keeps its line; nil when it has no such block.
  static func withoutExamples(_ contents: String) -> String? {
    let bytes = Array(contents.utf8)
    let key = Array("examples:".utf8)
    var lineStart = 0
    while lineStart < bytes.count {
      let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      if bytes[lineStart..<lineEnd].starts(with: key) {
        var blockEnd = lineEnd
        while blockEnd < bytes.count {
          let next = blockEnd + 1
          guard next < bytes.count, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "#"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[next])
          else { break }
          blockEnd = bytes[next...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        }
        let lineFeeds = bytes[lineStart..<blockEnd].filter { $0 == UInt8(ascii: "\n") }
        return String(decoding: bytes[..<lineStart] + lineFeeds + bytes[blockEnd...], as: UTF8.self)
      }
      lineStart = lineEnd + 1
    }
    return nil
  }

  public init(valid: [String] = [], invalid: [String] = [], fixes: [FixExample] = []) {
    self.valid = valid
    self.invalid = invalid
    self.fixes = fixes
  }

  static func read(from fields: YAMLFields) throws(RuleLoadError) -> RuleExamples {
    guard let node = fields.value("examples") else {
      throw fields.error("missing “examples” (every rule carries valid and invalid examples)")
    }
    let examples = try YAMLFields(file: fields.file, node: node)
    let valid = try examples.strings("valid") ?? []
    let invalid = try examples.strings("invalid") ?? []
    var fixes: [FixExample] = []
    if let list = examples.value("fixes") {
      guard let items = list.sequence else { throw examples.error("“fixes” must be a list", at: list) }
      for item in items {
        let pair = try YAMLFields(file: fields.file, node: item)
        fixes.append(
          FixExample(before: try pair.requiredString("before"), after: try pair.string("after") ?? ""))
        if let extra = pair.unusedKeys.first {
          throw pair.error("unknown key “\(extra.key)” in a fix example")
        }
      }
    }
    if let extra = examples.unusedKeys.first {
      throw examples.error("unknown key “\(extra.key)” in examples (valid, invalid, fixes)")
    }
    if invalid.isEmpty { throw fields.error("“examples” needs at least one invalid example") }
    return RuleExamples(valid: valid, invalid: invalid, fixes: fixes)
  }
}
