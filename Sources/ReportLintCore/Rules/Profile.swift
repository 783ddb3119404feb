/// What a document is for, which decides whether masks are mistakes or expected.
public enum Profile: String, Sendable, Hashable, CaseIterable {
  /// A report being written: masks are unfilled placeholders.
  case draft
  /// A report meant for publication: masks are expected, and anything unmasked that identifies
  /// people, places or figures is a leak.
  case redacted
}
