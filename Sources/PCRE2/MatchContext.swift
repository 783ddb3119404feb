import CPCRE2

/// Owns a `pcre2_match_context` holding the match and depth limits.
///
/// `@unchecked Sendable`: a context is written in `init`, and afterwards only through
/// `limitStarts(to:)`, which a context shared between threads (`shared`) must never be given:
/// only a private copy (`init(copying:)`) is. Reading one from any number of threads at once is
/// what PCRE2 allows.
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

  /// A copy of `other`, with its limits, for a context whose start bound changes between
  /// searches (`limitStarts(to:)`): such a context must not be shared between threads.
  public init(copying other: MatchContext) {
    guard let context = pcre2_match_context_copy_8(other.pointer) else {
      fatalError("PCRE2 could not allocate a match context (out of memory)")
    }
    pointer = context
  }

  deinit { pcre2_match_context_free_8(pointer) }

  /// No match may start after `offset` (nil: anywhere), for patterns compiled with
  /// ``RegexOptions/offsetLimit``: a search then stops there instead of scanning on.
  public func limitStarts(to offset: Int?) {
    pcre2_set_offset_limit_8(pointer, offset ?? cpcre2_unset())
  }

  /// Shared by every match that does not ask for other limits.
  public static let shared = MatchContext()
}
