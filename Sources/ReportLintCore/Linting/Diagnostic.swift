/// One finding: which rule, how serious, what to change, where (UTF-8 bytes), and its fix.
public struct Diagnostic: Sendable, Hashable {
  public var ruleID: String
  public var severity: Severity
  public var message: String
  public var range: ByteRange
  /// The correction, safe or a suggestion; `nil` when the rule cannot know the right text.
  public var fix: Fix?
  /// What reporters show instead of the matched text, for findings that must not print it: a
  /// redaction finding names a leak, and printing it would leak it again (`王*`, `137****1999`).
  public var shownText: String?

  public init(ruleID: String, severity: Severity, message: String, range: ByteRange, fix: Fix? = nil) {
    self.ruleID = ruleID
    self.severity = severity
    self.message = message
    self.range = range
    self.fix = fix
  }
}
