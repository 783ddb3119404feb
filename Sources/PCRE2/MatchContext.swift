import CPCRE2

/// Owns a `pcre2_match_context` holding the match and depth limits.
///
/// `@unchecked Sendable`: the context is written only in `init` and read-only afterwards, which
/// PCRE2 allows from any number of threads at once.
public final class MatchContext: @unchecked Sendable {
  let pointer: OpaquePointer

  public init(limits: MatchLimits = .default) {
    guard let context = pcre2_match_context_create_8(nil) else {
      fatalError("PCRE2 could not allocate a match context (out of memory)")
    }
    pcre2_set_match_limit_8(context, limits.matchLimit)
    pcre2_set_depth_limit_8(context, limits.depthLimit)
    pointer = context
  }

  deinit { pcre2_match_context_free_8(pointer) }

  /// Shared by every match that does not ask for other limits.
  public static let shared = MatchContext()
}
