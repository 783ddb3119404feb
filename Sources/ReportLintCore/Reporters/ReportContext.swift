/// What a reporter may know beyond the findings: the rules that ran (SARIF describes them in
/// `tool.driver.rules`) and the tool's version. Kept apart from `FileReport` so that reporters stay
/// pure functions of one value each, and golden tests can pin every input.
public struct ReportContext: Sendable {
  /// The rules of the run, in any order; reporters sort what they print.
  public var rules: [RuleDescriptor]
  public var toolVersion: String

  public init(rules: [RuleDescriptor] = [], toolVersion: String = ReportContext.defaultToolVersion) {
    self.rules = rules
    self.toolVersion = toolVersion
  }

  /// The version the CLI prints; one place, so SARIF and `--version` never disagree.
  public static let defaultToolVersion = "0.1.0"
}
