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

  /// Every match of `regex` in the whole document. A pattern that gives up (a PCRE2 limit)
  /// becomes a `RuleError` naming this rule, so the other rules still run.
  func matches(of regex: Regex, in document: Document, context: LintContext) throws -> [Match] {
    do {
      return try document.matches(regex, in: 0..<document.text.count, context: context.matchContext)
    } catch let error as PCRE2Error {
      throw RuleError(ruleID: descriptor.id, underlying: error)
    }
  }

  /// Every match of `regex` in the document, searched only where `prefilter` allows: not at all
  /// when none of its literals occur, only on the lines that hold one when the pattern stays
  /// within a line. Without the linter's `literalHits`, the whole document.
  func matches(
    of regex: Regex, in document: Document, context: LintContext, prefilter: PatternPrefilter
  ) throws -> [Match] {
    guard prefilter.requiredLiterals != nil, let hits = context.literalHits else {
      return try matches(of: regex, in: document, context: context)
    }
    guard !hits.isEmpty else { return [] }
    guard prefilter.staysWithinLine else { return try matches(of: regex, in: document, context: context) }
    let spans = document.lineIndex.lineSpans(holding: hits.map(\.range.lowerBound), textCount: document.text.count)
    do {
      return try document.matches(regex, inLineSpans: spans, context: context.matchContext)
    } catch let error as PCRE2Error {
      throw RuleError(ruleID: descriptor.id, underlying: error)
    }
  }

  /// A finding of this rule, with its message rendered from `values`.
  func diagnostic(
    _ range: ByteRange, values: (String) -> String?, replacement: String? = nil
  ) -> Diagnostic {
    Diagnostic(
      ruleID: descriptor.id, severity: descriptor.severity,
      message: descriptor.message.render { name in
        name == "replacement" ? replacement : values(name)
      },
      range: range,
      fix: replacement.map { Fix(range: range, replacement: $0, safety: descriptor.fixSafety) })
  }
}
