/// One value the redactor masks: where it is, what replaces it, and how sure the detector is.
public struct RedactionSpan: Sendable, Hashable {
  public var range: ByteRange
  public var original: String
  public var replacement: String
  public var category: RedactionCategory
  /// A validator (checksum, numbering plan) accepted it: it wins an overlap against a span of the
  /// same length that was not validated.
  public var validated: Bool
  public var ruleID: String

  /// How a message may show the value: never in full. Identifiers keep their first three and last
  /// four characters when long enough (`137****1999`), names their surname (`王*`); everything else
  /// is shown as its mask.
  public var shown: String {
    let scalars = Array(original.unicodeScalars)
    if category.isIdentifier && scalars.count >= 11 {
      return String(String.UnicodeScalarView(scalars[..<3] + repeatElement("*", count: scalars.count - 7) + scalars[(scalars.count - 4)...]))
    }
    if category == .person, let first = scalars.first {
      return String(String.UnicodeScalarView([first] + repeatElement("*", count: scalars.count - 1)))
    }
    return replacement
  }
}
