/// A rule whose findings inside a match of its `exceptions` patterns are dropped; every kind
/// gets this from `RuleFactory`, so no kind handles exceptions itself.
final class ExceptedRule: Rule {
  let base: any Rule
  let exceptions: ExceptionFilter
  /// The base's, kept here: reading it through `base` copies the whole descriptor (a dozen
  /// reference-counted fields) for every document.
  let descriptor: RuleDescriptor
  let literals: [String]
  let findsNothingWithoutLiterals: Bool

  init(base: any Rule, exceptions: ExceptionFilter) {
    self.base = base
    self.exceptions = exceptions
    descriptor = base.descriptor
    literals = base.literals
    findsNothingWithoutLiterals = base.findsNothingWithoutLiterals
  }

  func check(_ document: Document, context: LintContext, into findings: inout [Diagnostic]) throws {
    let first = findings.count
    try base.check(document, context: context, into: &findings)
    try exceptions.filter(&findings, from: first, in: document, context: context, ruleID: descriptor.id)
  }
}
