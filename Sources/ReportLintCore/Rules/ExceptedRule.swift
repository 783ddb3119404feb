/// A rule whose findings inside a match of its `exceptions` patterns are dropped; every kind
/// gets this from `RuleFactory`, so no kind handles exceptions itself.
struct ExceptedRule: Rule {
  let base: any Rule
  let exceptions: ExceptionFilter

  var descriptor: RuleDescriptor { base.descriptor }
  var literals: [String] { base.literals }

  func check(_ document: Document, context: LintContext) throws -> [Diagnostic] {
    try exceptions.filter(
      try base.check(document, context: context), range: \.range, in: document, context: context,
      ruleID: descriptor.id)
  }
}
