/// How a detected value becomes its mask, following the seeds (DESIGN.md, "Redaction conventions").
public enum MaskOperator: String, Sendable, Hashable {
  /// Each run of digits (with its decimal point or thousands separators) becomes one `*`; measure
  /// words, units and signs stay: `1,286名` → `*名`, `8月15日` → `*月*日`, `98.6%` → `*%`.
  case digits
  /// Every character becomes `*`, separators included: identifiers (`029-33215678` → 12 `*`).
  case characters
  /// The proper part becomes `**` and the rest stays: names (`王建军` → `**`), places and
  /// organisations (`咸阳市` → `**市`). Detectors give the proper part; a pattern gives it as the
  /// group `mask`, or the whole match.
  case name

  /// The mask of `text`, whose proper part (for `.name`) is the scalar range `proper`.
  func mask(_ text: String, proper: Range<Int>? = nil) -> String {
    let scalars = Array(text.unicodeScalars)
    var output = String.UnicodeScalarView()
    switch self {
    case .characters:
      output.append(contentsOf: repeatElement("*", count: scalars.count))
    case .name:
      let proper = proper ?? 0..<scalars.count
      output.append(contentsOf: scalars[..<proper.lowerBound])
      output.append(contentsOf: "**".unicodeScalars)
      output.append(contentsOf: scalars[proper.upperBound...])
    case .digits:
      var index = 0
      while index < scalars.count {
        guard Self.isDigit(scalars[index]) else {
          output.append(scalars[index])
          index += 1
          continue
        }
        // One `*` for the digits and the separators between them.
        while index < scalars.count
          && (Self.isDigit(scalars[index])
            || (Self.separators.contains(scalars[index]) && index + 1 < scalars.count && Self.isDigit(scalars[index + 1])))
        {
          index += 1
        }
        output.append("*")
      }
    }
    return String(output)
  }

  static let separators: Set<Unicode.Scalar> = [".", ",", "．", "，"]

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
  }
}
