import PCRE2

/// A rule that failed on one document: its pattern hit a PCRE2 limit or could not match.
public struct RuleError: Error, Sendable, CustomStringConvertible {
  public let ruleID: String
  public let underlying: PCRE2Error

  public var description: String {
    if underlying.isLimit {
      return "rule \(ruleID) gave up on this file (\(underlying.message)): its pattern backtracks too much; simplify it"
    }
    return "rule \(ruleID) failed on this file: \(underlying.message)"
  }
}
