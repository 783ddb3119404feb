import CPCRE2

/// Owns a `pcre2_match_context` holding the match and depth limits.
///
/// `@unchecked Sendable`: a context is written only in `init` and read afterwards, from any
/// number of threads at once, which PCRE2 allows. A search whose starts are bounded
/// (`Regex.forEachMatch(…lastStart:…)`) sets these limits on its thread's own context instead.
public final class MatchContext: @unchecked Sendable {
  let pointer: OpaquePointer
  /// The limits set on `pointer`.
  let limits: MatchLimits

  public init(limits: MatchLimits = .default) {
    guard let context = pcre2_match_context_create_8(nil) else {
      fatalError("PCRE2 could not allocate a match context (out of memory)")
    }
    pcre2_set_match_limit_8(context, limits.matchLimit)
    pcre2_set_depth_limit_8(context, limits.depthLimit)
    pointer = context
    self.limits = limits
  }

  deinit { pcre2_match_context_free_8(pointer) }

  /// Shared by every match that does not ask for other limits.
  public static let shared = MatchContext()
}
