import CPCRE2

/// Compile options for a ``Regex``; each names the PCRE2 flag it sets.
public struct RegexOptions: OptionSet, Sendable, Hashable {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// `PCRE2_UTF`: the pattern and subjects are UTF-8, and offsets stay on character boundaries.
  public static let utf = RegexOptions(rawValue: PCRE2_UTF)
  /// `PCRE2_UCP`: `\d`, `\s` and POSIX classes use Unicode properties (full-width digits are `\d`).
  public static let ucp = RegexOptions(rawValue: PCRE2_UCP)
  /// `PCRE2_MULTILINE`: `^` and `$` match at every line start and end.
  public static let multiline = RegexOptions(rawValue: PCRE2_MULTILINE)
  /// `PCRE2_CASELESS`.
  public static let caseless = RegexOptions(rawValue: PCRE2_CASELESS)
  /// `PCRE2_DOTALL`: `.` matches line ends too.
  public static let dotAll = RegexOptions(rawValue: PCRE2_DOTALL)
  /// `PCRE2_USE_OFFSET_LIMIT`: a search may bound where matches start (`lastStart` of
  /// ``Regex/forEachMatch(in:from:lastStart:context:trustedUTF8:_:)``); bounding a search of
  /// another pattern is an error.
  public static let offsetLimit = RegexOptions(rawValue: PCRE2_USE_OFFSET_LIMIT)
  /// `PCRE2_LITERAL`: the pattern is plain text.
  public static let literal = RegexOptions(rawValue: PCRE2_LITERAL)

  /// What a linter of Chinese text wants: UTF-8 with Unicode character classes.
  public static let `default`: RegexOptions = [.utf, .ucp]
}
