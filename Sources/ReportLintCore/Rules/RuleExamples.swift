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
