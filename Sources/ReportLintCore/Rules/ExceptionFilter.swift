import PCRE2

/// Drops findings that lie inside a match of an exception pattern (学习贯彻 protects 习贯).
struct ExceptionFilter: Sendable {
  let regexes: [Regex]

  var isEmpty: Bool { regexes.isEmpty }

  /// The candidates not covered by any exception match. The exception patterns run only when
  /// there is a candidate to protect.
  func filter<T>(
    _ candidates: [T], range: (T) -> ByteRange, in document: Document, context: LintContext,
    ruleID: String
  ) throws -> [T] {
    guard !regexes.isEmpty, !candidates.isEmpty else { return candidates }
    var covers: [ByteRange] = []
    do {
      try document.text.withUnsafeBufferPointer { buffer in
        for regex in regexes {
          try regex.forEachMatch(in: buffer, context: context.matchContext, trustedUTF8: true) {
            covers.append($0.range)
            return true
          }
        }
      }
    } catch let error as PCRE2Error {
      throw RuleError(ruleID: ruleID, underlying: error)
    }
    return candidates.filter { candidate in
      let span = range(candidate)
      return !covers.contains { $0.lowerBound <= span.lowerBound && span.upperBound <= $0.upperBound }
    }
  }
}
