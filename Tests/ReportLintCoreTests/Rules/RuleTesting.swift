@testable import ReportLintCore

/// Builds a rule from YAML text, as the pack loader does.
func makeRule(_ yaml: String, id: String = "test.rule") throws -> any Rule {
  let parts = id.split(separator: ".")
  return try RuleFactory.make(
    RuleDefinition(pack: String(parts[0]), name: String(parts[1]), file: "\(parts[0])/\(parts[1]).yml", contents: yaml))
}

/// A pattern rule with nothing but `pattern` (its examples are not checked here).
func makePatternRule(_ pattern: String) throws -> any Rule {
  try makeRule(
    """
    kind: pattern
    message: "{match}"
    severity: warning
    description: 测试。
    pattern: '\(pattern)'
    examples: {valid: [""], invalid: [""]}
    """)
}

/// The matched texts of a rule's findings on `text`.
func findings(_ rule: any Rule, _ text: String, path: String = "t.txt") throws -> [String] {
  let document = Document(path: path, string: text)
  return try rule.check(document, context: LintContext()).map { document.string($0.range) }
}

/// The text after applying the rule's fixes.
func fixed(_ rule: any Rule, _ text: String) throws -> String {
  let document = Document(path: "t.txt", string: text)
  return String(decoding: try RuleExampleRunner.applyFixes(of: rule, to: document, context: LintContext()), as: UTF8.self)
}
