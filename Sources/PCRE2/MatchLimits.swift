/// Bounds on the work one match attempt may do, so a pathological pattern fails fast with an
/// error instead of hanging the linter.
public struct MatchLimits: Sendable, Hashable {
  /// `pcre2_set_match_limit`: calls of the internal match function per attempt (the JIT honours it).
  public var matchLimit: UInt32
  /// `pcre2_set_depth_limit`: backtracking depth for the interpreter.
  public var depthLimit: UInt32

  public init(matchLimit: UInt32 = 5_000_000, depthLimit: UInt32 = 100_000) {
    self.matchLimit = matchLimit
    self.depthLimit = depthLimit
  }

  public static let `default` = MatchLimits()
}
