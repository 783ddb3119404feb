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
}

extension Diagnostic {
  /// Made by the memberwise initializer, which is why this one lies out here: made by one that
  /// set the fields one by one, a finding made where it is appended to a list was copied into
  /// the list and the original released (an optimizer artefact: 260 instructions a finding,
  /// 4 million on the 10 MB corpus).
  public init(ruleID: String, severity: Severity, message: String, range: ByteRange, fix: Fix? = nil) {
    self.init(ruleID: ruleID, severity: severity, message: message, range: range, fix: fix, shownText: nil)
  }
}
