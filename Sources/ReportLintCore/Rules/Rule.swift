import PCRE2

/// A check over a document. Each kind is one small type: it validates and compiles its
/// definition once in `init(definition:)`, and `check` is pure.
public protocol Rule: Sendable {
  var descriptor: RuleDescriptor { get }
  /// The findings in `document`. Throws `RuleError` when a pattern gives up (match limits).
  func check(_ document: Document, context: LintContext) throws -> [Diagnostic]
  /// Literals to find for this rule in the linter's one automaton pass over a document: a word
  /// list's entries, the marks of a pairs rule, a pattern's prefilter literals. Their positions
  /// reach `check` as `LintContext.literalHits`.
  var literals: [String] { get }
}

extension Rule {
  public var id: String { descriptor.id }

  public var literals: [String] { [] }

  /// Every match of `regex` in the document, searched only where `prefilter` allows: not at all
  /// when none of its literals occur; when the pattern stays within a line, only on the lines
  /// that hold one (and the last line, when the literals may miss there), each from its first
  /// literal less the prefilter's reach and, for a pattern compiled with `.offsetLimit` whose
  /// literals lie in the match, up to its last; the whole document without a prefilter or
  /// without the linter's `literalHits`. A pattern that gives up (a PCRE2 limit) becomes a
  /// `RuleError` naming this rule, so the other rules still run.
  func matches(
    of regex: Regex, in document: Document, context: LintContext, prefilter: PatternPrefilter = .unknown
  ) throws -> [Match] {
    // Most rules stop at the guard, for most documents: nothing is allocated before it.
    let spans: [ByteRange]
    var lastStarts: [Int]?
    if prefilter.requiredLiterals != nil, let hits = context.literalHits {
      guard !hits.isEmpty || prefilter.literalsMissAtEnd else { return [] }
      if prefilter.staysWithinLine {
        var offsets = hits.map(\.range.lowerBound)
        // A match reaching the text's end lies on its last line, the line holding that offset.
        if prefilter.literalsMissAtEnd { offsets.append(document.text.count) }
        // The last line, searched for matches without a literal, must be searched whole.
        spans = document.lineIndex.lineSpans(
          holding: offsets, reach: prefilter.literalsMissAtEnd ? nil : prefilter.matchStartReach)
        if prefilter.literalsInMatch, !prefilter.literalsMissAtEnd, regex.options.contains(.offsetLimit) {
          lastStarts = Self.lastOffsets(offsets, in: spans)
        }
      } else {
        spans = [0..<document.text.count]
      }
    } else {
      spans = [0..<document.text.count]
    }
    do {
      return try document.matches(regex, inLineSpans: spans, lastStarts: lastStarts, context: context.matchContext)
    } catch let error as PCRE2Error {
      throw RuleError(ruleID: descriptor.id, underlying: error)
    }
  }

  /// The last of `offsets` in each of `spans` (each holds one; both in document order once the
  /// offsets are sorted: hits come in order of their end).
  private static func lastOffsets(_ offsets: [Int], in spans: [ByteRange]) -> [Int] {
    let sorted = offsets.sorted()
    var next = 0
    return spans.map { span in
      while next < sorted.count && sorted[next] < span.upperBound { next += 1 }
      precondition(next > 0 && sorted[next - 1] >= span.lowerBound, "a span without an offset")
      return sorted[next - 1]
    }
  }

  /// Where the rule's `literals` occur: the linter's shared scan when it ran, else a scan with
  /// the rule's `own` automaton (tests and `test-rules` check rules on their own).
  func literalHits(in document: Document, context: LintContext, own: Once<LiteralMatcher>) throws -> LiteralHitList {
    if let hits = context.literalHits { return hits }
    let matcher = try own.get()
    return LiteralHitList(document.text.withUnsafeBufferPointer { matcher.allHits(in: $0) })
  }

  /// A finding of this rule, with its message rendered from `values`.
  func diagnostic(
    _ range: ByteRange, values: (String) -> String?, replacement: String? = nil
  ) -> Diagnostic {
    diagnostic(
      range,
      message: descriptor.message.render { name in
        name == "replacement" ? replacement : values(name)
      },
      replacement: replacement)
  }

  /// A finding of this rule with its message already rendered.
  func diagnostic(_ range: ByteRange, message: String, replacement: String?) -> Diagnostic {
    Diagnostic(
      ruleID: descriptor.id, severity: descriptor.severity, message: message, range: range,
      fix: replacement.map { Fix(range: range, replacement: $0, safety: descriptor.fixSafety) })
  }
}
