/// One finding: which rule, how serious, what to change, where (UTF-8 bytes), and its fix.
public struct Diagnostic: Sendable, Hashable {
  public var ruleID: String
  public var severity: Severity
  public var message: String
  public var range: ByteRange
  /// The correction, safe or a suggestion; `nil` when the rule cannot know the right text.
  public var fix: Fix?

  public init(ruleID: String, severity: Severity, message: String, range: ByteRange, fix: Fix? = nil) {
    self.ruleID = ruleID
    self.severity = severity
    self.message = message
    self.range = range
    self.fix = fix
  }
}
