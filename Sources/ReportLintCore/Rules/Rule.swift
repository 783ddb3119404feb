/// A check over a document. Each kind is one small type: it validates and compiles its
/// definition once in `init(definition:)`, and `check` is pure.
public protocol Rule: Sendable {
  var descriptor: RuleDescriptor { get }
  /// The findings in `document`. Throws `RuleError` when a pattern gives up (match limits).
  func check(_ document: Document, context: LintContext) throws -> [Diagnostic]
}

extension Rule {
  public var id: String { descriptor.id }

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
