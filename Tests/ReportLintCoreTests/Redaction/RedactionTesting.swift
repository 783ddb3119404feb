import Foundation

@testable import ReportLintCore

/// Shared by the redaction tests: the built-in redactor and the masked characters of a text.
enum RedactionTesting {
  static let rules = RulePackLoader.load([.builtin]).rules
  static let redactor = Redactor(rules: rules)
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/redaction")

  /// The scalar ranges of `original` that `masked` replaced with runs of `*` (each run may stand for
  /// any number of characters), or nil when `masked` is not a masking of `original`.
  static func maskedRanges(original: String, masked: String) -> [Range<Int>]? {
    var pattern = "^"
    var literal = ""
    for character in masked {
      if character == "*" {
        if !literal.isEmpty { pattern += NSRegularExpression.escapedPattern(for: literal) }
        literal = ""
        if !pattern.hasSuffix("(.+?)") { pattern += "(.+?)" }
      } else {
        literal.append(character)
      }
    }
    pattern += NSRegularExpression.escapedPattern(for: literal) + "$"
    guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
      let match = regex.firstMatch(in: original, range: NSRange(original.startIndex..., in: original))
    else { return nil }
    return (1..<max(1, match.numberOfRanges)).compactMap { group in
      guard let range = Range(match.range(at: group), in: original) else { return nil }
      let start = original.unicodeScalars.distance(from: original.unicodeScalars.startIndex, to: range.lowerBound)
      return start..<(start + original[range].unicodeScalars.count)
    }
  }

  /// The masked scalar ranges of a document's redaction spans, with each span's category.
  static func predicted(_ spans: [RedactionSpan], in document: Document) -> [(range: Range<Int>, category: RedactionCategory)] {
    let text = ScalarText(document.text)
    return spans.flatMap { span -> [(range: Range<Int>, category: RedactionCategory)] in
      let start = text.index(ofByte: span.range.lowerBound)
      let ranges = maskedRanges(original: span.original, masked: span.replacement) ?? []
      return ranges.map { (($0.lowerBound + start)..<($0.upperBound + start), span.category) }
    }
  }
}
