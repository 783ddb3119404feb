/// One literal automaton for every rule's `literals`, so a document is scanned once for all of
/// them (word lists, bracket marks and pattern prefilter literals alike) instead of once a rule.
public struct LiteralScan: Sendable {
  private let matcher: LiteralMatcher
  /// Automaton pattern → the (rule, literal index within that rule) pairs that asked for it:
  /// rules share a literal (“，”, “《”) and each gets its own copy of the hit.
  private let subscribers: [[(rule: Int, literal: Int)]]
  private let ruleCount: Int

  public init(rules: [any Rule]) {
    var index: [String: Int] = [:]
    var literals: [String] = []
    var subscribers: [[(rule: Int, literal: Int)]] = []
    for (ruleIndex, rule) in rules.enumerated() {
      for (literalIndex, literal) in rule.literals.enumerated() where !literal.isEmpty {
        // One look-up a literal (hashing a String is most of this loop's cost): a new literal
        // gets the next number through the default value.
        let global = Self.number(&index[literal, default: literals.count])
        if global == literals.count {
          literals.append(literal)
          subscribers.append([])
        }
        subscribers[global].append((ruleIndex, literalIndex))
      }
    }
    matcher = LiteralMatcher(patterns: literals)
    self.subscribers = subscribers
    ruleCount = rules.count
  }

  /// The value of a dictionary entry reached through `subscript(_:default:)`, which inserts the
  /// default in the same look-up.
  private static func number(_ entry: inout Int) -> Int { entry }

  /// For each rule (in the order given to `init`), every occurrence of each of its literals in
  /// `text`, overlapping ones included, in order of their end; `Hit.pattern` indexes the rule's
  /// own `literals`.
  public func hitsByRule(in text: [UInt8]) -> [[LiteralMatcher.Hit]] {
    var byRule = [[LiteralMatcher.Hit]](repeating: [], count: ruleCount)
    text.withUnsafeBufferPointer { buffer in
      matcher.forEachHit(in: buffer) { range, pattern in
        for subscriber in subscribers[pattern] {
          byRule[subscriber.rule].append(LiteralMatcher.Hit(range: range, pattern: subscriber.literal))
        }
      }
    }
    return byRule
  }
}
