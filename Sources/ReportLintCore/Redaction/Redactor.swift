import PCRE2

/// Masks a document with every `redact` rule: collects their spans, lets the longer (then the
/// validated) span win where two overlap, and applies the masks as edits through `EditApplier`.
public struct Redactor: Sendable {
  public struct Result: Sendable {
    /// The masked text, UTF-8, line ends as in the input.
    public var text: [UInt8]
    /// The spans that were masked, in document order.
    public var spans: [RedactionSpan]
  }

  /// The redact rules, each with the exceptions its file declares.
  let detectors: [(rule: RedactRule, exceptions: ExceptionFilter?)]

  /// Keeps the `redact` rules among `rules` (the others are ignored).
  public init(rules: [any Rule]) {
    detectors = rules.compactMap { rule in
      if let redact = rule as? RedactRule { return (redact, nil) }
      if let excepted = rule as? ExceptedRule, let redact = excepted.base as? RedactRule {
        return (redact, excepted.exceptions)
      }
      return nil
    }
  }

  public var isEmpty: Bool { detectors.isEmpty }

  /// Every value to mask, overlaps resolved. Throws `RuleError` when a pattern gives up.
  public func spans(in document: Document, context: LintContext = LintContext(profile: .redacted)) throws -> [RedactionSpan] {
    var candidates: [RedactionSpan] = []
    for (rule, exceptions) in detectors {
      let found = try rule.spans(in: document, context: context)
      candidates += try exceptions?.filter(found, range: \.range, in: document, context: context, ruleID: rule.id) ?? found
    }
    return Self.resolveOverlaps(candidates)
  }

  /// The longer span wins, then the validated one, then the earlier; the losers are dropped.
  static func resolveOverlaps(_ candidates: [RedactionSpan]) -> [RedactionSpan] {
    let ordered = candidates.sorted {
      ($0.range.count, $0.validated ? 1 : 0, -$0.range.lowerBound) > ($1.range.count, $1.validated ? 1 : 0, -$1.range.lowerBound)
    }
    var chosen: [RedactionSpan] = []
    for candidate in ordered where !chosen.contains(where: { $0.range.overlaps(candidate.range) }) {
      chosen.append(candidate)
    }
    return chosen.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  public func redact(_ document: Document, context: LintContext = LintContext(profile: .redacted)) throws -> Result {
    let spans = try spans(in: document, context: context)
    let outcome = EditApplier.apply(spans.map { Edit(range: $0.range, replacement: $0.replacement) }, to: document.text)
    return Result(text: outcome.text, spans: spans)
  }

  /// What the detectors still find in written bytes, decoded as a file would be: the check that the
  /// output leaks nothing.
  public func survivors(in bytes: [UInt8], path: String) throws -> [RedactionSpan] {
    let document = try SourceLoader.document(path: path, bytes: bytes)
    return try spans(in: document)
  }
}
