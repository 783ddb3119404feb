/// One thing that hides findings: a Markdown directive for one rule (or all), or an `ignore` entry
/// of the configuration. Kept per rule so that `disable A B` where only A fires reports B as
/// unused.
struct Suppression: Sendable {
  enum Scope: Sendable {
    /// Findings starting inside these bytes (Markdown directives).
    case bytes(ByteRange)
    /// Findings anywhere in the file whose matched text is this (any text when nil).
    case text(String?)
  }

  /// A rule id or a pack name; nil for every rule.
  var rule: String?
  var scope: Scope
  /// Where an unused-suppression warning points (the directive; line 1 for configuration entries).
  var origin: ByteRange
  /// How the warning names this suppression.
  var label: String
  /// Whether to warn when it hides nothing (see `IgnoreEntry.namesOneFile`).
  var reportsUnused = true

  func matches(_ diagnostic: Diagnostic, in document: Document) -> Bool {
    if let rule, rule != diagnostic.ruleID, !diagnostic.ruleID.hasPrefix(rule + ".") { return false }
    switch scope {
    case .bytes(let range):
      return range.contains(diagnostic.range.lowerBound)
        || (range.upperBound == diagnostic.range.lowerBound && diagnostic.range.isEmpty)
    case .text(let text):
      return text == nil || document.string(diagnostic.range) == text
    }
  }
}
