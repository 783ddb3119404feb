/// Which fixes the fixer may apply.
public struct FixOptions: Sendable, Hashable {
  /// Only the fixes of these rules (`--rule`); `nil` for every rule.
  public var ruleIDs: Set<String>?
  /// Also apply suggestions (`--unsafe-fixes`), not only safe fixes.
  public var includeSuggestions: Bool
  /// Passes before the fixer gives up on reaching a fixed point. Each pass re-lints the whole
  /// text, so the bound keeps a pair of misbehaving rules from looping for ever.
  public var maximumPasses: Int

  public init(ruleIDs: Set<String>? = nil, includeSuggestions: Bool = false, maximumPasses: Int = 10) {
    self.ruleIDs = ruleIDs
    self.includeSuggestions = includeSuggestions
    self.maximumPasses = maximumPasses
  }

  /// Whether the fix a diagnostic carries may be applied under these options.
  func admits(_ diagnostic: Diagnostic) -> Bool {
    guard let fix = diagnostic.fix, !fix.edits.isEmpty else { return false }
    if let ruleIDs, !ruleIDs.contains(diagnostic.ruleID) { return false }
    return fix.isSafe || includeSuggestions
  }
}
