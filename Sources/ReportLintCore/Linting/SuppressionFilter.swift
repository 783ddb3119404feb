/// Applies inline directives and configuration `ignore` entries to a document's findings, in one
/// place: `Linter.lint` calls it, so everything built on the linter (reporters, baseline, the
/// fixer) sees suppressed findings as absent, and a suppressed finding is never fixed.
///
/// A suppression that hides nothing is itself a finding, `reportlint.unused-suppression`
/// (a warning; configurable like any rule), so stale directives do not pile up.
enum SuppressionFilter {
  static let unusedRuleID = "reportlint.unused-suppression"

  static let unusedDescriptor = RuleDescriptor(
    id: unusedRuleID, pack: "reportlint", kind: "suppression",
    message: MessageTemplate("{suppression}未抑制任何问题，可以删去"), severity: .warning,
    profiles: Set(Profile.allCases),
    description: "抑制指令或 ignore 配置项没有隐藏任何问题（规则名写错，或问题已改正）。",
    link: nil, fixSafety: .suggestion, examples: RuleExamples(), file: "")

  static func apply(
    _ diagnostics: [Diagnostic], document: Document, configuration: Configuration
  ) -> [Diagnostic] {
    var suppressions = SuppressionDirective.suppressions(in: document)
    // Most configurations ignore nothing: then the file's path is not needed at all.
    if !configuration.ignore.isEmpty {
      let relative = configuration.relativePath(document.path)
      let configurationFile = configuration.file.map(configuration.relativePath)
      suppressions += configuration.ignore.filter { $0.file.matches(relative) }.map {
        $0.suppression(configurationFile: configurationFile)
      }
    }
    guard !suppressions.isEmpty else { return diagnostics }
    var used = [Bool](repeating: false, count: suppressions.count)
    var kept: [Diagnostic] = []
    for diagnostic in diagnostics {
      var hidden = false
      for (index, suppression) in suppressions.enumerated() where suppression.matches(diagnostic, in: document) {
        used[index] = true
        hidden = true
      }
      if !hidden { kept.append(diagnostic) }
    }
    let severity: Severity
    switch configuration.setting(for: unusedDescriptor) {
    case .off: return kept
    case .severity(let configured): severity = configured
    case nil: severity = unusedDescriptor.severity
    }
    for (index, suppression) in suppressions.enumerated() where !used[index] && suppression.reportsUnused {
      kept.append(
        Diagnostic(
          ruleID: unusedRuleID, severity: severity,
          message: unusedDescriptor.message.render { $0 == "suppression" ? suppression.label : nil },
          range: suppression.origin))
    }
    return kept
  }
}
