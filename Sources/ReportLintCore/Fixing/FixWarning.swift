/// Why the fixer stopped before reaching a fixed point. The text it returns is still consistent
/// (every pass applies whole fixes), only not settled.
public enum FixWarning: Sendable, Hashable, CustomStringConvertible {
  /// A pass brought back an earlier text: these rules undo each other's fixes.
  case rulesFight([String])
  /// The text still changed after the last allowed pass.
  case didNotSettle(passes: Int)

  public var description: String {
    switch self {
    case .rulesFight(let rules):
      return "规则的修复互相抵消，已停止修复 (these rules undo each other's fixes): \(rules.joined(separator: ", "))"
    case .didNotSettle(let passes):
      return "修复 \(passes) 轮后仍未稳定，已停止 (fixes did not settle after \(passes) passes)"
    }
  }
}
