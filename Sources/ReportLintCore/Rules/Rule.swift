import PCRE2

/// A check over a document. Each kind is one small type: it validates and compiles its
/// definition once in `init(definition:)`, and `check` is pure.
public protocol Rule: Sendable {
  var descriptor: RuleDescriptor { get }
  /// The findings in `document`. Throws `RuleError` when a pattern gives up (match limits).
  func check(_ document: Document, context: LintContext) throws -> [Diagnostic]
}

extension Rule {
  public var id: String { descriptor.id }

  /// Every match of `regex` in the whole document. A pattern that gives up (a PCRE2 limit)
  /// becomes a `RuleError` naming this rule, so the other rules still run.
  func matches(of regex: Regex, in document: Document, context: LintContext) throws -> [Match] {
    do {
      return try document.matches(regex, in: 0..<document.text.count, context: context.matchContext)
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
